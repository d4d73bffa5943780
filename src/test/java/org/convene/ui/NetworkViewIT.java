package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The Network view walked in Chromium on the analysed demo: filters from the URL and from the controls
 * draw as many accounts as the database says they select; a click opens the side panel with the bio and
 * roles; a role correction is stored; GEXF and PNG exports; the handle search, also with Cypher injection;
 * the drawing walked by keys alone, with every control labelled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkViewIT extends UiTestBase {

    static final String GRAPH = "network-graph[data-layout='done']";

    private static int drawn() {
        WebElement graph = wait.until(d -> d.findElement(By.cssSelector(GRAPH)));
        return Integer.parseInt(graph.getDomAttribute("data-node-count"));
    }

    private static Record one(String query, Map<String, Object> params) throws Exception {
        try (var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.basic("neo4j", app.password()))) {
            return driver.executableQuery(query).withParameters(params).execute().records().getFirst();
        }
    }

    /** The role with most ties between two accounts of it (not unknown), and how many accounts those ties join. */
    private static Record busiestRole() throws Exception {
        return one("""
                MATCH (a:Account)-[:INTERACTS]->(b:Account)
                WHERE a.primaryRole = b.primaryRole AND a.primaryRole <> 'unknown'
                WITH a.primaryRole AS role, count(*) AS ties ORDER BY ties DESC LIMIT 1
                MATCH (a:Account {primaryRole: role})-[:INTERACTS]-(b:Account {primaryRole: role})
                RETURN role, count(DISTINCT a) AS accounts""", Map.of());
    }

    @Test
    @Order(1)
    void theWholeNetworkAndARoleFilterDrawWhatTheDatabaseSelects() throws Exception {
        open("/network", GRAPH);
        assertThat(drawn()).isEqualTo(count("MATCH (a:Account)-[:INTERACTS]-(:Account) RETURN count(DISTINCT a)"));
        assertThat(browser.findElement(By.cssSelector(".network-status")).getText()).contains("accounts").contains("interactions");
        screenshot("network.png");

        Record role = busiestRole();
        open("/network?role=" + role.get("role").asString(), GRAPH);
        assertThat(drawn()).isEqualTo(role.get("accounts").asInt());
        screenshot("network-role.png");

        // picked on the page, a first role comes with its contacts (ties among one role alone are often none)
        open("/network", GRAPH);
        WebElement picker = browser.findElement(By.cssSelector("vaadin-select.role-filter"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].opened = true", picker);
        String title = org.convene.roles.Role.of(role.get("role").asString()).title();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(title)).findFirst().orElse(null)).click();
        wait.until(d -> d.getCurrentUrl().contains("contacts=true"));
        assertThat(browser.getCurrentUrl()).contains("role=" + role.get("role").asString());
        wait.until(d -> d.findElement(By.cssSelector("vaadin-checkbox.role-contacts")).getDomAttribute("checked") != null);
        // among their contacts the role's own accounts stand out, and the legend says how
        long ofRole = count("MATCH (a:Account {primaryRole: '%s'})-[:INTERACTS]-(:Account) RETURN count(DISTINCT a)"
                .formatted(role.get("role").asString()));
        WebElement graph = wait.until(d -> d.findElement(By.cssSelector("network-graph[data-emphasised='" + ofRole + "']")));
        wait.until(d -> legend(graph).contains("Full colour: the " + org.convene.roles.Role.count(ofRole, role.get("role").asString())));
        screenshot("network-role-contacts.png");
    }

    @Test
    @Order(2)
    void aChatFilterAndAMinimumWeightTypedInTheFieldMatchTheDatabase() throws Exception {
        String chat = one("MATCH (c:Chat) RETURN c.tag AS tag ORDER BY tag LIMIT 1", Map.of()).get("tag").asString();
        open("/network?chat=" + chat + "&types=mention,reply", GRAPH);
        long expected = count("""
                MATCH (:Hashtag {tag: '%s'})<-[:TAGGED]-(p:Post)<-[:POSTED]-(a:Account)
                MATCH (p)-[:MENTIONS|REPLIES_TO_ACCOUNT|REPLIES_TO]->(x)
                OPTIONAL MATCH (x)<-[:POSTED]-(author:Account)
                WITH a, CASE WHEN x:Account THEN x ELSE author END AS b WHERE b IS NOT NULL AND b <> a
                UNWIND [a, b] AS n RETURN count(DISTINCT n)""".formatted(chat));
        assertThat(drawn()).isEqualTo(expected);
        screenshot("network-chat.png");

        open("/network", GRAPH);
        WebElement weight = browser.findElement(By.cssSelector("vaadin-integer-field input"));
        weight.sendKeys("3", Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("minWeight=3"));
        long strong = count("MATCH (a:Account)-[i:INTERACTS]-(:Account) WHERE i.weight >= 3 RETURN count(DISTINCT a)");
        wait.until(d -> drawn() == strong);
        browser.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("minWeight"));
        wait.until(d -> drawn() == count0());
    }

    /** The graph's legend as the user reads it: one "group (count)" a line. */
    private static String legend(WebElement graph) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].shadowRoot.getElementById('legend').innerText", graph);
    }

    private static long count0() {
        try {
            return count("MATCH (a:Account)-[:INTERACTS]-(:Account) RETURN count(DISTINCT a)");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    void clickAnAccountSeeItsBioAndRolesCorrectThemAndExport() throws Exception {
        Record role = busiestRole();
        Record account = one("""
                MATCH (a:Account {primaryRole: $role})-[:INTERACTS]-(:Account {primaryRole: $role})
                WHERE a.bio IS NOT NULL AND trim(a.bio) <> ''
                RETURN DISTINCT a.platform + ':' + a.id AS key, a.platform AS platform, a.id AS id, a.handle AS handle,
                       a.bio AS bio, a.pagerank AS pagerank ORDER BY coalesce(pagerank, 0) DESC LIMIT 1""",
                Map.of("role", role.get("role").asString()));
        WebElement graph = open("/network?role=" + role.get("role").asString(), GRAPH);
        ((JavascriptExecutor) browser).executeScript("arguments[0].selectNode(arguments[1])", graph,
                account.get("key").asString());
        WebElement bio = wait.until(d -> d.findElement(By.cssSelector(".account-panel .account-bio")));
        assertThat(bio.getText()).isEqualTo(account.get("bio").asString().strip().replaceAll("\\s+", " "));
        assertThat(browser.findElement(By.cssSelector(".account-handle")).getText()).isEqualTo("@" + account.get("handle").asString());
        assertThat(browser.findElement(By.cssSelector(".account-roles")).getText())
                .contains(org.convene.roles.Role.word(role.get("role").asString()));
        wait.until(d -> d.getCurrentUrl().contains("focus="));
        screenshot("network-panel.png");

        String extra = role.get("role").asString().equals("carer") ? "media" : "carer";
        WebElement pick = browser.findElement(By.cssSelector("vaadin-multi-select-combo-box.correct-roles input"));
        pick.sendKeys(extra);
        Thread.sleep(500);
        pick.sendKeys(Keys.ENTER);
        // the list stays open for more choices: close it so it does not cover the button
        ((JavascriptExecutor) browser).executeScript("arguments[0].opened = false",
                browser.findElement(By.cssSelector("vaadin-multi-select-combo-box.correct-roles")));
        WebElement save = browser.findElement(By.cssSelector("vaadin-button.save-roles"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream().noneMatch(WebElement::isDisplayed));
        save.click();
        wait.until(d -> d.findElement(By.cssSelector(".account-roles")).getText().contains(extra));
        Record stored = one("MATCH (a:Account {platform: $platform, id: $id}) RETURN a.roles AS roles, a.rolesSource AS source",
                Map.of("platform", account.get("platform").asString(), "id", account.get("id").asString()));
        assertThat(stored.get("roles").asList(v -> v.asString())).contains(extra, role.get("role").asString());
        assertThat(count("MATCH (c:RoleCorrection) RETURN count(c)")).isPositive();
        screenshot("network-corrected.png");

        // making the new role the primary one recolours the account and recounts the legend, without a reload
        String key = account.get("key").asString();
        String legendBefore = legend(graph);
        WebElement primary = browser.findElement(By.cssSelector("vaadin-select.primary-role"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true", primary);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream().anyMatch(WebElement::isDisplayed));
        browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(org.convene.roles.Role.of(extra).title())).findFirst().orElseThrow().click();
        browser.findElement(By.cssSelector("vaadin-button.save-roles")).click();
        wait.until(d -> extra.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0]._graph.getNodeAttribute(arguments[1], 'group')", graph, key)));
        assertThat(one("MATCH (a:Account {platform: $platform, id: $id}) RETURN a.primaryRole AS role",
                Map.of("platform", account.get("platform").asString(), "id", account.get("id").asString()))
                .get("role").asString()).isEqualTo(extra);
        assertThat((String) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0]._graph.getNodeAttribute(arguments[1], 'color')", graph, key))
                .isEqualToIgnoringCase(org.convene.ui.components.RoleColors.of(extra));
        assertThat(legend(graph)).isNotEqualTo(legendBefore).contains(extra + " (");
        Thread.sleep(300);
        screenshot("network-recoloured.png");

        String href = browser.findElement(By.cssSelector("a.export-gexf")).getDomAttribute("href");
        String gexf = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));""", href);
        int nodes = Integer.parseInt(graph.getDomAttribute("data-node-count"));
        assertThat(gexf).startsWith("<?xml").contains("<gexf");
        // the file says how the view chose what it holds
        assertThat(gexf).contains("Filters: role=" + role.get("role").asString());
        assertThat(gexf.split("<node ", -1)).hasSize(nodes + 1);
        assertThat(gexf).contains("label=\"" + account.get("handle").asString() + "\"");

        browser.findElement(By.cssSelector("vaadin-button.export-png")).click();
        wait.until(d -> graph.getDomAttribute("data-png-bytes") != null);
        assertThat(Integer.parseInt(graph.getDomAttribute("data-png-bytes"))).isGreaterThan(5_000);

        int before = Integer.parseInt(graph.getDomAttribute("data-node-count"));
        browser.findElement(By.cssSelector("vaadin-button.expand-neighbours")).click();
        long neighbours = count("""
                MATCH (a:Account {platform: '%s', id: '%s'})-[:INTERACTS]-(b:Account) RETURN count(DISTINCT b)"""
                .formatted(account.get("platform").asString(), account.get("id").asString()));
        wait.until(d -> Integer.parseInt(graph.getDomAttribute("data-node-count")) > before || neighbours == 0);
        Thread.sleep(1800); // the layout settles around the new accounts
        screenshot("network-expanded.png");
    }

    @Test
    @Order(4)
    void findAHandleAndTryCypherInjectionThroughTheSearch() throws Exception {
        Record top = one("MATCH (a:Account)-[:INTERACTS]-() RETURN a.handle AS handle ORDER BY coalesce(a.pagerank, 0) DESC LIMIT 1", Map.of());
        open("/network?colour=cluster", GRAPH);
        WebElement find = browser.findElement(By.cssSelector("vaadin-text-field.find-handle input"));
        find.sendKeys("@" + top.get("handle").asString().toUpperCase(), Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".account-handle")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().equalsIgnoreCase("@" + top.get("handle").asString())));
        assertThat(browser.getCurrentUrl()).contains("colour=cluster").contains("focus=");
        Thread.sleep(800); // the camera moves to the account
        screenshot("network-find-cluster-colours.png");

        long nodes = count("MATCH (n) RETURN count(n)");
        WebElement again = browser.findElement(By.cssSelector("vaadin-text-field.find-handle input"));
        again.sendKeys(Keys.chord(Keys.CONTROL, "a"), "x'}) DETACH DELETE n //", Keys.ENTER);
        WebElement message = wait.until(d -> d.findElements(By.cssSelector(".network-message")).stream()
                .filter(m -> m.isDisplayed() && m.getText().contains("No account")).findFirst().orElse(null));
        assertThat(message.getText()).contains("No account").doesNotContain("Exception");
        assertThat(browser.getCurrentUrl()).doesNotContain("DETACH"); // nothing found: no new link, no new drawing
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        open("/network?role=x%27%7D)%20DETACH%20DELETE%20n%20//&minWeight=abc", "network-graph[data-state='drawn']");
        wait.until(d -> d.findElement(By.cssSelector(".network-message")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector(".network-message")).getText()).contains("not a number");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        screenshot("network-bad-link.png");
    }

    /** What the drawing's live region reads out now. */
    private static String announced(WebElement graph) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].shadowRoot.getElementById('announce').textContent", graph);
    }

    private static void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /**
     * The most influential neighbours of the open account are named, as many as fit without one label over
     * another (or over the open account's own) where the camera stopped.
     */
    @SuppressWarnings("unchecked")
    private static void assertNamedLabelsApart(WebElement graph, long neighbours) {
        wait.until(d -> graph.getDomAttribute("data-named") != null);
        var boxes = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("return arguments[0].labelBoxes()", graph);
        assertThat(boxes.size() - 1).isEqualTo(Integer.parseInt(graph.getDomAttribute("data-named")))
                .isBetween(1, (int) Math.min(8, neighbours));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Map<String, Object> a = boxes.get(i), b = boxes.get(j);
                boolean apart = x(a, "x2") <= x(b, "x1") || x(b, "x2") <= x(a, "x1") || x(a, "y2") <= x(b, "y1") || x(b, "y2") <= x(a, "y1");
                assertThat(apart).as("labels of %s and %s", a.get("key"), b.get("key")).isTrue();
            }
        }
    }

    private static double x(Map<String, Object> box, String name) {
        return ((Number) box.get(name)).doubleValue();
    }

    @Test
    @Order(5)
    void walkTheNetworkByKeysAloneAndEveryControlIsLabelled() throws Exception {
        WebElement graph = open("/network", GRAPH);
        for (WebElement control : browser.findElements(By.cssSelector(
                ".network-filters input, .network-filters vaadin-button, .exports vaadin-button, .exports a"))) {
            assertThat(control.getAccessibleName()).as(control.getDomProperty("outerHTML")).isNotBlank();
        }
        // Tab from the top of the page until the drawing has the focus: it is in the Tab order
        int tabs = 0;
        while (!graph.equals(browser.switchTo().activeElement()) && tabs++ < 120) press(Keys.TAB);
        assertThat(browser.switchTo().activeElement()).isEqualTo(graph);
        assertThat(graph.getAccessibleName()).contains("Arrow keys").contains("Enter");
        screenshot("network-keyboard-focus.png");

        // accounts imported after the last analysis (other browser tests import) have no PageRank: Cypher would
        // sort them first, the drawing sizes them at the floor
        Record top = one("""
                MATCH (a:Account)-[:INTERACTS]-(:Account) WITH DISTINCT a ORDER BY coalesce(a.pagerank, 0) DESC, a.handle LIMIT 1
                MATCH (a)-[:INTERACTS]-(b:Account)
                RETURN a.platform + ':' + a.id AS key, a.handle AS handle, coalesce(a.primaryRole, 'unknown') AS role,
                       count(DISTINCT b) AS neighbours, max(b.pagerank) AS bestNeighbour""", Map.of());
        press(Keys.HOME);
        wait.until(d -> top.get("key").asString().equals(graph.getDomAttribute("data-cursor")));
        assertThat(announced(graph)).isEqualTo("@" + top.get("handle").asString() + ", " + top.get("role").asString()
                + ", " + top.get("neighbours").asLong() + " neighbour" + (top.get("neighbours").asLong() == 1 ? "" : "s"));

        press(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".account-panel .account-handle")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().equals("@" + top.get("handle").asString())));
        wait.until(d -> d.getCurrentUrl().contains("focus=" + top.get("handle").asString()));
        assertThat(graph.getDomAttribute("data-selected")).isEqualTo(top.get("key").asString());
        assertThat(browser.switchTo().activeElement()).isEqualTo(graph); // the keys stay in the drawing
        assertNamedLabelsApart(graph, top.get("neighbours").asLong());

        // with an account selected, the keys move among its neighbours: Page Down goes to the most influential one
        press(Keys.PAGE_DOWN);
        wait.until(d -> !top.get("key").asString().equals(graph.getDomAttribute("data-cursor")));
        String next = graph.getDomAttribute("data-cursor");
        Record neighbour = one("""
                MATCH (a:Account)-[:INTERACTS]-(b:Account) WHERE a.platform + ':' + a.id = $top AND b.platform + ':' + b.id = $next
                RETURN DISTINCT b.handle AS handle, b.pagerank AS pagerank""",
                Map.of("top", top.get("key").asString(), "next", next));
        assertThat(neighbour.get("pagerank").asDouble()).isEqualTo(top.get("bestNeighbour").asDouble());
        // an arrow key stays among the neighbours too
        for (CharSequence arrow : new CharSequence[] {Keys.ARROW_RIGHT, Keys.ARROW_DOWN, Keys.ARROW_LEFT, Keys.ARROW_UP}) {
            press(arrow);
            String at = graph.getDomAttribute("data-cursor");
            assertThat(at.equals(top.get("key").asString()) || count("""
                    MATCH (a:Account)-[:INTERACTS]-(b:Account) WHERE a.platform + ':' + a.id = '%s' AND b.platform + ':' + b.id = '%s'
                    RETURN count(*)""".formatted(top.get("key").asString(), at)) > 0).as(at).isTrue();
        }
        press(Keys.HOME, Keys.PAGE_DOWN); // the open account itself, then again its most influential neighbour
        wait.until(d -> next.equals(graph.getDomAttribute("data-cursor")));
        press(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".account-panel .account-handle")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().equals("@" + neighbour.get("handle").asString())));
        assertThat(announced(graph)).startsWith("Opened @" + neighbour.get("handle").asString());
        Thread.sleep(600); // the camera settles on the account
        screenshot("network-keyboard-selected.png");

        press(Keys.ESCAPE);
        wait.until(d -> d.findElements(By.cssSelector(".account-panel")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(graph.getDomAttribute("data-selected")).isEmpty();
        wait.until(d -> !d.getCurrentUrl().contains("focus="));

        // typing the start of a handle jumps to the most influential account whose handle starts with it
        String prefix = top.get("handle").asString().substring(0, Math.min(3, top.get("handle").asString().length())).toLowerCase();
        Record typed = one("""
                MATCH (a:Account)-[:INTERACTS]-(:Account) WHERE toLower(a.handle) STARTS WITH $prefix
                RETURN DISTINCT a.handle AS handle, a.pagerank AS pagerank ORDER BY coalesce(pagerank, 0) DESC LIMIT 1""",
                Map.of("prefix", prefix));
        press(prefix);
        wait.until(d -> announced(graph).startsWith("@" + typed.get("handle").asString() + ","));
    }
}
