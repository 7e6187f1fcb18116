/**
 * Loads the sample corpus (ingest/samples/*.txt) the way the product does — read, extract, load —
 * and returns the extraction result so tests can derive what each query must find.
 */
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../core/index.ts';
import { extract } from '../../ingest/extract/index.ts';
import { loadExtraction } from '../../ingest/load/index.ts';
import { readDocuments } from '../../ingest/read/index.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../../ingest/samples/', import.meta.url));

/** Reads, extracts and loads the samples into an (already reset) database. */
export async function loadSampleCorpus(driver: Driver): Promise<ExtractionResult> {
  const { documents, errors } = await readDocuments(SAMPLES_DIR);
  if (errors.length) throw new Error(`sample corpus unreadable: ${JSON.stringify(errors)}`);
  const result = extract(documents);
  await loadExtraction(driver, result);
  return result;
}
