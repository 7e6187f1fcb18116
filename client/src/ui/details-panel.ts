/**
 * The details panel for the selection. A node shows its properties, roles, relationships by type
 * in the database and neighbours on the canvas; an edge shows its CAMEO root class and QuadClass
 * when it is an event, how the text tells it (status, who claims it, when), a "disputed" badge when
 * the same act is both claimed and denied (on the canvas or in the database), and its evidence
 * sentences with their source documents (click to open the document with the sentence
 * highlighted). A co-mention shows how many sentences name both ends and their documents.
 */
import type { Explorer } from '../app/explorer.ts';
import * as api from '../api/client.ts';
import type { EvidenceItem } from '../../../core/api-schemas.ts';
import { CAMEO_ROOTS } from '../../../core/cameo.ts';
import { CO_MENTIONED, FACT_STATUSES, type FactStatus } from '../../../core/fact-status.ts';
import { contradictions, type Telling } from '../state/disputes.ts';
import { NEO4J } from '../../../core/model.ts';
import type { EdgeAttrs } from '../state/graph-state.ts';
import { iconSvg, quadClassColor, quadClassLabel, relLabel, sortTypes, typeStyle } from '../graph/style.ts';
import type { DocumentViewer } from './document-viewer.ts';
import { errorMessage, h, replace, svg } from './dom.ts';
import type { NodeMenu } from './expand-menu.ts';

const ROLE_TYPES = new Set(['PRESIDENT_OF', 'PRIME_MINISTER_OF', 'LEADER_OF', 'MINISTER_OF', 'SPOKESPERSON_OF', 'HEAD_OF', 'MEMBER_OF', 'OFFICIAL_OF', 'CITIZEN_OF']);

