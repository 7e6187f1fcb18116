/**
 * The lock protocol every write transaction of the loader follows, so two ingests (or two writers
 * of one ingest) never write the same thing twice:
 *
 * 1. documents first, ids sorted (`lock-documents` for documents to write, which creates a new one
 *    under its uniqueness constraint; `lock-stored-documents` for documents to remove); what is
 *    stored is read only once the lock is held, and the batch is planned from that;
 * 2. then entities, ids sorted: those the batch writes and those the documents it replaces or
 *    removes mention (`lock-entities`; a new entity is locked by the MERGE that creates it);
 * 3. only then are facts looked up, created, counted or deleted, mentions and evidence written.
 *
 * A fact is created or changed only by a transaction holding both its ends, so the check for an
 * existing fact and its creation cannot interleave with another writer's. Everyone takes locks in
 * the same order, so writers wait for each other instead of deadlocking; the rare deadlock left
 * (an entity created by one while the other holds a later one) is broken by Neo4j and retried.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from '../../cypher/cypher-files.ts';

const q = (name: string) => loadCypher('ingest', name).text;

/** Locks documents to write; returns what is stored of them now (hash and source; none for a new one). */
export async function lockDocumentsToWrite(tx: ManagedTransaction, ids: string[]): Promise<{ hashes: Map<string, string>; sources: Map<string, string | null> }> {
  const { records } = await tx.run(q('lock-documents'), { ids: [...new Set(ids)].sort() });
  const stored = records.filter((r) => r.get('contentHash') !== null);
  return {
    hashes: new Map(stored.map((r) => [r.get('id') as string, r.get('contentHash') as string])),
    sources: new Map(stored.map((r) => [r.get('id') as string, r.get('sourceKey') as string | null])),
  };
}

/** Locks stored documents to remove; returns the source each belongs to now (missing ones are gone already). */
export async function lockDocumentsToRemove(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string | null>> {
  const { records } = await tx.run(q('lock-stored-documents'), { ids: [...new Set(ids)].sort() });
  return new Map(records.map((r) => [r.get('id') as string, r.get('sourceKey') as string | null]));
}

/** Locks the given entities and those the documents being replaced or removed mention, in id order. */
export async function lockEntities(tx: ManagedTransaction, entityIds: string[], leavingDocIds: string[]): Promise<void> {
  const ids = new Set(entityIds);
  if (leavingDocIds.length) {
    const { records } = await tx.run(q('find-document-entities'), { docIds: leavingDocIds });
    for (const r of records) ids.add(r.get('id') as string);
  }
  if (ids.size) await tx.run(q('lock-entities'), { ids: [...ids].sort() });
}
