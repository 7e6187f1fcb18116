/**
 * Writes and withdraws co-mention shares inside the loader's transactions (plan-co-mentions.ts says
 * what a share is). Kept apart from facts: CO_MENTIONED links are aggregates, not facts.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { CO_MENTIONED } from '../../core/index.ts';
import { loadCypher } from '../../cypher/cypher-files.ts';
import type { CoMentionRows } from './plan-co-mentions.ts';

const q = (name: string) => loadCypher('ingest', name).text;

/** True for a co-mention id (`a|CO_MENTIONED|b`), which refresh-co-mentions takes instead of refresh-facts. */
export function isCoMentionId(id: string): boolean {
  return id.split('|')[1] === CO_MENTIONED;
}

/**
 * Adds the shares of a batch's documents to their links. Their evidence must be stored first (the
 * batch writes it with its facts' evidence), so each link's evidence count is read from what is
 * stored. The transaction holds the locks of both ends of every link (locks.ts): MERGE between two
 * entities creates a link once only when no other writer can create it meanwhile. `entities` maps
 * our ids to element ids written by the same transaction.
 */
export async function upsertCoMentions(tx: ManagedTransaction, rows: CoMentionRows, entities: Map<string, string>): Promise<void> {
  if (rows.coMentions.length === 0) return;
  const eid = (id: string) => {
    const found = entities.get(id);
    if (found === undefined) throw new Error(`co-mention refers to ${id}, which the batch did not write`);
    return found;
  };
  const coMentions = rows.coMentions.map(({ id, source, target, documentIds, documentCounts }) => ({ id, s: eid(source), t: eid(target), documentIds, documentCounts }));
  await tx.run(q('upsert-co-mentions'), { coMentions });
}

/** Takes removed documents' shares out of the given co-mentions; returns how many links went. */
export async function refreshCoMentions(tx: ManagedTransaction, ids: string[], removedDocIds: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await tx.run(q('refresh-co-mentions'), { ids, removedDocIds });
  return res.summary.counters.updates().relationshipsDeleted;
}
