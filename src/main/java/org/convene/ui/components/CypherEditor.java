package org.convene.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A Cypher editor: CodeMirror 6 with Cypher highlighting, line numbers, bracket matching and undo.
 * Ctrl+Enter (Cmd+Enter) fires a {@link RunEvent} carrying the text as it was at that moment.
 */
@Tag("cypher-editor")
@JsModule("./cypher-editor.js")
@NpmPackage(value = "codemirror", version = "6.0.2")
@NpmPackage(value = "@codemirror/view", version = "6.43.15")
@NpmPackage(value = "@codemirror/state", version = "6.7.6")
@NpmPackage(value = "@codemirror/language", version = "6.13.1")
@NpmPackage(value = "@codemirror/legacy-modes", version = "6.5.5")
public class CypherEditor extends Component implements HasSize, HasStyle, Focusable<CypherEditor> {

    public CypherEditor() {
        // keeps the server's copy of the text current, so a button can read it without a round trip
        getElement().addPropertyChangeListener("value", "value-changed", e -> { });
    }

    public String getValue() {
        return getElement().getProperty("value", "");
    }

    public void setValue(String text) {
        getElement().setProperty("value", text == null ? "" : text);
    }

    public Registration addRunListener(ComponentEventListener<RunEvent> listener) {
        return addListener(RunEvent.class, listener);
    }

    /** Ctrl+Enter in the editor. */
    @DomEvent("run")
    public static class RunEvent extends ComponentEvent<CypherEditor> {
        private final String value;

        public RunEvent(CypherEditor source, boolean fromClient, @EventData("event.detail.value") String value) {
            super(source, fromClient);
            this.value = value;
        }

        public String getValue() {
            return value;
        }
    }
}
