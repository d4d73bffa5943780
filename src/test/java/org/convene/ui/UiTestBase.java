package org.convene.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests of the views: one packaged jar with the demo loaded and analysed, and one
 * headless Chromium, started once for all view tests in the JVM (a start with the demo takes minutes on
 * this machine) and stopped when the JVM ends. Tests share the data, so each checks what it changes
 * against the database rather than assuming an untouched demo.
 */
abstract class UiTestBase {

    static final Path OUT = Path.of("target", "it");
    /** The first administrator's password, given on the command line as a deployment would configure it. */
    static final String ADMIN_PASSWORD = "ui-test-admin-password";
    static ConveneProcess app;
    private static java.nio.file.Path appDir;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static synchronized void startShared() throws Exception {
        if (app != null) return;
        appDir = Files.createTempDirectory("convene-ui-it-");
        app = new ConveneProcess(appDir, OUT.resolve("ui.log"),
                "--convene.admin.password=" + ADMIN_PASSWORD);
        Runtime.getRuntime().addShutdownHook(new Thread(UiTestBase::stopShared));
        // generous: on a shared 2-core machine the first start with the demo can take minutes
        app.awaitHttp("/actuator/health/readiness", "UP", Duration.ofMinutes(8));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        signIn(browser, app, "admin", ADMIN_PASSWORD); // every view test then runs as an admin, who sees every view
    }

    /** Signs in through the login page and waits until it is left. */
    static void signIn(ChromeDriver browser, ConveneProcess app, String user, String password) {
        browser.get(app.url("/login"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement form = wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form")));
        WebElement name = wait.until(d -> form.findElement(By.cssSelector("input[name='username']")));
        name.sendKeys(user);
        WebElement secret = form.findElement(By.cssSelector("input[name='password']"));
        secret.sendKeys(password);
        secret.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
        if (browser.getCurrentUrl().contains("error")) throw new IllegalStateException("Sign-in as " + user + " refused");
    }

    private static void stopShared() {
        try {
            if (browser != null) browser.quit();
        } catch (RuntimeException ignored) {
            // the JVM is ending
        }
        try {
            if (app != null) app.close();
            // the server has stopped: its store (hundreds of MB) can go
            if (appDir != null) org.springframework.util.FileSystemUtils.deleteRecursively(appDir);
        } catch (Exception ignored) {
            // the JVM is ending
        }
    }

    /** Opens a view and waits for an element of it. */
    static WebElement open(String path, String readySelector) {
        browser.get(app.url(path));
        return wait.until(d -> d.findElement(By.cssSelector(readySelector)));
    }

    /** A shown button of an open confirm dialog, by its text, or null (the buttons sit in the dialog's light DOM or overlay). */
    static WebElement dialogButton(org.openqa.selenium.WebDriver d, String text) {
        return d.findElements(By.cssSelector("vaadin-confirm-dialog vaadin-button, vaadin-confirm-dialog-overlay vaadin-button"))
                .stream().filter(b -> b.isDisplayed() && b.getText().equals(text)).findFirst().orElse(null);
    }

    /** Whether the page fits the window: neither the app layout's content nor the document scrolls (inner areas may). */
    static boolean pageFits() {
        return (Boolean) browser.executeScript("""
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot.querySelector('[content]');
                const fits = (e) => !e || e.scrollHeight <= e.clientHeight + 1;
                return fits(content) && fits(document.scrollingElement);""");
    }

    static long count(String query) throws Exception {
        try (var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.basic("neo4j", app.password()))) {
            return driver.executableQuery(query).execute().records().getFirst().get(0).asLong();
        }
    }

    static void screenshot(String name) throws Exception {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
