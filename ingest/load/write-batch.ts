/**
 * One batch of documents in one write transaction: lock the documents, plan the batch against what
 * is stored once the locks are held (another writer may have stored some of them since the batch was
 * first planned), lock the entities, remove what the old versions of changed documents brought, and
 * write the rest. Returns what it did; the caller adds it up only once the transaction committed.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentRecord } from '../../core/index.ts';
import { loadCypher } from '../../cypher/cypher-files.ts';
import { evidenceByDocument, mentionsByDocument } from './document-rows.ts';
import { lockDocumentsToWrite, lockEntities } from './locks.ts';
import { planBatch, type BatchRows, type ExtractionIndex } from './plan-batch.ts';
import { planCoMentions, type CoMentionIndex, type CoMentionRows } from './plan-co-mentions.ts';
import { removeOldVersions, type Removed } from './remove-documents.ts';
import { upsertCoMentions } from './write-co-mentions.ts';

const q = (name: string) => loadCypher('ingest', name).text;

export interface BatchWritten extends Removed {
  documentsWritten: number;
  documentsReplaced: number;
  /** Unchanged by the time the batch held their locks (another ingest had written them). */
  documentsUnchanged: number;
  entitiesWritten: number;
  factsWritten: number;
  evidenceWritten: number;
  coMentionsWritten: number;
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
 * Writes a planned batch whose documents this transaction has locked. Documents come first and
 * return their element ids, and so do entities, so facts, mentions, co-mentions and evidence find
 * their ends by element id instead of an index lookup per row. Evidence (of facts and of
 * co-mentions) hangs on documents only, so it is written before the entities are locked (unless the
 * caller locked them already): the locks that other writers wait for (hub entities are in most
 * batches) are held for the shortest time. Facts and co-mentions lie between two entities, so they
 * are written only once both are locked.
 */
async function writeRows(tx: ManagedTransaction, rows: BatchRows, coMentions: CoMentionRows, now: string, entitiesLocked: boolean): Promise<void> {
  const docs = elementIds((await tx.run(q('upsert-documents'), { docs: rows.docs, now })).records);
  const evidence = [...rows.evidence, ...coMentions.evidence];
  if (evidence.length) {
    const texts = new Map(rows.docs.map((d) => [d.id, d.text]));
    await tx.run(q('upsert-evidence'), { docs: evidenceByDocument(evidence, texts, (id) => lookup(docs, id)) });
  }
  if (!entitiesLocked) await lockEntities(tx, rows.entities.map((e) => e.id), []);
  const upserted = rows.entities.length ? (await tx.run(q('upsert-entities'), { entities: rows.entities })).records : [];
  const entities = elementIds(upserted);
  const created = new Set(upserted.filter((r) => r.get('created') === true).map((r) => r.get('id') as string));
  // Facts before mentions: the existence check then sees no relationship this transaction added to the entities.
  if (rows.facts.length) {
    const facts = rows.facts.map((f) => ({ ...f, s: lookup(entities, f.source), t: lookup(entities, f.target) }));
    // A fact with an entity created by this transaction is new; only the others may exist already.
    const maybe = facts.filter((f) => !created.has(f.source) && !created.has(f.target));
    const found = maybe.length ? await tx.run(q('find-existing-facts'), { facts: maybe.map(({ id, s, t, type }) => ({ id, s, t, type })) }) : { records: [] };
    const existing = elementIds(found.records);
    const update = facts
      .filter((f) => existing.has(f.id))
      .map(({ id, properties, confidence, cameo, quadClass, documentIds, evidenceCount }) => ({ rid: existing.get(id), properties, confidence, cameo, quadClass, documentIds, evidenceCount }));
    // As create-facts reads them: a list of values each, the ends as positions in one list of element ids.
    const eids: string[] = [];
    const at = new Map<string, number>();
    const position = (eid: string) => {
      let i = at.get(eid);
      if (i === undefined) at.set(eid, (i = eids.push(eid) - 1));
      return i;
    };
    const create = facts
      .filter((f) => !existing.has(f.id))
      .map((f) => [f.id, position(f.s), position(f.t), f.type, f.properties, f.confidence, f.cameo, f.quadClass, f.documentIds, f.evidenceCount]);
    if (update.length) await tx.run(q('update-facts'), { facts: update });
    if (create.length) await tx.run(q('create-facts'), { eids, facts: create });
  }
  if (rows.mentions.length) {
    const mentions = rows.mentions.map((m) => ({ d: lookup(docs, m.documentId), e: lookup(entities, m.entityId), count: m.count }));
    await tx.run(q('upsert-mentions'), { docs: mentionsByDocument(mentions) });
  }
  // After this batch's co-mention evidence, so each link's evidence count is read from what is stored.
  await upsertCoMentions(tx, coMentions, entities);
}

/**
 * Writes `docs` (those a first plan outside the transaction found new, changed or moved) in the
 * calling transaction, planned again once their locks are held.
 */
export async function writeBatch(tx: ManagedTransaction, docs: DocumentRecord[], index: ExtractionIndex, coIndex: CoMentionIndex, now: string): Promise<BatchWritten> {
  const stored = await lockDocumentsToWrite(tx, docs.map((d) => d.id));
  const rows = planBatch(docs, index, stored.hashes, stored.sources);
  const coMentions = planCoMentions(rows.docs, coIndex, new Set(rows.entities.map((e) => e.id)));
  if (rows.movedDocs.length) await tx.run(q('move-documents'), { docs: rows.movedDocs });
  const written: BatchWritten = {
    documentsWritten: rows.docs.length,
    documentsReplaced: rows.replacedDocIds.length,
    documentsUnchanged: rows.unchangedDocIds.length,
    entitiesWritten: rows.entities.length,
    factsWritten: rows.facts.length,
    evidenceWritten: rows.evidence.length + coMentions.evidence.length,
    coMentionsWritten: coMentions.coMentions.length,
    factsRemoved: 0,
    entitiesRemoved: 0,
  };
  if (rows.docs.length === 0) return written;
  // Old versions go before anything new is written (their evidence is found through their documents).
  const replacing = rows.replacedDocIds.length > 0;
  if (replacing) {
    await lockEntities(tx, rows.entities.map((e) => e.id), rows.replacedDocIds);
    Object.assign(written, await removeOldVersions(tx, rows.replacedDocIds));
  }
  await writeRows(tx, rows, coMentions, now, replacing);
  return written;
}
