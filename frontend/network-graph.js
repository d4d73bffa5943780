// <network-graph>: the account network drawn by sigma.js (WebGL), laid out by ForceAtlas2 in a worker.
// The server calls setGraph(json) with {nodes: [[key, handle, group, degree, label?]], edges: [[source, target,
// weight]], groups: [{name, count, color}]}.
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

const LAYOUT_MS = 4000;

class NetworkGraph extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <style>
        :host { display: block; position: relative; overflow: hidden; background: #fbfcfd; }
        #canvas { position: absolute; inset: 0; }
        #legend { position: absolute; left: 12px; top: 12px; background: rgba(255,255,255,.92);
          border-radius: 8px; padding: 8px 12px; font: 13px/1.6 var(--lumo-font-family, sans-serif);
          color: #1f2933; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
        #legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
        #status { position: absolute; right: 12px; bottom: 10px; font: 12px var(--lumo-font-family, sans-serif);
          color: #52606d; }
      </style>
      <div id="canvas"></div><div id="legend" role="list" aria-label="Colours"></div><div id="status"></div>`;
    this._data = null;
  }

  connectedCallback() {
    // Vaadin may detach and re-attach the element after its first render: redraw on every attach.
    if (this._data) this._draw();
  }

  disconnectedCallback() {
    this._teardown();
  }

  setGraph(json) {
    this._data = JSON.parse(json);
    if (this.isConnected) this._draw();
  }

  _teardown() {
    if (this._layout) { this._layout.kill(); this._layout = null; }
    if (this._renderer) { this._renderer.kill(); this._renderer = null; }
    clearTimeout(this._timer);
  }

  _draw() {
    this._teardown();
    const { nodes, edges, groups } = this._data;
    const colors = Object.fromEntries(groups.map((g) => [g.name, g.color]));
    const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
    const maxDegree = Math.max(1, ...nodes.map((n) => n[3]));
    nodes.forEach(([key, handle, group, degree, label], i) => {
      // a golden-angle spiral as the starting layout: deterministic and already spread out
      const r = Math.sqrt(i + 1), a = i * 2.399963;
      graph.addNode(key, {
        label: label || (handle ? '@' + handle : key), x: r * Math.cos(a), y: r * Math.sin(a),
        size: 2 + 10 * Math.sqrt(degree / maxDegree), color: colors[group] || '#9aa3ad', group,
      });
    });
    edges.forEach(([source, target, weight]) => {
      if (graph.hasNode(source) && graph.hasNode(target) && !graph.hasEdge(source, target)) {
        graph.addEdge(source, target, { size: Math.min(4, 0.4 + Math.log1p(weight) / 2), color: '#cfd6de', weight });
      }
    });
    const canvas = this.shadowRoot.getElementById('canvas');
    this._renderer = new Sigma(graph, canvas, {
      allowInvalidContainer: true, labelRenderedSizeThreshold: 9, labelFont: 'sans-serif', zIndex: true,
    });
    this._renderer.on('clickNode', ({ node }) =>
      this.dispatchEvent(new CustomEvent('node-click', { detail: { key: node } })));
    this._legend(groups);
    this.dataset.nodeCount = String(graph.order);
    this.dataset.edgeCount = String(graph.size);
    this.dataset.state = 'drawn';
    const status = this.shadowRoot.getElementById('status');
    if (graph.size > 0) {
      const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
      this._layout = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
      this._layout.start();
      status.textContent = 'Arranging ' + graph.order.toLocaleString() + ' accounts…';
      this._timer = setTimeout(() => {
        if (this._layout) this._layout.stop();
        status.textContent = graph.order.toLocaleString() + ' accounts, ' + graph.size.toLocaleString() + ' interactions';
        this.dataset.layout = 'done';
      }, LAYOUT_MS);
    }
  }

  _legend(groups) {
    const legend = this.shadowRoot.getElementById('legend');
    legend.replaceChildren(...groups.map((g) => {
      const row = document.createElement('div');
      row.setAttribute('role', 'listitem');
      const dot = document.createElement('i');
      dot.style.background = g.color;
      row.append(dot, document.createTextNode(`${g.name} (${g.count.toLocaleString()})`));
      return row;
    }));
  }
}

customElements.define('network-graph', NetworkGraph);
