/**
 * What `npm start` may do to the database it is given. It writes (schema, marker, sample corpus)
 * only into an empty database or one this project built; a foreign database is served read-only
 * unless the operator opts in (ALLOW_FOREIGN_WRITE=true or `npm start -- --adopt`), and even then
 * the sample corpus is not mixed into it.
 */
import type { Driver } from 'neo4j-driver';
import { applySchema, countGraph, readOwnership, writeMarker, type GraphCounts, type OwnershipReport } from '../../ingest/load/index.ts';
import { runIngest, type IngestReport } from '../../ingest/pipeline.ts';

export interface PrepareOptions {
  driver: Driver;
  database: string;
  /** Adopt a foreign database: apply our schema and mark it as ours. */
  allowForeignWrite: boolean;
  /** Folder of the sample corpus, ingested when the database is ours (or empty) and holds no documents. */
  samplesDir?: string;
  log?: (line: string) => void;
}

export interface PreparedDatabase {
  ownership: OwnershipReport;
  /** false: the server must not write (uploads refused). */
  writable: boolean;
  adopted: boolean;
  counts?: GraphCounts;
  sample?: IngestReport;
}

const list = (items: string[], max = 8) => (items.length > max ? `${items.slice(0, max).join(', ')}, … (${items.length})` : items.join(', '));

/** Decides and does what start-up may do; read-only on a foreign database. */
export async function prepareDatabase(opts: PrepareOptions): Promise<PreparedDatabase> {
  const log = opts.log ?? (() => {});
  const ownership = await readOwnership(opts.driver, opts.database);
  const foreign = ownership.ownership === 'foreign';
  if (foreign && !opts.allowForeignWrite) {
    log('! This database was not built by newsgraph: serving it READ-ONLY (no schema, no sample corpus, no uploads).');
    if (ownership.foreignLabels.length) log(`  labels not ours: ${list(ownership.foreignLabels)}`);
    if (ownership.foreignSchema.length) log(`  constraints/indexes not ours: ${list(ownership.foreignSchema)}`);
    log('  To let newsgraph add its schema and data to it, start with ALLOW_FOREIGN_WRITE=true (or `npm start -- --adopt`).');
    return { ownership, writable: false, adopted: false };
  }
  if (foreign) log('! ALLOW_FOREIGN_WRITE: adopting a database newsgraph did not build (schema and marker added; no sample corpus).');
  else if (ownership.ownership === 'ours-unmarked') log('• a newsgraph database without its marker (built by an older version): marking it');
  log('• applying the schema (constraints and indexes from cypher/schema/)…');
  await applySchema(opts.driver, opts.database);
  await writeMarker(opts.driver, opts.database);
  const counts = await countGraph(opts.driver, opts.database);
  let sample: IngestReport | undefined;
  if (!foreign && counts.documents === 0 && opts.samplesDir) {
    log(`• the database holds no documents: ingesting the sample corpus (${opts.samplesDir})…`);
    sample = await runIngest({ paths: [opts.samplesDir], driver: opts.driver, database: opts.database });
    log(`  ${sample.documents} documents, ${sample.entities} entities, ${sample.relations} relationships in ${(sample.elapsedMs / 1000).toFixed(1)} s`);
  } else {
    log(`• the database holds ${counts.documents} documents, ${counts.entities} entities, ${counts.facts} relationships`);
  }
  return { ownership, writable: true, adopted: foreign, counts, sample };
}
