// <network-graph>: the account network drawn by sigma.js (WebGL), laid out by ForceAtlas2 in a worker.
// The server calls setGraph(json) with {nodes: [[key, handle, group, size, label?]], edges: [[source, target,
// weight]], groups: [{name, count, color}]}; addGraph(json, key) adds an account's neighbours to what is drawn;
// highlight(key) centres on an account and fades the rest; setNodeGroup(key, group, color) moves one account
// to another group (a corrected role) at once; exportPng(name) saves the current view. A node's sixth field,
// if any, is a note read out with it (its role). With the `keyboard` attribute the drawing is operated by keys
// (see _onKey): a cursor steps through accounts, a live region reads each out, Enter selects, Escape clears.
// setEmphasis(keys, note) draws those accounts in full colour and the rest paler and unlabelled (a chosen role
// among its contacts); the note explains it under the legend.
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { toBlob } from '@sigma/export-image';

const LAYOUT_MS = 4000;
const EDGE_COLOR = '#cfd6de';
const FADED = '#e8ecf0';
const TYPEAHEAD_MS = 900;
const NAMED_NEIGHBOURS = 8;

const paler = {};
/** A colour mixed two parts in three with white: still its hue, plainly in the background. */
function pale(color) {
  if (!paler[color]) {
    const m = /^#([0-9a-f]{6})$/i.exec(color || '');
    if (!m) return FADED;
    const n = parseInt(m[1], 16);
    const mix = (c) => Math.round(c + (255 - c) * 0.62);
    paler[color] = `rgb(${mix(n >> 16)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
  }
  return paler[color];
}

class NetworkGraph extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <style>
        :host { display: block; position: relative; overflow: hidden; background: #fbfcfd; }
        #canvas { position: absolute; inset: 0; }
        #legend { position: absolute; left: 12px; top: 12px; background: rgba(255,255,255,.92);
          border-radius: 8px; padding: 8px 12px; font: 13px/1.6 var(--lumo-font-family, sans-serif);
          color: #1f2933; box-shadow: 0 1px 3px rgba(0,0,0,.15); max-height: calc(100% - 48px); overflow: auto;
          padding-right: 44px; /* room for the hide toggle at its top right */ }
        #legend:empty { display: none; }
        #legend .note { color: #52606d; font-size: 12px; width: 0; min-width: 100%; margin-top: 4px; }
        #legend .toggle { position: absolute; right: 8px; top: 7px; padding: 0 2px; color: #52606d; cursor: pointer;
          font-size: 12px; user-select: none; }
        #legend.folded { padding-right: 12px; }
        #legend.folded .toggle { position: static; }
        #legend .toggle:hover { color: #1f2933; text-decoration: underline; }
        #legend.folded [role=listitem], #legend.folded .note { display: none; }
        #legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
        #status { position: absolute; right: 12px; bottom: 10px; font: 12px var(--lumo-font-family, sans-serif);
          color: #52606d; }
        :host(:focus) { outline: none; }
        :host([keyboard]:focus-visible) { outline: 3px solid var(--lumo-primary-color, #1a73e8); outline-offset: -3px; }
        #cursor { position: absolute; display: none; pointer-events: none; border-radius: 50%;
          border: 3px solid #1f2933; box-shadow: 0 0 0 2px #fff, inset 0 0 0 2px #fff; transform: translate(-50%, -50%); }
        #keys { position: absolute; left: 12px; bottom: 8px; display: none; max-width: calc(100% - 260px);
          background: rgba(255,255,255,.95); border-radius: 6px; padding: 4px 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15);
          font: 12px/1.5 var(--lumo-font-family, sans-serif); color: #1f2933; }
        :host([keyboard]:focus-visible) #keys { display: block; }
        #keys kbd { font: inherit; font-weight: 600; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        #fit { position: absolute; right: 12px; top: 12px; min-height: 24px; line-height: 24px; padding: 2px 10px; border-radius: 6px;
          user-select: none;
          border: 1px solid #cbd2d9; background: rgba(255,255,255,.95); color: #1f2933; cursor: pointer;
          font: 13px var(--lumo-font-family, sans-serif); box-shadow: 0 1px 3px rgba(0,0,0,.15); }
        #fit:hover { background: #fff; border-color: #9aa5b1; }
      </style>
      <div id="canvas"></div><div id="cursor"></div><div id="legend" role="list" aria-label="Colours"></div>
      <div id="keys" aria-hidden="true"><kbd>Arrows</kbd> nearest account · <kbd>PgDn</kbd>/<kbd>PgUp</kbd> by influence ·
        type a handle · <kbd>Enter</kbd> open · <kbd>Esc</kbd> clear · <kbd>+</kbd>/<kbd>−</kbd> zoom · <kbd>0</kbd> fit</div>
      <div id="status"></div><div id="announce" class="sr" role="status" aria-live="polite"></div>
      <div id="fit" aria-hidden="true" title="Show the whole drawing again (key 0)">Fit</div>`;
    // zoomed in on an account (a click or a find), Fit brings the whole drawing back into view; for the mouse
    // only, so not a button: the drawing is itself the control (a control inside it nests), and its key is 0
    this.shadowRoot.getElementById('fit').addEventListener('click', () => this._fit());
    this._data = null;
    this._colors = {};
    this._regrouped = {}; // key -> {group, color}: accounts moved since the server drew them
    this._emphasis = null; // keys drawn in full colour while the others are pale; null: all alike
    this._emphasisNote = '';
    this._named = new Set(); // the selected account's neighbours whose labels are always drawn
    this._cursor = null; // the account the keys are on (the ring), not necessarily selected
    this._typed = '';
    this.addEventListener('keydown', (e) => this._onKey(e));
  }

  connectedCallback() {
    // Vaadin may detach and re-attach the element after its first render: redraw on every attach.
    if (this._data) this._draw();
    // a panel opened or closed beside the drawing changes its size, not the window's: draw to the new size
    if (!this._resizes) this._resizes = new ResizeObserver(() => {
      if (this._renderer) { this._renderer.resize(); this._renderer.refresh(); }
      this._legendScrolls();
    });
    this._resizes.observe(this);
  }

  disconnectedCallback() {
    if (this._resizes) this._resizes.disconnect();
    this._teardown();
  }

  setGraph(json) {
    this._data = JSON.parse(json);
    this._extra = [];
    this._regrouped = {};
    this._selected = null;
    this._cursor = null;
    delete this.dataset.cursor;
    this.shadowRoot.getElementById('cursor').style.display = 'none'; // no ring left from the drawing before
    if (this.isConnected) this._draw();
  }

  /** Draws these accounts (a JSON array of keys) in full colour and the others pale; null or [] for all alike. */
  setEmphasis(json, note) {
    const keys = json ? JSON.parse(json) : [];
    this._emphasis = keys.length ? new Set(keys) : null;
    this._emphasisNote = this._emphasis ? note || '' : '';
    this.dataset.emphasised = String(keys.length);
    if (!this._graph) return;
    this._legend(this._legendGroups());
    if (this._renderer) this._renderer.refresh({ skipIndexation: true });
  }

  /** Moves a drawn account to another group with that group's colour, and counts the legend again. */
  setNodeGroup(key, group, color) {
    this._regrouped[key] = { group, color };
    this._colors[group] = color;
    if (!this._graph || !this._graph.hasNode(key)) return;
    this._graph.mergeNodeAttributes(key, { group, color });
    this._legend(this._legendGroups());
    if (this._renderer) this._renderer.refresh({ partialGraph: { nodes: [key] } });
  }

  /** Adds nodes and edges (same shape as setGraph) around the node `near`, and lays out again briefly. */
  addGraph(json, near) {
    const data = JSON.parse(json);
    this._extra.push({ data, near });
    if (this._graph) this._merge(data, near, true);
  }

  /** Changes the note read out with an account (its role, after a correction). */
  setNodeNote(key, note) {
    if (this._graph && this._graph.hasNode(key)) this._graph.setNodeAttribute(key, 'note', note);
  }

  /** Centres the view on a node and fades everything but it and its neighbours; null clears. */
  highlight(key) {
    this._selected = key && this._graph && this._graph.hasNode(key) ? key : null;
    this.dataset.selected = this._selected || '';
    // named at once by influence alone; _pickNamed then keeps those whose labels fit where the camera stops
    this._named = new Set(this._selected ? this._byScore(this._graph.neighbors(this._selected)).slice(0, NAMED_NEIGHBOURS) : []);
    // chosen while the layout still moves the accounts (a link that opens one): frame it again once settled
    this._reframe = !!this._selected && this.dataset.layout !== 'done';
    if (this._selected) this._setCursor(this._selected, false);
    if (!this._renderer) return;
    this._renderer.refresh({ skipIndexation: true });
    if (this._selected) this._frame(this._selected);
    if (this._selected) this._nameSoon(); else delete this.dataset.named;
  }

  /** Names the neighbours again once the camera or the layout has rested (see _pickNamed). */
  _nameSoon() {
    clearTimeout(this._naming);
    this._naming = setTimeout(() => this._pickNamed(), 450); // the camera's move to an account takes 400 ms
  }

  /** These accounts by influence (the size the server sent), most first; ties by label. */
  _byScore(keys) {
    const g = this._graph;
    return keys.sort((a, b) => (g.getNodeAttribute(b, 'score') - g.getNodeAttribute(a, 'score'))
      || String(g.getNodeAttribute(a, 'label')).localeCompare(String(g.getNodeAttribute(b, 'label'))));
  }

  /**
   * Of the selected account's neighbours, names the most influential whose labels fit beside each other on
   * screen as the camera now stands (forced labels are drawn even where they overlap). The count is in
   * data-named.
   */
  _pickNamed() {
    const sel = this._selected;
    if (!sel || !this._renderer || !this._graph.hasNode(sel)) return;
    const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const taken = [this._labelBox(sel, true)].filter((b) => b);
    const named = [];
    for (const n of this._byScore(this._graph.neighbors(sel))) {
      if (named.length === NAMED_NEIGHBOURS) break;
      const b = this._labelBox(n, false);
      if (b && !taken.some((t) => overlaps(t, b))) { taken.push(b); named.push(n); }
    }
    const before = [...this._named].join('\n');
    this._named = new Set(named);
    this.dataset.named = String(named.length);
    if (named.join('\n') !== before) this._renderer.refresh({ skipIndexation: true });
  }

  /** The selected account's label box and its named neighbours' on screen, {key, x1, x2, y1, y2} (for tests). */
  labelBoxes() {
    if (!this._selected || !this._renderer) return [];
    return [[this._selected, true], ...[...this._named].map((n) => [n, false])]
      .map(([key, hover]) => ({ key, ...this._labelBox(key, hover) }));
  }

  /**
   * Where sigma draws an account's label, in pixels: right of the disc, centred on it; the selected account's
   * sits in a box that also holds its disc (sigma's hover label). 2 px spare around each.
   */
  _labelBox(n, hover) {
    const r = this._renderer, d = r.getNodeDisplayData(n);
    if (!d) return null;
    const fontSize = r.getSetting('labelSize') || 14;
    const ctx = (this._measure ||= document.createElement('canvas').getContext('2d'));
    ctx.font = `${r.getSetting('labelWeight') || 'normal'} ${fontSize}px ${r.getSetting('labelFont') || 'sans-serif'}`;
    const p = r.graphToViewport(this._graph.getNodeAttributes(n));
    const size = r.scaleSize(d.size);
    const width = ctx.measureText(String(this._graph.getNodeAttribute(n, 'label') || '')).width;
    const half = hover ? Math.max(size, fontSize / 2) + 4 : fontSize * 0.6;
    return { x1: (hover ? p.x - size - 2 : p.x + size + 3) - 2, x2: p.x + size + 3 + width + (hover ? 5 : 0) + 2,
      y1: p.y - half - 2, y2: p.y + half + 2 };
  }

  /** Moves the camera to show an account with all its neighbours (zoomed in no further than 0.15). */
  _frame(key) {
    const points = [key, ...this._graph.neighbors(key)].map((n) => this._renderer.getNodeDisplayData(n)).filter((p) => p);
    if (!points.length) return;
    const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.1, Math.max(0.15, 1.25 * Math.max(maxX - minX, maxY - minY)));
    this._renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  }

  /** As a click on the node would: highlight it and tell the server (also a hook for browser tests). */
  selectNode(key) {
    this.highlight(key);
    this.dispatchEvent(new CustomEvent('node-click', { detail: { key } }));
  }

  /** Saves what is drawn as a PNG file; resolves to its size in bytes (also in data-png-bytes). */
  async exportPng(fileName) {
    if (!this._renderer) return 0;
    const blob = await toBlob(this._renderer, { format: 'png', backgroundColor: '#ffffff' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName || 'network.png';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this.dataset.pngBytes = String(blob.size);
    return blob.size;
  }

  /** A camera move and the next frame drawn (for the benchmark): {latency, at} in ms, at since navigation. */
  measureFrame() {
    return new Promise((resolve) => {
      const start = performance.now();
      this._renderer.once('afterRender', () => resolve({ latency: performance.now() - start, at: performance.now() }));
      const camera = this._renderer.getCamera();
      const state = camera.getState();
      camera.setState({ x: state.x + 0.05, y: state.y, ratio: state.ratio * 0.9 });
    });
  }

  _teardown() {
    if (this._layout) { this._layout.kill(); this._layout = null; }
    if (this._renderer) { this._renderer.kill(); this._renderer = null; }
    clearTimeout(this._timer);
    clearTimeout(this._naming);
  }

  _draw() {
    this._teardown();
    delete this.dataset.firstRender;
    const { nodes, groups } = this._data;
    this._colors = {};
    this._maxSize = Math.max(1e-9, ...nodes.map((n) => n[3]));
    const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
    this._graph = graph;
    this._merge(this._data, null, false);
    (this._extra || []).forEach(({ data, near }) => this._merge(data, near, false));
    const canvas = this.shadowRoot.getElementById('canvas');
    this._renderer = new Sigma(graph, canvas, {
      allowInvalidContainer: true, labelRenderedSizeThreshold: 9, labelFont: 'sans-serif', zIndex: true,
      nodeReducer: (node, attrs) => this._nodeLook(node, attrs),
      edgeReducer: (edge, attrs) => this._edgeLook(edge, attrs),
    });
    // the first frame on screen, in ms since navigation (the benchmark reads it); sigma may draw inside its
    // constructor, before a listener could hear it, so the next animation frame marks it too
    const mark = () => { if (!this.dataset.firstRender) this.dataset.firstRender = String(Math.round(performance.now())); };
    this._renderer.once('afterRender', mark);
    requestAnimationFrame(mark);
    this._renderer.on('clickNode', ({ node }) => this.selectNode(node));
    this._renderer.on('clickStage', () => this.highlight(null));
    this._renderer.on('afterRender', () => this._placeCursor());
    // where the selected account's neighbours sit on screen changes with the camera: name them again once it rests
    this._renderer.getCamera().on('updated', () => this._nameSoon());
    const changed = (this._extra && this._extra.length) || Object.keys(this._regrouped).length;
    this._legend(changed ? this._legendGroups() : groups);
    this.dataset.state = 'drawn';
    this._arrange(LAYOUT_MS);
  }

  _merge(data, near, live) {
    const graph = this._graph;
    data.groups.forEach((g) => { this._colors[g.name] = g.color; });
    Object.values(this._regrouped).forEach((r) => { this._colors[r.group] = r.color; });
    const centre = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : null;
    const start = graph.order;
    data.nodes.forEach(([key, handle, drawnGroup, size, label, note], i) => {
      if (graph.hasNode(key)) return;
      const group = this._regrouped[key] ? this._regrouped[key].group : drawnGroup;
      let x, y;
      if (centre) { // new neighbours start in a small ring around the expanded account
        const a = (i / Math.max(1, data.nodes.length)) * 2 * Math.PI;
        x = centre.x + Math.cos(a) * 2; y = centre.y + Math.sin(a) * 2;
      } else { // a golden-angle spiral as the starting layout: deterministic and already spread out
        const r = Math.sqrt(start + i + 1), a = (start + i) * 2.399963;
        x = r * Math.cos(a); y = r * Math.sin(a);
      }
      graph.addNode(key, {
        label: label || (handle ? '@' + handle : key), x, y,
        size: 2 + 10 * Math.sqrt(Math.min(1, size / this._maxSize)), color: this._colors[group] || '#9aa3ad', group,
        score: size, note: note || '',
      });
    });
    data.edges.forEach(([source, target, weight]) => {
      if (graph.hasNode(source) && graph.hasNode(target) && !graph.hasEdge(source, target)) {
        graph.addEdge(source, target, { size: Math.min(4, 0.4 + Math.log1p(weight) / 2), color: EDGE_COLOR, weight });
      }
    });
    this.dataset.nodeCount = String(graph.order);
    this.dataset.edgeCount = String(graph.size);
    if (live && this._renderer) {
      this._legend(this._legendGroups());
      this._arrange(1500);
    }
  }

  /** The legend after an expansion: every group drawn, counted again, in the order they first came. */
  _legendGroups() {
    const counts = {};
    this._graph.forEachNode((n, attrs) => { counts[attrs.group] = (counts[attrs.group] || 0) + 1; });
    const names = [...this._data.groups.map((g) => g.name),
      ...this._extra.flatMap(({ data }) => data.groups.map((g) => g.name)), ...Object.values(this._regrouped).map((r) => r.group)];
    return [...new Set(names)].filter((name) => counts[name])
      .map((name) => ({ name, count: counts[name], color: this._colors[name] }));
  }

  _nodeLook(node, attrs) {
    const sel = this._selected;
    if (node === this._cursor) return { ...attrs, highlighted: true, zIndex: 3, forceLabel: true };
    if (!sel) {
      if (!this._emphasis) return attrs;
      // the chosen accounts stand out, and only they are labelled: their contacts' labels would crowd them
      return this._emphasis.has(node) ? { ...attrs, zIndex: 1 } : { ...attrs, color: pale(attrs.color), label: '', zIndex: 0 };
    }
    if (node === sel) return { ...attrs, highlighted: true, zIndex: 2, forceLabel: true };
    // forced labels may overlap: only the most influential neighbours get one; the others are named where
    // sigma finds room, and more as one zooms in
    if (this._graph.areNeighbors(node, sel)) return { ...attrs, zIndex: 1, forceLabel: this._named.has(node) };
    return { ...attrs, color: FADED, label: '', zIndex: 0 };
  }

  _edgeLook(edge, attrs) {
    const sel = this._selected;
    if (!sel) return attrs;
    return this._graph.hasExtremity(edge, sel) ? { ...attrs, color: '#7b8794', zIndex: 1 } : { ...attrs, hidden: true };
  }

  _arrange(ms) {
    const graph = this._graph;
    const status = this.shadowRoot.getElementById('status');
    if (this._layout) { this._layout.kill(); this._layout = null; }
    clearTimeout(this._timer);
    const done = () => {
      status.textContent = graph.order.toLocaleString() + ' ' + this._word('node', 'accounts') + ', '
        + graph.size.toLocaleString() + ' ' + this._word('edge', 'interactions');
      this.dataset.layout = 'done';
      if (this._reframe && this._selected && this._renderer) this._frame(this._selected);
      this._reframe = false;
      if (this._selected) this._nameSoon();
    };
    if (graph.size === 0) { done(); return; }
    delete this.dataset.layout;
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
    this._layout = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
    this._layout.start();
    status.textContent = 'Arranging ' + graph.order.toLocaleString() + ' ' + this._word('node', 'accounts') + '…';
    this._timer = setTimeout(() => {
      if (this._layout) this._layout.stop();
      done();
    }, ms);
  }

  /** A group's name for people (the page may map keys such as 'ahp' to 'AHP' in the group-titles attribute). */
  _title(name) {
    const source = this.getAttribute('group-titles') || '{}';
    if (source !== this._titlesSource) { // parsed once per value, not per legend row or key press
      this._titlesSource = source;
      try { this._titles = JSON.parse(source); } catch (e) { this._titles = {}; }
    }
    return this._titles[name] || name;
  }

  _fit() {
    if (this._renderer) this._renderer.getCamera().animatedReset({ duration: 300 });
  }

  /** What the drawing's dots and lines are called: accounts and interactions unless the page says otherwise. */
  _word(kind, fallback) {
    return this.getAttribute(kind + '-word') || fallback;
  }

  // --- keyboard -------------------------------------------------------------------------------------------

  /**
   * Arrows: the nearest account in that direction on screen; PageDown/PageUp, Home/End: the next, previous,
   * most or least influential; letters: the most influential handle starting with them. While an account is
   * selected these move among it and its neighbours only (what is not faded). Enter or Space selects the account
   * under the cursor as a click would; Escape clears the selection; + and - zoom. Tab keeps its usual job of
   * leaving the drawing, so the keyboard is never trapped in it.
   */
  _onKey(e) {
    if (!this.hasAttribute('keyboard') || !this._graph || !this._renderer || e.altKey || e.ctrlKey || e.metaKey) return;
    if (this._graph.order === 0) return;
    const k = e.key;
    if (k.startsWith('Arrow')) this._step(k.slice(5).toLowerCase());
    else if (k === 'PageDown' || k === 'PageUp') this._byInfluence(k === 'PageDown' ? 1 : -1);
    else if (k === 'Home' || k === 'End') this._move(k === 'Home' ? this._ranked()[0] : this._ranked().at(-1));
    else if (k === 'Enter' || k === ' ') this._choose();
    else if (k === 'Escape') { if (!this._clear()) return; }
    else if (k === '+' || k === '=' || k === '-' || k === '_') this._zoom(k === '+' || k === '=');
    else if (k === '0') this._fit();
    else if (k.length === 1 && /[\w@]/.test(k)) this._typeahead(k);
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  /** The accounts the keys move among: the selected one and its neighbours, or every account. */
  _pool() {
    const sel = this._selected;
    return sel && this._graph.hasNode(sel) ? [sel, ...this._graph.neighbors(sel)] : this._graph.nodes();
  }

  /** The pool by influence, most first; ties by label. */
  _ranked() {
    return this._byScore(this._pool());
  }


  _byInfluence(delta) {
    const ranked = this._ranked();
    const at = ranked.indexOf(this._cursor);
    this._move(at < 0 ? ranked[0] : ranked[Math.max(0, Math.min(ranked.length - 1, at + delta))]);
  }

  /** The nearest account on screen in a direction, favouring those straight ahead over those off to the side. */
  _step(dir) {
    if (!this._cursor || !this._graph.hasNode(this._cursor)) { this._move(this._ranked()[0]); return; }
    const from = this._renderer.graphToViewport(this._graph.getNodeAttributes(this._cursor));
    let best = null, bestScore = Infinity;
    for (const n of this._pool()) {
      if (n === this._cursor) continue;
      const p = this._renderer.graphToViewport(this._graph.getNodeAttributes(n));
      const dx = p.x - from.x, dy = p.y - from.y;
      const ahead = { right: dx, left: -dx, down: dy, up: -dy }[dir];
      const aside = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
      if (ahead <= 0.5) continue;
      const score = ahead + 2 * aside;
      if (score < bestScore) { bestScore = score; best = n; }
    }
    if (best) this._move(best);
    else this._say(`No account further ${dir}. ${this._describe(this._cursor)}`);
  }

  _typeahead(ch) {
    clearTimeout(this._typedTimer);
    this._typed += ch.toLowerCase();
    this._typedTimer = setTimeout(() => { this._typed = ''; }, TYPEAHEAD_MS);
    const prefix = this._typed.replace(/^@/, '');
    if (!prefix) return;
    const hit = this._ranked().find((n) =>
      String(this._graph.getNodeAttribute(n, 'label')).toLowerCase().replace(/^@/, '').startsWith(prefix));
    if (hit) this._move(hit);
    else this._say(`No account here starts with ${prefix}.`);
  }

  _choose() {
    if (!this._cursor) { this._move(this._ranked()[0]); return; }
    const key = this._cursor;
    this.selectNode(key);
    const n = this._graph.neighbors(key).length;
    this._say(`Opened ${this._graph.getNodeAttribute(key, 'label')} in the side panel. `
      + `The arrow keys now move among it and its ${n} neighbour${n === 1 ? '' : 's'}; Escape shows every account.`);
  }

  /** Clears the selection (and tells the server), or else the cursor; false if there was nothing to clear. */
  _clear() {
    if (this._selected) {
      this.highlight(null);
      this.dispatchEvent(new CustomEvent('selection-clear'));
      this._say(`Selection cleared. The arrow keys move among all ${this._graph.order} accounts.`);
      return true;
    }
    if (this._cursor) { this._setCursor(null, false); this._say('Cursor cleared.'); return true; }
    return false;
  }

  _zoom(zoomIn) {
    const camera = this._renderer.getCamera();
    if (zoomIn) camera.animatedZoom({ duration: 250 }); else camera.animatedUnzoom({ duration: 250 });
  }

  /** Puts the cursor on an account, brings it into view and reads it out. */
  _move(key) {
    if (!key) return;
    this._setCursor(key, true);
    this._say(this._describe(key));
  }

  _setCursor(key, follow) {
    this._cursor = key && this._graph && this._graph.hasNode(key) ? key : null;
    if (this._cursor) this.dataset.cursor = this._cursor; else delete this.dataset.cursor;
    if (!this._renderer) return;
    this._renderer.refresh({ skipIndexation: true });
    if (follow && this._cursor) { // pan only when the account is near an edge or outside, so the view stays put
      const d = this._renderer.getNodeDisplayData(this._cursor);
      const p = this._renderer.graphToViewport(this._graph.getNodeAttributes(this._cursor));
      const { width, height } = this._renderer.getDimensions();
      const margin = Math.min(80, width / 6, height / 6);
      if (d && (p.x < margin || p.y < margin || p.x > width - margin || p.y > height - margin)) {
        this._renderer.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
      }
    }
    this._placeCursor();
  }

  /** Draws the ring around the cursor's account, wherever the layout and camera have put it. */
  _placeCursor() {
    const ring = this.shadowRoot.getElementById('cursor');
    const d = this._cursor && this._renderer ? this._renderer.getNodeDisplayData(this._cursor) : null;
    if (!d) { ring.style.display = 'none'; return; }
    const p = this._renderer.graphToViewport(this._graph.getNodeAttributes(this._cursor));
    const size = 2 * this._renderer.scaleSize(d.size) + 12;
    Object.assign(ring.style, { display: 'block', left: p.x + 'px', top: p.y + 'px', width: size + 'px', height: size + 'px' });
  }

  /** "@handle, role, 12 neighbours" (the group too when it is not the role, e.g. colour by cluster). */
  _describe(key) {
    const a = this._graph.getNodeAttributes(key);
    const n = this._graph.neighbors(key).length;
    const parts = [a.label, a.note, a.group !== a.note ? this._title(a.group) : null, `${n} neighbour${n === 1 ? '' : 's'}`];
    return parts.filter((p) => p).join(', ');
  }

  _say(text) {
    const live = this.shadowRoot.getElementById('announce');
    live.textContent = text;
  }

  _legend(groups) {
    const legend = this.shadowRoot.getElementById('legend');
    // the legend can cover part of a drawing: a click folds it to one line and back (for the mouse; the
    // colours are read out with each account by keyboard, so it is not a control of its own)
    const toggle = document.createElement('span');
    toggle.className = 'toggle';
    toggle.setAttribute('aria-hidden', 'true');
    const fold = () => {
      legend.classList.toggle('folded', !!this._legendFolded);
      toggle.textContent = this._legendFolded ? 'Colours ▸' : 'hide';
      toggle.title = this._legendFolded ? 'Show the colours' : 'Hide the colours to see the drawing under them';
    };
    toggle.addEventListener('click', () => { this._legendFolded = !this._legendFolded; fold(); });
    legend.replaceChildren(...(groups.length ? [toggle] : []), ...groups.map((g) => {
      const row = document.createElement('div');
      row.setAttribute('role', 'listitem');
      const dot = document.createElement('i');
      dot.style.background = g.color;
      row.append(dot, document.createTextNode(`${this._title(g.name)} (${g.count.toLocaleString()})`));
      return row;
    }));
    if (this._emphasisNote && groups.length) {
      const note = document.createElement('div');
      note.className = 'note';
      note.textContent = this._emphasisNote;
      legend.append(note);
    }
    fold();
    this._legendScrolls();
  }

  /** A legend taller than a short drawing scrolls: then it takes the focus, so that keys can scroll it too. */
  _legendScrolls() {
    const legend = this.shadowRoot.getElementById('legend');
    if (legend.scrollHeight > legend.clientHeight + 1) legend.setAttribute('tabindex', '0');
    else legend.removeAttribute('tabindex');
  }
}

customElements.define('network-graph', NetworkGraph);
