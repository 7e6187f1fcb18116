/**
 * The baseline a production loader should beat: a well-written generic loader, as Neo4j's import
 * guidance writes one. All rows prepared in memory first, then UNWIND batches of 10,000 rows, one
 * transaction per batch, MERGE on uniquely constrained keys, nodes before relationships, one query
 * per relationship type. It writes the graph the production loader writes (same nodes, labels,
 * relationships and properties; the bench checks counts per label and type). Lives in bench/ only.
 */
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../core/index.ts';
import { loadCypher } from '../../cypher/cypher-files.ts';
import { indexExtraction, planBatch } from '../../ingest/load/plan-batch.ts';

/** Rows per transaction, as the guidance suggests (10k–50k). */
export const GENERIC_BATCH_ROWS = 10_000;

const q = (name: string) => loadCypher('bench', name).text;

/** Stored aliases as the production loader keeps them: without the name, unique, sorted. */
function storedAliases(name: string, aliases: string[]): string[] {
  return [...new Set(aliases.filter((a) => a !== name))].sort();
}

/** Every row of the result, corpus-wide (one fact row per fact, its documents and evidence summed). */
export function genericRows(result: ExtractionResult, now: string) {
  const rows = planBatch(result.documents, indexExtraction(result), new Map());
  const documents = rows.docs.map(({ id, ...d }) => ({
    id,
    properties: { sourceKey: d.sourceKey ?? null, title: d.title ?? null, source: d.source ?? null, url: d.url ?? null, publishedAt: d.publishedAt ?? null, byline: d.byline ?? null, text: d.text, contentHash: d.contentHash, ingestedAt: now },
  }));
  const entities = rows.entities.map((e) => {
    const aliases = storedAliases(e.name, e.aliases);
    return { id: e.id, type: e.type, properties: { ...e.properties, name: e.name, type: e.type, aliases, aliasText: [e.name, ...aliases].join(' | ') } };
  });
  const evidence = rows.evidence.map(({ id, ...v }) => ({ id, properties: v }));
  const factsByType = new Map<string, { id: string; source: string; target: string; properties: Record<string, unknown> }[]>();
  for (const f of rows.facts) {
    let list = factsByType.get(f.type);
    if (!list) factsByType.set(f.type, (list = []));
    list.push({
      id: f.id,
      source: f.source,
      target: f.target,
      properties: { ...f.properties, id: f.id, confidence: f.confidence, cameo: f.cameo, quadClass: f.quadClass, documentIds: f.documentIds, evidenceCount: f.evidenceCount },
    });
  }
  return {
    documents,
    entities,
    evidence,
    mentions: rows.mentions,
    fromDocument: rows.evidence.map((v) => ({ id: v.id, documentId: v.documentId })),
    factsByType: [...factsByType.entries()].sort(([a], [b]) => a.localeCompare(b)),
  };
}

/** Loads `result` the generic way; returns the number of transactions it ran. */
export async function genericLoad(driver: Driver, result: ExtractionResult, database = 'neo4j'): Promise<{ transactions: number }> {
  const rows = genericRows(result, new Date().toISOString());
  let transactions = 0;
  const write = async (name: string, list: unknown[], extra: Record<string, unknown> = {}) => {
    for (let i = 0; i < list.length; i += GENERIC_BATCH_ROWS) {
      await driver.executeQuery(q(name), { ...extra, rows: list.slice(i, i + GENERIC_BATCH_ROWS) }, { database, routing: 'WRITE' });
      transactions++;
    }
  };
  await write('generic-merge-documents', rows.documents);
  await write('generic-merge-entities', rows.entities);
  await write('generic-merge-evidence', rows.evidence);
  await write('generic-merge-mentions', rows.mentions);
  await write('generic-merge-from-document', rows.fromDocument);
  for (const [type, facts] of rows.factsByType) await write('generic-merge-facts', facts, { type });
  return { transactions };
}
