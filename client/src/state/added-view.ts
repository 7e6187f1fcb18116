/**
 * What to put on the canvas after documents were added, and what to emphasise: the entities that
 * are new to the graph and the ends of the new facts, with the facts among them; emphasised are
 * those nodes and the new facts. DOM-free: it works on the induced subgraph of the added documents'
 * entities, which the explorer reads from the API.
 */
import type { GraphPayload } from '../../../core/api-schemas.ts';

/** Ids from an add answer (`POST /api/documents` or `/file`). */
export interface AddedIds {
  newEntityIds: readonly string[];
  newFactIds: readonly string[];
  entityIds: readonly string[];
}

export interface AddedView {
  /** Nodes and links to merge into the canvas. */
  payload: GraphPayload;
  /** What to emphasise once merged. */
  nodes: Set<string>;
  edges: Set<string>;
}

/** The ids to read the induced subgraph of: the added documents' entities, new ones first (at most `max`). */
export function addedIdsToRead(added: AddedIds, max: number): string[] {
  return [...new Set([...added.newEntityIds, ...added.entityIds])].slice(0, max);
}

/** Plans the canvas change from the induced subgraph `sub` of the added documents' entities. */
export function planAddedView(sub: GraphPayload, added: AddedIds): AddedView {
  const newFacts = new Set(added.newFactIds);
  const nodes = new Set(added.newEntityIds.filter((id) => sub.nodes.some((n) => n.id === id)));
  const edges = new Set<string>();
  for (const e of sub.edges) {
    if (!newFacts.has(e.id)) continue;
    edges.add(e.id);
    nodes.add(e.source);
    nodes.add(e.target);
  }
  return {
    payload: {
      nodes: sub.nodes.filter((n) => nodes.has(n.id)),
      edges: sub.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)),
    },
    nodes,
    edges,
  };
}
