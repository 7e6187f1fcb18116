/**
 * The explorer's data graph: a graphology multi-directed graph whose nodes and edges carry the API
 * payload, never looks (colours, sizes and highlights are computed in sigma reducers). This module is
 * DOM-free so it can be unit-tested in Node. Changes go through `planMerge` + commands (see
 * `commands.ts`) so they can be undone.
 */
import Graph from 'graphology';
import type { GraphEdge, GraphNode, GraphPayload } from '../../../core/api-schemas.ts';
import type { CameoRoot, QuadClass } from '../../../core/cameo.ts';
import { CO_MENTIONED, type FactStatus } from '../../../core/fact-status.ts';

/** Attributes of a node in the data graph. `x`/`y` are always set before sigma sees the node. */
export interface NodeAttrs {
  name: string;
  entityType: string;
  labels: string[];
  properties: Record<string, unknown>;
  x: number;
  y: number;
  /** Pinned by the user (dragged): ForceAtlas2 leaves it where it is. */
  fixed?: boolean;
}

/** Attributes of an edge: its relationship type and how well it is supported. */
export interface EdgeAttrs {
  relType: string;
  properties: Record<string, unknown>;
  /** Number of evidence sentences (at least 1 for our facts; 1 when unknown). */
  evidenceCount: number;
  /** Documents supporting the fact, when the server knows them. */
  documentIds: string[];
  /** CAMEO root class and QuadClass of an event fact; absent on states (roles, places, membership). */
  cameo?: CameoRoot;
  quadClass?: QuadClass;
  /** How the text tells the fact; absent on relationships that are not our facts (drawn as asserted). */
  status?: FactStatus;
  /** Entity ids of who claims (or denies) it. */
  claimedBy?: string[];
  /** When it happened (partial ISO date), with the words that said so. */
  date?: string;
  dateText?: string;
  /** Sentences naming both ends, on an aggregate CO_MENTIONED link. */
  coMentionCount?: number;
}

export type ExplorerGraph = Graph<NodeAttrs, EdgeAttrs>;

/** A node or edge ready to be added, in graphology's serialization shape. */
export interface NodeEntry {
  key: string;
  attributes: NodeAttrs;
}
export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttrs;
}

/** Creates the empty data graph (directed, parallel edges allowed: two actors can share many facts). */
export function createExplorerGraph(): ExplorerGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: true });
}

/** Converts an API node to data attributes, at a given position. */
export function nodeToAttrs(node: GraphNode, x: number, y: number): NodeAttrs {
  return { name: node.name, entityType: node.type, labels: node.labels, properties: node.properties, x, y };
}

/** Converts an API edge to data attributes. */
export function edgeToAttrs(edge: GraphEdge): EdgeAttrs {
  const p = edge.properties;
  const count = typeof p['evidenceCount'] === 'number' ? p['evidenceCount'] : Number(p['evidenceCount']);
  const docs = Array.isArray(p['documentIds']) ? p['documentIds'].filter((d): d is string => typeof d === 'string') : [];
  const attrs: EdgeAttrs = {
    relType: edge.type,
    properties: p,
    evidenceCount: Number.isFinite(count) && count > 0 ? count : Math.max(1, docs.length),
    documentIds: docs,
  };
  if (edge.cameo) attrs.cameo = edge.cameo;
  if (edge.quadClass) attrs.quadClass = edge.quadClass;
  if (edge.status) attrs.status = edge.status;
  if (edge.claimedBy?.length) attrs.claimedBy = edge.claimedBy;
  if (edge.date) attrs.date = edge.date;
  if (edge.date && edge.dateText) attrs.dateText = edge.dateText;
  if (edge.type === CO_MENTIONED) {
    const n = Number(p['count']);
    attrs.coMentionCount = Number.isFinite(n) && n > 0 ? n : 1;
    const documents = Array.isArray(p['documents']) ? p['documents'].filter((d): d is string => typeof d === 'string') : [];
    if (!docs.length && documents.length) attrs.documentIds = documents;
  }
  return attrs;
}

/** Deterministic pseudo-random in [0, 1) from a string, so layouts are reproducible. */
export function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/**
 * Position of the i-th of n new nodes around an anchor: on rings around it, so a new neighbour
 * appears next to the node it was expanded from instead of somewhere random.
 */
export function placeNear(anchor: { x: number; y: number }, index: number, count: number, radius = 1, startAngle = 0): { x: number; y: number } {
  const perRing = 12;
  const ring = Math.floor(index / perRing);
  const inRing = Math.min(perRing, count - ring * perRing);
  const angle = startAngle + (2 * Math.PI * (index % perRing)) / Math.max(1, inRing) + ring * 0.5;
  const r = radius * (1 + ring * 0.6);
  return { x: anchor.x + r * Math.cos(angle), y: anchor.y + r * Math.sin(angle) };
}

/** Mean position of the graph's nodes (origin when empty). */
export function centroid(graph: ExplorerGraph): { x: number; y: number } {
  let x = 0;
  let y = 0;
  const n = graph.order;
  graph.forEachNode((_k, a) => {
    x += a.x;
    y += a.y;
  });
  return n ? { x: x / n, y: y / n } : { x: 0, y: 0 };
}

/** Typical distance between linked nodes, used as the placement radius. */
export function typicalSpacing(graph: ExplorerGraph): number {
  if (graph.size === 0) return 1;
  let total = 0;
  let n = 0;
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    if (n >= 200) return;
    total += Math.hypot(sa.x - ta.x, sa.y - ta.y);
    n++;
  });
  const mean = total / n;
  return mean > 0 ? mean : 1;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface MergePlan {
  nodes: NodeEntry[];
  edges: EdgeEntry[];
  /** Existing nodes whose attributes the payload refreshes (name, properties). */
  updates: NodeEntry[];
}

