/**
 * Layouts computed in one go, as alternatives to ForceAtlas2: a circle (nodes ordered by type, then
 * name, so types read as arcs), groups by entity type (each type a disc of its own, the discs on
 * a ring, the largest type first) and a timeline (x by the earliest date among a node's facts, one
 * lane per type, undated nodes in a column left of the earliest). Pinned nodes stay where they are. Positions only, in the graph's
 * current scale (the typical distance between linked nodes), so switching layouts keeps zoom sane.
 * The layout controller runs noverlap after each. DOM-free, unit-tested.
 */
import { sortTypes } from './style.ts';
import { typicalSpacing, type ExplorerGraph } from '../state/graph-state.ts';
import { dayNumber, earliestFactDate } from '../state/timeline.ts';

export type StaticLayout = 'circle' | 'types' | 'timeline';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Free (not pinned) nodes, by type in the legend's order, then by name. */
function freeNodesByType(graph: ExplorerGraph): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  graph.forEachNode((k, a) => {
    if (a.fixed) return;
    const list = byType.get(a.entityType) ?? [];
    list.push(k);
    byType.set(a.entityType, list);
  });
  const ordered = new Map<string, string[]>();
  for (const t of sortTypes(byType.keys())) {
    ordered.set(t, byType.get(t)!.sort((a, b) => graph.getNodeAttribute(a, 'name').localeCompare(graph.getNodeAttribute(b, 'name'))));
  }
  return ordered;
}

/** Places free nodes on one circle, grouped by type along it. */
export function circleLayout(graph: ExplorerGraph): void {
  const nodes = [...freeNodesByType(graph).values()].flat();
  if (!nodes.length) return;
  const spacing = typicalSpacing(graph);
  // Neighbours on the circle one spacing apart (at least a small circle).
  const radius = Math.max(spacing, (nodes.length * spacing) / (2 * Math.PI));
  nodes.forEach((k, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    graph.mergeNodeAttributes(k, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

/** Places each type's free nodes in a disc (sunflower pattern); the discs sit on a ring. */
export function typeGroupsLayout(graph: ExplorerGraph): void {
  const groups = [...freeNodesByType(graph).entries()].sort((a, b) => b[1].length - a[1].length);
  if (!groups.length) return;
  const spacing = typicalSpacing(graph) * 0.6;
  const discRadius = (n: number) => spacing * Math.sqrt(n);
  const widest = Math.max(...groups.map(([, l]) => discRadius(l.length)));
  // Ring large enough that neighbouring discs do not touch.
  const ring = groups.length === 1 ? 0 : Math.max(widest * 2.6, (groups.reduce((s, [, l]) => s + 2.4 * discRadius(l.length), 0)) / (2 * Math.PI));
  groups.forEach(([, list], g) => {
    const angle = (2 * Math.PI * g) / groups.length - Math.PI / 2;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    list.forEach((k, i) => {
      const r = spacing * Math.sqrt(i + 0.5);
      const a = i * GOLDEN_ANGLE;
      graph.mergeNodeAttributes(k, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
    });
  });
}

/**
 * Places free nodes along x by the earliest date among their facts (time flows left to right), each
 * type in a lane of its own; nodes close in time within a lane alternate above and below its middle.
 * Nodes without a dated fact stand in a column left of the earliest date.
 */
export function timelineLayout(graph: ExplorerGraph): void {
  const groups = freeNodesByType(graph);
  const all = [...groups.values()].flat();
  if (!all.length) return;
  const spacing = typicalSpacing(graph);
  const day = new Map<string, number>();
  for (const k of all) {
    const date = earliestFactDate(graph, k);
    if (date) day.set(k, dayNumber(date));
  }
  const days = [...day.values()];
  const first = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - first);
  const width = spacing * Math.max(6, all.length);
  // Lanes far enough apart for a few stacked nodes each, and the whole about as tall as wide.
  const lane = Math.max(spacing * 2.4, width / Math.max(2, groups.size) / 1.6);
  const undatedX = days.length ? -spacing * 2 : 0;
  let laneIndex = 0;
  for (const list of groups.values()) {
    const y0 = laneIndex++ * lane;
    const placed = list.map((k) => ({ k, x: day.has(k) ? ((day.get(k)! - first) / span) * width : undatedX })).sort((a, b) => a.x - b.x);
    let run = 0;
    placed.forEach((p, i) => {
      // Nodes within a spacing of the previous one step up and down around the lane's middle.
      run = i > 0 && p.x - placed[i - 1]!.x < spacing * 0.8 ? run + 1 : 0;
      const offset = run === 0 ? 0 : (run % 2 ? 1 : -1) * Math.ceil(run / 2) * spacing * 0.6;
      graph.mergeNodeAttributes(p.k, { x: p.x, y: y0 + offset });
    });
  }
}

/** Runs the named layout. */
export function applyStaticLayout(graph: ExplorerGraph, layout: StaticLayout): void {
  if (layout === 'circle') circleLayout(graph);
  else if (layout === 'timeline') timelineLayout(graph);
  else typeGroupsLayout(graph);
}
