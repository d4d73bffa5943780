package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.collect.MastodonCollectTest;
import org.convene.collect.RecordedApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Live collection from the Import page: a Mastodon instance on 127.0.0.1 answers with two recorded pages
 * of its #nhssm timeline; the user starts a one-off collection and sees it finish with its posts, which are
 * then in the graph. Starting it again fetches only what is new and adds nothing.
 */
class CollectIT extends UiTestBase {

    static final String POSTS = "MATCH (p:Post {platform: 'mastodon'}) RETURN count(p)";

    @Test
    void startACollectionSeeItFinishAndItsPostsInTheGraph() throws Exception {
        try (RecordedApi mastodon = new RecordedApi(MastodonCollectTest::timeline)) {
            long before = count(POSTS);
            collectOnce(mastodon.url());
            WebElement runs = browser.findElement(By.cssSelector("vaadin-grid.collect-runs"));
            assertThat(cells(runs)).contains("#nhssm", "finished");
            long collected = count(POSTS) - before;
            assertThat(collected).isPositive();
            assertThat(cells(runs)).contains(String.valueOf(collected));
            // where the collection got to, as the graph keeps it for the next run (and after a restart)
            WebElement remembered = browser.findElement(By.cssSelector("vaadin-grid.collect-remembered"));
            wait.until(d -> cells(remembered).contains("#nhssm"));
            assertThat(cells(remembered)).anyMatch(c -> c.contains(mastodon.url()));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", runs);
            screenshot("import-collect.png");

            collectOnce(mastodon.url());
            assertThat(count(POSTS) - before).as("a second run adds nothing").isEqualTo(collected);
        }
    }

    @Test
    void aBadServerAddressIsExplainedNotThrown() {
        open("/import", "vaadin-button.start-collect");
        setText("vaadin-text-field.collect-tag", "nhssm");
        setText("vaadin-text-field.collect-endpoint", "ftp://example.org");
        browser.findElement(By.cssSelector("vaadin-button.start-collect")).click();
        // the message box can show before its text arrives: wait for the text
        WebElement message = wait.until(d -> d.findElements(By.cssSelector(".collect-message")).stream()
                .filter(m -> m.isDisplayed() && !m.getText().isBlank()).findFirst().orElse(null));
        assertThat(message.getText()).contains("Not an http(s) URL").doesNotContain("Exception");
        // and the field it is about is marked, the hashtag is not
        wait.until(d -> d.findElement(By.cssSelector("vaadin-text-field.collect-endpoint")).getDomAttribute("invalid") != null);
        assertThat(browser.findElement(By.cssSelector("vaadin-text-field.collect-tag")).getDomAttribute("invalid")).isNull();

        setText("vaadin-text-field.collect-tag", "not a tag!");
        setText("vaadin-text-field.collect-endpoint", "");
        browser.findElement(By.cssSelector("vaadin-button.start-collect")).click();
        wait.until(d -> d.findElement(By.cssSelector("vaadin-text-field.collect-tag")).getDomAttribute("invalid") != null);
        wait.until(d -> d.findElement(By.cssSelector("vaadin-text-field.collect-tag")).getText().contains("Not a hashtag"));
        assertThat(browser.findElement(By.cssSelector("vaadin-text-field.collect-endpoint")).getDomAttribute("invalid")).isNull();
    }

    private static void collectOnce(String endpoint) {
        open("/import", "vaadin-button.start-collect");
        setText("vaadin-text-field.collect-tag", "nhssm");
        setText("vaadin-text-field.collect-endpoint", endpoint);
        WebElement once = browser.findElement(By.cssSelector("vaadin-checkbox.collect-once"));
        if (once.getDomAttribute("checked") == null) once.findElement(By.cssSelector("input")).click();
        long finishedBefore = finished();
        browser.findElement(By.cssSelector("vaadin-button.start-collect")).click();
        wait.until(d -> finished() > finishedBefore);
    }

    private static long finished() {
        var grids = browser.findElements(By.cssSelector("vaadin-grid.collect-runs"));
        if (grids.isEmpty() || !grids.getFirst().isDisplayed()) return 0;
        return cells(grids.getFirst()).stream().filter(t -> t.equals("finished")).count();
    }

    private static java.util.List<String> cells(WebElement grid) {
        return grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    private static void setText(String selector, String text) {
        WebElement input = browser.findElement(By.cssSelector(selector + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
