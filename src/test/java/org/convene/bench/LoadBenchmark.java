package org.convene.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulated users browsing the views of the packaged jar with the demo loaded and analysed. A user is
 * an HTTP client with its own session that opens a view as a browser does: the page (index.html), then
 * Vaadin's bootstrap request {@code ?v-r=init} (a new UI), then the client's {@code ui-navigate} event, whose
 * answer is the view as its constructor built it; that answer must hold text only that view produces (its
 * page title by default). Leaving, it sends the unload beacon a browser sends, so the server closes that UI.
 * Then it thinks for 0.5-2 s and opens another.
 *
 * <p>Settings (system properties): {@code load.users} (50), {@code load.minutes} (3), {@code load.routes}
 * ({@code path=marker} pairs separated by {@code ;}), {@code load.url} (a running server instead of starting
 * the jar; with {@code load.pid} its heap is measured too), {@code load.user}/{@code load.password} (sign in first, once sign-in exists). Routes the server
 * does not have are reported and skipped. Run: {@code bench/load.sh} or
 * {@code .ci/mvn -Pbench test -Dtest=LoadBenchmark}.
 */
class LoadBenchmark {

    static final Path OUT = Path.of("target", "bench");
    /** The administrator password of the server this benchmark starts (given on its command line). */
    static final String ADMIN_PASSWORD = "load-benchmark-admin";
    /** Each view's page title: it is set only once navigation has constructed that view. */
    static final String DEFAULT_ROUTES = String.join(";",
            "/=Overview · Convene", "/network=Network · Convene", "/clusters=Clusters · Convene",
            "/bridges=Bridges · Convene", "/invite?chat=celiac&count=20=Invite · Convene",
            "/my-network?handle=GlutenFreely=My network · Convene", "/cypher=Cypher · Convene",
            "/roles=Roles · Convene");
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Route(String path, String marker) {
        String location() {
            String p = path.substring(1);
            int q = p.indexOf('?');
            return q < 0 ? p : p.substring(0, q);
        }

        String query() {
            int q = path.indexOf('?');
            return q < 0 ? "" : path.substring(q + 1);
        }
    }

    private final String base;
    private final ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    LoadBenchmark() {
        this.base = System.getProperty("load.url");
    }

