package org.convene.ui.components;

import com.vaadin.flow.component.html.Div;

/**
 * A view's one line of news for the user: an info, a problem or a success, as plain text (never HTML).
 * It stays in the page as a live region even when empty (then it takes no room), so screen readers announce
 * each new text; problems are announced at once ("assertive"), the rest when the reader is idle.
 * Styles: {@code .message} in styles.css, by {@code data-kind}.
 */
public class Message extends Div {

    /** @param className an extra class by which tests and styles find this view's message, e.g. "invite-message" */
    public Message(String className) {
        addClassName("message");
        addClassName(className);
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-atomic", "true");
        getElement().setAttribute("aria-live", "polite");
    }

    public void info(String text) {
        say(text, "info", "polite");
    }

    public void problem(String text) {
        say(text, "problem", "assertive");
    }

    /** Something the user asked for has been done. */
    public void done(String text) {
        say(text, "done", "polite");
    }

    /**
     * Brings the message into view and gives it the keyboard focus, for when the part of the page the user
     * acted in has just gone (e.g. an erased account's preview), which would leave the page scrolled past it.
     */
    public void reveal() {
        getElement().setAttribute("tabindex", "-1");
        getElement().executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true})");
    }

    public void clear() {
        getElement().removeAllChildren();
        getElement().removeAttribute("data-kind");
    }

    /** The kind shown now ("info", "problem", "done"), or null when empty. */
    public String kind() {
        return getElement().getAttribute("data-kind");
    }

    private void say(String text, String kind, String live) {
        getElement().setAttribute("aria-live", live);
        getElement().setAttribute("data-kind", kind);
        setText(text == null ? "" : text);
    }
}
