/**
 * Selection tools: shift-click (in sigma-view.ts) and shift-drag lasso on the canvas pick several
 * nodes; a bar over the canvas then offers what to do with them: expand them all as one step, show
 * every link among them, hide them, keep only them (each undoable), or clear the pick.
 */
import type { Explorer } from '../app/explorer.ts';
import { errorMessage, h, toast } from './dom.ts';
import { pointInPolygon } from './point-in-polygon.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds the lasso overlay and the selection bar inside the stage. */
export function createSelectionTools(stage: HTMLElement, explorer: Explorer): void {
  const store = explorer.store;
  const sigma = explorer.sigma;
  const container = sigma.getContainer();

  // Lasso: a shift-drag that starts off any node draws a polygon instead of panning.
  const overlay = document.createElementNS(SVG_NS, 'svg');
  overlay.setAttribute('class', 'lasso');
  const path = document.createElementNS(SVG_NS, 'polygon');
  overlay.append(path);
  stage.append(overlay);
  let points: { x: number; y: number }[] | undefined;
  const local = (e: MouseEvent) => {
    const r = container.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  container.addEventListener(
    'mousedown',
    (e) => {
      if (!e.shiftKey || e.button !== 0 || store.hoveredNode !== undefined) return;
      // Captured before sigma's own layer sees it: no camera pan while drawing.
      e.stopPropagation();
      e.preventDefault();
      points = [local(e)];
      overlay.classList.add('active');
    },
    { capture: true },
  );
  window.addEventListener('mousemove', (e) => {
    if (!points) return;
    points.push(local(e));
    path.setAttribute('points', points.map((p) => `${p.x},${p.y}`).join(' '));
  });
  window.addEventListener('mouseup', () => {
    if (!points) return;
    const polygon = points;
    points = undefined;
    overlay.classList.remove('active');
    path.setAttribute('points', '');
    if (polygon.length < 3) return;
    const inside = store.graph.filterNodes((k) => {
      const d = sigma.getNodeDisplayData(k);
      return Boolean(d && !d.hidden && pointInPolygon(sigma.framedGraphToViewport(d), polygon));
    });
    store.pick([...store.picked, ...inside]);
  });

  // The bar.
  const count = h('span', { class: 'selection-count', 'data-testid': 'selection-count' });
  const run = (fn: () => Promise<unknown> | unknown) => async () => {
    try {
      await fn();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  const button = (label: string, testid: string, title: string, fn: () => Promise<unknown> | unknown) => h('button', { class: 'btn small', 'data-testid': testid, title, onclick: run(fn) }, label);
  const bar = h(
    'div',
    { class: 'selection-bar', role: 'toolbar', 'aria-label': 'Picked nodes', 'data-testid': 'selection-bar', hidden: true },
    count,
    button('Expand', 'picked-expand', 'Add the neighbours of every picked node (one undo step)', () => explorer.expandMany([...store.picked])),
    button('Links among', 'picked-links', 'Show and emphasise every link among the picked nodes', () => explorer.showLinksAmong([...store.picked])),
    button('Hide', 'picked-hide', 'Take the picked nodes off the canvas (undoable)', () => store.remove([...store.picked], `Hide ${store.picked.size} nodes`)),
    button('Keep only', 'picked-keep', 'Take every other node off the canvas (undoable)', () => {
      const keep = store.picked;
      store.remove(store.graph.filterNodes((k) => !keep.has(k)), `Keep ${keep.size} nodes`);
    }),
    h('button', { class: 'icon-btn', 'data-testid': 'picked-clear', title: 'Clear the pick (Esc)', 'aria-label': 'Clear the pick', onclick: () => store.pick([]) }, '×'),
  );
  stage.append(bar);
  store.subscribe((k) => {
    if (!k.has('selection') && !k.has('graph')) return;
    bar.hidden = store.picked.size === 0;
    count.textContent = `${store.picked.size} picked`;
  });
}
