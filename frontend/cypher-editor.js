// <cypher-editor>: CodeMirror 6 with Cypher highlighting (the legacy Cypher mode as a StreamLanguage).
// Property `value` holds the text; Ctrl+Enter (Cmd+Enter on a Mac) fires `run` with {detail: {value}};
// every edit fires `value-changed`. The editor lives in a shadow root: CodeMirror mounts its style sheets
// there, where the page's own style handling (which replaces document.adoptedStyleSheets) leaves them be.
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';

class CypherEditor extends HTMLElement {
  constructor() {
    super();
    this._value = '';
    this._view = null;
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <style>
        :host { display: block; }
        .cm-editor { height: 100%; min-height: 8rem; font-size: var(--lumo-font-size-s, 14px); background: #fff; }
        .cm-editor.cm-focused { outline: 2px solid var(--lumo-primary-color-50pct, #7aa7ff); }
        .cm-scroller { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, monospace; }
      </style>`;
  }

  connectedCallback() {
    if (this._view) return;
    // a value set before this element was defined sits on the instance and hides the setter: move it
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = this.value;
      delete this.value;
      this._value = early ?? '';
    }
    const run = () => {
      this.dispatchEvent(new CustomEvent('run', { detail: { value: this.value } }));
      return true;
    };
    this._view = new EditorView({
      doc: this._value,
      root: this.shadowRoot,
      parent: this.shadowRoot,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run }])),
        basicSetup,
        StreamLanguage.define(cypher),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': this.getAttribute('aria-label') || 'Cypher query' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            this._value = update.state.doc.toString();
            this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this._value } }));
          }
        }),
      ],
    });
    this.dataset.ready = 'true';
  }

  get value() {
    return this._view ? this._view.state.doc.toString() : this._value;
  }

  set value(text) {
    text = text ?? '';
    this._value = text;
    if (this._view && text !== this._view.state.doc.toString()) {
      this._view.dispatch({ changes: { from: 0, to: this._view.state.doc.length, insert: text } });
    }
  }

  focus() {
    if (this._view) this._view.focus();
  }
}

customElements.define('cypher-editor', CypherEditor);
