package org.convene.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a view's message puts into the page: text as text, its kind, and how urgently it is announced. */
class MessageTest {

    @Test
    void aProblemIsTextAnnouncedAtOnceAndClearingLeavesAnEmptyLiveRegion() {
        Message m = new Message("invite-message");
        assertThat(m.getClassNames()).contains("message", "invite-message");
        assertThat(m.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(m.kind()).isNull();

        String hostile = "<img src=x onerror=alert(1)> it failed";
        m.problem(hostile);
        assertThat(m.getElement().getText()).isEqualTo(hostile);
        assertThat(m.getElement().getChildCount()).isEqualTo(1);
        assertThat(m.getElement().getChild(0).isTextNode()).isTrue(); // a text node, never parsed markup
        assertThat(m.getElement().hasProperty("innerHTML")).isFalse();
        assertThat(m.kind()).isEqualTo("problem");
        assertThat(m.getElement().getAttribute("aria-live")).isEqualTo("assertive");

        m.info("Pick a chat");
        assertThat(m.kind()).isEqualTo("info");
        assertThat(m.getElement().getAttribute("aria-live")).isEqualTo("polite");
        m.done("Saved");
        assertThat(m.kind()).isEqualTo("done");

        m.clear();
        assertThat(m.kind()).isNull();
        assertThat(m.getElement().getText()).isEmpty();
        assertThat(m.isVisible()).isTrue(); // stays in the page, so the next text is heard
    }
}
