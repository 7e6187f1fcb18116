/**
 * The node menu and the expand popover. Expanding first shows how many neighbours a node has per
 * type (from the API totals), then adds them a page at a time, so a hub never floods the canvas.
 */
import type { Explorer } from '../app/explorer.ts';
import * as api from '../api/client.ts';
import { iconSvg, sortTypes } from '../graph/style.ts';
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
  const offsets = new Map<string, number>();

  const place = (node: string, x?: number, y?: number) => {
    let px = x;
    let py = y;
    if (px === undefined || py === undefined) {
      const a = explorer.store.graph.getNodeAttributes(node);
      const p = explorer.sigma.graphToViewport(a);
      px = p.x;
      py = p.y;
    }
    const w = stage.clientWidth;
    const hgt = stage.clientHeight;
    box.style.left = `${Math.min(Math.max(8, px + 16), w - 290)}px`;
    box.style.top = `${Math.min(Math.max(8, py - 20), hgt - 300)}px`;
    box.hidden = false;
  };

  const header = (node: string) => {
    const a = explorer.store.graph.getNodeAttributes(node);
    return h('div', { class: 'popover-title' }, svg(iconSvg(a.entityType, 16)), h('span', {}, a.name), h('button', { class: 'icon-btn close', title: 'Close (Esc)', onclick: () => (box.hidden = true) }, '×'));
  };

  const openExpand = async (node: string, x?: number, y?: number) => {
    if (!explorer.store.graph.hasNode(node)) return;
    replace(box, header(node), h('div', { class: 'muted pad' }, 'Counting neighbours…'));
    place(node, x, y);
    try {
      const res = await api.getNeighbors(node, { limit: 1 });
      const onCanvas = new Set(explorer.store.graph.neighbors(node));
      const rows = sortTypes(res.totals.map((t) => t.type)).map((type) => {
        const count = res.totals.find((t) => t.type === type)!.count;
        const key = `${node}\u0000${type}`;
        const btn = h('button', { class: 'btn small', 'data-type': type }, '');
        const label = () => {
          const off = offsets.get(key) ?? 0;
          btn.textContent = off >= count ? 'All added' : off ? `Next ${Math.min(PAGE, count - off)}` : `Add ${Math.min(PAGE, count)}`;
          btn.toggleAttribute('disabled', off >= count);
        };
        label();
        btn.addEventListener('click', async () => {
          btn.setAttribute('disabled', '');
          try {
            const off = offsets.get(key) ?? 0;
            const r = await explorer.expand(node, { types: [type], limit: PAGE, offset: off });
            offsets.set(key, off + Math.max(r.returned, 1));
          } catch (err) {
            toast(errorMessage(err), 'error');
          }
          label();
        });
        return h('div', { class: 'expand-row' }, svg(iconSvg(type, 14)), h('span', { class: 'grow' }, type), h('span', { class: 'count' }, String(count)), btn);
      });
      const allKey = `${node}\u0000*`;
      const addAll = h('button', { class: 'btn primary', 'data-testid': 'expand-all' }, res.total > PAGE ? `Add first ${PAGE} of ${res.total}` : `Add all ${res.total}`);
      addAll.addEventListener('click', async () => {
        addAll.setAttribute('disabled', '');
        try {
          const off = offsets.get(allKey) ?? 0;
          const r = await explorer.expand(node, { limit: PAGE, offset: off });
          offsets.set(allKey, off + Math.max(r.returned, 1));
          const next = offsets.get(allKey)!;
          addAll.textContent = next >= res.total ? 'All added' : `Add next ${Math.min(PAGE, res.total - next)} (${next}/${res.total})`;
          if (next < res.total) addAll.removeAttribute('disabled');
          else setTimeout(() => (box.hidden = true), 400);
        } catch (err) {
          toast(errorMessage(err), 'error');
          addAll.removeAttribute('disabled');
        }
      });
      replace(
        box,
        header(node),
        res.total === 0
          ? h('div', { class: 'muted pad' }, 'No neighbours in the database.')
          : h('div', {}, h('div', { class: 'muted small pad-x' }, `${res.total} neighbours in the database · ${onCanvas.size} on the canvas`), h('div', { class: 'expand-rows' }, ...rows), h('div', { class: 'popover-actions' }, addAll)),
      );
    } catch (err) {
      replace(box, header(node), h('div', { class: 'error pad' }, errorMessage(err)));
    }
  };

  const openMenu = (node: string, x: number, y: number) => {
    const g = explorer.store.graph;
    const pinned = Boolean(g.getNodeAttribute(node, 'fixed'));
    const item = (label: string, key: string, fn: () => void) =>
      h('button', { class: 'menu-item', onclick: () => { box.hidden = true; fn(); } }, h('span', {}, label), h('kbd', {}, key));
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

  return { openMenu, openExpand: (n, x, y) => void openExpand(n, x, y), close: () => (box.hidden = true) };
}
