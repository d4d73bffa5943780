package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every view, and the sign-in page, checked in Chromium by axe-core (Deque's accessibility engine) against
 * WCAG 2.2 A and AA, the level NHS services are held to. A serious or critical finding fails the test; every
 * finding of any impact goes to target/it/accessibility.txt with the elements it names.
 */
class AccessibilityIT extends UiTestBase {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final Set<String> FAILING = Set.of("serious", "critical");

    /**
     * Findings inside Vaadin's own components that Convene cannot change, each named exactly (rule, element,
     * axe's summary) so that nothing else hides behind it. They are still written to the report.
     * - vaadin-tabs (the Roles page's tab sheet) keeps a focusable scroll container, a div with tabindex, in its
     *   shadow DOM inside the role=tablist element; axe wants only tabs there. The tabs themselves work by
     *   keyboard and are announced as tabs.
     */
    static boolean known(Rule rule, CheckedNode node) {
        return rule.getId().equals("aria-required-children") && String.valueOf(node.getTarget()).equals("[vaadin-tabs]")
                && String.valueOf(node.getFailureSummary()).contains("children which are not allowed: div[tabindex]");
    }

    /** Each view with an element that shows it is ready; the network ones wait for their drawing. */
    static final Map<String, String> VIEWS = new LinkedHashMap<>();
    static {
        VIEWS.put("/", "convene-chart.role-mix-chart[data-state='drawn']");
        VIEWS.put("/network", "network-graph[data-state='drawn']");
        VIEWS.put("/clusters", ".clusters-view");
        VIEWS.put("/bridges", ".bridges-view");
        VIEWS.put("/invite?chat=celiac&count=10", ".invite-status[data-suggestions]");
        VIEWS.put("/my-network", "vaadin-combo-box");
        VIEWS.put("/cypher", "cypher-editor[data-ready='true']");
        VIEWS.put("/import", "vaadin-button.start-collect");
        VIEWS.put("/roles", ".queue-count[data-count]");
        VIEWS.put("/roles?tab=dictionary", ".rule-count[data-count]");
        VIEWS.put("/roles?tab=measure", "vaadin-upload.measure-upload vaadin-button[slot='add-button']");
        VIEWS.put("/privacy", "vaadin-button");
        VIEWS.put("/users", "vaadin-grid.users-grid");
    }

    @Test
    void everyViewMeetsWcagAaAsAxeChecksIt() throws Exception {
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        // and views in a deeper state: a cluster's details, an account's panel, one account's network, a search
        long cluster = count("MATCH (c:Cluster) RETURN c.id ORDER BY c.size DESC, c.id LIMIT 1");
        String handle = topHandle();
        Map<String, String> views = new LinkedHashMap<>(VIEWS);
        views.put("/clusters?cluster=" + cluster, ".cluster-detail-content[data-cluster='" + cluster + "']");
        views.put("/network?focus=" + handle, ".account-panel .account-handle");
        views.put("/my-network?handle=" + handle + "&target=doctor", "network-graph.ego-graph[data-state='drawn']");
        views.put("/roles?tab=try", "vaadin-text-area.try-bio-text");
        views.put("/privacy?q=" + handle, "vaadin-grid.privacy-matches");
        for (var view : views.entrySet()) {
            open(view.getKey(), view.getValue());
            Thread.sleep(1500); // let late parts (grids, charts) render
            check(view.getKey(), browser, report, failures);
        }
        // the password dialog open over a page
        open("/", "vaadin-button.change-password");
        browser.findElement(By.cssSelector("vaadin-button.change-password")).click();
        wait.until(d -> d.findElement(By.cssSelector("vaadin-password-field.current-password input")));
        Thread.sleep(500);
        check("/ with the password dialog", browser, report, failures);
        browser.findElement(By.cssSelector("vaadin-password-field.current-password input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-password-field.current-password")).isEmpty());
        // the sign-in page, in a browser of its own that is not signed in
        ChromeDriver guest = Browser.start();
        try {
            guest.get(app.url("/login"));
            new org.openqa.selenium.support.ui.WebDriverWait(guest, java.time.Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")));
            check("/login", guest, report, failures);
        } finally {
            guest.quit();
        }
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("accessibility.txt"), report);
        assertThat(failures).as("serious or critical WCAG A/AA findings (details in target/it/accessibility.txt)").isEmpty();
    }

    /** The handle of the account with the most ties. */
    private static String topHandle() throws Exception {
        try (var driver = org.neo4j.driver.GraphDatabase.driver(app.boltUri(),
                org.neo4j.driver.AuthTokens.basic("neo4j", app.password()))) {
            return driver.executableQuery("MATCH (a:Account)-[r:INTERACTS]-() WHERE a.handle IS NOT NULL "
                    + "WITH a, count(r) AS ties ORDER BY ties DESC, a.handleLower LIMIT 1 RETURN a.handle")
                    .execute().records().getFirst().get(0).asString();
        }
    }

    private static void check(String path, ChromeDriver driver, List<String> report, List<String> failures) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        report.add(path + ": " + results.getPasses().size() + " rules passed, " + results.getViolations().size()
                + " violated, " + results.getIncomplete().size() + " to check by hand"
                + (results.getIncomplete().isEmpty() ? "" : " ("
                + String.join(", ", results.getIncomplete().stream().map(Rule::getId).toList()) + ")"));
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
            String line = "  " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                    + targets.size() + " element(s): " + String.join(" | ", targets.subList(0, Math.min(5, targets.size())));
            report.add(line);
            var first = rule.getNodes().getFirst();
            report.add("    e.g. " + first.getHtml().replaceAll("\\s+", " ") + " :: "
                    + String.valueOf(first.getFailureSummary()).replaceAll("\\s+", " "));
            boolean allKnown = rule.getNodes().stream().allMatch(n -> known(rule, n));
            if (allKnown) report.add("    known, in a Vaadin component (see AccessibilityIT.known)");
            if (FAILING.contains(rule.getImpact()) && !allKnown) failures.add(path + line);
        }
        if (results.getErrorMessage() != null) failures.add(path + ": axe could not run: " + results.getErrorMessage());
    }
}
