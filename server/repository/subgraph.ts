/**
 * The subgraph induced by a list of node ids (`POST /api/subgraph`): the nodes that exist and every
 * fact relationship among them, in one query. The explorer restores a canvas from a link with it,
 * which finds links to hubs that a capped neighbourhood fetch per node could miss.
 */
import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, SubgraphResponse } from '../../core/index.ts';
import { apiQuery } from '../cypher-loader.ts';
import { nodeApiId, nodeToGraphNode, readQuery, relationshipToGraphEdge, type Neo4jContext } from '../neo4j/index.ts';

/**
 * Nodes for `ids` (resolved like every endpoint: our `id` on Entity/Document/Evidence, else
 * elementId) and the relationships among them that `filter` lets through (MENTIONS and FROM_DOCUMENT
 * never; CO_MENTIONED and denied, negated or planned facts unless asked). Ids that match
 * no node come back in `missing`.
 */
export async function readSubgraph(ctx: Neo4jContext, ids: readonly string[], filter: { excluded: string[]; hiddenStatuses: string[] }): Promise<SubgraphResponse> {
  const unique = [...new Set(ids)];
  return readQuery(ctx, async (tx) => {
    const res = await tx.run(apiQuery('subgraph'), { ids: unique, excluded: filter.excluded, hiddenStatuses: filter.hiddenStatuses });
    const record = res.records[0];
    const nodes = (record?.get('nodes') ?? []) as Node[];
    const rels = (record?.get('rels') ?? []) as Relationship[];
    const byElementId = new Map(nodes.map((n) => [n.elementId, n]));
    const idOf = (eid: string) => {
      const n = byElementId.get(eid);
      return n ? nodeApiId(n) : eid;
    };
    const found = new Set<string>();
    for (const n of nodes) {
      found.add(n.elementId);
      found.add(nodeApiId(n));
    }
    const edges = new Map<string, GraphEdge>();
    for (const r of rels) {
      const e = relationshipToGraphEdge(r, idOf);
      edges.set(e.id, e);
    }
    return {
      nodes: nodes.map(nodeToGraphNode),
      edges: [...edges.values()],
      missing: unique.filter((id) => !found.has(id)),
    };
  });
}
