package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The overview and the Roles view in Chromium against the packaged jar with the demo analysed: the
 * figures equal Cypher counts and the charts draw; the review queue holds as many accounts as Cypher
 * says, a bulk correction of two of them is stored as RoleCorrection nodes and they leave the queue; an
 * injection attempt through the filter changes nothing; a bio is explained by its rules; an uploaded sample
 * of labels measures the rules.
 */
class OverviewRolesIT extends UiTestBase {

    /** The review queue's conditions, written independently of review-count.cypher. */
    static final String QUEUE = """
            MATCH (a:Account) WHERE coalesce(a.rolesSource, 'rule') <> 'person'
            OPTIONAL MATCH (a)-[h:HAS_ROLE {primary: true}]->(r:Role)
            WITH a, h, r WHERE r IS NULL OR r.key = 'unknown' OR h.confidence < 0.7
            RETURN count(a)""";

    @Test
    void overviewFiguresAndChartsMatchTheGraph() throws Exception {
        open("/", "convene-chart.role-mix-chart[data-state='drawn']");
        assertThat(figure("accounts")).isEqualTo(count("MATCH (a:Account) RETURN count(a)"));
        assertThat(figure("posts")).isEqualTo(count("MATCH (p:Post) RETURN count(p)"));
        assertThat(figure("chats")).isEqualTo(count("MATCH (c:Chat) RETURN count(c)"));
        assertThat(browser.findElements(By.tagName("h1")).stream().map(WebElement::getText).toList())
                .containsExactly("Overview");

        WebElement roleMix = browser.findElement(By.cssSelector("convene-chart.role-mix-chart"));
        assertThat(Long.parseLong(roleMix.getDomAttribute("data-points")))
                .isEqualTo(count("MATCH (a:Account) RETURN count(DISTINCT coalesce(a.primaryRole, 'unlabelled'))"));
        WebElement activity = wait.until(d -> d.findElement(By.cssSelector("convene-chart.activity-chart[data-state='drawn']")));
        String chat = activity.getDomAttribute("data-chat");
        long sittings = count("MATCH (s:ChatSession {chat: '" + chat + "'}) RETURN count(s)");
        assertThat(sittings).isPositive();
        long strays = strays(chat);
        assertThat(Long.parseLong(activity.getDomAttribute("data-left-out"))).isEqualTo(strays);
        assertThat(Long.parseLong(activity.getDomAttribute("data-points"))).isEqualTo(2 * (sittings - strays)); // newcomers, returners

        long ranked = Math.min(10, count("MATCH (a:Account) WHERE a.pagerank IS NOT NULL RETURN count(a)"));
        assertThat(ranked).isPositive();
        assertThat(browser.findElements(By.cssSelector(".influencer-list li"))).hasSize((int) ranked);

        WebElement graph = wait.until(d -> d.findElement(By.cssSelector("network-graph[data-state='drawn']")));
        assertThat(Long.parseLong(graph.getDomAttribute("data-node-count"))).isEqualTo(figure("accounts"));
        Thread.sleep(4500); // the layout settles
        screenshot("overview.png");

        // the other chat through the URL, as a link or Back would bring it
        String other = count("MATCH (c:Chat) WHERE c.tag <> '" + chat + "' AND EXISTS { (:ChatSession {chat: c.tag}) } "
                + "RETURN count(c)") > 0 ? otherChat(chat) : chat;
        open("/?chat=" + other, "convene-chart.activity-chart[data-chat='" + other + "'][data-state='drawn']");
        long otherSittings = count("MATCH (s:ChatSession {chat: '" + other + "'}) RETURN count(s)") - strays(other);
        wait.until(d -> String.valueOf(2 * otherSittings).equals(
                d.findElement(By.cssSelector("convene-chart.activity-chart")).getDomAttribute("data-points")));
        screenshot("overview-other-chat.png");
    }

