/**
 * All sigma wiring in one place: programs (discs with their type icon; links in edge-programs.ts), settings
 * (label culling), reducers (every look: type colour and icon, size by degree, hover/selection/
 * highlight/filters; links in edge-reducer.ts) and mouse events (select, expand, menu, drag to pin).
 * Reducers mutate the copy sigma hands them and allocate nothing, so a refresh over 10k nodes stays cheap.
 * Store changes reach sigma once per task, and graph commands in one refresh (not item by item).
 */
import type Graph from 'graphology';
import Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import type { NodeAttrs } from '../state/graph-state.ts';
import type { ChangeKind, ExplorerStore } from '../state/store.ts';
import { deferEdgePicking } from './deferred-edge-picking.ts';
import { followContainer } from './follow-container.ts';
import { parallelCurvatures } from './parallel-edges.ts';
import { nodeSourceCounts, propertyColours } from '../state/appearance.ts';
import { createEdgeReducer } from './edge-reducer.ts';
import { createNodeLabelDrawer, drawNodeHover } from './draw-hover.ts';
import { labelBox, LabelBoxes, type Box } from './label-boxes.ts';
import { EDGE_PROGRAMS } from './edge-programs.ts';
import { CURVATURE_STEP } from './parallel-edges.ts';
import { createPictogramProgram } from './pictogram-program.ts';
import { pictogramIndex, PICTOGRAMS, THEME, typeStyle } from './style.ts';
import { nodeDisplaySize, VIEW_SETTINGS } from './view-settings.ts';

type NodeData = Partial<NodeDisplayData> & NodeAttrs & { icon?: number; pictoColor?: string };

export interface ViewEvents {
  onExpand(node: string): void;
  onNodeMenu(node: string, x: number, y: number): void;
  onStageClick(): void;
  /** Called when the user starts dragging (the layout should stop). */
  onDragStart(): void;
}

/** Longest document label drawn on the canvas, in characters. */
const DOCUMENT_LABEL_MAX = 32;

