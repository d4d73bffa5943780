// <convene-chart>: a Chart.js chart. The server calls setChart(json) with {type: bar|horizontal_bar|
// stacked_bar|line, labels: [...], datasets: [{label, data: [...], color: "#rgb" or ["#rgb", ...]}]}.
// A hidden table repeats the figures for screen readers; labels are set with textContent, never as HTML.
// A null value is no bar (a figure that cannot be computed), "none" in the table.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class ConveneChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <style>
        :host { display: block; position: relative; min-height: 160px; overflow: hidden; } /* the hidden table is as wide as its text */
        .box { position: absolute; inset: 0; }
        table { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          clip-path: inset(50%); white-space: nowrap; }
      </style>
      <div class="box"><canvas aria-hidden="true"></canvas></div><table></table>`;
    this._data = null;
  }

  connectedCallback() {
    // Vaadin may detach and re-attach the element after its first render: redraw on every attach.
    if (this._data) this._draw();
  }

  disconnectedCallback() {
    if (this._chart) { this._chart.destroy(); this._chart = null; }
  }

  setChart(json) {
    this._data = JSON.parse(json);
    if (this.isConnected) this._draw();
  }

  _draw() {
    if (this._chart) this._chart.destroy();
    const { type, labels, datasets } = this._data;
    const horizontal = type === 'horizontal_bar';
    const stacked = type === 'stacked_bar';
    const ink = '#3e4c59';
    const grid = '#e4e7eb';
    this._chart = new Chart(this.shadowRoot.querySelector('canvas'), {
      type: type === 'line' ? 'line' : 'bar',
      data: {
        labels,
        datasets: datasets.map((d) => ({
          label: d.label, data: d.data, backgroundColor: d.color, borderColor: d.color,
          borderWidth: type === 'line' ? 2 : 0, pointRadius: type === 'line' ? 2 : 0, maxBarThickness: 28,
        })),
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, indexAxis: horizontal ? 'y' : 'x',
        plugins: {
          legend: { display: datasets.length > 1, labels: { color: ink, boxWidth: 12 } },
          tooltip: { mode: 'index', intersect: false },
        },
        scales: {
          x: { stacked, ticks: { color: ink, maxRotation: 0, autoSkip: true }, grid: { color: grid } },
          y: { stacked, ticks: { color: ink, autoSkip: !horizontal }, grid: { color: grid }, beginAtZero: true },
        },
      },
    });
    this._table(labels, datasets);
    this.dataset.points = String(datasets.reduce((n, d) => n + d.data.length, 0));
    this.dataset.state = 'drawn';
  }

  _table(labels, datasets) {
    const table = this.shadowRoot.querySelector('table');
    table.replaceChildren();
    const caption = document.createElement('caption');
    caption.textContent = this.getAttribute('aria-label') || '';
    const head = document.createElement('tr');
    ['', ...datasets.map((d) => d.label)].forEach((text) => {
      const th = document.createElement('th');
      th.textContent = text;
      head.append(th);
    });
    table.append(caption, head);
    labels.forEach((label, i) => {
      const row = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = label;
      row.append(th);
      datasets.forEach((d) => {
        const td = document.createElement('td');
        td.textContent = d.data[i] == null ? 'none' : String(d.data[i]);
        row.append(td);
      });
      table.append(row);
    });
  }
}

customElements.define('convene-chart', ConveneChart);
