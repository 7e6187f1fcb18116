/**
 * The one place where Neo4j values become plain JSON-friendly values: Integers, temporals, points,
 * nodes, relationships and paths. Graph elements become the API's graph payload items, so a node
 * looks the same in every endpoint, whatever graph it comes from.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import type { CameoRoot, FactStatus, GraphEdge, GraphNode, QuadClass } from '../../core/index.ts';
import { NEO4J, PARTIAL_ISO_DATE, goldsteinOf, isCameoRoot, isFactStatus, isQuadClass } from '../../core/index.ts';

/** Our own nodes carry a stable string `id`; foreign graphs are identified by `elementId`. */
const OWN_LABELS: readonly string[] = [NEO4J.entityLabel, NEO4J.documentLabel, NEO4J.evidenceLabel];

/** Maps a node's elementId to its API id (needed for relationship endpoints). */
export type IdLookup = (elementId: string) => string;

/** Converts any value returned by the driver into plain JSON (graph elements become payload items). */
export function toNative(value: unknown, idOf: IdLookup = (e) => e): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value !== 'object') return value;
  if (neo4j.isNode(value)) return nodeToGraphNode(value as Node);
  if (neo4j.isRelationship(value)) return relationshipToGraphEdge(value as Relationship, idOf);
  if (neo4j.isPath(value)) return pathToNative(value as Path, idOf);
  if (isTemporal(value) || neo4j.isPoint(value)) return String(value);
  if (Array.isArray(value)) return value.map((v) => toNative(v, idOf));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toNative(v, idOf);
  return out;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

function plainProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toNative(v);
  return out;
}

/** API id of a node: our `id` property on our own nodes, else the elementId. */
export function nodeApiId(node: Node): string {
  const id = node.properties['id'];
  if (typeof id === 'string' && id && node.labels.some((l) => OWN_LABELS.includes(l))) return id;
  return node.elementId;
}

/**
 * Splits our fact id `source|TYPE|target`, or `source|TYPE|target|status` for a fact that is not
 * asserted (core/keys.ts); undefined when the string is not one.
 */
export function parseFactId(id: string): { source: string; type: string; target: string; status: FactStatus } | undefined {
  const parts = id.split('|');
  if (parts.length !== 3 && parts.length !== 4) return undefined;
  const [source, type, target, status = 'asserted'] = parts as [string, string, string, string?];
  if (!source || !target || !/^[A-Z][A-Z0-9_]*$/.test(type) || !isFactStatus(status)) return undefined;
  if (parts.length === 4 && status === 'asserted') return undefined;
  return { source, type, target, status };
}

/** API id of a relationship: our fact id (`a|TYPE|b`) where present, else the elementId. */
export function relationshipApiId(rel: Relationship): string {
  const id = rel.properties['id'];
  return typeof id === 'string' && parseFactId(id)?.type === rel.type ? id : rel.elementId;
}

/** Display name: `name`, `title`, else the first string property (alphabetically), else the id. */
export function displayName(props: Record<string, unknown>, fallback: string): string {
  for (const key of ['name', 'title']) {
    const v = props[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  for (const key of Object.keys(props).sort()) {
    const v = props[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return fallback;
}

/** Node type: the entity type for our entities, else the first label. */
export function nodeType(labels: readonly string[], props: Record<string, unknown>): string {
  const t = props['type'];
  if (labels.includes(NEO4J.entityLabel) && typeof t === 'string' && t) return t;
  return labels.find((l) => l !== NEO4J.entityLabel) ?? labels[0] ?? 'Node';
}

/** Properties shown in graph payloads: a document's full text is served by /api/documents only. */
function payloadProperties(node: Node): Record<string, unknown> {
  const props = plainProperties(node.properties);
  if (node.labels.includes(NEO4J.documentLabel) && typeof props['text'] === 'string') delete props['text'];
  return props;
}

/** A Neo4j node as a graph payload node. */
export function nodeToGraphNode(node: Node): GraphNode {
  const id = nodeApiId(node);
  return {
    id,
    labels: [...node.labels],
    type: nodeType(node.labels, node.properties),
    name: displayName(node.properties, id),
    properties: payloadProperties(node),
  };
}

/**
 * The stored `cameo` and `quadClass` of a relationship, each only when it is a value of core/cameo.ts
 * (a foreign graph may use these names for something else, such as a full CAMEO event code).
 */
export function relationshipClass(props: Record<string, unknown>): { cameo?: CameoRoot; quadClass?: QuadClass } {
  const { cameo, quadClass } = props;
  const out: { cameo?: CameoRoot; quadClass?: QuadClass } = {};
  if (isCameoRoot(cameo)) out.cameo = cameo;
  if (isQuadClass(quadClass)) out.quadClass = quadClass;
  return out;
}

/**
 * The stored `status`, `claimedBy`, `date` and `dateText` of a fact, each only when it has the shape
 * core/fact-status.ts gives it (a foreign graph's `date` may be anything).
 */
export function relationshipTelling(props: Record<string, unknown>): { status?: FactStatus; claimedBy?: string[]; date?: string; dateText?: string } {
  const { status, claimedBy, date, dateText } = props;
  const out: { status?: FactStatus; claimedBy?: string[]; date?: string; dateText?: string } = {};
  if (isFactStatus(status)) out.status = status;
  if (Array.isArray(claimedBy) && claimedBy.every((c) => typeof c === 'string')) out.claimedBy = claimedBy as string[];
  if (typeof date === 'string' && PARTIAL_ISO_DATE.test(date)) out.date = date;
  if (typeof dateText === 'string' && out.date) out.dateText = dateText;
  return out;
}

/** A Neo4j relationship as a graph payload edge; `idOf` maps endpoint elementIds to API ids. */
export function relationshipToGraphEdge(rel: Relationship, idOf: IdLookup): GraphEdge {
  const cls = relationshipClass(rel.properties);
  const goldstein = cls.cameo ? goldsteinOf(rel.type, cls.cameo) : undefined;
  return {
    id: relationshipApiId(rel),
    source: idOf(rel.startNodeElementId),
    target: idOf(rel.endNodeElementId),
    type: rel.type,
    ...cls,
    ...(goldstein !== undefined ? { goldstein } : {}),
    ...relationshipTelling(rel.properties),
    properties: plainProperties(rel.properties),
  };
}

/** A path as its nodes and edges in order (both as payload items). */
function pathToNative(path: Path, idOf: IdLookup): { nodes: GraphNode[]; edges: GraphEdge[]; length: number } {
  const nodes = [nodeToGraphNode(path.start)];
  const edges: GraphEdge[] = [];
  for (const seg of path.segments) {
    edges.push(relationshipToGraphEdge(seg.relationship, idOf));
    nodes.push(nodeToGraphNode(seg.end));
  }
  return { nodes, edges, length: path.length };
}
