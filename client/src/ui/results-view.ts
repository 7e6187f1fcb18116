/**
 * The results drawer under the canvas: a table of a query's rows (nodes shown by name with their
 * type icon, clickable), the row count and whether the server truncated it. Used by saved queries
 * and the Cypher editor alike.
 */
import type { Explorer } from '../app/explorer.ts';
import type { QueryResult } from '../../../core/api-schemas.ts';
import { iconSvg, relLabel } from '../graph/style.ts';
import { h, replace, svg } from './dom.ts';

export interface ResultsView {
  show(title: string, result: QueryResult): void;
  hide(): void;
}

function isNodeLike(v: unknown): v is { id: string; name: string; type?: string } {
  return Boolean(v && typeof v === 'object' && 'id' in v && 'name' in v && typeof (v as { name: unknown }).name === 'string');
}

function isEdgeLike(v: unknown): v is { id: string; type: string; source: string; target: string } {
  return Boolean(v && typeof v === 'object' && 'source' in v && 'target' in v && 'type' in v && 'id' in v);
}

/** Creates the drawer. */
export function createResultsView(root: HTMLElement, explorer: Explorer): ResultsView {
  const cell = (v: unknown): HTMLElement => {
    if (isEdgeLike(v)) {
      const id = v.id;
      return h('button', { class: 'node-link rel-cell', title: 'Show this link', onclick: () => explorer.store.graph.hasEdge(id) && explorer.store.select({ kind: 'edge', id }) }, `${relLabel(v.type)} →`);
    }
    if (isNodeLike(v)) {
      const id = String(v.id);
      return h('button', { class: 'node-link', onclick: () => void explorer.addNode(id) }, v.type ? svg(iconSvg(v.type, 12)) : null, v.name);
    }
    if (Array.isArray(v)) {
      const td = h('span', { class: 'cell-list' });
      v.slice(0, 20).forEach((x, i) => {
        if (i) td.append(', ');
        td.append(cell(x));
      });
      if (v.length > 20) td.append(` … +${v.length - 20}`);
      return td;
    }
    if (v === null || v === undefined) return h('span', { class: 'muted' }, '—');
    if (typeof v === 'object') return h('code', {}, JSON.stringify(v).slice(0, 200));
    return h('span', {}, String(v));
  };

  const show = (title: string, result: QueryResult) => {
    // Every link among the result's nodes is on the canvas (and emphasised), not only those returned.
    const links = result.graph.nodes.length ? (explorer.store.highlight?.edges.size ?? result.graph.edges.length) : 0;
    const table = h(
      'table',
      { class: 'results-table', 'data-testid': 'results-table' },
      h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, ...result.rows.map((row) => h('tr', {}, ...row.map((v) => h('td', {}, cell(v)))))),
    );
    replace(
      root,
      h(
        'div',
        { class: 'drawer-head' },
        h('strong', {}, title),
        h('span', { class: 'muted small' }, `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} · ${result.graph.nodes.length} nodes, ${links} links among them on the canvas`),
        result.truncated ? h('span', { class: 'pill warn' }, 'truncated') : null,
        h('span', { class: 'grow' }),
        h('button', { class: 'btn small', onclick: () => explorer.store.setHighlight(undefined) }, 'Clear highlight'),
        h('button', { class: 'icon-btn close', title: 'Close', onclick: () => hide() }, '×'),
      ),
      result.rows.length ? h('div', { class: 'drawer-body' }, table) : h('div', { class: 'muted pad' }, 'The query returned no rows.'),
    );
    root.hidden = false;
  };
  const hide = () => {
    root.hidden = true;
  };
  return { show, hide };
}
