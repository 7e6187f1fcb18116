/** Which entities and facts are already stored: lets the API say what a new document added. */
import type { EntityRecord, RelationRecord } from '../../core/index.ts';
import { apiQuery } from '../cypher-loader.ts';
import { readQuery, type Neo4jContext } from '../neo4j/index.ts';

/** Ids among `entities` and `relations` that the graph already holds. */
export async function readKnownIds(
  ctx: Neo4jContext,
  entities: EntityRecord[],
  relations: RelationRecord[],
): Promise<{ entities: Set<string>; facts: Set<string> }> {
  return readQuery(ctx, async (tx) => {
    const e = await tx.run(apiQuery('known-entity-ids'), { ids: entities.map((x) => x.id) });
    const facts = relations.map((r) => ({ id: r.id, source: r.source, target: r.target, type: r.type }));
    const f = await tx.run(apiQuery('known-fact-ids'), { facts });
    return {
      entities: new Set((e.records[0]?.get('ids') ?? []) as string[]),
      facts: new Set((f.records[0]?.get('ids') ?? []) as string[]),
    };
  });
}
