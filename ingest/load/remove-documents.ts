/**
 * Removing what documents brought: the old version of a changed document before its new one is
 * written, and documents their file or URL no longer produces.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from '../../cypher/cypher-files.ts';
import { lockDocumentsToRemove, lockEntities } from './locks.ts';
import { isCoMentionId, refreshCoMentions } from './write-co-mentions.ts';

const q = (name: string) => loadCypher('ingest', name).text;

export interface Removed {
  factsRemoved: number;
  entitiesRemoved: number;
}

/**
 * Deletes the evidence and mentions of `docIds`, takes their shares out of co-mentions and recounts
 * their facts (deleting links and facts left without evidence; a fact's date and claimants are read
 * again from the evidence left), and deletes entities no document mentions any more. The caller holds
 * the locks of the documents and of the entities they mention (the ends of their facts and
 * co-mentions among them).
 */
export async function removeOldVersions(tx: ManagedTransaction, docIds: string[]): Promise<Removed> {
  const ev = await tx.run(q('remove-document-evidence'), { docIds });
  const removedIds = (ev.records[0]?.get('relIds') as string[] | undefined) ?? [];
  const retoldRelIds = (ev.records[0]?.get('retoldRelIds') as string[] | undefined) ?? [];
  const relIds = removedIds.filter((id) => !isCoMentionId(id));
  await refreshCoMentions(tx, removedIds.filter(isCoMentionId), docIds);
  const facts = await tx.run(q('refresh-facts'), { relIds, removedDocIds: docIds, retoldRelIds });
  const entities = await tx.run(q('remove-document-mentions'), { docIds });
  return {
    factsRemoved: facts.summary.counters.updates().relationshipsDeleted,
    entitiesRemoved: entities.summary.counters.updates().nodesDeleted,
  };
}

/**
 * Deletes stored documents of `sourceKeys` that the run no longer produces, with what they brought.
 * A document another ingest has meanwhile moved to another source, or deleted, is left alone.
 * Returns the number of documents deleted.
 */
export async function removeStaleDocuments(tx: ManagedTransaction, docIds: string[], sourceKeys: Set<string>): Promise<Removed & { documentsRemoved: number }> {
  const now = await lockDocumentsToRemove(tx, docIds);
  const ids = docIds.filter((id) => now.has(id) && sourceKeys.has(now.get(id) ?? ''));
  if (ids.length === 0) return { factsRemoved: 0, entitiesRemoved: 0, documentsRemoved: 0 };
  await lockEntities(tx, [], ids);
  const removed = await removeOldVersions(tx, ids);
  const docs = await tx.run(q('remove-documents'), { docIds: ids });
  return { ...removed, documentsRemoved: Number(docs.records[0]?.get('deleted') ?? ids.length) };
}