/** A document title cut at a word boundary to DOCUMENT_LABEL_MAX characters, with an ellipsis. */
export function shortTitle(title: string): string {
  if (title.length <= DOCUMENT_LABEL_MAX) return title;
  const cut = title.slice(0, DOCUMENT_LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DOCUMENT_LABEL_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Above this many nodes, hovering only emphasises the neighbourhood (a partial refresh) instead of dimming everything. */
const LARGE_GRAPH = 3000;

/** Highlights up to this size (a path, a type with few nodes) get forced labels; larger ones rely on culling. */
const SMALL_HIGHLIGHT = 12;

/** Zoom ratio under which every visible relationship shows its label. */
const EDGE_LABEL_RATIO = 0.45;

/**
 * In graphs above LARGE_GRAPH nodes, pictograms are drawn only once zoomed in under this ratio: at
 * the overview the discs are too small to read an icon, and every icon is a texture lookup per
 * pixel (costly in software rendering). Colours still tell the types.
 */
const ICON_RATIO = 0.5;

export { edgeDisplaySize, nodeDisplaySize } from './view-settings.ts';

/** Sigma's own per-item graph listeners (not in its public API; present at runtime in v3). */
interface SigmaGraphInternals {
  bindGraphHandlers(): void;
  unbindGraphHandlers(): void;
  hoveredNode: string | null;
  hoveredEdge: string | null;
}

/** Creates sigma over the store's graph. Returns the renderer; call `kill()` on it to dispose. */
export function createSigmaView(container: HTMLElement, store: ExplorerStore, events: ViewEvents): Sigma {
  const graph = store.graph;
  const focus = new Set<string>();
  let focusKey: string | undefined;
  let zoomedIn = false;
  /** Nodes whose label is forced (selection, focus, small highlights): reserved before other labels. */
  const forced = new Set<string>();
  const labelBoxes = new LabelBoxes();

  const updateFocus = () => {
    const key = store.hoveredNode ?? (store.selection?.kind === 'node' ? store.selection.id : undefined);
    if (key === focusKey) return false;
    focusKey = key;
    focus.clear();
    if (key && graph.hasNode(key)) {
      focus.add(key);
      graph.forEachNeighbor(key, (n) => void focus.add(n));
    }
    return true;
  };

  // Style by data (appearance.ts), recomputed per graph or appearance change, never per frame.
  let sources: Map<string, number> | undefined;
  let valueColours: Map<string, string> | undefined;
  let nodeLook = '';
  const nodeLookKey = () => `${store.nodeSizing}\u0000${store.nodeColoring ?? ''}`;
  const updateAppearance = () => {
    nodeLook = nodeLookKey();
    sources = store.nodeSizing === 'sources' ? nodeSourceCounts(graph) : undefined;
    valueColours = store.nodeColoring ? propertyColours(graph, store.nodeColoring).byNode : undefined;
  };
  updateAppearance();

  const nodeReducer = (key: string, attrs: object): Partial<NodeDisplayData> => {
    const d = attrs as NodeData;
    const style = typeStyle(d.entityType);
    // Document titles are cut on the canvas; the hovered node shows the whole title.
    d.label = d.entityType === 'Document' && key !== store.hoveredNode ? shortTitle(d.name) : d.name;
    d.size = nodeDisplaySize(sources ? (sources.get(key) ?? 0) : graph.degree(key));
    d.color = valueColours?.get(key) ?? style.color;
    d.icon = pictogramIndex(d.entityType);
    // One program for every node (the zoom decides per frame whether it draws the icons).
    d.type = 'pictogram';
    d.pictoColor = '#0f141a';
    d.hidden = store.visibility.hiddenNodes.has(key);
    d.zIndex = 1;
    const hl = store.highlight;
    const dimmed = (focusKey !== undefined && !focus.has(key) && graph.order <= LARGE_GRAPH) || (hl !== undefined && focusKey === undefined && !hl.nodes.has(key));
    if (dimmed) {
      d.color = THEME.dim;
      d.pictoColor = '#3a4654';
      d.label = '';
      d.zIndex = 0;
    } else if (key === focusKey || (hl?.nodes.has(key) && hl.nodes.size <= SMALL_HIGHLIGHT)) {
      d.highlighted = true;
      d.forceLabel = true;
      d.zIndex = 2;
    } else if (hl?.nodes.has(key)) {
      d.zIndex = 2;
    }
    if ((store.selection?.kind === 'node' && store.selection.id === key) || store.picked.has(key)) {
      d.highlighted = true;
      d.forceLabel = true;
      d.zIndex = 2;
    }
    if (d.forceLabel && !d.hidden) forced.add(key);
    else forced.delete(key);
    return d;
  };

  // Links sharing both ends are drawn as curves apart from each other (recomputed per graph change).
  const visibleCurvatures = () => parallelCurvatures(graph, CURVATURE_STEP, store.visibility.hiddenEdges);
  let curvatures = visibleCurvatures();
  const edgeReducer = createEdgeReducer({
    curvature: (key) => curvatures.get(key),
    graph,
    store,
    focusKey: () => focusKey,
    zoomedIn: () => zoomedIn,
    dimsOnFocus: () => graph.order <= LARGE_GRAPH,
    smallHighlight: SMALL_HIGHLIGHT,
  });

  // Sigma is typed with plain attributes: its program types do not carry our attribute generics.
  const sigma = new Sigma(graph as unknown as Graph, container, {
    allowInvalidContainer: true,
    defaultNodeType: 'pictogram',
    nodeProgramClasses: {
      pictogram: createPictogramProgram({ icons: PICTOGRAMS, showIcons: (p) => graph.order <= LARGE_GRAPH || p.zoomRatio < ICON_RATIO }),
    },
    defaultEdgeType: 'arrow',
    edgeProgramClasses: EDGE_PROGRAMS,
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    ...VIEW_SETTINGS,
    labelColor: { color: THEME.label },
    edgeLabelFont: VIEW_SETTINGS.labelFont,
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#9fb0c3' },
    defaultDrawNodeLabel: createNodeLabelDrawer(labelBoxes),
    defaultDrawNodeHover: drawNodeHover,
    nodeReducer,
    edgeReducer,
  });

  deferEdgePicking(sigma);

  // Each frame: forget last frame's label boxes and reserve the forced labels first.
  const reserved: Box = { x1: 0, y1: 0, x2: 0, y2: 0 };
  const labelCtx = sigma.getCanvases()['labels']?.getContext('2d');
  sigma.on('beforeRender', () => {
    labelBoxes.reset();
    if (!labelCtx || !forced.size) return;
    const s = sigma.getSettings();
    labelCtx.font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
    for (const key of forced) {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label || !graph.hasNode(key)) continue;
      const p = sigma.framedGraphToViewport(d);
      labelBoxes.add(labelBox(p.x, p.y, sigma.scaleSize(d.size), labelCtx.measureText(d.label).width, s.labelSize, 2, reserved));
    }
  });

  // Graph commands (merge, remove, undo, redo) pause sigma's per-item graph listeners: sigma v3
  // handles every added node and edge on its own (reducer twice, a partial refresh each) and every
  // dropped one with a full reindex, so a big merge ran the reducers three times per item and a big
  // removal was quadratic. The store's 'graph' change then refreshes everything once.
  const internals = sigma as unknown as SigmaGraphInternals;
  store.onBulkChange({
    begin: () => internals.unbindGraphHandlers(),
    end: () => {
      internals.bindGraphHandlers();
      if (internals.hoveredNode !== null && !graph.hasNode(internals.hoveredNode)) internals.hoveredNode = null;
      if (internals.hoveredEdge !== null && !graph.hasEdge(internals.hoveredEdge)) internals.hoveredEdge = null;
    },
  });

  // Store changes are applied once per task (a merge, a highlight and a selection made together
  // refresh and draw once), before any timer, frame or input event can see stale display data.
  let pending: Set<ChangeKind> | undefined;
  let killed = false;
  sigma.on('kill', () => (killed = true));
  const touched = new Set<string>();
  const touchedEdges = new Set<string>();
  const flush = () => {
    const kinds = pending!;
    pending = undefined;
    if (killed) return;
    if (kinds.size === 1 && kinds.has('hover') && graph.order > LARGE_GRAPH) {
      // Large graph: refresh only the old and new neighbourhoods.
      touched.clear();
      touchedEdges.clear();
      const before = focusKey;
      for (const n of focus) touched.add(n);
      focusKey = undefined;
      updateFocus();
      for (const n of focus) touched.add(n);
      for (const k of [before, focusKey]) if (k && graph.hasNode(k)) graph.forEachEdge(k, (e) => void touchedEdges.add(e));
      sigma.refresh({ partialGraph: { nodes: [...touched], edges: [...touchedEdges] }, skipIndexation: true });
      return;
    }
    if (kinds.size === 1 && kinds.has('appearance') && nodeLook === nodeLookKey()) {
      // Only link colours changed: re-run the edge reducer, no reindexing.
      sigma.refresh({ partialGraph: { edges: graph.edges() }, skipIndexation: true });
      return;
    }
    if (kinds.has('graph') || kinds.has('appearance')) updateAppearance();
    if (kinds.has('graph') || kinds.has('filters')) curvatures = visibleCurvatures();
    if (kinds.has('hover') || kinds.has('selection') || kinds.has('graph')) {
      focusKey = undefined;
      updateFocus();
    }
    sigma.refresh();
  };
  store.subscribe((kinds) => {
    if (!pending) {
      pending = new Set();
      queueMicrotask(flush);
    }
    for (const k of kinds) pending.add(k);
  });
  sigma.getCamera().on('updated', (state) => {
    const next = state.ratio < EDGE_LABEL_RATIO;
    if (next !== zoomedIn) {
      zoomedIn = next;
      // Only edge labels depend on the zoom: re-run the edge reducer, no reindexing.
      sigma.refresh({ partialGraph: { edges: graph.edges() }, skipIndexation: true, schedule: true });
    }
  });

  // Events: hover, select, expand, menu.
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    store.hover(node);
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    store.hover(undefined);
  });
  // Links are clickable (enableEdgeEvents): the pointer says so.
  sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
  sigma.on('leaveEdge', () => (container.style.cursor = ''));
  sigma.on('clickNode', ({ node, event }) => {
    if (dragMoved) return;
    // Shift-click picks several nodes for the selection tools.
    if (event.original.shiftKey) store.togglePicked(node);
    else store.select({ kind: 'node', id: node });
  });
  sigma.on('clickEdge', ({ edge }) => store.select({ kind: 'edge', id: edge }));
  sigma.on('clickStage', () => events.onStageClick());
  sigma.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    events.onExpand(e.node);
  });
  sigma.on('rightClickNode', (e) => {
    e.event.original.preventDefault();
    e.preventSigmaDefault();
    const p = sigma.graphToViewport(graph.getNodeAttributes(e.node));
    events.onNodeMenu(e.node, p.x, p.y);
  });

  // Drag to pin: moving a node fixes it; the layout leaves fixed nodes alone.
  let dragged: string | undefined;
  let dragMoved = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    dragMoved = false;
  });
  sigma.getMouseCaptor().on('mousemovebody', (e) => {
    if (!dragged) return;
    if (!dragMoved) events.onDragStart();
    dragMoved = true;
    const pos = sigma.viewportToGraph(e);
    graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y, fixed: true });
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  const endDrag = () => {
    if (dragged && dragMoved) store.touch();
    dragged = undefined;
    setTimeout(() => (dragMoved = false), 0);
  };
  sigma.getMouseCaptor().on('mouseup', endDrag);
  container.addEventListener('contextmenu', (e) => e.preventDefault());
  // The canvas follows its container, and the graph its place on the page (follow-container.ts).
  sigma.on('kill', followContainer(sigma, container));
  return sigma;
}