/** Renders a property value compactly. */
export function formatValue(v: unknown): string {
  if (Array.isArray(v)) return v.map(formatValue).join(', ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Pills naming an event's CAMEO root class (code and name) and QuadClass; nothing for a state. */
export function classPills(a: Pick<EdgeAttrs, 'cameo' | 'quadClass'>): HTMLElement[] {
  const pills: HTMLElement[] = [];
  if (a.cameo) pills.push(h('span', { class: 'pill', 'data-testid': 'edge-cameo', title: 'CAMEO root class' }, `CAMEO ${a.cameo} · ${CAMEO_ROOTS[a.cameo]}`));
  if (a.quadClass) pills.push(h('span', { class: 'pill class-pill', 'data-testid': 'edge-quadclass', title: 'QuadClass', style: `--c:${quadClassColor(a.quadClass)}` }, quadClassLabel(a.quadClass)));
  return pills;
}

/** What each status says, for the status pill's tooltip. */
const STATUS_MEANING: Record<FactStatus, string> = {
  asserted: 'The text states it.',
  alleged: 'Someone claims it; the text does not vouch for it.',
  denied: 'Someone says it did not happen.',
  negated: 'The text says it did not happen.',
  planned: 'Intended, announced or conditional: not (yet) done.',
};

/** The status pill, who claims it (names as the panel knows them), and when. */
export function tellingView(a: Pick<EdgeAttrs, 'status' | 'claimedBy' | 'date' | 'dateText'>, nameOf: (id: string) => string): HTMLElement {
  const status = a.status ?? 'asserted';
  return h(
    'div',
    { class: 'edge-stats', 'data-testid': 'edge-telling' },
    h('span', { class: `pill status-pill status-${status}`, 'data-testid': 'edge-status', title: STATUS_MEANING[status] }, status),
    a.claimedBy?.length ? h('span', { class: 'small', 'data-testid': 'edge-claimed-by' }, status === 'denied' ? 'denied by ' : 'claimed by ', a.claimedBy.map(nameOf).join(', ')) : null,
    a.date ? h('span', { class: 'pill', 'data-testid': 'edge-date', title: a.dateText ? `“${a.dateText}”` : 'date of the fact' }, a.date, a.dateText ? h('span', { class: 'muted' }, ` · ${a.dateText}`) : null) : h('span', { class: 'muted small', 'data-testid': 'edge-date' }, 'undated'),
  );
}

/** An evidence sentence with its source; clicking the source opens the document. */
export function evidenceView(e: EvidenceItem, docs: DocumentViewer): HTMLElement {
  return h(
    'div',
    { class: 'evidence' },
    h('blockquote', { 'data-testid': 'evidence-sentence' }, e.text),
    h(
      'button',
      { class: 'source-link', 'data-testid': 'evidence-source', onclick: () => void docs.open(e.documentId, { start: e.start, end: e.end }) },
      svg(iconSvg('Treaty', 12).replace(/fill="[^"]+"/, 'fill="currentColor"')),
      e.documentTitle ?? e.documentId,
      e.publishedAt ? h('span', { class: 'muted' }, ` · ${e.publishedAt.slice(0, 10)}`) : null,
    ),
  );
}

/** Creates the panel; it follows the store's selection. */
export function createDetailsPanel(root: HTMLElement, explorer: Explorer, docs: DocumentViewer, menu: NodeMenu, hooks: { findPathsFrom(n: string): void }): void {
  const store = explorer.store;
  let shown = '';
  let seq = 0;

  const empty = () =>
    replace(root, h('div', { class: 'panel-empty' }, h('div', { class: 'panel-empty-title' }, 'Nothing selected'), h('p', {}, 'Click a node to see its properties and roles, or a link to read the sentences that support it.')));

  const renderNode = async (id: string) => {
    const mine = ++seq;
    const g = store.graph;
    const a = g.getNodeAttributes(id);
    const style = typeStyle(a.entityType);
    const props = Object.entries(a.properties).filter(([k, v]) => !['id', 'name', 'aliasText', 'type'].includes(k) && v !== null && v !== '');
    const byType = new Map<string, string[]>();
    g.forEachNeighbor(id, (n, na) => byType.set(na.entityType, [...(byType.get(na.entityType) ?? []), n]));
    const nodeLink = (n: string) => {
      const na = g.getNodeAttributes(n);
      return h('button', { class: 'node-link', onclick: () => { store.select({ kind: 'node', id: n }); explorer.focusNode(n); } }, svg(iconSvg(na.entityType, 12)), na.name);
    };
    const roles: HTMLElement[] = [];
    g.forEachOutEdge(id, (_e, ea, _s, t) => {
      if (!ROLE_TYPES.has(ea.relType)) return;
      const role = typeof ea.properties['role'] === 'string' ? ` (${ea.properties['role']})` : '';
      roles.push(h('li', {}, `${relLabel(ea.relType)} `, nodeLink(t), role));
    });
    const links: HTMLElement[] = [];
    g.forEachEdge(id, (e, ea, src, tgt) => {
      const other = src === id ? tgt : src;
      const oa = g.getNodeAttributes(other);
      links.push(
        h(
          'button',
          { class: 'link-row', 'data-edge': e, onclick: () => store.select({ kind: 'edge', id: e }) },
          h('span', { class: 'rel' }, src === id ? `${relLabel(ea.relType)} →` : `← ${relLabel(ea.relType)}`),
          svg(iconSvg(oa.entityType, 12)),
          h('span', { class: 'grow' }, oa.name),
          h('span', { class: `count${ea.evidenceCount <= 1 ? ' single' : ''}`, title: 'sources' }, String(ea.evidenceCount)),
        ),
      );
    });
    const dbSection = h('div', { class: 'section' }, h('div', { class: 'section-title' }, 'In the database'), h('div', { class: 'muted small' }, 'Loading…'));
    replace(
      root,
      h('div', { class: 'panel-head' }, h('div', { class: 'type-badge', style: `--c:${style.color}` }, svg(iconSvg(a.entityType, 13)), a.entityType), h('h2', { class: 'panel-title' }, a.name), a.fixed ? h('span', { class: 'pill' }, 'pinned') : null),
      h(
        'div',
        { class: 'panel-actions' },
        a.entityType === 'Document' ? h('button', { class: 'btn primary small', 'data-testid': 'open-document', onclick: () => void docs.open(id) }, 'Open document') : null,
        h('button', { class: `btn ${a.entityType === 'Document' ? '' : 'primary '}small`, 'data-testid': 'details-expand', onclick: () => menu.openExpand(id) }, 'Expand…'),
        h('button', { class: 'btn small', onclick: () => store.collapse(id) }, 'Collapse'),
        h('button', { class: 'btn small', onclick: () => hooks.findPathsFrom(id) }, 'Paths'),
        h('button', { class: 'btn small', onclick: () => explorer.togglePin(id) }, a.fixed ? 'Unpin' : 'Pin'),
        h('button', { class: 'btn small danger', onclick: () => explorer.removeSelected() }, 'Remove'),
      ),
      props.length ? h('div', { class: 'section' }, h('div', { class: 'section-title' }, 'Properties'), h('dl', { class: 'props' }, ...props.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, formatValue(v))]))) : null,
      roles.length ? h('div', { class: 'section' }, h('div', { class: 'section-title' }, 'Roles'), h('ul', { class: 'roles' }, ...roles)) : null,
      byType.size
        ? h('div', { class: 'section' }, h('div', { class: 'section-title' }, 'Neighbours on the canvas'), ...sortTypes(byType.keys()).map((t) => h('div', { class: 'neighbour-group' }, h('div', { class: 'group-label' }, svg(iconSvg(t, 12)), `${t} · ${byType.get(t)!.length}`), h('div', { class: 'chips' }, ...byType.get(t)!.slice(0, 30).map(nodeLink)))))
        : null,
      links.length ? h('div', { class: 'section' }, h('div', { class: 'section-title' }, 'Links on the canvas'), h('div', { class: 'link-rows', 'data-testid': 'node-links' }, ...links.slice(0, 60))) : null,
      dbSection,
    );
    try {
      const [detail, nb] = await Promise.all([api.getNode(id), api.getNeighbors(id, { limit: 1, links: explorer.neighborLinks() })]);
      if (mine !== seq) return;
      const rels = new Map<string, number>();
      for (const d of detail.degree) if (!NEO4J.structuralRelTypes.includes(d.type)) rels.set(d.type, (rels.get(d.type) ?? 0) + d.count);
      replace(
        dbSection,
        h('div', { class: 'section-title' }, 'In the database'),
        h('div', { class: 'kv-list' }, ...sortTypes(nb.totals.map((t) => t.type)).map((t) => h('div', { class: 'kv' }, svg(iconSvg(t, 12)), h('span', { class: 'grow' }, t), h('span', { class: 'count' }, String(nb.totals.find((x) => x.type === t)!.count))))),
        rels.size ? h('div', { class: 'rel-tags' }, ...[...rels].sort((x, y) => y[1] - x[1]).map(([t, c]) => h('span', { class: 'tag' }, `${relLabel(t)} ${c}`))) : null,
      );
    } catch (err) {
      if (mine === seq) replace(dbSection, h('div', { class: 'section-title' }, 'In the database'), h('div', { class: 'error small' }, errorMessage(err)));
    }
  };

  const renderEdge = async (id: string) => {
    const mine = ++seq;
    const g = store.graph;
    const a = g.getEdgeAttributes(id);
    const s = g.source(id);
    const t = g.target(id);
    const end = (n: string) => h('button', { class: 'node-link', onclick: () => store.select({ kind: 'node', id: n }) }, svg(iconSvg(g.getNodeAttribute(n, 'entityType'), 12)), g.getNodeAttribute(n, 'name'));
    const head = h('div', { class: 'panel-head' }, h('div', { class: 'type-badge', style: '--c:#7aa2f7' }, a.relType === CO_MENTIONED ? 'Co-mention' : 'Relationship'), h('h2', { class: 'panel-title rel-title' }, end(s), h('span', { class: 'rel-arrow' }, a.relType === CO_MENTIONED ? '— named together —' : `— ${relLabel(a.relType)} →`), end(t)));
    if (a.relType === CO_MENTIONED) return renderCoMention(a, head);
    // cameo, quadClass and how the fact is told are shown apart when they have our shapes, as plain properties otherwise.
    const shownApart = ['id', 'documentIds', 'evidenceCount', 'confidence', ...(a.cameo ? ['cameo'] : []), ...(a.quadClass ? ['quadClass'] : []), ...(a.status ? ['status'] : []), ...(a.claimedBy ? ['claimedBy'] : []), ...(a.date ? ['date', 'dateText'] : [])];
    const props = Object.entries(a.properties).filter(([k]) => !shownApart.includes(k));
    const list = h('div', { class: 'evidence-list' }, h('div', { class: 'muted small' }, 'Loading evidence…'));
    const names = new Map<string, string>();
    const nameOf = (n: string) => names.get(n) ?? (g.hasNode(n) ? g.getNodeAttribute(n, 'name') : n);
    const telling = h('div', {}, tellingView(a, nameOf));
    const dispute = h('div', {});
    const fact: Telling = { id, source: s, target: t, type: a.relType, status: a.status };
    const tellingsOnCanvas = () => g.edges(s, t).map((e): Telling => ({ id: e, source: s, target: t, type: g.getEdgeAttribute(e, 'relType'), status: g.getEdgeAttribute(e, 'status') }));
    const showDispute = (others: Telling[]) => {
      const against = contradictions(fact, others);
      replace(
        dispute,
        against.length
          ? h(
              'div',
              { class: 'edge-stats' },
              h('span', { class: 'pill disputed', 'data-testid': 'edge-disputed', title: 'The same act is both claimed and denied' }, 'disputed'),
              h('span', { class: 'muted small' }, `also ${[...new Set(against.map((o) => o.status ?? 'asserted'))].join(' and ')}`),
              ...against.filter((o) => g.hasEdge(o.id)).map((o) => h('button', { class: 'btn small', onclick: () => store.select({ kind: 'edge', id: o.id }) }, `see the ${o.status ?? 'asserted'} one`)),
            )
          : null,
      );
    };
    showDispute(tellingsOnCanvas());
    replace(
      root,
      head,
      a.cameo || a.quadClass ? h('div', { class: 'edge-stats', 'data-testid': 'edge-class' }, ...classPills(a)) : null,
      telling,
      dispute,
      h('div', { class: 'edge-stats' }, h('span', { class: 'pill' }, `${a.evidenceCount} source${a.evidenceCount === 1 ? '' : 's'}`), typeof a.properties['confidence'] === 'number' ? h('span', { class: 'pill' }, `confidence ${(a.properties['confidence'] as number).toFixed(2)}`) : null, a.evidenceCount <= 1 ? h('span', { class: 'muted small' }, 'single source: drawn dashed') : null),
      props.length ? h('dl', { class: 'props section' }, ...props.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, formatValue(v))])) : null,
      h('div', { class: 'section' }, h('div', { class: 'section-title' }, 'Evidence'), list),
    );
    // Claimants not on the canvas are named from the database (a handful at most).
    const unknown = (a.claimedBy ?? []).filter((c) => !g.hasNode(c)).slice(0, 10);
    if (unknown.length) {
      void Promise.all(unknown.map((c) => api.getNode(c).then((d) => names.set(c, d.node.name), () => undefined))).then(() => {
        if (mine === seq) replace(telling, tellingView(a, nameOf));
      });
    }
    // The other tellings of the act in the database, denied ones included whatever the canvas shows.
    void api
      .getSubgraph([s, t], { statuses: FACT_STATUSES })
      .then((sub) => {
        if (mine !== seq) return;
        const byId = new Map(tellingsOnCanvas().map((o) => [o.id, o]));
        for (const e of sub.edges) if (e.source === s && e.target === t) byId.set(e.id, { id: e.id, source: s, target: t, type: e.type, status: e.status });
        showDispute([...byId.values()]);
      })
      .catch(() => undefined);
    try {
      const ev = await api.getEvidence(id);
      if (mine !== seq) return;
      store.addDocumentDates(ev.evidence.filter((e) => e.publishedAt).map((e) => [e.documentId, e.publishedAt!] as [string, string]));
      replace(list, ...(ev.evidence.length ? ev.evidence.map((e) => evidenceView(e, docs)) : [h('div', { class: 'muted small' }, 'No evidence sentences stored for this link.')]));
    } catch (err) {
      if (mine === seq) replace(list, h('div', { class: 'error small' }, errorMessage(err)));
    }
  };

  /** A co-mention: how many sentences name both ends, in which documents (each opens in the viewer). */
  const renderCoMention = (a: EdgeAttrs, head: HTMLElement) => {
    const count = a.coMentionCount ?? 1;
    replace(
      root,
      head,
      h('div', { class: 'edge-stats', 'data-testid': 'co-mention-count' }, h('span', { class: 'pill' }, `${count} sentence${count === 1 ? '' : 's'}`), h('span', { class: 'muted small' }, 'name both, and no fact links them')),
      h(
        'div',
        { class: 'section' },
        h('div', { class: 'section-title' }, 'Documents'),
        a.documentIds.length
          ? h('div', { class: 'evidence-list' }, ...a.documentIds.slice(0, 50).map((d) => h('div', {}, h('button', { class: 'source-link', 'data-testid': 'co-mention-document', onclick: () => void docs.open(d) }, svg(iconSvg('Treaty', 12).replace(/fill="[^"]+"/, 'fill="currentColor"')), d))))
          : h('div', { class: 'muted small' }, 'No documents listed.'),
      ),
    );
  };

  const render = () => {
    const sel = store.selection;
    const key = sel ? `${sel.kind}:${sel.id}` : '';
    if (key === shown) return;
    shown = key;
    if (!sel) return empty();
    void (sel.kind === 'node' ? renderNode(sel.id) : renderEdge(sel.id));
  };
  store.subscribe((kinds) => {
    if (kinds.has('graph')) shown = shown && store.selection ? '' : shown;
    if (kinds.has('selection') || kinds.has('graph')) render();
  });
  empty();
}
