package org.convene.ui;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a user runs it, on free loopback ports, for tests that need the real thing. */
final class ConveneProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("convene.jar", "target/convene.jar"));
    static final String JAVA = System.getProperty("convene.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());

    final Path dataDir;
    final int httpPort;
    final int boltPort;
    final Path log;
    private final Process process;
    private final long startedNanos = System.nanoTime();

    ConveneProcess(Path dataDir, Path log, String... extra) throws IOException {
        this(dataDir, log, List.of(extra));
    }

    /** @param extra more command-line options, e.g. {@code --no-demo} */
    ConveneProcess(Path dataDir, Path log, List<String> extra) throws IOException {
        this.dataDir = dataDir;
        this.httpPort = freePort();
        this.boltPort = freePort();
        this.log = log;
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx1g", "-jar", JAR.toString(),
                "--data-dir", dataDir.toString(), "--bolt-port", String.valueOf(boltPort),
                "--server.port=" + httpPort, "--convene.page-cache=128m"));
        command.addAll(extra);
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    String password() throws IOException {
        return Files.readString(dataDir.resolve("bolt-password")).trim();
    }

    /** GET path with HTTP Basic credentials (the actuator's scripts' way in); returns status and body. */
    HttpResponse<String> get(String path, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until GET path answers 200 with a body containing {@code expect}; returns seconds since start. */
    double awaitHttp(String path, String expect, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Convene exited: see " + log);
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(expect)) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No answer from " + path + " within " + timeout + ": see " + log);
    }

    /** Runs {@code java -jar convene.jar ARGS} to completion. */
    static Result cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("convene " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out), new String(err));
    }

    record Result(int code, String out, String err) {}

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring and Neo4j shut down cleanly
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
