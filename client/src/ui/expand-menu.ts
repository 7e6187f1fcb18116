/**
 * The node menu and the expand popover. Expanding first shows how many neighbours a node has per
 * type (from the API totals) and how many of them are on the canvas now, then adds the missing ones a
 * page at a time, so a hub never floods the canvas. Counts follow the canvas (adds, removals, undo).
 */
import type { Explorer } from '../app/explorer.ts';
import * as api from '../api/client.ts';
import { iconSvg, sortTypes } from '../graph/style.ts';
import { popoverPosition } from './popover-position.ts';
import { expandRows } from '../state/expand-plan.ts';
import { errorMessage, h, replace, svg, toast } from './dom.ts';

const PAGE = 25;

export interface NodeMenu {
  /** Opens the menu (actions) for a node at viewport coordinates. */
  openMenu(node: string, x: number, y: number): void;
  /** Opens the expand popover with neighbour counts. */
  openExpand(node: string, x?: number, y?: number): void;
  close(): void;
}

/** Creates the floating menu inside the canvas area. */
export function createNodeMenu(stage: HTMLElement, explorer: Explorer, hooks: { findPathsFrom(node: string): void }): NodeMenu {
  const box = h('div', { class: 'popover', hidden: true, 'data-testid': 'node-menu', role: 'dialog' });
  stage.append(box);

  /** Shows the box beside its node's disc (never over it), measured as it is now. */
  const place = (node: string, x?: number, y?: number) => {
    box.hidden = false;
    const d = explorer.sigma.getNodeDisplayData(node);
    const p = d ? explorer.sigma.framedGraphToViewport(d) : x !== undefined && y !== undefined ? { x, y } : explorer.sigma.graphToViewport(explorer.store.graph.getNodeAttributes(node));
    const r = d ? explorer.sigma.scaleSize(d.size) : 10;
    const pos = popoverPosition({ x: p.x, y: p.y, r }, { w: box.offsetWidth || 280, h: box.offsetHeight || 300 }, { w: stage.clientWidth, h: stage.clientHeight });
    box.style.left = `${pos.left}px`;
    box.style.top = `${pos.top}px`;
  };

  const header = (node: string) => {
    const a = explorer.store.graph.getNodeAttributes(node);
    return h('div', { class: 'popover-title' }, svg(iconSvg(a.entityType, 16)), h('span', {}, a.name), h('button', { class: 'icon-btn close', title: 'Close (Esc)', onclick: () => close() }, '×'));
  };

  /** The expand popover currently shown: its node and the database totals (fetched once). */
  let current: { node: string; totals: { type: string; count: number }[] } | undefined;
  const busy = new Set<string>();

  /** Runs an add for a row (`*` = any type) and keeps its button busy meanwhile. */
  const add = async (node: string, key: string, types: string[] | undefined, count: number, total: number) => {
    busy.add(key);
    render();
    try {
      await explorer.expand(node, { types, count, total });
    } catch (err) {
      toast(errorMessage(err), 'error');
    } finally {
      busy.delete(key);
      render();
    }
  };

  /** Draws the popover from the totals and what is on the canvas now (called on every graph change). */
  const render = () => {
    if (!current || box.hidden) return;
    const { node, totals } = current;
    if (!explorer.store.graph.hasNode(node)) {
      box.hidden = true;
      current = undefined;
      return;
    }
    const sum = expandRows(explorer.store.graph, node, totals);
    const rows = sortTypes(sum.rows.map((r) => r.type)).map((type) => {
      const r = sum.rows.find((x) => x.type === type)!;
      const n = Math.min(PAGE, r.missing);
      const btn = h('button', { class: 'btn small', 'data-type': type, disabled: r.missing === 0 || busy.has(type) }, r.missing === 0 ? 'All added' : busy.has(type) ? 'Adding…' : `Add ${n}`);
      btn.addEventListener('click', () => void add(node, type, [type], n, r.total));
      return h(
        'div',
        { class: 'expand-row', 'data-row-type': type },
        svg(iconSvg(type, 14)),
        h('span', { class: 'grow' }, type),
        h('span', { class: 'count', title: `${r.onCanvas} of ${r.total} on the canvas` }, r.onCanvas ? `${r.onCanvas}/${r.total}` : String(r.total)),
        btn,
      );
    });
    const n = Math.min(PAGE, sum.missing);
    const allLabel = sum.missing === 0 ? 'All on the canvas' : busy.has('*') ? 'Adding…' : sum.missing > PAGE ? `Add ${PAGE} of ${sum.missing}` : `Add all ${sum.missing}`;
    const addAll = h('button', { class: 'btn primary', 'data-testid': 'expand-all', disabled: sum.missing === 0 || busy.has('*') }, allLabel);
    addAll.addEventListener('click', async () => {
      await add(node, '*', undefined, n, sum.total);
      if (current?.node === node && expandRows(explorer.store.graph, node, totals).missing === 0) setTimeout(() => current?.node === node && close(), 400);
    });
    replace(
      box,
      header(node),
      sum.total === 0
        ? h('div', { class: 'muted pad' }, 'No neighbours in the database.')
        : h(
            'div',
            {},
            h('div', { class: 'muted small pad-x', 'data-testid': 'expand-summary' }, `${sum.total} neighbour${sum.total === 1 ? '' : 's'} in the database · ${sum.onCanvas} on the canvas`),
            h('div', { class: 'expand-rows' }, ...rows),
            h('div', { class: 'popover-actions' }, addAll),
          ),
    );
    // Its size changed with the rows: place it again so it still clears the node.
    place(node);
  };
  explorer.store.subscribe((kinds) => {
    if (kinds.has('graph')) render();
  });

  const openExpand = async (node: string, x?: number, y?: number) => {
    if (!explorer.store.graph.hasNode(node)) return;
    current = undefined;
    busy.clear();
    replace(box, header(node), h('div', { class: 'muted pad' }, 'Counting neighbours…'));
    place(node, x, y);
    try {
      const res = await api.getNeighbors(node, { limit: 1, links: explorer.neighborLinks() });
      current = { node, totals: res.totals };
      render();
    } catch (err) {
      replace(box, header(node), h('div', { class: 'error pad' }, errorMessage(err)));
    }
  };

  const openMenu = (node: string, x: number, y: number) => {
    const g = explorer.store.graph;
    const pinned = Boolean(g.getNodeAttribute(node, 'fixed'));
    const item = (label: string, key: string, fn: () => void) =>
      h('button', { class: 'menu-item', onclick: () => { close(); fn(); } }, h('span', {}, label), h('kbd', {}, key));
    current = undefined;
    explorer.store.select({ kind: 'node', id: node });
    replace(
      box,
      header(node),
      h(
        'div',
        { class: 'menu' },
        item('Expand…', 'dbl-click', () => void openExpand(node)),
        item('Collapse leaves', '', () => {
          const n = explorer.store.collapse(node);
          toast(n ? `Collapsed ${n} node${n > 1 ? 's' : ''}` : 'Nothing to collapse');
        }),
        item(pinned ? 'Unpin' : 'Pin in place', '', () => explorer.togglePin(node)),
        item('Find paths from here', '', () => hooks.findPathsFrom(node)),
        item('Remove', 'Del', () => explorer.store.remove([node], `Remove ${g.getNodeAttribute(node, 'name')}`)),
      ),
    );
    place(node, x, y);
  };

  function close(): void {
    box.hidden = true;
    current = undefined;
  }

  return { openMenu, openExpand: (n, x, y) => void openExpand(n, x, y), close };
}
