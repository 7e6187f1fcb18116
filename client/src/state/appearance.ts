/**
 * Style by data: what node sizes and colours stand for. Sizes follow the number of links on the
 * canvas (degree) or the number of distinct source documents behind a node's links; colours follow
 * the entity type or the values of one node property (the most frequent values get a colour each,
 * the rest one grey). Looks only: computed from the data graph once per change, read by the node
 * reducer and the legend, never written into the graph. DOM-free, unit-tested.
 */
import type { ExplorerGraph } from './graph-state.ts';

export type NodeSizing = 'degree' | 'sources';
export const NODE_SIZINGS: readonly NodeSizing[] = ['degree', 'sources'];

/** Colours for property values, most frequent first (distinct from the type colours' order). */
export const VALUE_PALETTE = ['#5ab1ef', '#f2a65a', '#4fd1a5', '#c792ea', '#f07178', '#ffcb6b', '#82aaff', '#c3e88d', '#ff9cac'] as const;
export const OTHER_VALUE_COLOR = '#6b7b8d';
/** Label of the values beyond the palette, and of nodes without the property. */
export const OTHER_VALUE = 'other';
export const NO_VALUE = '(none)';

/** Properties never offered for colouring: identifiers and free text. */
const NOT_CATEGORICAL = new Set(['id', 'name', 'title', 'text', 'aliases', 'url', 'description']);

/** A node property as one categorical value (a list counts by its first item). */
export function propertyValue(properties: Record<string, unknown>, key: string): string | undefined {
  const v = properties[key];
  if (typeof v === 'string') return v || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.length) return propertyValue({ v: v[0] }, 'v');
  return undefined;
}

/** Property keys usable for colouring on the canvas, the most common first (at most `limit`). */
export function colourableProperties(graph: ExplorerGraph, limit = 12): string[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, a) => {
    for (const key of Object.keys(a.properties)) {
      if (NOT_CATEGORICAL.has(key) || propertyValue(a.properties, key) === undefined) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([k]) => k);
}

/** Colour of each value of `key` on the canvas, by frequency, plus node → colour and the legend rows. */
export function propertyColours(graph: ExplorerGraph, key: string): { byNode: Map<string, string>; legend: { value: string; color: string; count: number }[] } {
  const valueOf = new Map<string, string>();
  const counts = new Map<string, number>();
  graph.forEachNode((n, a) => {
    const v = propertyValue(a.properties, key) ?? NO_VALUE;
    valueOf.set(n, v);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  });
  const ranked = [...counts.entries()].filter(([v]) => v !== NO_VALUE).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colourOf = new Map<string, string>();
  ranked.slice(0, VALUE_PALETTE.length).forEach(([v], i) => colourOf.set(v, VALUE_PALETTE[i]!));
  const byNode = new Map<string, string>();
  for (const [n, v] of valueOf) byNode.set(n, colourOf.get(v) ?? OTHER_VALUE_COLOR);
  const legend = ranked.slice(0, VALUE_PALETTE.length).map(([value, count]) => ({ value, color: colourOf.get(value)!, count }));
  const rest = [...counts.entries()].filter(([v]) => !colourOf.has(v)).reduce((s, [, c]) => s + c, 0);
  if (rest) legend.push({ value: ranked.length > VALUE_PALETTE.length ? `${OTHER_VALUE} / ${NO_VALUE}` : NO_VALUE, color: OTHER_VALUE_COLOR, count: rest });
  return { byNode, legend };
}

/** Distinct source documents behind each node's links on the canvas. */
export function nodeSourceCounts(graph: ExplorerGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((n) => {
    const docs = new Set<string>();
    graph.forEachEdge(n, (_e, a) => {
      for (const d of a.documentIds) docs.add(d);
    });
    out.set(n, docs.size);
  });
  return out;
}
