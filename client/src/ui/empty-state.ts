/**
 * What an empty canvas says: how to start, what the database holds (from /api/schema), and a few
 * starting points: the most connected actors, from a saved query about connectedness when the
 * server has one, else from a small read-only Cypher query.
 */
import type { Explorer } from '../app/explorer.ts';
import * as api from '../api/client.ts';
import type { GraphNode } from '../../../core/api-schemas.ts';
import { NEO4J } from '../../../core/model.ts';
import { CO_MENTIONED } from '../../../core/fact-status.ts';
import { iconSvg, sortTypes } from '../graph/style.ts';
import { errorMessage, h, replace, svg } from './dom.ts';

const TOP_CYPHER = `MATCH (n)-[r]-()
WHERE NOT type(r) IN $skip
WITH n, count(r) AS degree
ORDER BY degree DESC
LIMIT 10
RETURN n, degree`;

/** Most connected nodes, best effort. */
async function startingPoints(): Promise<GraphNode[]> {
  try {
    const queries = await api.listQueries();
    const q = queries.find((x) => /connected|degree|hubs?/i.test(`${x.name} ${x.title}`));
    if (q) {
      const params = Object.fromEntries(q.params.filter((p) => p.default !== undefined).map((p) => [p.name, p.default]));
      const res = await api.runQuery(q.name, params);
      if (res.graph.nodes.length) return res.graph.nodes.slice(0, 10);
    }
  } catch {
    // fall through to Cypher
  }
  const res = await api.runCypher(TOP_CYPHER, { skip: [...NEO4J.structuralRelTypes, CO_MENTIONED] });
  return res.graph.nodes.slice(0, 10);
}

/** Builds the overlay; it hides itself when the canvas has nodes. */
export function createEmptyState(root: HTMLElement, explorer: Explorer, focusSearch: () => void): void {
  const chips = h('div', { class: 'chips center' }, h('span', { class: 'muted small' }, 'Looking for starting points…'));
  const stats = h('div', { class: 'empty-stats' });
  replace(
    root,
    h(
      'div',
      { class: 'empty-card', 'data-testid': 'empty-state' },
      h('div', { class: 'empty-title' }, 'Trace who is linked to whom, and why'),
      h('p', {}, 'Search for a person, country or organization and put it on the canvas. Double-click a node to see its neighbours by type, click a link to read the sentences that support it.'),
      h('button', { class: 'btn primary', onclick: focusSearch }, 'Search ', h('kbd', {}, '/')),
      stats,
      h('div', { class: 'section-title center' }, 'Most connected'),
      chips,
    ),
  );
  const toggle = () => (root.hidden = explorer.store.graph.order > 0);
  explorer.store.subscribe((k) => k.has('graph') && toggle());
  toggle();

  api
    .getSchema()
    .then((s) => {
      const labels = sortTypes(s.labels.map((l) => l.label)).map((l) => s.labels.find((x) => x.label === l)!);
      const shown = labels.filter((l) => !['Entity', NEO4J.documentLabel, NEO4J.evidenceLabel].includes(l.label)).slice(0, 8);
      const docs = s.labels.find((l) => l.label === NEO4J.documentLabel);
      replace(stats, ...shown.map((l) => h('span', { class: 'stat' }, svg(iconSvg(l.label, 12)), h('strong', {}, String(l.count)), ` ${l.label}`)), docs ? h('span', { class: 'stat' }, h('strong', {}, String(docs.count)), ' documents') : null);
    })
    .catch(() => replace(stats));
  startingPoints()
    .then((nodes) =>
      replace(
        chips,
        ...(nodes.length
          ? nodes.map((n) => h('button', { class: 'chip big', 'data-testid': 'starting-point', onclick: () => void explorer.addNode(n.id) }, svg(iconSvg(n.type, 13)), n.name))
          : [h('span', { class: 'muted small' }, 'The database is empty. Ingest some articles first (npm run ingest).')]),
      ),
    )
    .catch((err) => replace(chips, h('span', { class: 'error small' }, `Could not load starting points: ${errorMessage(err)}`)));
}
