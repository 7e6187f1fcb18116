/**
 * The edge reducer: every look of a link (width by sources, dashed when one source, colour, label,
 * emphasis on hover, selection and highlights) computed from its data attributes and the store,
 * never written into the graph. Links are grey by default; with the store's `edgeColoring` at
 * `quadClass` they take the colour of their QuadClass (cooperation teal/green, conflict
 * orange/red, no class grey), which hover and highlights then keep instead of their own accent.
 * How a fact is told shows in its line: alleged dash-dotted, planned dotted, denied and negated
 * (drawn only when shown) dotted in a muted red, straight or curved (parallel links keep their
 * pattern on a curve); every non-asserted label names its status.
 * Co-mentions are thin grey lines without arrow heads, wider with more sentences naming both ends.
 * Kept apart from sigma so it runs in unit tests; it mutates the copy sigma hands it and allocates nothing.
 */
import type { EdgeDisplayData } from 'sigma/types';
import type { EdgeAttrs, ExplorerGraph } from '../state/graph-state.ts';
import type { ExplorerStore } from '../state/store.ts';
import { CO_MENTIONED } from '../../../core/fact-status.ts';
import { quadClassColor, relLabel, THEME } from './style.ts';
import { coMentionDisplaySize, edgeDisplaySize } from './view-settings.ts';

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

/** The line pattern (sigma edge type) of a straight link. */
export function edgeProgramType(a: Pick<EdgeAttrs, 'relType' | 'status' | 'evidenceCount'>): 'arrow' | 'dashed' | 'dashdot' | 'dotted' | 'plain' {
  if (a.relType === CO_MENTIONED) return 'plain';
  switch (a.status) {
    case 'alleged':
      return 'dashdot';
    case 'planned':
    case 'denied':
    case 'negated':
      return 'dotted';
    default:
      return a.evidenceCount <= 1 ? 'dashed' : 'arrow';
  }
}

/** The sigma edge type of a link drawn as a curve, by its straight line's type: the same pattern, and no arrow head for a co-mention. */
const CURVED_PROGRAM_TYPES = {
  arrow: 'curved',
  dashed: 'curvedDashed',
  dashdot: 'curvedDashdot',
  dotted: 'curvedDotted',
  plain: 'curvedPlain',
} as const;

/** The sigma edge type of a link drawn as a curve: the curve program with the straight line's pattern. */
export function curvedProgramType(straight: ReturnType<typeof edgeProgramType>): (typeof CURVED_PROGRAM_TYPES)[typeof straight] {
  return CURVED_PROGRAM_TYPES[straight];
}

/** A link's label: its type, with its status when not asserted ("supplied · alleged"), or the co-mention count. */
export function edgeLabel(a: Pick<EdgeAttrs, 'relType' | 'status' | 'coMentionCount'>): string {
  if (a.relType === CO_MENTIONED) return `co-mentioned ×${a.coMentionCount ?? 1}`;
  return a.status && a.status !== 'asserted' ? `${relLabel(a.relType)} · ${a.status}` : relLabel(a.relType);
}

/** Creates the reducer sigma calls for each link. */
export function createEdgeReducer(ctx: EdgeReducerContext): (key: string, attrs: object) => Partial<EdgeDisplayData> {
  const { graph, store } = ctx;
  return (key, attrs) => {
    const d = attrs as EdgeData;
    const single = d.evidenceCount <= 1;
    const coMention = d.relType === CO_MENTIONED;
    const byClass = store.edgeColoring === 'quadClass' && !coMention;
    const disowned = d.status === 'denied' || d.status === 'negated';
    const base = coMention ? THEME.coMention : byClass ? quadClassColor(d.quadClass) : disowned ? THEME.edgeDenied : single ? THEME.edgeSingle : THEME.edge;
    const focusKey = ctx.focusKey();
    d.hidden = store.visibility.hiddenEdges.has(key);
    d.size = coMention ? coMentionDisplaySize(d.coMentionCount ?? 1) : edgeDisplaySize(d.evidenceCount);
    const straight = edgeProgramType(d);
    const curvature = ctx.curvature?.(key);
    d.type = curvature === undefined ? straight : curvedProgramType(straight);
    if (curvature !== undefined) d.curvature = curvature;
    d.color = base;
    d.label = ctx.zoomedIn() ? edgeLabel(d) : '';
    d.zIndex = 0;
    const hl = store.highlight;
    const selected = store.selection?.kind === 'edge' && store.selection.id === key;
    const touches = focusKey !== undefined && (graph.source(key) === focusKey || graph.target(key) === focusKey);
    if (touches) {
      d.color = byClass || coMention ? base : THEME.accent;
      d.label = edgeLabel(d);
      d.forceLabel = true;
      d.zIndex = 1;
    } else if (focusKey !== undefined && ctx.dimsOnFocus()) {
      d.color = THEME.dimEdge;
      d.label = '';
    } else if (hl?.edges.has(key)) {
      d.color = byClass ? base : THEME.path;
      d.size += 1;
      if (hl.edges.size <= ctx.smallHighlight) {
        d.label = edgeLabel(d);
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
      d.label = edgeLabel(d);
      d.forceLabel = true;
      d.zIndex = 2;
    }
    return d;
  };
}