    @Test
    void fiftyUsersBrowseTheViews() throws Exception {
        int users = Integer.getInteger("load.users", 50);
        double minutes = Double.parseDouble(System.getProperty("load.minutes", "3"));
        List<Route> routes = parse(System.getProperty("load.routes", DEFAULT_ROUTES));
        Files.createDirectories(OUT);
        Server server = base != null ? new Server(base, null, Long.getLong("load.pid", 0)) : Server.start(OUT);
        try {
            List<Route> present = new ArrayList<>();
            StringBuilder report = new StringBuilder();
            try (HttpClient probe = client()) {
                authenticate(probe, server.url);
                for (Route r : routes) {
                    String problem = visit(probe, server.url, r, false);
                    if (problem == null) present.add(r);
                    else report.append("skipped ").append(r.path()).append(": ").append(problem).append('\n');
                }
            }
            assertThat(present).as(report.toString()).isNotEmpty();
            long heapBefore = server.heapAfterGc();

            long end = System.nanoTime() + (long) (minutes * 60e9);
            List<Thread> threads = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                threads.add(Thread.ofPlatform().name("user-" + u).start(() -> browse(server.url, present, end)));
            }
            for (Thread t : threads) t.join(Duration.ofMinutes((long) minutes + 5));
            Thread.sleep(2_000);
            long heapAfter = server.heapAfterGc();

            report.insert(0, String.format(Locale.ROOT, "%d users for %.1f min against %s%n", users, minutes,
                    server.url));
            report.append(String.format(Locale.ROOT, "%-40s %7s %7s %7s %7s %7s%n", "route", "views", "errors",
                    "p50 ms", "p95 ms", "max ms"));
            long totalErrors = 0;
            for (Route r : present) {
                long[] ms = latencies.getOrDefault(r.path(), new ConcurrentLinkedQueue<>()).stream()
                        .mapToLong(Long::longValue).sorted().toArray();
                long e = errors.getOrDefault(r.path(), new AtomicLong()).get();
                totalErrors += e;
                report.append(String.format(Locale.ROOT, "%-40s %7d %7d %7d %7d %7d%n", r.path(), ms.length, e,
                        percentile(ms, 50), percentile(ms, 95), ms.length == 0 ? 0 : ms[ms.length - 1]));
            }
            report.append(String.format(Locale.ROOT, "heap after GC: %.0f MB before, %.0f MB after%n",
                    heapBefore / 1048576.0, heapAfter / 1048576.0));
            errorSamples.stream().limit(10).forEach(s -> report.append("error: ").append(s).append('\n'));
            Files.writeString(OUT.resolve("load.txt"), report);
            System.out.print(report);
            assertThat(totalErrors).as(report.toString()).isZero();
            // growth beyond noise would be a leak: sessions and closed UIs must not pile up
            assertThat(heapAfter).as(report.toString()).isLessThan(heapBefore + Math.max(heapBefore / 2, 64L << 20));
        } finally {
            server.close();
        }
    }

    /** One simulated user until the end: its own session, views in random order, a think time between. */
    private void browse(String url, List<Route> routes, long end) {
        try (HttpClient http = client()) {
            authenticate(http, url);
            var random = ThreadLocalRandom.current();
            while (System.nanoTime() < end) {
                Route r = routes.get(random.nextInt(routes.size()));
                String problem = visit(http, url, r, true);
                if (problem != null) {
                    errors.computeIfAbsent(r.path(), k -> new AtomicLong()).incrementAndGet();
                    errorSamples.add(r.path() + ": " + problem);
                }
                Thread.sleep(random.nextLong(500, 2_000));
            }
        } catch (Exception e) {
            errors.computeIfAbsent("(user)", k -> new AtomicLong()).incrementAndGet();
            errorSamples.add("user stopped: " + e);
        }
    }

    /**
     * Opens a view as a browser does and leaves it; returns null when it worked, else what went wrong.
     * The time measured is from the page request to the view's first state: the page, the bootstrap
     * (a new UI) and the client's {@code ui-navigate} event, whose answer is the view as constructed.
     */
    String visit(HttpClient http, String url, Route route, boolean measure) {
        try {
            long start = System.nanoTime();
            HttpResponse<String> page;
            try {
                page = http.send(get(url + route.path()), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return "the page: " + e;
            }
            if (page.statusCode() != 200) return "page answered " + page.statusCode();
            var init = http.send(get(url + "/?v-r=init&location=" + enc(route.location()) + "&query="
                    + enc(route.query())), HttpResponse.BodyHandlers.ofString());
            if (init.statusCode() != 200) return "bootstrap answered " + init.statusCode();
            JsonNode config = JSON.readTree(init.body()).path("appConfig");
            int uiId = config.path("v-uiId").asInt();
            String csrf = config.path("uidl").path("Vaadin-Security-Key").asString();
            var data = JSON.createObjectNode().put("route", route.location()).put("query", route.query())
                    .put("appShellTitle", "").put("trigger", "");
            data.putObject("historyState").put("idx", 0);
            var message = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", 0).put("clientId", 0);
            message.putArray("rpc").addObject().put("type", "event").put("node", 1).put("event", "ui-navigate")
                    .set("data", data);
            var view = http.send(uidl(url, uiId, message.toString()), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            String body = view.body();
            if (view.statusCode() != 200) return "navigation answered " + view.statusCode();
            if (body.contains("Could not navigate to")) return "no such route here";
            String lower = body.toLowerCase(Locale.ROOT);
            if (lower.contains("internal error") || lower.contains("exception while")) {
                return "error in the view: " + snippet(body);
            }
            if (!lower.contains(route.marker().toLowerCase(Locale.ROOT))) {
                return "the view's text '" + route.marker() + "' is missing: " + snippet(body);
            }
            if (measure) latencies.computeIfAbsent(route.path(), k -> new ConcurrentLinkedQueue<>()).add(ms);
            JsonNode state = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
            if (state.isArray()) state = state.get(0);
            // the beacon a browser sends when it leaves the page: the server closes that UI at once
            var unload = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", state.path("syncId").asInt())
                    .put("clientId", state.path("clientId").asInt()).put("UNLOAD", true);
            unload.putArray("rpc");
            try {
                http.send(uidl(url, uiId, unload.toString()), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                return "leaving the view (unload beacon): " + e;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static HttpRequest uidl(String url, int uiId, String json) {
        return HttpRequest.newBuilder(URI.create(url + "/?v-r=uidl&v-uiId=" + uiId)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /**
     * Signs the client in as a viewer would, through Spring Security's form login: the session cookie kept
     * by the client's cookie manager, and the CSRF token the login page carries (Vaadin puts it in a
     * {@code <meta name="_csrf">}) sent with the form. As {@code load.user}, by default the administrator
     * of the server this benchmark starts.
     */
    static void authenticate(HttpClient http, String url) throws IOException, InterruptedException {
        String user = System.getProperty("load.user", "admin");
        if (user.isBlank()) return;
        String loginPage = http.send(get(url + "/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"").matcher(loginPage);
        String form = "username=" + enc(user) + "&password=" + enc(System.getProperty("load.password", ADMIN_PASSWORD))
                + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() >= 400 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + response.statusCode() + " " + location);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String snippet(String body) {
        return body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " ");
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static List<Route> parse(String routes) {
        List<Route> list = new ArrayList<>();
        for (String entry : routes.split(";")) {
            if (entry.isBlank()) continue;
            int eq = entry.lastIndexOf('=');
            list.add(new Route(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip()));
        }
        return list;
    }

    /** The packaged jar on a fresh store with the demo, or a running server given by URL (no heap figures then). */
    record Server(String url, Process process, long pid) implements AutoCloseable {

        static Server start(Path out) throws Exception {
            Path jar = Path.of(System.getProperty("convene.jar", "target/convene.jar"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path data = Files.createTempDirectory("convene-load-");
            Process p = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), "--data-dir", data.toString(),
                    "--no-bolt", "--server.port=" + port, "--convene.page-cache=128m",
                    "--convene.admin.password=" + ADMIN_PASSWORD)
                    .redirectErrorStream(true).redirectOutput(out.resolve("load-server.log").toFile()).start();
            Server server = new Server("http://127.0.0.1:" + port, p, p.pid());
            server.awaitReady(Duration.ofMinutes(10));
            return server;
        }

        void awaitReady(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            try (HttpClient http = HttpClient.newHttpClient()) {
                while (System.nanoTime() < deadline) {
                    if (process != null && !process.isAlive()) throw new IllegalStateException("the server exited");
                    try {
                        var r = http.send(get(url + "/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200 && r.body().contains("UP")) return;
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    Thread.sleep(500);
                }
            }
            throw new IllegalStateException("the server was not ready within " + timeout);
        }

        /** Heap in use after a full GC of the server's JVM, by jcmd; 0 when its process id is unknown. */
        long heapAfterGc() throws Exception {
            if (pid == 0) return 0;
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            String pid = Long.toString(this.pid);
            run(jcmd, pid, "GC.run");
            String info = run(jcmd, pid, "GC.heap_info");
            // G1 (the default): "garbage-first heap   total reserved ...K, committed ...K, used 730464K"
            Matcher g1 = Pattern.compile("heap .*used (\\d+)K").matcher(info);
            if (g1.find()) return Long.parseLong(g1.group(1)) * 1024;
            Matcher used = Pattern.compile("used (\\d+)K").matcher(info); // other collectors: one line per generation
            long sum = 0;
            while (used.find()) sum += Long.parseLong(used.group(1)) * 1024;
            return sum;
        }

        private static String run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        }

        @Override
        public void close() throws InterruptedException {
            if (process == null) return;
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }
}
