/**
 * What an ingest left in the database, in a form two runs can be compared by (rows sorted; list
 * properties as stored, since the loader keeps them in a canonical order), and the duplicates and orphans an ingest must never leave. Shared by the
 * concurrent-ingest and crash tests.
 */
import type { Driver } from 'neo4j-driver';
import { coMentionId, type CoMentionRecord, type ExtractionResult } from '../../core/index.ts';

const rows = async (driver: Driver, cypher: string) =>
  (await driver.executeQuery(cypher, {}, { database: 'neo4j', routing: 'READ' })).records.map((r) => r.toObject());

/** Plain values: Neo4j integers as numbers. */
const plain = (v: unknown): unknown =>
  v && typeof v === 'object' && 'toNumber' in v ? (v as { toNumber(): number }).toNumber()
  : Array.isArray(v) ? v.map(plain)
  : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
  : v;

/** Everything the loader writes, every property included (but the time of ingestion), rows sorted. */
export async function graphSnapshot(driver: Driver) {
  const list = async (cypher: string) => (await rows(driver, cypher)).map(plain);
  return {
    documents: await list('MATCH (d:Document) RETURN d.id AS id, d {.*, ingestedAt: null} AS properties ORDER BY id'),
    entities: (await list('MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, properties(e) AS properties ORDER BY id')).map((e) => {
      const entity = e as { labels: string[] };
      return { ...entity, labels: [...entity.labels].sort() };
    }),
    facts: await list(
      `MATCH (a:Entity)-[r]->(b:Entity)
       RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties
       ORDER BY id, type, source, target, r.evidenceCount`,
    ),
    mentions: await list('MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN d.id AS doc, e.id AS entity, properties(m) AS properties ORDER BY doc, entity, m.count'),
    evidence: await list(
      `MATCH (v:Evidence) OPTIONAL MATCH (v)-[:FROM_DOCUMENT]->(d:Document)
       RETURN v.id AS id, properties(v) AS properties, collect(d.id) AS linkedTo ORDER BY id`,
    ),
  };
}

export type GraphSnapshot = Awaited<ReturnType<typeof graphSnapshot>>;

/** Everything that must be zero after any ingest, concurrent or interrupted. */
export async function graphDefects(driver: Driver): Promise<Record<string, number>> {
  const [r] = await rows(
    driver,
    `CALL () { MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicateEntities }
     CALL () { MATCH (d:Document) WITH d.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicateDocuments }
     CALL () { MATCH (v:Evidence) WITH v.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicateEvidence }
     CALL () { MATCH (:Entity)-[r]->(:Entity) WITH r.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicateFacts }
     CALL () { MATCH (a:Entity)-[r:CO_MENTIONED]-(b:Entity) WHERE a.id < b.id WITH a, b, count(r) AS n WHERE n > 1 RETURN count(*) AS duplicateCoMentions }
     CALL () { MATCH (d:Document)-[:MENTIONS]->(e:Entity) WITH d, e, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicateMentions }
     CALL () { MATCH (v:Evidence) WHERE COUNT { (v)-[:FROM_DOCUMENT]->(:Document) } <> 1 RETURN count(*) AS evidenceWithoutOneDocument }
     CALL () { MATCH (v:Evidence) WHERE NOT EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE r.id = v.relId } RETURN count(*) AS evidenceWithoutFact }
     CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceCount <> COUNT { (v:Evidence {relId: r.id}) } RETURN count(*) AS miscountedFacts }
     CALL () {
       MATCH (:Entity)-[r:CO_MENTIONED]->(:Entity)
       WHERE size(r.documentIds) <> size(r.documentCounts) OR r.count <> reduce(n = 0, c IN r.documentCounts | n + c)
          OR any(d IN r.documentIds WHERE NOT EXISTS { (v:Evidence {relId: r.id, documentId: d}) })
       RETURN count(*) AS miscountedCoMentions
     }
     CALL () { MATCH (e:Entity) WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) } RETURN count(*) AS unmentionedEntities }
     RETURN *`,
  );
  return Object.fromEntries(Object.entries(r!).map(([k, v]) => [k, Number(v)]));
}

/** The same defects, all zero: what `graphDefects` must equal. */
export const NO_DEFECTS = {
  duplicateEntities: 0,
  duplicateDocuments: 0,
  duplicateEvidence: 0,
  duplicateFacts: 0,
  duplicateCoMentions: 0,
  duplicateMentions: 0,
  evidenceWithoutOneDocument: 0,
  evidenceWithoutFact: 0,
  miscountedFacts: 0,
  miscountedCoMentions: 0,
  unmentionedEntities: 0,
};

/**
 * The result with a co-mention beside every fact, told by the fact's sentences: co-mentions then meet
 * on the same entities and documents as facts do, across batches and ingests.
 */
export function withCoMentions(result: ExtractionResult): ExtractionResult {
  const coMentions = new Map<string, CoMentionRecord>();
  for (const r of result.relations) {
    const id = coMentionId(r.source, r.target);
    const [source, target] = id.split('|CO_MENTIONED|') as [string, string];
    const record = coMentions.get(id) ?? { id, source, target, count: 0, documents: [], countByDocument: {}, evidence: [] };
    for (const v of r.evidence) {
      if (record.evidence.some((e) => e.documentId === v.documentId && e.start === v.start && e.end === v.end)) continue;
      record.evidence.push({ documentId: v.documentId, text: v.text, start: v.start, end: v.end });
      record.count++;
      record.countByDocument![v.documentId] = (record.countByDocument![v.documentId] ?? 0) + 1;
      if (!record.documents.includes(v.documentId)) record.documents.push(v.documentId);
    }
    coMentions.set(id, record);
  }
  return { ...result, coMentions: [...coMentions.values()].filter((c) => c.count > 0) };
}

/** Documents `from`..`to` of a result, with the evidence, mentions and co-mention shares that belong to them. */
export function sliceExtraction(result: ExtractionResult, from: number, to: number): ExtractionResult {
  const documents = result.documents.slice(from, to);
  const ids = new Set(documents.map((d) => d.id));
  const relations = result.relations
    .map((r) => ({ ...r, evidence: r.evidence.filter((v) => ids.has(v.documentId)) }))
    .filter((r) => r.evidence.length > 0);
  const entities = result.entities
    .map((e) => ({ ...e, mentions: Object.fromEntries(Object.entries(e.mentions ?? {}).filter(([d]) => ids.has(d))) }))
    .filter((e) => Object.keys(e.mentions).length > 0);
  const coMentions = result.coMentions
    ?.map((c) => {
      const countByDocument = Object.fromEntries(Object.entries(c.countByDocument ?? {}).filter(([d]) => ids.has(d)));
      const evidence = c.evidence.filter((v) => ids.has(v.documentId));
      const count = Object.keys(countByDocument).length ? Object.values(countByDocument).reduce((a, b) => a + b, 0) : evidence.length;
      return { ...c, documents: c.documents.filter((d) => ids.has(d)), countByDocument, evidence, count };
    })
    .filter((c) => c.evidence.length > 0);
  return { ...result, documents, entities, relations, ...(coMentions ? { coMentions } : {}) };
}
