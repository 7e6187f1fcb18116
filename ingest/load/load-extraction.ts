/**
 * The Neo4j writer: the only ingest code that talks to the database. Writes an extraction result in
 * batches of documents, one write transaction per batch, with `UNWIND … MERGE` queries from
 * `cypher/ingest/`. Unchanged documents are skipped; changed ones replace their old version.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ExtractionResult } from '../../core/index.ts';
import { loadCypher } from '../../cypher/cypher-files.ts';
import { indexExtraction, planBatch, type BatchRows } from './plan-batch.ts';
import { indexCoMentions, planCoMentions, type CoMentionRows } from './plan-co-mentions.ts';
import { isCoMentionId, refreshCoMentions, writeCoMentions } from './write-co-mentions.ts';

export interface LoadOptions {
  database?: string;
  /** Documents per transaction. */
  batchSize?: number;
  /** Called after each batch with the number of documents done so far. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Source keys (files, URLs) read completely for this result: their stored documents that the result
   * does not hold are removed after the result is written.
   */
  replaceSources?: string[];
  /** Ids of documents the sources still hold that are not in the result (skipped as unchanged before extraction): kept. */
  keepDocumentIds?: string[];
}

export interface LoadSummary {
  documentsWritten: number;
  documentsReplaced: number;
  documentsUnchanged: number;
  /** Stored documents removed because their file or URL no longer produces them. */
  documentsRemoved: number;
  entitiesWritten: number;
  factsWritten: number;
  evidenceWritten: number;
  /** CO_MENTIONED links given shares by the documents written. */
  coMentionsWritten: number;
  /** Facts and entities deleted because the documents behind them changed. */
  factsRemoved: number;
  entitiesRemoved: number;
}

const q = (name: string) => loadCypher('ingest', name).text;

async function storedDocuments(driver: Driver, database: string, ids: string[]): Promise<{ hashes: Map<string, string>; sources: Map<string, string | null> }> {
  const { records } = await driver.executeQuery(q('find-document-hashes'), { ids }, { database, routing: 'READ' });
  return {
    hashes: new Map(records.map((r) => [r.get('id') as string, r.get('contentHash') as string])),
    sources: new Map(records.map((r) => [r.get('id') as string, r.get('sourceKey') as string | null])),
  };
}

/** Ids of stored documents of the given sources that `keep` does not hold. */
async function staleDocuments(driver: Driver, database: string, sourceKeys: string[], keep: Set<string>): Promise<string[]> {
  const { records } = await driver.executeQuery(q('find-source-documents'), { sourceKeys }, { database, routing: 'READ' });
  return [...new Set(records.map((r) => r.get('id') as string))].filter((id) => !keep.has(id)).sort();
}

async function removeOldVersions(tx: ManagedTransaction, docIds: string[]): Promise<{ facts: number; entities: number }> {
  const ev = await tx.run(q('remove-document-evidence'), { docIds });
  const removedIds = (ev.records[0]?.get('relIds') as string[] | undefined) ?? [];
  const retoldRelIds = (ev.records[0]?.get('retoldRelIds') as string[] | undefined) ?? [];
  const relIds = removedIds.filter((id) => !isCoMentionId(id));
  await refreshCoMentions(tx, removedIds.filter(isCoMentionId), docIds);
  const facts = await tx.run(q('refresh-facts'), { relIds, removedDocIds: docIds, retoldRelIds });
  const entities = await tx.run(q('remove-document-mentions'), { docIds });
  return {
    facts: facts.summary.counters.updates().relationshipsDeleted,
    entities: entities.summary.counters.updates().nodesDeleted,
  };
}

/** Element ids by our ids, from a query's `id` and `eid` columns. */
function elementIds(records: { get(key: string): unknown }[]): Map<string, string> {
  return new Map(records.map((r) => [r.get('id') as string, r.get('eid') as string]));
}

function lookup(ids: Map<string, string>, id: string): string {
  const eid = ids.get(id);
  if (eid === undefined) throw new Error(`batch refers to ${id}, which it did not write`);
  return eid;
}

/**
 * Writes a planned batch. Documents and entities come first and return their element ids, so facts,
 * mentions and evidence find their ends by element id instead of an index lookup per row.
 */
