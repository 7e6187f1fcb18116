/**
 * The baseline the production loader is measured against: the same rows and the same Cypher, but one
 * row per query and one explicit write transaction per row, which is how loaders are often first
 * written. Lives in bench/ only; nothing in the product uses it.
 */
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../core/index.ts';
import { loadCypher } from '../../cypher/cypher-files.ts';
import { indexExtraction, planBatch } from '../../ingest/load/plan-batch.ts';

export interface NaiveLoadReport {
  rowsWritten: number;
  rowsPlanned: number;
  /** True when the time budget ran out before every row was written. */
  stoppedEarly: boolean;
  ms: number;
}

const q = (name: string) => (name.startsWith('naive-') ? loadCypher('bench', name) : loadCypher('ingest', name)).text;

/**
 * Writes every document, entity, mention, fact and evidence row in its own transaction.
 * Stops after `budgetMs` (the rate is then measured on the rows written).
 */
export async function naiveLoad(driver: Driver, result: ExtractionResult, budgetMs: number, database = 'neo4j'): Promise<NaiveLoadReport> {
  const index = indexExtraction(result);
  const now = new Date().toISOString();
  // Document by document, as such loaders usually go: so a run cut short by its budget has written
  // nodes and relationships in their usual proportions.
  const steps: [string, Record<string, unknown>][] = [];
  for (const doc of result.documents) {
    const rows = planBatch([doc], index, new Map());
    steps.push(
      ...rows.docs.map((d): [string, Record<string, unknown>] => ['upsert-documents', { docs: [d], now }]),
      ...rows.entities.map((e): [string, Record<string, unknown>] => ['upsert-entities', { entities: [e] }]),
      ...rows.facts.map((f): [string, Record<string, unknown>] => ['naive-merge-fact', { facts: [f] }]),
      ...rows.mentions.map((m): [string, Record<string, unknown>] => ['naive-merge-mention', { mentions: [m] }]),
      ...rows.evidence.map((v): [string, Record<string, unknown>] => ['naive-merge-evidence', { evidence: [v] }]),
    );
  }
  const started = performance.now();
  let written = 0;
  const session = driver.session({ database });
  try {
    for (const [name, params] of steps) {
      if (performance.now() - started > budgetMs) break;
      await session.executeWrite((tx) => tx.run(q(name), params));
      written++;
    }
  } finally {
    await session.close();
  }
  return { rowsWritten: written, rowsPlanned: steps.length, stoppedEarly: written < steps.length, ms: performance.now() - started };
}
