package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Import and Cypher pages walked as a user walks them, in Chromium against the packaged jar with
 * the demo loaded: upload a file with a bad record and see the summary and the rejected row; run a
 * query with Ctrl+Enter and see its rows; run a library query with one click; see its graph; and see a
 * write held for confirmation, with nothing written when it is cancelled.
 */
class UiIT extends UiTestBase {

    @Test
    void navigationListsTheViewsThatExist() throws Exception {
        browser.get(app.url("/"));
        wait.until(d -> d.findElement(By.cssSelector("network-graph[data-layout='done']")));
        screenshot("overview-layout.png");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).size() >= 3);
        List<String> labels = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).toList();
        assertThat(labels).contains("Overview", "Cypher", "Import");
    }

    @Test
    void importAFileSeeTheSummaryAndTheRejectedRecord() throws Exception {
        long runsBefore = count("MATCH (r:AnalysisRun) RETURN count(r)");
        browser.get(app.url("/import"));
        WebElement upload = wait.until(d -> d.findElement(By.cssSelector("vaadin-upload")));
        Path fixture = Path.of("src/test/resources/ingest/topsy-bad.csv").toAbsolutePath();
        fileInput(upload).sendKeys(fixture.toString());
        WebElement start = browser.findElement(By.cssSelector("vaadin-button.start-import"));
        wait.until(d -> start.getDomAttribute("disabled") == null);
        WebElement chats = browser.findElements(By.cssSelector("vaadin-text-field")).getFirst();
        chats.findElement(By.cssSelector("input")).sendKeys("nhssm");
        start.click();

        WebElement summary = wait.until(d -> d.findElement(By.cssSelector(".import-summary")));
        assertThat(summary.getText()).contains("Imported").contains("rejected");
        assertThat(figure("posts")).isPositive();
        long rejected = figure("rejected");
        assertThat(rejected).isPositive();
        WebElement grid = browser.findElement(By.cssSelector("vaadin-grid.rejected-grid"));
        wait.until(d -> grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains("topsy-bad.csv")));
        assertThat(browser.findElement(By.cssSelector("a.rejected-report")).getDomAttribute("href")).isNotBlank();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", summary);
        screenshot("import.png");
        assertThat(count("MATCH (c:Chat {tag: 'nhssm'}) RETURN count(c)")).isOne();

        // "Analyse afterwards" is on by default: the analysis runs with its progress, then says it is done
        WebElement analysis = browser.findElement(By.cssSelector(".import-result .analysis-runner"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofMinutes(5))
                .until(d -> "done".equals(analysis.getDomAttribute("data-state")));
        assertThat(analysis.getText()).contains("Analysis done in");
        assertThat(count("MATCH (r:AnalysisRun) RETURN count(r)")).isEqualTo(runsBefore + 1);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", analysis);
        screenshot("import-analysed.png");
    }

    @Test
    void describeAnOwnCsvInTheBrowserThenImportIt() throws Exception {
        // a host's export no format reads: semicolons, her own column names, UK day-first local times
        Path csv = Files.createTempDirectory("convene-own-").resolve("wenurses-sheet.csv");
        Files.writeString(csv, """
                Tweet ID;User;Display name;Message;Posted (UK)
                700000000000000001;WeNursesJo;Jo;Q1 tonight: safe staffing #wenurses;19/11/2026 20:05
                700000000000000002;ward_sister_amy;Amy;@WeNursesJo A1 we escalate early #wenurses;19/11/2026 20:09
                """);
        browser.get(app.url("/import"));
        WebElement upload = wait.until(d -> d.findElement(By.cssSelector("vaadin-upload")));
        fileInput(upload).sendKeys(csv.toString());
        WebElement start = browser.findElement(By.cssSelector("vaadin-button.start-import"));
        wait.until(d -> start.getDomAttribute("disabled") == null);
        WebElement panel = browser.findElement(By.cssSelector("vaadin-details.mapping-panel"));
        panel.findElement(By.cssSelector("vaadin-details-summary")).click();
        wait.until(d -> panel.findElement(By.cssSelector("vaadin-button.read-columns")).isDisplayed());
        panel.findElement(By.cssSelector("vaadin-button.read-columns")).click();
        WebElement time = wait.until(d -> panel.findElements(By.cssSelector("vaadin-select.column-time")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        wait.until(d -> time.getText().contains("Posted (UK)"));
        assertThat(panel.findElement(By.cssSelector("vaadin-select.column-authorHandle")).getText()).contains("User");
        assertThat(panel.findElement(By.cssSelector("vaadin-select.column-text")).getText()).contains("Message");
        assertThat(time.getText()).contains("First row: 19/11/2026 20:05");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", time);
        screenshot("import-own-csv.png");
        WebElement save = panel.findElement(By.cssSelector("vaadin-button.save-mapping"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        assertThat(panel.findElements(By.cssSelector("vaadin-combo-box")).getFirst().findElement(By.cssSelector("input"))
                .getDomProperty("value")).isEqualTo("dd/MM/yyyy HH:mm");
        screenshot("import-own-csv-format.png");
        save.click();
        wait.until(d -> panel.getText().contains("Saved the mapping 'wenurses-sheet'"));
        WebElement chats = browser.findElements(By.cssSelector("vaadin-text-field")).getFirst();
        chats.findElement(By.cssSelector("input")).sendKeys("wenurses");
        chats.findElement(By.cssSelector("input")).sendKeys(Keys.TAB); // the value reaches the server before Import
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", start);
        start.click();
        wait.until(d -> d.findElement(By.cssSelector(".import-summary")));
        // read with the guessed day-first pattern in Europe/London: 20:05 in November is 20:05 UTC
        assertThat(count("MATCH (p:Post {id: '700000000000000001'}) WHERE p.createdAt = datetime('2026-11-19T20:05:00Z') RETURN count(p)"))
                .isOne();
        assertThat(count("MATCH (:Account {handleLower: 'ward_sister_amy'})-[:POSTED]->(:Post)-[:REPLIES_TO_ACCOUNT]->(:Account {handleLower: 'wenursesjo'}) RETURN count(*)"))
                .isOne();
        // the analysis that follows the import ends before the next test counts analysis runs
        WebElement analysis = browser.findElement(By.cssSelector(".import-result .analysis-runner"));
        new WebDriverWait(browser, java.time.Duration.ofMinutes(5)).until(d -> "done".equals(analysis.getDomAttribute("data-state")));
    }

    @Test
    void anImportGoesOnWhenItsPageIsLeftAndIsAnalysedAfter() throws Exception {
        long runsBefore = count("MATCH (r:AnalysisRun) RETURN count(r)");
        Path edges = Files.createTempFile("convene-left-", ".edgelist");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 120_000; i++) lines.append("left").append(i % 4000).append(' ').append("left").append((i * 7 + 1) % 4000).append('\n');
        Files.writeString(edges, lines);
        long pairs = lines.toString().lines().map(l -> l.toLowerCase(java.util.Locale.ROOT)).distinct().count();
        browser.get(app.url("/import"));
        WebElement upload = wait.until(d -> d.findElement(By.cssSelector("vaadin-upload")));
        fileInput(upload).sendKeys(edges.toString());
        WebElement start = browser.findElement(By.cssSelector("vaadin-button.start-import"));
        wait.until(d -> start.getDomAttribute("disabled") == null);
        start.click();
        wait.until(d -> {
            try {
                return count("MATCH (:Account)-[l:LISTED]->(b:Account) WHERE b.handleLower STARTS WITH 'left' RETURN count(l)") > 0;
            } catch (Exception e) {
                return false;
            }
        });
        browser.get(app.url("/")); // leave mid-import: a new page, the old one is closed
        var slow = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofMinutes(5));
        slow.until(d -> {
            try {
                return count("MATCH (r:AnalysisRun) RETURN count(r)") > runsBefore;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(count("MATCH (:Account)-[l:LISTED]->(b:Account) WHERE b.handleLower STARTS WITH 'left' RETURN count(l)"))
                .as("every line of the file, though its page was left").isEqualTo(pairs);
        browser.get(app.url("/import"));
        WebElement message = wait.until(d -> d.findElements(By.cssSelector(".import-message, .message")).stream()
                .filter(m -> m.getText().contains("The last import")).findFirst().orElse(null));
        assertThat(message.getText()).contains("listed interactions");
        Files.delete(edges);
    }

    @Test
    void runQueriesFromTheEditorAndTheLibraryAndSeeWritesRefused() throws Exception {
        browser.get(app.url("/cypher"));
        WebElement editor = wait.until(d -> d.findElement(By.cssSelector("cypher-editor[data-ready='true']")));
        type(editor, "MATCH (a:Account) RETURN a.handle AS handle, a.followers AS followers ORDER BY handle LIMIT 7");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        rows(7);
        WebElement grid = browser.findElement(By.cssSelector("vaadin-grid.result-grid"));
        wait.until(d -> grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> !c.getText().isBlank()));

        browser.findElement(By.cssSelector("vaadin-button[data-query='who-talks-to-whom']")).click();
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('cypher-editor').value").toString().contains("INTERACTS"));
        long interactions = Math.min(25, count("MATCH ()-[i:INTERACTS]->() RETURN count(i)"));
        rows(interactions);
        screenshot("cypher.png");

        type(editor, "MATCH (a:Account)-[i:INTERACTS]->(b:Account) RETURN a, i, b ORDER BY i.weight DESC LIMIT 30");
        browser.findElement(By.cssSelector("vaadin-button.run-query")).click();
        rows(30);
        // nodes read in Cypher's notation, and a click on a row shows its values whole
        WebElement nodes = browser.findElement(By.cssSelector("vaadin-grid.result-grid"));
        WebElement first = wait.until(d -> nodes.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().startsWith("(:Account {")).findFirst().orElse(null));
        first.click();
        WebElement details = wait.until(d -> d.findElements(By.cssSelector(".row-details")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(details.getText()).contains("a: (:Account {").contains("i: [:INTERACTS {").contains("b: (:Account {");
        screenshot("cypher-row-details.png");
        browser.findElements(By.cssSelector("vaadin-tab")).stream().filter(t -> t.getText().equals("Graph"))
                .findFirst().orElseThrow().click();
        WebElement graph = wait.until(d -> d.findElement(By.cssSelector("network-graph.result-graph[data-state='drawn']")));
        assertThat(Integer.parseInt(graph.getDomAttribute("data-node-count"))).isGreaterThan(1);
        assertThat(Integer.parseInt(graph.getDomAttribute("data-edge-count"))).isPositive();
        Thread.sleep(4500); // the layout settles
        // Home puts the cursor on the first node, Enter opens it: its labels and properties beside the drawing
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", graph);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.HOME).perform();
        wait.until(d -> graph.getDomAttribute("data-cursor") != null);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement node = wait.until(d -> d.findElements(By.cssSelector(".node-info")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(node.getText()).contains(":Account").contains("handle: ");
        screenshot("cypher-graph.png");

        // the shared browser is an admin's: a write waits for a confirmation, and Cancel writes nothing
        // (an analyst's refusal is SecurityIT's)
        type(editor, "CREATE (p:UiProbe {name: 'should not exist'}) RETURN p");
        browser.findElement(By.cssSelector("vaadin-button.run-query")).click();
        WebElement cancel = wait.until(d -> dialogButton(d, "Cancel"));
        // Cancel has the focus: a stray Enter does not change the graph
        wait.until(d -> "cancel-button".equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement && document.activeElement.getAttribute('slot')")));
        screenshot("cypher-refused.png");
        cancel.click();
        wait.until(d -> d.findElement(By.cssSelector(".query-status")).getText().contains("Not run"));
        assertThat(count("MATCH (p:UiProbe) RETURN count(p)")).isZero();

        // a query that would run for minutes is stopped with Cancel, which is there only while it runs
        assertThat(browser.findElement(By.cssSelector("vaadin-button.cancel-query")).isDisplayed()).isFalse();
        type(editor, "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)");
        browser.findElement(By.cssSelector("vaadin-button.run-query")).click();
        WebElement stop = wait.until(d -> d.findElements(By.cssSelector("vaadin-button.cancel-query")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        Thread.sleep(1500); // well under way
        stop.click();
        WebElement stopped = wait.until(d -> d.findElements(By.cssSelector(".query-error")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains("cancelled")).findFirst().orElse(null));
        assertThat(stopped.getText()).contains("nothing it did was kept");
        assertThat(browser.findElement(By.cssSelector("vaadin-button.cancel-query")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("vaadin-button.run-query")).isEnabled()).isTrue();
        screenshot("cypher-cancelled.png");

        // leaving the page stops a query still running, long before its 30 s limit
        type(editor, "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 11 = 0 RETURN count(x)");
        browser.findElement(By.cssSelector("vaadin-button.run-query")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-button.cancel-query")).stream().anyMatch(WebElement::isDisplayed));
        String running = "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'x % 11' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*)";
        assertThat(count(running)).isOne();
        long left = System.nanoTime();
        open("/network", "network-graph");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(12)).until(d -> {
            try {
                return count(running) == 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - left)).isLessThan(java.time.Duration.ofSeconds(12));
    }

    /** Vaadin's upload keeps its file input in its shadow root (or, in newer versions, beside it). */
    private static WebElement fileInput(WebElement upload) {
        SearchContext shadow = upload.getShadowRoot();
        var inShadow = shadow.findElements(By.cssSelector("input[type='file']"));
        if (!inShadow.isEmpty()) return inShadow.getFirst();
        return upload.findElement(By.cssSelector("input[type='file']"));
    }

    private static void type(WebElement editor, String query) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]; "
                + "arguments[0].scrollIntoView({block: 'center'})", editor, query); // the page may have scrolled to the drawing
        editor.getShadowRoot().findElement(By.cssSelector(".cm-content")).click();
    }

    private static void rows(long expected) {
        wait.until(d -> String.valueOf(expected).equals(
                d.findElement(By.cssSelector(".query-status")).getDomAttribute("data-rows")));
    }

    private static long figure(String label) {
        String text = browser.findElement(By.cssSelector(".import-result [data-figure='" + label + "'] span")).getText();
        return Long.parseLong(text.replace(",", ""));
    }
}