/**
 * Works out what merging a payload adds: new nodes (positioned near `anchor` when given, else near
 * an already present neighbour, else around the centroid) and new edges whose both ends will exist.
 * Edges to nodes neither present nor in the payload are dropped. Pure: the graph is not changed.
 */
export function planMerge(graph: ExplorerGraph, payload: GraphPayload, anchor?: string): MergePlan {
  const nodes: NodeEntry[] = [];
  const updates: NodeEntry[] = [];
  const incoming = new Map<string, GraphNode>();
  for (const n of payload.nodes) incoming.set(n.id, n);
  const fresh = [...incoming.values()].filter((n) => !graph.hasNode(n.id));
  for (const n of incoming.values()) {
    if (graph.hasNode(n.id)) {
      const a = graph.getNodeAttributes(n.id);
      updates.push({ key: n.id, attributes: { ...nodeToAttrs(n, a.x, a.y), fixed: a.fixed } });
    }
  }
  const spacing = typicalSpacing(graph);
  const base = centroid(graph);
  const anchorPos = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : undefined;
  // Group fresh nodes by the present node they hang off, to place each group around it.
  const groups = new Map<string, GraphNode[]>();
  // First present neighbour of each new node, in one pass over the edges (payloads can be large).
  const presentNeighbor = new Map<string, string>();
  if (!anchorPos && graph.order) {
    for (const e of payload.edges) {
      if (!presentNeighbor.has(e.source) && !graph.hasNode(e.source) && graph.hasNode(e.target)) presentNeighbor.set(e.source, e.target);
      if (!presentNeighbor.has(e.target) && !graph.hasNode(e.target) && graph.hasNode(e.source)) presentNeighbor.set(e.target, e.source);
    }
  }
  for (const n of fresh) {
    const parent = anchorPos ? anchor! : (presentNeighbor.get(n.id) ?? '');
    const list = groups.get(parent) ?? [];
    list.push(n);
    groups.set(parent, list);
  }
  for (const [parent, list] of groups) {
    const centre = parent ? graph.getNodeAttributes(parent) : base;
    const radius = parent ? spacing : graph.order ? spacing * 1.5 : 1;
    const jitter = parent ? 0 : hashUnit(list[0]!.id) * Math.PI;
    // Successive batches around one parent start at different angles (golden angle per neighbour
    // already there), so a second expansion never lands on top of the first, nor on its line.
    const start = (parent ? graph.degree(parent) * GOLDEN_ANGLE : 0) + hashUnit(list[0]!.id) * 0.6;
    list.forEach((n, i) => {
      const p = graph.order === 0 && list.length === 1 ? centre : placeNear(centre, i, list.length, radius * (0.9 + 0.2 * hashUnit(n.id)), start);
      const rx = p.x + Math.cos(jitter) * 0.01 * radius;
      const ry = p.y + Math.sin(jitter) * 0.01 * radius;
      nodes.push({ key: n.id, attributes: nodeToAttrs(n, rx, ry) });
    });
  }
  const willExist = (id: string) => graph.hasNode(id) || incoming.has(id);
  const edges: EdgeEntry[] = [];
  const seen = new Set<string>();
  for (const e of payload.edges) {
    if (graph.hasEdge(e.id) || seen.has(e.id)) continue;
    if (!willExist(e.source) || !willExist(e.target)) continue;
    seen.add(e.id);
    edges.push({ key: e.id, source: e.source, target: e.target, attributes: edgeToAttrs(e) });
  }
  return { nodes, edges, updates };
}

/** Refreshes names, labels and properties of present nodes, keeping positions and pins. */
export function applyUpdates(graph: ExplorerGraph, updates: NodeEntry[]): void {
  for (const u of updates) {
    if (!graph.hasNode(u.key)) continue;
    const { name, properties, labels } = u.attributes;
    graph.mergeNodeAttributes(u.key, { name, properties, labels });
  }
}

/** Adds entries (nodes first, then edges); entries already present are skipped. */
export function addEntries(graph: ExplorerGraph, nodes: NodeEntry[], edges: EdgeEntry[]): void {
  for (const n of nodes) if (!graph.hasNode(n.key)) graph.addNode(n.key, { ...n.attributes });
  for (const e of edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes });
  }
}

/** Captures nodes and every edge touching them, with current attributes (positions included). */
export function captureNodes(graph: ExplorerGraph, keys: Iterable<string>): { nodes: NodeEntry[]; edges: EdgeEntry[] } {
  const nodes: NodeEntry[] = [];
  const edgeMap = new Map<string, EdgeEntry>();
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    nodes.push({ key, attributes: { ...graph.getNodeAttributes(key) } });
    graph.forEachEdge(key, (e, attributes, source, target) => {
      edgeMap.set(e, { key: e, source, target, attributes: { ...attributes } });
    });
  }
  return { nodes, edges: [...edgeMap.values()] };
}

/**
 * Nodes that collapsing `key` removes: neighbours linked to nothing else on the canvas and not
 * pinned, so collapsing a hub folds back what expanding it brought in.
 */
export function collapsibleNeighbors(graph: ExplorerGraph, key: string): string[] {
  if (!graph.hasNode(key)) return [];
  return graph.neighbors(key).filter((n) => {
    if (graph.getNodeAttribute(n, 'fixed')) return false;
    return graph.neighbors(n).every((m) => m === key || m === n);
  });
}

/** Serializes the graph for the JSON export (graphology's format, positions included). */
export function graphToJson(graph: ExplorerGraph): ReturnType<ExplorerGraph['export']> {
  return graph.export();
}