async function writeRows(tx: ManagedTransaction, rows: BatchRows, coMentions: CoMentionRows, now: string): Promise<void> {
  const docs = elementIds((await tx.run(q('upsert-documents'), { docs: rows.docs, now })).records);
  const upserted = rows.entities.length ? (await tx.run(q('upsert-entities'), { entities: rows.entities })).records : [];
  const entities = elementIds(upserted);
  const created = new Set(upserted.filter((r) => r.get('created') === true).map((r) => r.get('id') as string));
  // Facts before mentions and evidence: the existence check then sees no relationship this transaction added.
  if (rows.facts.length) {
    const facts = rows.facts.map((f) => ({ ...f, s: lookup(entities, f.source), t: lookup(entities, f.target) }));
    // A fact with an entity created just now is new; only the others may exist already.
    const maybe = facts.filter((f) => !created.has(f.source) && !created.has(f.target));
    const found = maybe.length ? await tx.run(q('find-existing-facts'), { facts: maybe.map(({ id, s, t, type }) => ({ id, s, t, type })) }) : { records: [] };
    const existing = elementIds(found.records);
    const update = facts
      .filter((f) => existing.has(f.id))
      .map(({ id, properties, confidence, cameo, quadClass, documentIds, evidenceCount }) => ({ rid: existing.get(id), properties, confidence, cameo, quadClass, documentIds, evidenceCount }));
    const create = facts.filter((f) => !existing.has(f.id));
    if (update.length) await tx.run(q('update-facts'), { facts: update });
    if (create.length) await tx.run(q('create-facts'), { facts: create });
  }
  if (rows.mentions.length) {
    const mentions = rows.mentions.map((m) => ({ d: lookup(docs, m.documentId), e: lookup(entities, m.entityId), count: m.count }));
    await tx.run(q('upsert-mentions'), { mentions });
  }
  if (rows.evidence.length) {
    await tx.run(q('upsert-evidence'), { evidence: rows.evidence.map((v) => ({ ...v, d: lookup(docs, v.documentId) })) });
  }
  await writeCoMentions(tx, coMentions, entities, docs);
}

/** Loads an extraction result into Neo4j. Idempotent; safe to re-run on the same or changed input. */
export async function loadExtraction(driver: Driver, result: ExtractionResult, options: LoadOptions = {}): Promise<LoadSummary> {
  const database = options.database ?? 'neo4j';
  const batchSize = options.batchSize ?? 100;
  const index = indexExtraction(result);
  const coIndex = indexCoMentions(result);
  const summary: LoadSummary = {
    documentsWritten: 0,
    documentsReplaced: 0,
    documentsUnchanged: 0,
    documentsRemoved: 0,
    entitiesWritten: 0,
    factsWritten: 0,
    coMentionsWritten: 0,
    evidenceWritten: 0,
    factsRemoved: 0,
    entitiesRemoved: 0,
  };
  const now = new Date().toISOString();
  const docs = result.documents;
  // The next batch is planned (its stored hashes read, its rows built) while this one is written.
  const plan = async (start: number) => {
    const batch = docs.slice(start, start + batchSize);
    const stored = await storedDocuments(driver, database, batch.map((d) => d.id));
    const rows = planBatch(batch, index, stored.hashes, stored.sources);
    return { rows, coMentions: planCoMentions(rows.docs, coIndex, new Set(rows.entities.map((e) => e.id))) };
  };
  let next = docs.length ? plan(0) : undefined;
  for (let i = 0; i < docs.length; i += batchSize) {
    const { rows, coMentions } = await next!;
    next = i + batchSize < docs.length ? plan(i + batchSize) : undefined;
    next?.catch(() => {}); // awaited in the next round; a failure of this one must not go unhandled meanwhile
    summary.documentsUnchanged += rows.unchangedDocIds.length;
    if (rows.movedDocs.length > 0) {
      await driver.executeQuery(q('move-documents'), { docs: rows.movedDocs }, { database, routing: 'WRITE' });
    }
    if (rows.docs.length > 0) {
      const session = driver.session({ database });
      try {
        await session.executeWrite(async (tx) => {
          if (rows.replacedDocIds.length) {
            const removed = await removeOldVersions(tx, rows.replacedDocIds);
            summary.factsRemoved += removed.facts;
            summary.entitiesRemoved += removed.entities;
          }
          await writeRows(tx, rows, coMentions, now);
        });
      } finally {
        await session.close();
      }
      summary.documentsWritten += rows.docs.length;
      summary.documentsReplaced += rows.replacedDocIds.length;
      summary.entitiesWritten += rows.entities.length;
      summary.factsWritten += rows.facts.length;
      summary.evidenceWritten += rows.evidence.length + coMentions.evidence.length;
      summary.coMentionsWritten += coMentions.coMentions.length;
    }
    options.onProgress?.(Math.min(i + batchSize, docs.length), docs.length);
  }
  if (options.replaceSources?.length) {
    const stale = await staleDocuments(driver, database, options.replaceSources, new Set([...docs.map((d) => d.id), ...(options.keepDocumentIds ?? [])]));
    for (let i = 0; i < stale.length; i += batchSize) {
      const docIds = stale.slice(i, i + batchSize);
      const session = driver.session({ database });
      try {
        await session.executeWrite(async (tx) => {
          const removed = await removeOldVersions(tx, docIds);
          await tx.run(q('remove-documents'), { docIds });
          summary.factsRemoved += removed.facts;
          summary.entitiesRemoved += removed.entities;
        });
      } finally {
        await session.close();
      }
      summary.documentsRemoved += docIds.length;
    }
  }
  return summary;
}
