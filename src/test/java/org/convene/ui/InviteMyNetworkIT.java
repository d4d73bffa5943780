package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convene.graph.CypherScript;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Invite and My network pages on the analysed demo: suggestions for #celiac with their reasons, a mark that
 * lands in the graph and shows after a reload, the CSV and the copied handles, the ego network drawn with as many
 * accounts as its query returns, and hostile text in the URL that changes nothing.
 */
class InviteMyNetworkIT extends UiTestBase {

    private static final String HOSTILE = "x'}) MATCH (n) DETACH DELETE n //";

    @Test
    void inviteListShowsReasonsAndAMarkIsKeptAndExported() throws Exception {
        int n = openInvite("/invite?chat=celiac&count=10");
        assertThat(n).isEqualTo(10);
        List<WebElement> reasons = browser.findElements(By.cssSelector("vaadin-grid.suggestions ul.reasons"));
        assertThat(reasons).isNotEmpty().allSatisfy(r -> assertThat(r.findElements(By.tagName("li"))).isNotEmpty());
        assertThat(reasons.getFirst().getText()).containsAnyOf("regulars", "influential", "hashtags");
        screenshot("invite.png");
        // each account opens on its own platform, and the host can read its bio without leaving the page
        List<WebElement> profiles = browser.findElements(By.cssSelector("vaadin-grid.suggestions .account-cell a.profile"));
        assertThat(profiles).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getDomAttribute("href")).startsWith("https://x.com/");
            assertThat(a.getDomAttribute("target")).isEqualTo("_blank");
        });
        assertThat(browser.findElements(By.cssSelector("vaadin-grid.suggestions .bio:not(.none)"))).isNotEmpty();

        WebElement firstHandle = browser.findElement(By.cssSelector("vaadin-grid.suggestions .account-cell .handle"));
        String handle = firstHandle.getText().replaceFirst("^@", "");
        long before = count("MATCH (i:Invitation {chat: 'celiac', status: 'invited'}) RETURN count(i)");
        openMarkMenu();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().equals("Invited")).findFirst().orElse(null)).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(c -> c.getText().contains("Marked @" + handle + " as invited")));
        assertThat(count("MATCH (i:Invitation {chat: 'celiac', status: 'invited'})-[:INVITES]->(a:Account) "
                + "WHERE a.handleLower = '" + handle.toLowerCase() + "' RETURN count(i)")).isOne();
        assertThat(count("MATCH (i:Invitation {chat: 'celiac', status: 'invited'}) RETURN count(i)")).isEqualTo(before + 1);
        // the CSV has the mark at once, without computing the list again
        assertThat(csv()).anySatisfy(r -> {
            assertThat(r.get("handle")).isEqualTo(handle);
            assertThat(r.get("status")).isEqualTo("invited");
        });

        browser.navigate().refresh();
        openInviteReady();
        WebElement marked = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid.suggestions .marked-by")).stream()
                .filter(e -> e.getText().startsWith("invited by")).findFirst().orElse(null));
        assertThat(marked.getText()).contains("admin").contains("UTC");
        assertThat(browser.findElement(By.cssSelector("vaadin-details.invitations")).getText())
                .contains("Invitations to #celiac so far");
        screenshot("invite-marked.png");

        List<CSVRecord> csv = csv();
        assertThat(csv).hasSize(10).allSatisfy(r -> assertThat(r.get("reasons")).isNotBlank())
                .anySatisfy(r -> assertThat(r.get("profile")).isEqualTo("https://x.com/" + r.get("handle")));
        assertThat(csv).anySatisfy(r -> {
            assertThat(r.get("handle")).isEqualTo(handle);
            assertThat(r.get("status")).isEqualTo("invited");
        });

        browser.findElement(By.cssSelector("vaadin-button.copy-handles")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(c -> c.getText().contains("Copied 10 handles")));
        String copied = browser.findElement(By.cssSelector("vaadin-button.copy-handles")).getDomAttribute("data-copied");
        assertThat(copied.split("\n")).hasSize(10).contains("@" + handle);

        openInvite("/invite?chat=celiac&count=10&hide=true");
        assertThat(csv()).noneSatisfy(r -> assertThat(r.get("handle")).isEqualTo(handle));

        // a mis-click is taken back with "Not marked"
        openInvite("/invite?chat=celiac&count=10");
        assertThat(browser.findElement(By.cssSelector("vaadin-grid.suggestions .account-cell .handle")).getText())
                .isEqualTo("@" + handle);
        openMarkMenu();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals("Not marked")).findFirst().orElse(null)).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(c -> c.getText().contains("Mark of @" + handle + " removed")));
        assertThat(count("MATCH (i:Invitation {chat: 'celiac', status: 'invited'}) RETURN count(i)")).isEqualTo(before);
    }

    @Test
    void rolesFromTheUrlFilterTheList() throws Exception {
        int n = openInvite("/invite?chat=cancerchat&roles=doctor,nurse,researcher&count=5");
        if (n == 0) {
            assertThat(browser.findElement(By.cssSelector(".invite-message")).getText()).contains("No one to suggest");
        } else {
            assertThat(csv()).allSatisfy(r -> assertThat(r.get("role")).isIn("doctor", "nurse", "researcher"));
        }
        screenshot("invite-roles.png");
    }

    @Test
    void aPhonesWidthGetsTwoColumnsWithEverythingInThem() throws Exception {
        var window = browser.manage().window();
        var wide = window.getSize();
        try {
            window.setSize(new org.openqa.selenium.Dimension(400, 844));
            int n = openInvite("/invite?chat=celiac&count=5");
            assertThat(n).isPositive();
            WebElement grid = wait.until(d -> d.findElement(By.cssSelector("vaadin-grid.suggestions[data-compact='true']")));
            wait.until(d -> !grid.findElements(By.cssSelector(".account-cell vaadin-select.mark")).isEmpty());
            assertThat(grid.findElements(By.cssSelector(".introduce-label"))).isNotEmpty();
            assertThat(grid.findElements(By.cssSelector("vaadin-grid-column:not([hidden])"))).hasSize(2);
            screenshot("invite-phone.png");
        } finally {
            window.setSize(wide);
        }
        WebElement grid = wait.until(d -> d.findElement(By.cssSelector("vaadin-grid.suggestions[data-compact='false']")));
        assertThat(grid.findElements(By.cssSelector("vaadin-grid-column:not([hidden])"))).hasSize(6);
    }

    @Test
    void hostileTextInTheUrlIsAPlainMessageAndChangesNothing() throws Exception {
        long nodes = count("MATCH (n) RETURN count(n)");
        String q = URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8);
        browser.get(app.url("/invite?chat=" + q));
        WebElement message = wait.until(d -> d.findElements(By.cssSelector(".invite-message[data-kind='problem']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(message.getText()).contains("No posts tagged").doesNotContain("Exception");
        screenshot("invite-hostile.png");
        browser.get(app.url("/my-network?handle=" + q + "&target=doctor"));
        message = wait.until(d -> d.findElements(By.cssSelector(".invite-message[data-kind='problem']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(message.getText()).contains("No account").doesNotContain("Exception");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    }

    @Test
    void myNetworkDrawsAsManyAccountsAsItsQueryReturns() throws Exception {
        Record top = one("MATCH (a:Account)-[r:INTERACTS]-() WHERE a.handle IS NOT NULL "
                + "WITH a, count(r) AS ties ORDER BY ties DESC, a.handleLower LIMIT 1 "
                + "RETURN a.handle AS handle, a.platform AS platform, a.id AS id", Map.of());
        String handle = top.get("handle").asString();
        browser.get(app.url("/my-network?handle=" + handle + "&target=doctor"));
        WebElement graph = wait.until(d -> d.findElement(By.cssSelector("network-graph.ego-graph[data-state='drawn']")));
        String egoQuery = CypherScript.query(org.convene.suggest.EgoService.class, "ego-network");
        long expected = rows(egoQuery, Map.of("platform", top.get("platform").asString(), "id", top.get("id").asString(),
                "limit", 150));
        assertThat(expected).isGreaterThan(1);
        assertThat(Long.parseLong(graph.getDomAttribute("data-node-count"))).isEqualTo(expected);
        assertThat(browser.findElements(By.cssSelector(".ego-panel .bar-row"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".ego-panel")).getText())
                .contains("Strongest ties").contains("Groups it reaches").contains("Roles it lacks").contains("Brokers to doctor");
        Thread.sleep(4500); // the layout settles
        screenshot("my-network.png");

        // search as you type, pick with the keyboard: the URL follows
        browser.get(app.url("/my-network"));
        WebElement combo = wait.until(d -> d.findElement(By.cssSelector("vaadin-combo-box")));
        WebElement input = combo.findElement(By.cssSelector("input"));
        input.sendKeys(handle.substring(0, Math.min(4, handle.length())));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        screenshot("my-network-search.png");
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("handle="));
        wait.until(d -> d.findElement(By.cssSelector("network-graph.ego-graph[data-state='drawn']")));
    }

    private static int openInvite(String path) {
        browser.get(app.url(path));
        return openInviteReady();
    }

    private static int openInviteReady() {
        WebElement status = wait.until(d -> d.findElements(By.cssSelector(".invite-status[data-suggestions]")).stream()
                .filter(s -> !s.getText().contains("Finding")).findFirst().orElse(null));
        return Integer.parseInt(status.getDomAttribute("data-suggestions"));
    }

    /** Downloads the list as the browser would, with the page's session. */
    private static List<CSVRecord> csv() throws Exception {
        String href = browser.findElement(By.cssSelector("a.download-csv")).getDomProperty("href");
        Object text = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        return CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(String.valueOf(text))).getRecords();
    }

    private static Record one(String query, Map<String, Object> params) throws Exception {
        try (var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.basic("neo4j", app.password()))) {
            return driver.executableQuery(query).withParameters(params).execute().records().getFirst();
        }
    }

    private static long rows(String query, Map<String, Object> params) throws Exception {
        try (var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.basic("neo4j", app.password()))) {
            return driver.executableQuery(query).withParameters(params).execute().records().size();
        }
    }

    /**
     * Opens the first row's mark menu with the row in the middle of the window: its reasons are long, so the row
     * is tall, and a menu opened at the foot of the window had its items covered.
     */
    private static void openMarkMenu() {
        WebElement select = browser.findElement(By.cssSelector("vaadin-grid.suggestions vaadin-select.mark"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
    }
}
