/**
 * The watch mode's memory, kept in the database beside the graph it built: one `(:IngestSource)`
 * per file or URL read, with the hash of its bytes and a URL's HTTP validators.
 */
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../../cypher/cypher-files.ts';

export interface IngestSourceState {
  key: string;
  bytesHash?: string;
  etag?: string;
  lastModified?: string;
}

const q = (name: string) => loadCypher('ingest', name).text;

/** Every source remembered, by key. */
export async function findIngestSources(driver: Driver, database = 'neo4j'): Promise<Map<string, IngestSourceState>> {
  const { records } = await driver.executeQuery(q('find-ingest-sources'), {}, { database, routing: 'READ' });
  return new Map(
    records.map((r) => {
      const state: IngestSourceState = { key: r.get('key') as string };
      for (const k of ['bytesHash', 'etag', 'lastModified'] as const) {
        const v = r.get(k) as string | null;
        if (v) state[k] = v;
      }
      return [state.key, state];
    }),
  );
}

/** Remembers sources (upsert by key). */
export async function recordIngestSources(driver: Driver, sources: IngestSourceState[], database = 'neo4j'): Promise<void> {
  if (sources.length === 0) return;
  const rows = sources.map((s) => ({ key: s.key, bytesHash: s.bytesHash ?? null, etag: s.etag ?? null, lastModified: s.lastModified ?? null }));
  await driver.executeQuery(q('record-ingest-sources'), { sources: rows, now: new Date().toISOString() }, { database, routing: 'WRITE' });
}

/** Content hashes of the stored documents among `ids`. */
export async function findStoredDocumentHashes(driver: Driver, ids: string[], database = 'neo4j'): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { records } = await driver.executeQuery(q('find-document-hashes'), { ids }, { database, routing: 'READ' });
  return new Map(records.map((r) => [r.get('id') as string, r.get('contentHash') as string]));
}

/** Content hash and source key of each stored document among `ids`. */
export async function findStoredDocuments(driver: Driver, ids: string[], database = 'neo4j'): Promise<Map<string, { contentHash: string; sourceKey: string | null }>> {
  if (ids.length === 0) return new Map();
  const { records } = await driver.executeQuery(q('find-document-hashes'), { ids }, { database, routing: 'READ' });
  return new Map(records.map((r) => [r.get('id') as string, { contentHash: r.get('contentHash') as string, sourceKey: r.get('sourceKey') as string | null }]));
}
