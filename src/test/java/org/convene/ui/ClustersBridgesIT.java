package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Clusters and Bridges views in Chromium on the analysed demo: every cluster listed with its role-mix bar
 * and a working Open-in-network link; a cluster chosen by click and kept in the URL; bridges between two roles
 * listed with the same accounts and evidence as the library query; a hostile role in the URL refused plainly.
 */
class ClustersBridgesIT extends UiTestBase {

    private static List<Record> query(String cypher, Map<String, Object> params) throws Exception {
        try (var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.basic("neo4j", app.password()))) {
            return driver.executableQuery(cypher).withParameters(params).execute().records();
        }
    }

    private static void loaded(String viewClass) {
        wait.until(d -> "loaded".equals(d.findElement(By.cssSelector("." + viewClass)).getDomAttribute("data-state")));
    }

    @Test
    void everyClusterIsListedWithRoleBarsAndOpensInTheNetwork() throws Exception {
        open("/clusters", ".clusters-view");
        loaded("clusters-view");
        List<WebElement> cards = browser.findElements(By.cssSelector(".cluster-card"));
        long inDb = count("MATCH (c:Cluster) RETURN count(c)");
        assertThat(inDb).isPositive();
        // a page at a time, with the count of all and "Show more" for the rest
        int page = org.convene.ui.clusters.ClustersView.PAGE;
        assertThat(cards).hasSize((int) Math.min(page, inDb));
        assertThat(browser.findElement(By.cssSelector(".clusters-view")).getDomAttribute("data-matching")).isEqualTo(String.valueOf(inDb));
        assertThat(browser.findElement(By.cssSelector(".view-note")).getText()).startsWith(String.format(java.util.Locale.UK, "%,d clusters", inDb));
        while (cards.size() < inDb) {
            int before = cards.size();
            WebElement more = browser.findElement(By.cssSelector("vaadin-button.more-clusters"));
            assertThat(more.getText()).contains(String.format(java.util.Locale.UK, "of %,d shown", inDb));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", more);
            more.click();
            wait.until(d -> d.findElements(By.cssSelector(".cluster-card")).size() > before);
            cards = browser.findElements(By.cssSelector(".cluster-card"));
        }
        assertThat(cards).hasSize((int) inDb);
        assertThat(cards.stream().map(c -> c.getDomAttribute("data-cluster")).distinct().count()).isEqualTo(inDb);
        assertThat(browser.findElements(By.cssSelector("vaadin-button.more-clusters"))).isEmpty();
        for (WebElement card : cards.subList(0, Math.min(20, cards.size()))) {
            assertThat(card.findElements(By.cssSelector(".role-mix-bar .role-mix-part"))).isNotEmpty();
        }
        // the largest cluster first, its bar parts as many as its roles
        WebElement first = cards.getFirst();
        long id = Long.parseLong(first.getDomAttribute("data-cluster"));
        assertThat(id).isEqualTo(count("MATCH (c:Cluster) RETURN c.id ORDER BY c.size DESC, c.id LIMIT 1"));
        assertThat((long) first.findElements(By.cssSelector(".role-mix-part")).size())
                .isEqualTo(count("MATCH (c:Cluster {id: " + id + "}) RETURN size(c.roles)"));
        String href = first.findElement(By.cssSelector("a.open-network")).getDomProperty("href");
        assertThat(href).isEqualTo(app.url("/network?cluster=" + id));
        long bridging = browser.findElements(By.cssSelector(".cluster-card[data-bridging='true'] .bridging-badge")).size();
        screenshot("clusters.png");

        // choose a cluster with the keyboard: its details open and the URL keeps it
        WebElement second = cards.get(Math.min(1, cards.size() - 1));
        long secondId = Long.parseLong(second.getDomAttribute("data-cluster"));
        WebElement secondTitle = second.findElement(By.cssSelector("button.card-title"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", secondTitle);
        secondTitle.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("cluster=" + secondId));
        WebElement detail = wait.until(d -> d.findElement(By.cssSelector(".cluster-detail-content[data-cluster='" + secondId + "']")));
        assertThat(detail.getText()).contains(query("MATCH (c:Cluster {id: $id}) RETURN c.label AS l", Map.of("id", secondId))
                .getFirst().get("l").asString());
        screenshot("clusters-selected.png");

        // filters in the URL: clusters of 5 or more with a patient, bridging ones first
        browser.get(app.url("/clusters?minSize=5&role=patient&sort=bridging"));
        loaded("clusters-view");
        long filtered = count("MATCH (c:Cluster) WHERE c.size >= 5 AND 'patient' IN c.roles RETURN count(c)");
        assertThat(browser.findElements(By.cssSelector(".cluster-card"))).hasSize((int) filtered);
        screenshot("clusters-filtered.png");
        // the search (in the URL) finds a cluster by a top hashtag; Cypher through it changes nothing
        Record tagged = query("MATCH (c:Cluster) WHERE size(c.topHashtags) > 0 RETURN c.id AS id, c.topHashtags[0] AS tag "
                + "ORDER BY c.size DESC LIMIT 1", Map.of()).getFirst();
        browser.get(app.url("/clusters?q=%23" + tagged.get("tag").asString()));
        loaded("clusters-view");
        assertThat(browser.findElements(By.cssSelector(".cluster-card")).stream().map(c -> c.getDomAttribute("data-cluster")))
                .contains(String.valueOf(tagged.get("id").asLong()));
        assertThat(browser.findElement(By.cssSelector("vaadin-text-field.cluster-search input")).getDomProperty("value"))
                .isEqualTo("#" + tagged.get("tag").asString());
        long nodes = count("MATCH (n) RETURN count(n)");
        WebElement search = browser.findElement(By.cssSelector("vaadin-text-field.cluster-search input"));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "x'}) DETACH DELETE n //", Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("DETACH"));
        loaded("clusters-view");
        WebElement none = wait.until(d -> d.findElements(By.cssSelector(".view-message[data-kind]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(none.getText()).contains("No cluster").contains("clear the search").doesNotContain("Exception");
        assertThat(browser.findElements(By.cssSelector(".cluster-card"))).isEmpty();
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        screenshot("clusters-search-injection.png");

        // with the people of a chat: the demo's #cancerchat has some clusters, a chat nobody posted in none
        open("/clusters?chat=cancerchat", ".clusters-view");
        loaded("clusters-view");
        long withCancerchat = count("MATCH (c:Cluster) WHERE c.size >= 3 AND EXISTS { (c)<-[:IN_CLUSTER]-(:Account)"
                + "-[:POSTED]->(:Post)-[:TAGGED]->(:Hashtag {tag: 'cancerchat'}) } RETURN count(c)");
        assertThat(withCancerchat).isPositive();
        assertThat(browser.findElement(By.cssSelector(".clusters-view")).getDomAttribute("data-matching"))
                .isEqualTo(String.valueOf(withCancerchat));
        open("/clusters?chat=nosuchchat", ".clusters-view");
        loaded("clusters-view");
        assertThat(wait.until(d -> d.findElements(By.cssSelector(".view-message[data-kind]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).getText())
                .contains("with a member who posted with #nosuchchat");

        System.out.printf("clusters: %d listed, %d with the bridging badge, %d with 5+ members and a patient%n",
                inDb, bridging, filtered);
    }

    @Test
    void bridgesBetweenTwoRolesMatchTheLibraryQueryWithEvidence() throws Exception {
        String a = "patient";
        String b = "media";
        open("/bridges?from=" + a + "&to=" + b, ".bridges-view");
        loaded("bridges-view");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("roleA", a, "roleB", b, "limit", 15));
        params.put("chat", null); // every account
        List<Record> expected = query(String.join("\n", java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("cypher/library/bridges-between-roles.cypher"))).replaceAll("(?m)^//.*$", "").strip()
                .replaceAll(";$", ""), params);
        assertThat(expected).isNotEmpty();
        List<WebElement> cards = browser.findElements(By.cssSelector(".bridge-card"));
        assertThat(cards).extracting(c -> c.getDomAttribute("data-handle"))
                .containsExactlyElementsOf(expected.stream().map(r -> r.get("bridge").asString()).toList());
        Record top = expected.getFirst();
        WebElement card = cards.getFirst();
        assertThat(card.findElements(By.cssSelector(".bridge-side[data-side='a'] .partner")))
                .extracting(p -> p.getDomAttribute("data-handle"))
                .containsExactlyElementsOf(top.get("evidenceA").asList(v -> v.get("handle").asString()));
        assertThat(card.findElements(By.cssSelector(".bridge-side[data-side='b'] .partner")))
                .extracting(p -> p.getDomAttribute("data-handle"))
                .containsExactlyElementsOf(top.get("evidenceB").asList(v -> v.get("handle").asString()));
        Value firstPartner = top.get("evidenceA").asList(v -> v).getFirst();
        assertThat(card.findElement(By.cssSelector(".bridge-side[data-side='a'] .partner-weight")).getText())
                .contains(String.format("%.0f interaction", firstPartner.get("weight").asNumber().doubleValue()));
        assertThat(card.findElement(By.cssSelector(".bridge-why")).getText())
                .contains(top.get("paths").asLong() + " " + a + "–" + b + " pair")
                .contains("brokerage " + top.get("brokerage").asLong(0));
        assertThat(card.findElement(By.cssSelector(".card-title a")).getDomProperty("href"))
                .isEqualTo(app.url("/my-network?handle=" + top.get("bridge").asString()));
        // open the first partner's posts: their text shows as text
        List<WebElement> details = card.findElements(By.cssSelector("vaadin-details"));
        if (!details.isEmpty()) {
            details.getFirst().findElement(By.cssSelector("vaadin-details-summary")).click();
            wait.until(d -> details.getFirst().findElements(By.cssSelector(".partner-post")).stream().anyMatch(WebElement::isDisplayed));
        }
        long clusterLinks = browser.findElements(By.cssSelector(".cluster-bridge")).size();
        assertThat(clusterLinks).isEqualTo(Math.min(20, count("MATCH (c1:Cluster)-[:LINKS]->(c2:Cluster) WHERE ('"
                + a + "' IN c1.roles AND '" + b + "' IN c2.roles) OR ('" + b + "' IN c1.roles AND '" + a
                + "' IN c2.roles) RETURN count(*)")));
        screenshot("bridges.png");

        // the default pair, and a pick from the lists changes the URL
        open("/bridges", ".bridges-view");
        loaded("bridges-view");
        screenshot("bridges-default.png");
        // among the people of a chat that has none: says so, naming the chat
        open("/bridges?from=" + a + "&to=" + b + "&chat=nosuchchat", ".bridges-view");
        loaded("bridges-view");
        assertThat(browser.findElement(By.cssSelector(".bridge-list .view-message")).getText())
                .startsWith("No account that posted with #nosuchchat interacts with both");
        System.out.printf("bridges %s-%s: %d accounts, %d cluster links%n", a, b, cards.size(), clusterLinks);
    }

    @Test
    void aHostileRoleInTheUrlChangesNothingAndIsRefusedPlainly() throws Exception {
        long before = count("MATCH (n) RETURN count(n)");
        String hostile = java.net.URLEncoder.encode("x'}) DETACH DELETE n //", java.nio.charset.StandardCharsets.UTF_8);
        open("/bridges?from=" + hostile + "&to=nurse", ".bridges-view");
        WebElement message = wait.until(d -> d.findElements(By.cssSelector(".view-message[data-kind='problem']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(message.getText()).contains("not a role").contains("Pick two roles").doesNotContain("Exception");
        screenshot("bridges-bad-role.png");
        open("/clusters?role=" + hostile + "&cluster=abc", ".clusters-view");
        loaded("clusters-view");
        assertThat(browser.findElement(By.cssSelector(".clusters-view .view-message")).getText()).contains("no cluster 'abc'");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
    }
}
