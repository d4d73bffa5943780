package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged jar on a fresh data directory, as README command 1 starts it: the demo loads, the home
 * page draws as many accounts as the database holds, Bolt serves other tools, a second process on the
 * same directory is refused, and the data survives a restart.
 */
class ServerIT {

    static final Path OUT = Path.of("target", "it");
    static final String ADMIN_PASSWORD = "server-it-admin-password";

    @Test
    void startsLoadsTheDemoAndDrawsItsNetwork() throws Exception {
        Path dataDir = Files.createTempDirectory("convene-it-");
        long accounts;
        try (ConveneProcess app = new ConveneProcess(dataDir, OUT.resolve("server-first-start.log"),
                "--convene.admin.password=" + ADMIN_PASSWORD)) {
            double served = app.awaitHttp("/login", "<html", Duration.ofMinutes(3));
            double ready = app.awaitHttp("/actuator/health/readiness", "UP", Duration.ofMinutes(3));
            assertThat(httpGet(app.url("/actuator/health"))).contains("UP").doesNotContain("neo4j"); // no details for anonymous
            String health = app.get("/actuator/health", "admin", ADMIN_PASSWORD).body();
            assertThat(health).contains("\"neo4j\":{").contains("\"gds\":{\"details\":{\"available\":true");

            accounts = count(app, "MATCH (a:Account) RETURN count(a)");
            assertThat(accounts).as("demo accounts").isGreaterThan(2000);

            int drawn = drawnNodes(app, "overview.png");
            assertThat(drawn).isEqualTo(accounts);

            var locked = ConveneProcess.cli("cypher", "--data-dir", dataDir.toString(), "RETURN 1");
            assertThat(locked.code()).isEqualTo(1);
            assertThat(locked.err()).contains("in use by another Convene");

            var external = ConveneProcess.cli("cypher", "--uri", app.boltUri(), "--user", "neo4j",
                    "--password", app.password(), "--json", "MATCH (a:Account) RETURN count(a) AS n");
            assertThat(external.code()).as(external.err()).isZero();
            assertThat(external.out()).contains("{\"n\":" + accounts + "}");
            report("first start (empty store, demo import): page served %.1f s, ready with demo %.1f s", served, ready);
        }
        try (ConveneProcess again = new ConveneProcess(dataDir, OUT.resolve("server-restart.log"))) {
            double served = again.awaitHttp("/login", "<html", Duration.ofMinutes(3));
            again.awaitHttp("/actuator/health/readiness", "UP", Duration.ofMinutes(3));
            assertThat(count(again, "MATCH (a:Account) RETURN count(a)")).isEqualTo(accounts);
            report("restart (store kept): page served %.1f s", served);
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDir); // both servers have stopped
    }

    private static long count(ConveneProcess app, String query) throws Exception {
        try (var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.basic("neo4j", app.password()))) {
            return driver.executableQuery(query).execute().records().getFirst().get(0).asLong();
        }
    }

    private static int drawnNodes(ConveneProcess app, String screenshot) throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            UiTestBase.signIn(browser, app, "admin", ADMIN_PASSWORD);
            browser.get(app.url("/"));
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            WebElement graph = wait.until(d -> d.findElement(By.cssSelector("network-graph[data-state='drawn']")));
            wait.until(d -> "done".equals(graph.getDomAttribute("data-layout")));
            assertThat(browser.findElement(By.cssSelector("[data-figure='accounts']")).getText()).contains("accounts");
            Files.write(OUT.resolve(screenshot), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return Integer.parseInt(graph.getDomAttribute("data-node-count"));
        } finally {
            browser.quit();
        }
    }

    private static String httpGet(String url) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void report(String format, Object... args) throws Exception {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[startup] " + line);
        Files.writeString(OUT.resolve("startup.txt"), line + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
