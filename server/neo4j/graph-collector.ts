/**
 * Collects every node, relationship and path appearing anywhere in query rows into one graph
 * payload, fetching relationship endpoints that the rows did not return, so the client never gets
 * an edge pointing at an unknown node.
 */
import neo4j, { type ManagedTransaction, type Node, type Path, type Relationship } from 'neo4j-driver';
import type { GraphPayload } from '../../core/index.ts';
import { nodeApiId, nodeToGraphNode, relationshipToGraphEdge, type IdLookup } from './to-native.ts';

/** Raw graph elements keyed by elementId. */
export interface GraphItems {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

/** Creates an empty collection. */
export function createGraphItems(): GraphItems {
  return { nodes: new Map(), relationships: new Map() };
}

/** Walks a raw driver value (lists, maps, paths included) and records its graph elements. */
export function collectGraphItems(value: unknown, items: GraphItems): void {
  if (value === null || typeof value !== 'object') return;
  if (neo4j.isNode(value)) {
    const node = value as Node;
    items.nodes.set(node.elementId, node);
  } else if (neo4j.isRelationship(value)) {
    const rel = value as Relationship;
    items.relationships.set(rel.elementId, rel);
  } else if (neo4j.isPath(value)) {
    const path = value as Path;
    items.nodes.set(path.start.elementId, path.start);
    for (const seg of path.segments) {
      items.relationships.set(seg.relationship.elementId, seg.relationship);
      items.nodes.set(seg.end.elementId, seg.end);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) collectGraphItems(v, items);
  } else if (!neo4j.isInt(value)) {
    for (const v of Object.values(value)) collectGraphItems(v, items);
  }
}

/** Fetches, in the same transaction, nodes that relationships point at but the rows lacked. */
export async function addMissingEndpoints(tx: ManagedTransaction, items: GraphItems): Promise<void> {
  const missing = new Set<string>();
  for (const rel of items.relationships.values()) {
    if (!items.nodes.has(rel.startNodeElementId)) missing.add(rel.startNodeElementId);
    if (!items.nodes.has(rel.endNodeElementId)) missing.add(rel.endNodeElementId);
  }
  if (missing.size === 0) return;
  const res = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: [...missing] });
  for (const record of res.records) {
    const node = record.get('n') as Node;
    items.nodes.set(node.elementId, node);
  }
}

/** elementId → API id lookup over the collected nodes. */
export function idLookup(items: GraphItems): IdLookup {
  return (elementId) => {
    const node = items.nodes.get(elementId);
    return node ? nodeApiId(node) : elementId;
  };
}

/** The collected elements as a graph payload (nodes deduplicated by API id). */
export function graphItemsToPayload(items: GraphItems): GraphPayload {
  const idOf = idLookup(items);
  const nodes = new Map<string, ReturnType<typeof nodeToGraphNode>>();
  for (const node of items.nodes.values()) {
    const gn = nodeToGraphNode(node);
    nodes.set(gn.id, gn);
  }
  const edges = new Map<string, ReturnType<typeof relationshipToGraphEdge>>();
  for (const rel of items.relationships.values()) {
    const ge = relationshipToGraphEdge(rel, idOf);
    edges.set(ge.id, ge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
