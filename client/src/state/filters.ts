/**
 * Client-side filters by entity type, relationship type, document date and fact date (the timeline
 * brush), and the link kinds held back unless asked for (denied and negated facts, co-mentions). They never change the
 * data graph: `computeVisibility` returns the sets the sigma reducers hide, recomputed only when the
 * graph or the filters change (never per frame). Clearing a filter brings everything back.
 */
import { CO_MENTIONED, type FactStatus } from '../../../core/fact-status.ts';
import type { ExplorerGraph } from './graph-state.ts';
import { dateOverlaps } from './timeline.ts';

export interface Filters {
  /** Entity types to hide (exclusion, so types that appear later are shown by default). */
  hiddenEntityTypes: string[];
  /** Relationship types to hide. */
  hiddenRelTypes: string[];
  /** Inclusive ISO date bounds (YYYY, YYYY-MM or YYYY-MM-DD) on the documents supporting an edge. */
  dateFrom?: string;
  dateTo?: string;
  /** The timeline brush: partial ISO bounds on the facts' own dates (undated facts stay visible). */
  factFrom?: string;
  factTo?: string;
}

/** Link kinds shown only when asked for: a look of the canvas, not a filter the legend counts. */
export interface LinkKinds {
  /** Show denied and negated facts. */
  showDenied: boolean;
  /** Show aggregate CO_MENTIONED links. */
  coMentions: boolean;
}

export const DEFAULT_LINK_KINDS: LinkKinds = { showDenied: false, coMentions: false };

/** Statuses hidden unless `showDenied`: a denied or negated act is not a fact to draw by default. */
export const HELD_BACK_STATUSES: readonly FactStatus[] = ['denied', 'negated'];

/** Whether a link is held back by the link kinds (a denied fact, a co-mention) rather than by filters. */
export function heldBack(a: { relType: string; status?: FactStatus }, kinds: LinkKinds): boolean {
  if (a.relType === CO_MENTIONED) return !kinds.coMentions;
  return !kinds.showDenied && a.status !== undefined && HELD_BACK_STATUSES.includes(a.status);
}

/**
 * A neighbour page without the links held back and without the new nodes only those links brought
 * (a server that ignores `statuses=` and `coMentions=` sends them anyway): expanding must not add
 * nodes whose only link to the canvas would not be drawn. `present` tells the nodes already there.
 */
export function withoutHeldBack<P extends { nodes: { id: string }[]; edges: { source: string; target: string; type: string; status?: FactStatus }[] }>(payload: P, kinds: LinkKinds, present: (id: string) => boolean): P {
  const edges = payload.edges.filter((e) => !heldBack({ relType: e.type, status: e.status }, kinds));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { ...payload, edges, nodes: payload.nodes.filter((n) => present(n.id) || linked.has(n.id)) };
}

export const EMPTY_FILTERS: Filters = { hiddenEntityTypes: [], hiddenRelTypes: [] };

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  /** Of the hidden edges, those hidden only because their kind is held back (not counted as filtered). */
  heldBackEdges: Set<string>;
}

/** True when no filter is set. */
export function filtersAreEmpty(f: Filters): boolean {
  return !f.hiddenEntityTypes.length && !f.hiddenRelTypes.length && !f.dateFrom && !f.dateTo && !f.factFrom && !f.factTo;
}

/** Whether an ISO date falls within the bounds, comparing at the precision of each bound. */
export function dateInRange(date: string, from?: string, to?: string): boolean {
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/**
 * Which nodes and edges the filters hide. An edge is hidden when its type is hidden, an end is
 * hidden, a date filter is set and none of its dated documents is in range (edges with no known
 * date stay visible: the filter applies "where known"), or the timeline brush is set and the fact's
 * own date falls outside it (undated facts stay visible). A node is hidden when its type is hidden,
 * or when a date filter or the brush is set and every one of its edges is hidden by date. Denied
 * and negated facts and co-mentions are hidden unless `kinds` asks for them (`heldBackEdges`).
 */
export function computeVisibility(graph: ExplorerGraph, filters: Filters, documentDates: ReadonlyMap<string, string>, kinds: LinkKinds = DEFAULT_LINK_KINDS): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const heldBackEdges = new Set<string>();
  const types = new Set(filters.hiddenEntityTypes);
  const rels = new Set(filters.hiddenRelTypes);
  const brushed = Boolean(filters.factFrom || filters.factTo);
  const dated = Boolean(filters.dateFrom || filters.dateTo) || brushed;
  graph.forEachNode((key, a) => {
    if (types.has(a.entityType)) hiddenNodes.add(key);
  });
  const dateHidden = new Set<string>();
  graph.forEachEdge((key, a, source, target) => {
    if (brushed && a.relType !== CO_MENTIONED && a.date && !dateOverlaps(a.date, filters.factFrom, filters.factTo)) {
      dateHidden.add(key);
      hiddenEdges.add(key);
    }
    if (filters.dateFrom || filters.dateTo) {
      const dates = a.documentIds.map((d) => documentDates.get(d)).filter((d): d is string => Boolean(d));
      if (dates.length && !dates.some((d) => dateInRange(d, filters.dateFrom, filters.dateTo))) {
        dateHidden.add(key);
        hiddenEdges.add(key);
      }
    }
    if (rels.has(a.relType) || hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(key);
    else if (!hiddenEdges.has(key) && heldBack(a, kinds)) {
      hiddenEdges.add(key);
      heldBackEdges.add(key);
    }
  });
  if (dated) {
    graph.forEachNode((key) => {
      if (hiddenNodes.has(key) || graph.degree(key) === 0) return;
      // Links held back (denied, co-mentions) do not keep a node shown.
      if (graph.everyEdge(key, (e) => dateHidden.has(e) || heldBackEdges.has(e)) && graph.someEdge(key, (e) => dateHidden.has(e))) hiddenNodes.add(key);
    });
  }
  return { hiddenNodes, hiddenEdges, heldBackEdges };
}

/** Counts per entity type and per relationship type on the canvas (for the legend and filters). */
export function countTypes(graph: ExplorerGraph): { entityTypes: Map<string, number>; relTypes: Map<string, number> } {
  const entityTypes = new Map<string, number>();
  const relTypes = new Map<string, number>();
  graph.forEachNode((_k, a) => entityTypes.set(a.entityType, (entityTypes.get(a.entityType) ?? 0) + 1));
  graph.forEachEdge((_k, a) => relTypes.set(a.relType, (relTypes.get(a.relType) ?? 0) + 1));
  return { entityTypes, relTypes };
}
