package org.convene.collect;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 that answers like a site's API with recorded responses, and remembers
 * every request it received so tests can check what a collector asked for.
 */
public final class RecordedApi implements AutoCloseable {

    public record Request(String path, Map<String, String> params, String authorization) {}

    public record Reply(int status, Map<String, String> headers, byte[] body) {
        static Reply json(byte[] body, String... headerPairs) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i + 1 < headerPairs.length; i += 2) headers.put(headerPairs[i], headerPairs[i + 1]);
            return new Reply(200, headers, body);
        }

        static Reply json(String body, String... headerPairs) {
            return json(body.getBytes(StandardCharsets.UTF_8), headerPairs);
        }
    }

    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    public RecordedApi(Function<Request, Reply> responder) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            Request request = new Request(uri.getPath(), params(uri.getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            requests.add(request);
            Reply reply;
            try {
                reply = responder.apply(request);
            } catch (RuntimeException e) {
                reply = new Reply(500, Map.of(), e.toString().getBytes(StandardCharsets.UTF_8));
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (var out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> to(String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().endsWith(path)).toList();
        }
    }

    public static byte[] resource(String path) {
        try (InputStream in = RecordedApi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("no test resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null) return params;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
