/**
 * Client-side filters by entity type, relationship type and document date. They never change the
 * data graph: `computeVisibility` returns the sets the sigma reducers hide, recomputed only when the
 * graph or the filters change (never per frame). Clearing a filter brings everything back.
 */
import type { ExplorerGraph } from './graph-state.ts';

export interface Filters {
  /** Entity types to hide (exclusion, so types that appear later are shown by default). */
  hiddenEntityTypes: string[];
  /** Relationship types to hide. */
  hiddenRelTypes: string[];
  /** Inclusive ISO date bounds (YYYY, YYYY-MM or YYYY-MM-DD) on the documents supporting an edge. */
  dateFrom?: string;
  dateTo?: string;
}

export const EMPTY_FILTERS: Filters = { hiddenEntityTypes: [], hiddenRelTypes: [] };

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/** True when no filter is set. */
export function filtersAreEmpty(f: Filters): boolean {
  return !f.hiddenEntityTypes.length && !f.hiddenRelTypes.length && !f.dateFrom && !f.dateTo;
}

/** Whether an ISO date falls within the bounds, comparing at the precision of each bound. */
export function dateInRange(date: string, from?: string, to?: string): boolean {
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/**
 * Which nodes and edges the filters hide. An edge is hidden when its type is hidden, an end is
 * hidden, or a date filter is set and none of its dated documents is in range (edges with no known
 * date stay visible: the filter applies "where known"). A node is hidden when its type is hidden, or
 * when a date filter is set and every one of its edges is hidden by date.
 */
export function computeVisibility(graph: ExplorerGraph, filters: Filters, documentDates: ReadonlyMap<string, string>): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const types = new Set(filters.hiddenEntityTypes);
  const rels = new Set(filters.hiddenRelTypes);
  const dated = Boolean(filters.dateFrom || filters.dateTo);
  graph.forEachNode((key, a) => {
    if (types.has(a.entityType)) hiddenNodes.add(key);
  });
  const dateHidden = new Set<string>();
  graph.forEachEdge((key, a, source, target) => {
    if (dated) {
      const dates = a.documentIds.map((d) => documentDates.get(d)).filter((d): d is string => Boolean(d));
      if (dates.length && !dates.some((d) => dateInRange(d, filters.dateFrom, filters.dateTo))) {
        dateHidden.add(key);
        hiddenEdges.add(key);
      }
    }
    if (rels.has(a.relType) || hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(key);
  });
  if (dated) {
    graph.forEachNode((key) => {
      if (hiddenNodes.has(key) || graph.degree(key) === 0) return;
      if (graph.everyEdge(key, (e) => dateHidden.has(e))) hiddenNodes.add(key);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** Counts per entity type and per relationship type on the canvas (for the legend and filters). */
export function countTypes(graph: ExplorerGraph): { entityTypes: Map<string, number>; relTypes: Map<string, number> } {
  const entityTypes = new Map<string, number>();
  const relTypes = new Map<string, number>();
  graph.forEachNode((_k, a) => entityTypes.set(a.entityType, (entityTypes.get(a.entityType) ?? 0) + 1));
  graph.forEachEdge((_k, a) => relTypes.set(a.relType, (relTypes.get(a.relType) ?? 0) + 1));
  return { entityTypes, relTypes };
}
