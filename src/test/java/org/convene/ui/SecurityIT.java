package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in and permissions against the packaged jar: anonymous requests are refused on every view and
 * endpoint but health; an admin adds a viewer and an analyst on the Users page; each then sees only the
 * views of their role; an admin's write in the Cypher view waits for a confirmation; Bolt details are
 * shown to admins. Checked against the database over Bolt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT extends UiTestBase {

    static final String VIEWER = "it-viewer", ANALYST = "it-analyst", PASSWORD = "it-long-password";

    @Test
    @Order(1)
    void anonymousRequestsAreRefusedOnEveryViewAndEndpointButHealth() throws Exception {
        List<String> paths = new ArrayList<>(MainLayout.VIEWS.stream().map(v -> "/" + v.path()).toList());
        paths.addAll(List.of("/users", "/no-such-view", "/cypher?q=x"));
        List<String> open = new ArrayList<>();
        for (String path : paths) {
            var response = app.get(path, null, null);
            boolean toLogin = response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/login");
            if (!toLogin) open.add(path + " -> " + response.statusCode());
        }
        assertThat(open).as("views that did not send an anonymous user to /login").isEmpty();
        assertThat(app.get("/login", null, null).statusCode()).isEqualTo(200);
        // every view stylesheet loads (they were refused once, and Clusters, Bridges, Invite and My network lost their styles)
        try (var sheets = java.nio.file.Files.list(java.nio.file.Path.of("target/classes/META-INF/resources"))) {
            List<String> css = sheets.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".css")).toList();
            assertThat(css).contains("role-mix.css", "invite.css", "styles.css");
            for (String name : css) {
                var sheet = app.get("/" + name, null, null);
                assertThat(sheet.statusCode()).as(name).isEqualTo(200);
                assertThat(sheet.headers().firstValue("Content-Type").orElse("")).as(name).startsWith("text/css");
            }
        }

        var health = app.get("/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("neo4j").doesNotContain("components");
        assertThat(app.get("/actuator/health/readiness", null, null).body()).contains("UP");
        assertThat(app.get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
        for (String endpoint : List.of("/actuator", "/actuator/info", "/actuator/env", "/actuator/health/neo4j",
                "/actuator/metrics", "/actuator/beans")) {
            // machines, not people: 401 with a Basic challenge, never the sign-in redirect
            // (wrong passwords for a name no one has: six for admin would lock admin, see SignInThrottle)
            for (var response : List.of(app.get(endpoint, null, null), app.get(endpoint, "monitor", "wrong password"))) {
                assertThat(response.statusCode()).as(endpoint).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(endpoint).hasValue("Basic realm=\"Convene\"");
                assertThat(response.body()).doesNotContain("\"components\"").doesNotContain("\"neo4j\"");
            }
        }
        var detailed = app.get("/actuator/health", "admin", ADMIN_PASSWORD);
        assertThat(detailed.body()).contains("\"neo4j\"").contains("\"gds\"");
        assertThat(app.get("/actuator/info", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void anAdminAddsUsersAndSeesHowToConnectWithBolt() throws Exception {
        open("/users", "vaadin-grid.users-grid");
        // the only admin can neither be removed nor demoted: both controls say so before anything is tried
        WebElement ownRole = wait.until(d -> d.findElement(By.cssSelector("vaadin-select.user-role")));
        assertThat(ownRole.getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.cssSelector("vaadin-button.remove-user")).getAttribute("disabled")).isNotNull();
        addUser(VIEWER, "Viewer");
        addUser(ANALYST, "Analyst");
        wait.until(d -> d.findElement(By.cssSelector(".users-message")).getText().contains("Added " + ANALYST));
        assertThat(count("MATCH (u:User) WHERE u.username IN ['it-viewer', 'it-analyst'] RETURN count(u)")).isEqualTo(2);
        assertThat(count("MATCH (u:User {username: 'it-analyst', role: 'ANALYST'}) WHERE u.passwordHash STARTS WITH "
                + "'{pepper-bcrypt}$2' AND NOT u.passwordHash CONTAINS 'it-long' RETURN count(u)")).isOne();

        long nodes = count("MATCH (n) RETURN count(n)");
        addUser("x'}) DETACH DELETE n //", "Admin");
        WebElement message = wait.until(d -> d.findElement(By.cssSelector(".users-message[data-kind='problem']")));
        assertThat(message.getText()).contains("A user name is").doesNotContain("Exception");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);

        WebElement show = browser.findElement(By.cssSelector("vaadin-button.show-bolt-password"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", show);
        show.click();
        WebElement password = wait.until(d -> d.findElement(By.cssSelector(".bolt-password")));
        wait.until(d -> !password.getText().startsWith("•"));
        assertThat(password.getText()).isEqualTo(app.password());
        assertThat(browser.findElement(By.cssSelector(".bolt-uri")).getText()).startsWith("bolt://127.0.0.1:");
        screenshot("users.png");
    }

    @Test
    @Order(3)
    void aViewerSeesOnlyTheViewsOfTheirRole() throws Exception {
        ChromeDriver viewer = Browser.start();
        try {
            signIn(viewer, app, VIEWER, PASSWORD);
            var w = new WebDriverWait(viewer, Duration.ofSeconds(60));
            w.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).size() >= 1);
            List<String> labels = viewer.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .map(WebElement::getText).toList();
            assertThat(labels).contains("Overview", "Network", "Clusters", "Bridges", "Invite", "My network")
                    .doesNotContain("Cypher", "Import", "Roles", "Privacy", "Users");
            assertThat(viewer.findElement(By.cssSelector(".signed-in-user")).getText()).isEqualTo(VIEWER);
            shot(viewer, "signed-in-viewer.png");

            for (String path : List.of("/cypher", "/import", "/roles", "/privacy", "/users")) {
                viewer.get(app.url(path));
                WebElement notFound = w.until(d -> d.findElement(By.cssSelector(".not-found-text")));
                assertThat(notFound.getText()).contains("/" + path.substring(1)).contains("role above yours (viewer)");
                assertThat(viewer.findElements(By.cssSelector("cypher-editor, vaadin-upload, vaadin-grid.users-grid")))
                        .as(path).isEmpty();
            }
            shot(viewer, "viewer-refused.png");

            // the Network page draws for a viewer, but the graph files (names, bios) are an analyst's
            viewer.get(app.url("/network"));
            w.until(d -> d.findElement(By.cssSelector(".exports vaadin-button.export-png")));
            assertThat(viewer.findElements(By.cssSelector(".exports a"))).isEmpty();

            viewer.get(app.url("/"));
            w.until(d -> d.findElement(By.cssSelector("vaadin-button.sign-out"))).click();
            w.until(d -> d.getCurrentUrl().contains("/login"));
            viewer.get(app.url("/"));
            w.until(d -> d.getCurrentUrl().contains("/login"));
        } finally {
            viewer.quit();
        }
    }

    @Test
    @Order(4)
    void anAnalystReadsWithCypherButCannotWrite() throws Exception {
        ChromeDriver analyst = Browser.start();
        try {
            signIn(analyst, app, ANALYST, PASSWORD);
            var w = new WebDriverWait(analyst, Duration.ofSeconds(60));
            w.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).size() >= 2);
            List<String> labels = analyst.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .map(WebElement::getText).toList();
            assertThat(labels).contains("Overview", "Cypher").doesNotContain("Import", "Users");
            analyst.get(app.url("/cypher"));
            WebElement editor = w.until(d -> d.findElement(By.cssSelector("cypher-editor[data-ready='true']")));
            ((JavascriptExecutor) analyst).executeScript("arguments[0].value = arguments[1]", editor,
                    "CREATE (p:SecurityProbe {by: 'analyst'}) RETURN p");
            analyst.findElement(By.cssSelector("vaadin-button.run-query")).click();
            WebElement error = w.until(d -> d.findElements(By.cssSelector(".query-error")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(error.getText()).contains("read-only");
            assertThat(dialogButton(analyst, "Run and change the graph")).as("no confirmation offered").isNull();
            assertThat(count("MATCH (p:SecurityProbe) RETURN count(p)")).isZero();
            shot(analyst, "analyst-write-refused.png");
        } finally {
            analyst.quit();
        }
    }

    @Test
    @Order(5)
    void anAdminWritesWithCypherOnlyAfterConfirming() throws Exception {
        WebElement editor = open("/cypher", "cypher-editor[data-ready='true']");
        String create = "CREATE (p:SecurityProbe {by: 'admin'}) RETURN p.by AS by";
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", editor, create);
        browser.findElement(By.cssSelector("vaadin-button.run-query")).click();
        wait.until(d -> dialogButton(d, "Cancel"));
        screenshot("cypher-confirm-write.png");
        clickDialogButton("Cancel");
        wait.until(d -> d.findElement(By.cssSelector(".query-status")).getText().contains("Not run"));
        assertThat(count("MATCH (p:SecurityProbe) RETURN count(p)")).isZero();

        browser.findElement(By.cssSelector("vaadin-button.run-query")).click();
        clickDialogButton("Run and change the graph");
        wait.until(d -> d.findElement(By.cssSelector(".query-status")).getText().contains("nodes created: 1"));
        assertThat(count("MATCH (p:SecurityProbe {by: 'admin'}) RETURN count(p)")).isOne();
        screenshot("cypher-written.png");
        try (var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.basic("neo4j", app.password()))) {
            driver.executableQuery("MATCH (p:SecurityProbe) DELETE p").execute();
        }
    }

    @Test
    @Order(6)
    void aWrongPasswordIsRefusedPlainlyAndRemovedUsersCannotSignIn() throws Exception {
        ChromeDriver other = Browser.start();
        try {
            other.get(app.url("/login"));
            var w = new WebDriverWait(other, Duration.ofSeconds(60));
            WebElement form = w.until(d -> d.findElement(By.cssSelector("vaadin-login-form")));
            assertThat(other.findElements(By.cssSelector("a.oidc-login"))).as("no OpenID Connect configured").isEmpty();
            form.findElement(By.cssSelector("input[name='username']")).sendKeys(VIEWER);
            WebElement secret = form.findElement(By.cssSelector("input[name='password']"));
            secret.sendKeys("not the password");
            secret.sendKeys(org.openqa.selenium.Keys.ENTER);
            w.until(d -> d.getCurrentUrl().contains("error"));
            WebElement error = w.until(d -> d.findElement(By.cssSelector("vaadin-login-form-wrapper, vaadin-login-form")));
            w.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                    "return document.querySelector('vaadin-login-form').error")).equals("true"));
            shot(other, "login-error.png");
            assertThat(error).isNotNull();
        } finally {
            other.quit();
        }

        // the viewer is signed in elsewhere while being removed: that session ends at once
        ChromeDriver stillIn = Browser.start();
        try {
            signIn(stillIn, app, VIEWER, PASSWORD);
            var w = new WebDriverWait(stillIn, Duration.ofSeconds(60));
            w.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).size() >= 1);

            open("/users", "vaadin-grid.users-grid");
            WebElement remove = wait.until(d -> d.findElement(By.cssSelector("vaadin-button.remove-user[aria-label='Remove " + VIEWER + "']")));
            remove.click();
            clickDialogButton("Remove");
            wait.until(d -> d.findElement(By.cssSelector(".users-message")).getText().contains("Removed " + VIEWER));
            assertThat(count("MATCH (u:User {username: 'it-viewer'}) RETURN count(u)")).isZero();

            // the open page's next request finds its session ended, and any page goes to sign-in
            stillIn.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .filter(i -> i.getText().equals("Network")).findFirst().orElseThrow().click();
            stillIn.get(app.url("/invite"));
            w.until(d -> d.getCurrentUrl().contains("/login"));
            shot(stillIn, "removed-user-signed-out.png");
        } finally {
            stillIn.quit();
        }
        assertSignInRefused(VIEWER, PASSWORD);
    }

    @Test
    @Order(7)
    void anAnalystChangesTheirOwnPasswordAndTheirOtherBrowserIsSignedOut() throws Exception {
        String next = "it-analyst-second-pw";
        ChromeDriver here = Browser.start(), elsewhere = Browser.start();
        try {
            signIn(elsewhere, app, ANALYST, PASSWORD);
            new WebDriverWait(elsewhere, Duration.ofSeconds(60))
                    .until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).size() >= 1);
            signIn(here, app, ANALYST, PASSWORD);
            var w = new WebDriverWait(here, Duration.ofSeconds(60));
            w.until(d -> d.findElement(By.cssSelector("vaadin-button.change-password"))).click();
            WebElement current = w.until(d -> d.findElement(By.cssSelector("vaadin-password-field.current-password input")));
            current.sendKeys("not my password");
            here.findElement(By.cssSelector("vaadin-password-field.new-own-password input")).sendKeys(next);
            here.findElement(By.cssSelector("vaadin-password-field.repeat-own-password input")).sendKeys(next);
            here.findElement(By.cssSelector("vaadin-button.save-own-password")).click();
            // the problem is marked on the field it is about, and nothing changes
            w.until(d -> d.findElement(By.cssSelector("vaadin-password-field.current-password")).getDomAttribute("invalid") != null);
            w.until(d -> d.findElement(By.cssSelector("vaadin-password-field.current-password")).getText()
                    .contains("not your current password"));
            assertThat(here.findElement(By.cssSelector("vaadin-password-field.new-own-password")).getDomAttribute("invalid")).isNull();
            shot(here, "change-password-wrong.png");

            current.clear();
            current.sendKeys(PASSWORD);
            here.findElement(By.cssSelector("vaadin-button.save-own-password")).click();
            w.until(d -> d.findElements(By.cssSelector("vaadin-notification-card.password-changed, vaadin-notification.password-changed"))
                    .size() + d.findElements(By.xpath("//*[contains(text(), 'Password changed')]")).size() > 0);
            shot(here, "change-password-done.png");

            // this browser stays signed in; the other one is signed out at its next request
            here.get(app.url("/cypher"));
            w.until(d -> d.findElement(By.cssSelector("cypher-editor")));
            elsewhere.get(app.url("/invite"));
            new WebDriverWait(elsewhere, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/login"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> signIn(elsewhere, app, ANALYST, PASSWORD))
                    .hasMessageContaining("refused");
        } finally {
            here.quit();
            elsewhere.quit();
        }
        ChromeDriver again = Browser.start();
        try {
            signIn(again, app, ANALYST, next);
            new WebDriverWait(again, Duration.ofSeconds(60)).until(d -> d.findElement(By.cssSelector(".signed-in-user")));
        } finally {
            again.quit();
        }
        // guessing: after five wrong passwords the name is refused for a while, even with the right one
        // (over HTTP Basic here: the analyst may not read the health details, so a right password gets 403)
        assertThat(app.get("/actuator/health/neo4j", ANALYST, next).statusCode()).isEqualTo(403);
        for (int i = 0; i < 5; i++) assertThat(app.get("/actuator/health/neo4j", ANALYST, "guess " + i).statusCode()).isEqualTo(401);
        assertThat(app.get("/actuator/health/neo4j", ANALYST, next).statusCode()).isEqualTo(401);
        // the page says why, whatever the password; and the same for a name no one has, so it tells no one which exist
        assertThat(assertSignInRefused(ANALYST, next)).startsWith("Too many wrong passwords");
        assertThat(assertSignInRefused(ANALYST, "another guess")).startsWith("Too many wrong passwords");
        assertThat(assertSignInRefused("nobody-here", "guess")).startsWith("The user name or password is not right");
        for (int i = 0; i < 5; i++) assertThat(app.get("/actuator/health/neo4j", "nobody-here", "guess " + i).statusCode()).isEqualTo(401);
        assertThat(assertSignInRefused("nobody-here", "guess")).startsWith("Too many wrong passwords");

        // a hash made before passwords were peppered still signs in, and the sign-in replaces it with a peppered one
        try (var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.basic("neo4j", app.password()))) {
            driver.executableQuery("CREATE (:User {username: 'old-hash', role: 'VIEWER', createdAt: datetime(), passwordHash: $h})")
                    .withParameters(Map.of("h", "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                            .encode("an old password"))).execute();
        }
        assertThat(app.get("/actuator/health/neo4j", "old-hash", "an old password").statusCode()).isEqualTo(403); // a viewer
        assertThat(count("MATCH (u:User {username: 'old-hash'}) WHERE u.passwordHash STARTS WITH '{pepper-bcrypt}$2' RETURN count(u)")).isOne();
        assertThat(app.get("/actuator/health/neo4j", "old-hash", "an old password").statusCode()).isEqualTo(403);
    }

    /** In a browser of its own, the sign-in page refuses this name and password; returns the reason it gives. */
    private static String assertSignInRefused(String user, String password) {
        ChromeDriver browser = Browser.start();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> signIn(browser, app, user, password))
                    .hasMessageContaining("refused");
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
                Object said = ((JavascriptExecutor) d).executeScript(
                        "const f = document.querySelector('vaadin-login-form'); return f && f.error ? f.i18n.errorMessage.message : null");
                return said == null ? null : said.toString();
            });
        } finally {
            browser.quit();
        }
    }

    private static void addUser(String name, String role) {
        WebElement nameField = browser.findElement(By.cssSelector("vaadin-text-field.new-username input"));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement select = browser.findElement(By.cssSelector("vaadin-select.new-role"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].opened = true", select);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream().anyMatch(WebElement::isDisplayed));
        browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(role)).findFirst().orElseThrow().click();
        WebElement password = browser.findElement(By.cssSelector("vaadin-password-field.new-password input"));
        password.clear();
        password.sendKeys(PASSWORD);
        // each answer differs from the one before (another name, or a problem): wait for it, so the next
        // user is not typed while the server is still clearing the form after this one
        String before = browser.findElement(By.cssSelector(".users-message")).getText();
        browser.findElement(By.cssSelector("vaadin-button.add-user")).click();
        wait.until(d -> {
            String now = d.findElement(By.cssSelector(".users-message")).getText();
            return !now.isBlank() && !now.equals(before);
        });
    }

    /** Buttons of Vaadin's confirm dialog sit in its overlay, by their text. */
    private static void clickDialogButton(String text) {
        wait.until(d -> dialogButton(d, text)).click();
    }

    private static void shot(ChromeDriver driver, String name) throws Exception {
        java.nio.file.Files.createDirectories(OUT);
        java.nio.file.Files.write(OUT.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

}
