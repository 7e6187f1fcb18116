/**
 * The results drawer under the canvas: a table of a query's rows (nodes shown by name with their
 * type icon, clickable), the row count and whether the server truncated it. Used by saved queries
 * and the Cypher editor alike.
 */
import type { Explorer } from '../app/explorer.ts';
import type { QueryResult } from '../../../core/api-schemas.ts';
import { iconSvg, relLabel } from '../graph/style.ts';
import type { DocumentViewer } from './document-viewer.ts';
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
/**
 * Creates the drawer. Documents open in the viewer: a Document node in a cell, and in rows that
 * list documents (an `id` and a `title` column, as the saved document queries return) the title.
 */
export function createResultsView(root: HTMLElement, explorer: Explorer, docs: DocumentViewer): ResultsView {
  const openDocument = (id: string, label: string) => h('button', { class: 'node-link', 'data-testid': 'open-document', title: 'Open the document', onclick: () => void docs.open(id) }, svg(iconSvg('Document', 12)), h('span', { class: 'clamp' }, label));
  const cell = (v: unknown): HTMLElement => {
    if (isEdgeLike(v)) {
      const id = v.id;
      return h('button', { class: 'node-link rel-cell', title: 'Show this link', onclick: () => explorer.store.graph.hasEdge(id) && explorer.store.select({ kind: 'edge', id }) }, `${relLabel(v.type)} →`);
    }
    if (isNodeLike(v) && v.type === 'Document') return openDocument(String(v.id), v.name);
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
    const idColumn = result.columns.indexOf('id');
    const titleColumn = result.columns.indexOf('title');
    const table = h(
      'table',
      { class: 'results-table', 'data-testid': 'results-table' },
      h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', {}, c)))),
      h(
        'tbody',
        {},
        ...result.rows.map((row) => {
          const docId = idColumn >= 0 && titleColumn >= 0 && typeof row[idColumn] === 'string' ? (row[idColumn] as string) : undefined;
          return h('tr', {}, ...row.map((v, i) => h('td', {}, docId && i === titleColumn && typeof v === 'string' ? openDocument(docId, v) : cell(v))));
        }),
      ),
    );
    replace(
      root,
      h(
        'div',
        { class: 'drawer-head' },
        h('strong', {}, title),
        h('span', { class: 'muted small' }, `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} · ${result.graph.nodes.length} nodes, ${links} links among them on the canvas`),
        result.truncated
          ? h(
              'span',
              { class: 'pill warn', title: result.truncatedBy === 'bytes' ? 'The server stopped at its size cap' : 'The server stopped at its row cap' },
              result.truncatedBy === 'bytes' ? 'truncated (size)' : 'truncated',
            )
          : null,
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
