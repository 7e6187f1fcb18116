/**
 * The edge reducer: every look of a link (width by sources, dashed when one source, colour, label,
 * emphasis on hover, selection and highlights) computed from its data attributes and the store,
 * never written into the graph. Links are grey by default; with the store's `edgeColoring` at
 * `quadClass` they take the colour of their QuadClass (cooperation teal/green, conflict
 * orange/red, no class grey), which hover and highlights then keep instead of their own accent.
 * Kept apart from sigma so it runs in unit tests; it mutates the copy sigma hands it and allocates nothing.
 */
import type { EdgeDisplayData } from 'sigma/types';
import type { EdgeAttrs, ExplorerGraph } from '../state/graph-state.ts';
import type { ExplorerStore } from '../state/store.ts';
import { quadClassColor, relLabel, THEME } from './style.ts';
import { edgeDisplaySize } from './view-settings.ts';

type EdgeData = Partial<EdgeDisplayData> & EdgeAttrs & { curvature?: number };

/** What the edge reducer reads besides the link itself. */
export interface EdgeReducerContext {
  graph: ExplorerGraph;
  store: Pick<ExplorerStore, 'visibility' | 'highlight' | 'selection' | 'edgeColoring'>;
  /** The hovered or selected node whose links are emphasised, if any. */
  focusKey(): string | undefined;
  /** Zoomed in far enough for every link to show its label. */
  zoomedIn(): boolean;
  /** Whether hovering dims everything else (small graphs only). */
  dimsOnFocus(): boolean;
  /** Highlights up to this size label their links. */
  smallHighlight: number;
  /** Curvature of a link that shares its two ends with others (parallel-edges.ts); undefined draws it straight. */
  curvature?(key: string): number | undefined;
}

/** Creates the reducer sigma calls for each link. */
export function createEdgeReducer(ctx: EdgeReducerContext): (key: string, attrs: object) => Partial<EdgeDisplayData> {
  const { graph, store } = ctx;
  return (key, attrs) => {
    const d = attrs as EdgeData;
    const single = d.evidenceCount <= 1;
    const byClass = store.edgeColoring === 'quadClass';
    const base = byClass ? quadClassColor(d.quadClass) : single ? THEME.edgeSingle : THEME.edge;
    const focusKey = ctx.focusKey();
    d.hidden = store.visibility.hiddenEdges.has(key);
    d.size = edgeDisplaySize(d.evidenceCount);
    d.type = single ? 'dashed' : 'arrow';
    const curvature = ctx.curvature?.(key);
    if (curvature !== undefined) {
      // Curves have no dashed variant: a single source shows as a thinner line only.
      d.type = 'curved';
      d.curvature = curvature;
    }
    d.color = base;
    d.label = ctx.zoomedIn() ? relLabel(d.relType) : '';
    d.zIndex = 0;
    const hl = store.highlight;
    const selected = store.selection?.kind === 'edge' && store.selection.id === key;
    const touches = focusKey !== undefined && (graph.source(key) === focusKey || graph.target(key) === focusKey);
    if (touches) {
      d.color = byClass ? base : THEME.accent;
      d.label = relLabel(d.relType);
      d.forceLabel = true;
      d.zIndex = 1;
    } else if (focusKey !== undefined && ctx.dimsOnFocus()) {
      d.color = THEME.dimEdge;
      d.label = '';
    } else if (hl?.edges.has(key)) {
      d.color = byClass ? base : THEME.path;
      d.size += 1;
      if (hl.edges.size <= ctx.smallHighlight) {
        d.label = relLabel(d.relType);
        d.forceLabel = true;
      }
      d.zIndex = 1;
    } else if (hl) {
      d.color = THEME.dimEdge;
      d.label = '';
    }
    if (selected) {
      d.color = '#ffffff';
      d.size += 1;
      d.label = relLabel(d.relType);
      d.forceLabel = true;
      d.zIndex = 2;
    }
    return d;
  };
}
