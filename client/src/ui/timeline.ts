/**
 * The timeline under the canvas: a histogram of the dates of the fact links on the canvas (by month,
 * or by year over long spans) with a brush. Dragging across it sets the brush (the filters'
 * `factFrom`/`factTo`, so it lives in the URL with the other filters) and the canvas hides the links
 * dated outside it; undated links stay visible and are counted apart. The histogram counts the links
 * other filters leave, whatever the brush; bars inside the brush are drawn in the accent colour.
 * From the keyboard, arrows move the brush, Shift+arrows resize it and Escape clears it.
 */
import type { Explorer } from '../app/explorer.ts';
import { computeVisibility } from '../state/filters.ts';
import { dateOverlaps, factDates, timelineData, type TimelineData } from '../state/timeline.ts';
import { h, replace } from './dom.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room under the bars for the axis labels, in pixels. */
const AXIS = 12;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Builds the timeline into `root`; it follows graph and filter changes. */
export function createTimeline(root: HTMLElement, explorer: Explorer): void {
  const store = explorer.store;
  root.classList.add('timeline');
  root.setAttribute('data-testid', 'timeline');
  root.setAttribute('aria-label', 'Timeline of fact dates: drag across it to show only the links of that period');
  const summary = h('span', { class: 'grow', 'data-testid': 'timeline-summary' });
  const undated = h('span', { class: 'timeline-undated', 'data-testid': 'timeline-undated', title: 'Links with no known date: always shown' });
  const range = h('span', { 'data-testid': 'timeline-range' });
  const clear = h('button', { class: 'btn small', 'data-testid': 'timeline-clear', title: 'Show links of every date', onclick: () => setBrush(undefined, undefined) }, 'Clear brush');
  // Focusable: arrow keys move the brush a bin, Shift+arrows widen or narrow it, Escape clears it.
  const chart = h('div', { class: 'timeline-chart', 'data-testid': 'timeline-chart', role: 'img', tabindex: '0' });
  replace(root, h('div', { class: 'timeline-head' }, h('strong', {}, 'Fact dates'), summary, range, clear, undated), chart);

  let data: TimelineData = { unit: 'month', bins: [], undated: 0, dated: 0 };
  /** Bin indexes of a drag in progress. */
  let drag: { from: number; to: number } | undefined;

  const setBrush = (from: string | undefined, to: string | undefined) => {
    if (from === store.filters.factFrom && to === store.filters.factTo) return;
    const next = { ...store.filters, factFrom: from, factTo: to };
    if (!from) delete next.factFrom;
    if (!to) delete next.factTo;
    store.setFilters(next);
  };

  /** The brush as bin indexes: the drag in progress, else the filters'. */
  const brushBins = (): { from: number; to: number } | undefined => {
    if (drag) return { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) };
    const { factFrom, factTo } = store.filters;
    if (!factFrom && !factTo) return undefined;
    // A bin's key is itself a partial date: the brush covers the bins it overlaps.
    const first = data.bins.findIndex((b) => dateOverlaps(b.key, factFrom, factTo));
    let last = -1;
    data.bins.forEach((b, i) => {
      if (dateOverlaps(b.key, factFrom, factTo)) last = i;
    });
    return first >= 0 && last >= first ? { from: first, to: last } : undefined;
  };

  const draw = () => {
    const width = chart.clientWidth;
    const height = chart.clientHeight;
    const svgRoot = el('svg', { viewBox: `0 0 ${Math.max(1, width)} ${Math.max(1, height)}`, preserveAspectRatio: 'none' });
    const n = data.bins.length;
    if (n && width > 0) {
      const step = width / n;
      const barsHeight = Math.max(1, height - AXIS);
      const max = Math.max(...data.bins.map((b) => b.count), 1);
      const brush = brushBins();
      if (brush) svgRoot.append(el('rect', { class: 'timeline-brush', 'data-testid': 'timeline-brush', x: brush.from * step, y: 0, width: (brush.to - brush.from + 1) * step, height: barsHeight }));
      data.bins.forEach((b, i) => {
        if (!b.count) return;
        const bh = Math.max(2, (b.count / max) * (barsHeight - 2));
        const inside = brush ? i >= brush.from && i <= brush.to : true;
        const bar = el('rect', { class: `timeline-bar${inside ? ' in' : ''}`, 'data-key': b.key, 'data-count': b.count, x: i * step + Math.min(1, step * 0.1), y: barsHeight - bh, width: Math.max(1, step - Math.min(2, step * 0.2)), height: bh });
        const title = el('title', {});
        title.textContent = `${b.key}: ${b.count} link${b.count === 1 ? '' : 's'}`;
        bar.append(title);
        svgRoot.append(bar);
      });
      // Axis: a label at each year start (thinned to fit), else at the ends.
      let lastX = -Infinity;
      data.bins.forEach((b, i) => {
        const yearStart = data.unit === 'year' || b.key.endsWith('-01') || i === 0;
        const x = i * step;
        if (!yearStart || x - lastX < 44) return;
        lastX = x;
        const text = el('text', { class: 'timeline-axis', x: x + 1, y: height - 1 });
        text.textContent = b.key.slice(0, 4);
        svgRoot.append(text);
      });
    }
    chart.replaceChildren(svgRoot);
  };

  const render = () => {
    root.hidden = store.graph.order === 0;
    if (root.hidden) return;
    const f = store.filters;
    // What the other filters leave, so the bars do not vanish under the brush itself.
    const unbrushed = f.factFrom || f.factTo ? computeVisibility(store.graph, { ...f, factFrom: undefined, factTo: undefined }, store.documentDates, store.linkKinds).hiddenEdges : store.visibility.hiddenEdges;
    data = timelineData(factDates(store.graph, (e) => unbrushed.has(e)), { from: f.factFrom, to: f.factTo });
    const inBrush = data.bins.reduce((s, b) => s + b.inBrush, 0);
    const brushed = Boolean(f.factFrom || f.factTo);
    summary.textContent = data.dated
      ? brushed
        ? `${inBrush} of ${data.dated} dated link${data.dated === 1 ? '' : 's'} in the brush`
        : `${data.dated} dated link${data.dated === 1 ? '' : 's'} by ${data.unit}; drag across the bars to keep one period`
      : 'No dated links on the canvas';
    undated.textContent = `${data.undated} undated`;
    // Without dated links only the head line stays, and the canvas keeps the room.
    root.classList.toggle('empty', !data.dated);
    range.textContent = brushed ? `${f.factFrom ?? '…'} – ${f.factTo ?? '…'}` : '';
    clear.hidden = !brushed;
    chart.setAttribute('aria-label', data.dated ? `Histogram of ${data.dated} dated links from ${data.bins[0]!.key} to ${data.bins[data.bins.length - 1]!.key}` : 'No dated links');
    draw();
  };

  const binAt = (clientX: number) => {
    const r = chart.getBoundingClientRect();
    const i = Math.floor(((clientX - r.left) / Math.max(1, r.width)) * data.bins.length);
    return Math.max(0, Math.min(data.bins.length - 1, i));
  };
  chart.addEventListener('pointerdown', (e) => {
    if (!data.bins.length || e.button !== 0) return;
    chart.setPointerCapture(e.pointerId);
    const i = binAt(e.clientX);
    drag = { from: i, to: i };
    draw();
  });
  chart.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const i = binAt(e.clientX);
    if (i === drag.to) return;
    drag.to = i;
    draw();
  });
  const endDrag = () => {
    if (!drag) return;
    const from = data.bins[Math.min(drag.from, drag.to)]!.key;
    const to = data.bins[Math.max(drag.from, drag.to)]!.key;
    drag = undefined;
    setBrush(from, to);
    draw();
  };
  chart.addEventListener('pointerup', endDrag);
  chart.addEventListener('pointercancel', () => {
    drag = undefined;
    draw();
  });

  chart.addEventListener('keydown', (e) => {
    if (!data.bins.length) return;
    if (e.key === 'Escape' && (store.filters.factFrom || store.filters.factTo)) {
      e.preventDefault();
      e.stopPropagation();
      setBrush(undefined, undefined);
      return;
    }
    const step = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    if (!step) return;
    e.preventDefault();
    const last = data.bins.length - 1;
    const now = brushBins();
    // No brush yet: the first key press keeps the latest period.
    if (!now) return setBrush(data.bins[last]!.key, data.bins[last]!.key);
    const clamp = (i: number) => Math.max(0, Math.min(last, i));
    const next = e.shiftKey ? { from: now.from, to: clamp(Math.max(now.from, now.to + step)) } : now.to + step > last || now.from + step < 0 ? now : { from: now.from + step, to: now.to + step };
    setBrush(data.bins[next.from]!.key, data.bins[next.to]!.key);
  });

  store.subscribe((k) => {
    if (k.has('graph') || k.has('filters')) render();
  });
  new ResizeObserver(() => draw()).observe(chart);
  render();
}