    @Test
    void reviewQueueAndBulkCorrection() throws Exception {
        open("/roles", ".queue-count[data-count]");
        long queued = count(QUEUE);
        assertThat(queued).isGreaterThan(2);
        wait.until(d -> String.valueOf(queued).equals(queueCount()));
        WebElement grid = browser.findElement(By.cssSelector("vaadin-grid.review-grid"));
        wait.until(d -> grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().startsWith("@")));
        screenshot("roles-queue.png");
        assertThat(pageFits()).as("the review queue fits 1366x850 without a page scroll").isTrue();
        // a click on a row shows the whole bio and evidence under it, and a second click hides them again
        WebElement handle = grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.isDisplayed() && c.getText().startsWith("@")).findFirst().orElseThrow();
        handle.click();
        wait.until(d -> d.findElements(By.cssSelector(".review-details")).stream()
                .anyMatch(e -> !shownText(e).isBlank()));
        handle.click();
        // the grid removes the details: an element read as it goes is stale, and so not shown
        wait.until(d -> d.findElements(By.cssSelector(".review-details")).stream().noneMatch(OverviewRolesIT::isShown));

        long stored = count("MATCH (c:RoleCorrection {who: 'admin'}) WHERE c.roles = ['carer'] RETURN count(c)");
        WebElement apply = browser.findElement(By.cssSelector("vaadin-button.bulk-apply"));
        for (int row = 0; row < 2; row++) { // a click while the grid renders can be lost: check, and retry
            String selected = "Correct " + (row + 1) + " selected";
            for (int attempt = 0; attempt < 5 && !apply.getText().contains(selected); attempt++) {
                wait.until(d -> grid.getDomAttribute("loading") == null);
                WebElement box = wait.until(d -> grid.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-checkbox"))
                        .stream().filter(b -> b.isDisplayed() && b.getDomAttribute("checked") == null).findFirst().orElse(null));
                box.click();
                shortWait(() -> apply.getText().contains(selected));
            }
            assertThat(apply.getText()).contains(selected);
        }
        WebElement primary = browser.findElement(By.cssSelector("vaadin-combo-box.bulk-primary input"));
        for (int attempt = 0; attempt < 5 && apply.getDomAttribute("disabled") != null; attempt++) {
            primary.clear();
            primary.sendKeys("carer");
            primary.sendKeys(Keys.ARROW_DOWN);
            primary.sendKeys(Keys.ENTER);
            primary.sendKeys(Keys.TAB);
            shortWait(() -> apply.getDomAttribute("disabled") == null);
        }
        assertThat(apply.getDomAttribute("disabled")).as("Correct button enabled once a role is picked").isNull();
        apply.click();
        WebElement confirm = wait.until(d -> d.findElements(By.cssSelector("vaadin-button.confirm-correction")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        screenshot("roles-confirm.png");
        confirm.click();
        wait.until(d -> "2".equals(d.findElement(By.cssSelector(".bulk-result")).getDomAttribute("data-stored")));
        assertThat(count("MATCH (c:RoleCorrection {who: 'admin'}) WHERE c.roles = ['carer'] RETURN count(c)"))
                .isEqualTo(stored + 2);
        wait.until(d -> String.valueOf(queued - 2).equals(queueCount()));
        assertThat(count(QUEUE)).isEqualTo(queued - 2);
        screenshot("roles-corrected.png");

        // the corrected accounts are found again under Show, and so is every account
        long corrected = count("MATCH (a:Account) WHERE a.rolesSource = 'person' RETURN count(a)");
        assertThat(corrected).isGreaterThanOrEqualTo(2);
        open("/roles?show=corrected", ".queue-count[data-count]");
        wait.until(d -> String.valueOf(corrected).equals(queueCount()));
        screenshot("roles-show-corrected.png");
        long accounts = count("MATCH (a:Account) RETURN count(a)");
        open("/roles?show=all", ".queue-count[data-count]");
        wait.until(d -> String.valueOf(accounts).equals(queueCount()));
    }

    @Test
    void injectionThroughTheFilterChangesNothing() throws Exception {
        long accounts = count("MATCH (a:Account) RETURN count(a)");
        open("/roles", ".queue-count[data-count]");
        WebElement filter = browser.findElement(By.cssSelector("vaadin-text-field.queue-filter input"));
        filter.sendKeys("x'}) DETACH DELETE n //");
        filter.sendKeys(Keys.ENTER);
        wait.until(d -> "0".equals(queueCount()));
        assertThat(browser.getCurrentUrl()).contains("q=");
        assertThat(count("MATCH (a:Account) RETURN count(a)")).isEqualTo(accounts);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception");
        screenshot("roles-filter-injection.png");
    }

    @Test
    void dictionaryAndTryABio() throws Exception {
        open("/roles?tab=dictionary&rule=matron", ".rule-count[data-count]");
        wait.until(d -> {
            long n = Long.parseLong(d.findElement(By.cssSelector(".rule-count")).getDomAttribute("data-count"));
            return n > 0 && n < 50;
        });
        screenshot("roles-dictionary.png");
        assertThat(pageFits()).as("the dictionary fits 1366x850 without a page scroll").isTrue();

        open("/roles?tab=try", "vaadin-text-area.try-bio-text");
        WebElement bio = browser.findElement(By.cssSelector("vaadin-text-area.try-bio-text textarea"));
        bio.sendKeys("Retired GP, now a full-time carer for my mum. Staff nurse RGN.");
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur()", bio);
        wait.until(d -> !d.findElements(By.cssSelector(".try-roles [data-role='carer']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".try-roles [data-role='nurse']"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".try-roles [data-role='doctor']"))).as("retired GP").isEmpty();
        WebElement hits = browser.findElement(By.cssSelector("vaadin-grid.try-hits"));
        wait.until(d -> hits.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("cancelled by a negation")));
        screenshot("roles-try-bio.png");
    }

    @Test
    void measureTheRulesAgainstAnUploadedSampleOfLabels() throws Exception {
        java.util.List<org.neo4j.driver.Record> picked;
        try (var driver = org.neo4j.driver.GraphDatabase.driver(app.boltUri(),
                org.neo4j.driver.AuthTokens.basic("neo4j", app.password()))) {
            picked = driver.executableQuery("""
                    MATCH (a:Account) WHERE a.bio IS NOT NULL AND a.primaryRole IN ['media', 'organisation']
                    RETURN a.handle AS handle, a.primaryRole AS role ORDER BY a.handle LIMIT 3""").execute().records();
        }
        assertThat(picked).hasSize(3);
        String third = picked.get(2).get("handle").asString();
        // two labelled as the graph has them, the third as a doctor (a difference), one account not in the graph
        java.nio.file.Path csv = java.nio.file.Files.writeString(OUT.resolve("my-labels.csv"), "handle,roles\n"
                + picked.get(0).get("handle").asString() + "," + picked.get(0).get("role").asString() + "\n"
                + picked.get(1).get("handle").asString() + "," + picked.get(1).get("role").asString() + "\n"
                + third + ",doctor\nNoSuchAccount4711,nurse\nNotLabelledYet,\n");

        open("/roles?tab=measure", "vaadin-upload.measure-upload");
        // the sample link, fetched with the browser's session: 100 accounts with a bio and an empty roles column
        String href = browser.findElement(By.cssSelector("a.measure-sample")).getDomProperty("href");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(response.body())).getRecords();
        assertThat(rows).hasSize(100).allSatisfy(r -> {
            assertThat(r.get("roles")).isEmpty();
            assertThat(r.get("bio")).isNotBlank();
        });
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload.measure-upload"));
        // the page's components load after its first render: wait for the upload to be upgraded
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return !!arguments[0].shadowRoot", upload));
        var inShadow = upload.getShadowRoot().findElements(By.cssSelector("input[type='file']"));
        WebElement input = inShadow.isEmpty() ? upload.findElement(By.cssSelector("input[type='file']")) : inShadow.getFirst();
        input.sendKeys(csv.toAbsolutePath().toString());
        WebElement summary = wait.until(d -> d.findElements(By.cssSelector(".measure-summary[data-accounts]")).stream()
                .findFirst().orElse(null));
        assertThat(summary.getDomAttribute("data-accounts")).isEqualTo("3");
        assertThat(summary.getDomAttribute("data-not-found")).isEqualTo("1");
        assertThat(summary.getText()).contains("NoSuchAccount4711", "precision", "recall", "1 row without roles was skipped");
        wait.until(d -> d.findElement(By.cssSelector("convene-chart.measure-chart[data-state='drawn']")));
        WebElement differences = browser.findElement(By.cssSelector("vaadin-grid.measure-differences"));
        wait.until(d -> differences.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("@" + third)));
        WebElement roles = browser.findElement(By.cssSelector("vaadin-grid.measure-roles"));
        wait.until(d -> roles.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("doctor")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", summary);
        screenshot("roles-measure.png");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", differences);
        screenshot("roles-measure-differences.png");

        // keeping the labels: four corrections by admin (three now, one for the account not yet in the graph)
        WebElement store = browser.findElement(By.cssSelector("vaadin-button.measure-store"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", store);
        store.click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-button.confirm-store")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        wait.until(d -> d.findElement(By.cssSelector(".measure-store-message")).getDomProperty("textContent")
                .contains("Stored 4 corrections"));
        screenshot("roles-measure-stored.png");
        assertThat(count("MATCH (c:RoleCorrection {who: 'admin', platform: 'twitter'}) WHERE c.handleLower IN ['"
                + third.toLowerCase(java.util.Locale.ROOT) + "', 'nosuchaccount4711'] AND c.roles[0] IN ['doctor', 'nurse'] RETURN count(c)")).isEqualTo(2);
        assertThat(count("MATCH (a:Account) WHERE a.handleLower = '" + third.toLowerCase(java.util.Locale.ROOT)
                + "' AND a.primaryRole = 'doctor' AND a.rolesSource = 'person' RETURN count(a)")).isOne();
    }

    private static String otherChat(String chat) throws Exception {
        try (var driver = org.neo4j.driver.GraphDatabase.driver(app.boltUri(),
                org.neo4j.driver.AuthTokens.basic("neo4j", app.password()))) {
            return driver.executableQuery("MATCH (c:Chat) WHERE c.tag <> $chat AND EXISTS { (:ChatSession {chat: c.tag}) } "
                    + "RETURN c.tag ORDER BY c.tag LIMIT 1").withParameters(java.util.Map.of("chat", chat))
                    .execute().records().getFirst().get(0).asString();
        }
    }

    /** Waits up to 10 s for a condition that a retry may need to bring about. */
    private static void shortWait(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 20 && !done.getAsBoolean(); i++) Thread.sleep(500);
    }

    private static String queueCount() {
        return browser.findElement(By.cssSelector(".queue-count")).getDomAttribute("data-count");
    }

    private static long figure(String label) {
        return Long.parseLong(browser.findElement(By.cssSelector("[data-figure='" + label + "']")).getDomAttribute("data-value"));
    }

    /** Stray sittings (one or two accounts, before the chat took off or after it ended) the chart leaves out, counted in Cypher. */
    private static long strays(String chat) throws Exception {
        return count("MATCH (s:ChatSession {chat: '" + chat + "'})<-[:IN_SESSION]-(:Post)<-[:POSTED]-(a:Account) "
                + "WITH s, count(DISTINCT a) AS n ORDER BY s.start WITH collect(n) AS ns "
                + "WITH ns, coalesce(head([i IN range(0, size(ns) - 1) WHERE ns[i] >= 3]), size(ns)) AS early, "
                + "coalesce(last([i IN range(0, size(ns) - 1) WHERE ns[i] >= 3]), -1) AS lastReal "
                + "RETURN CASE WHEN any(n IN ns WHERE n >= 10) "
                + "THEN early + CASE WHEN early = size(ns) THEN 0 ELSE size(ns) - 1 - lastReal END ELSE 0 END");
    }

    /** The element's text while it is shown; "" when hidden, or gone (stale) as the grid re-renders. */
    private static String shownText(WebElement e) {
        try {
            return e.isDisplayed() ? e.getText() : "";
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return "";
        }
    }

    private static boolean isShown(WebElement e) {
        try {
            return e.isDisplayed();
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
        }
    }
}
