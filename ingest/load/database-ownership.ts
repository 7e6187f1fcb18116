/**
 * Whose database is this? Start-up writes (schema, sample corpus) only into an empty database or
 * one this project built. A database we build carries one marker node,
 * `(:NewsgraphDatabase {id: 'newsgraph', builtBy, schemaVersion, createdAt})`; a database built
 * before the marker existed is recognised by holding only our labels, among them `Entity` or
 * `Document`. Anything else is foreign and is only read.
 */
import type { Driver } from 'neo4j-driver';
import { NEO4J, OUR_LABELS } from '../../core/index.ts';
import { loadCypher } from '../../cypher/cypher-files.ts';
import { retiredSchemaNames, schemaNames } from './schema-names.ts';

/** Label of the marker node. */
export const MARKER_LABEL = NEO4J.markerLabel;
/** Bumped when `cypher/schema/` changes in a way a reader should know about. */
export const SCHEMA_VERSION = 1;

export { OUR_LABELS };

/**
 * - `ours`: the marker is there;
 * - `ours-unmarked`: only our labels, with entities or documents (built before the marker existed);
 * - `empty`: no nodes, and no constraint or index but ours;
 * - `foreign`: anything else.
 */
export type DatabaseOwnership = 'ours' | 'ours-unmarked' | 'empty' | 'foreign';

/** What the ownership was decided from (printed at start-up when the database is foreign). */
export interface OwnershipReport {
  ownership: DatabaseOwnership;
  labels: string[];
  /** Constraints and indexes that our schema does not declare. */
  foreignSchema: string[];
  /** Labels that are not ours. */
  foreignLabels: string[];
}

const run = async (driver: Driver, database: string, name: string, params: Record<string, unknown> = {}, write = false, folder = 'ownership') =>
  (await driver.executeQuery(loadCypher(folder, name).text, params, { database, routing: write ? 'WRITE' : 'READ' })).records;

/** Pure decision, from what `readOwnership` read (exported for unit tests). */
export function decideOwnership(facts: { marker: boolean; hasNodes: boolean; labels: string[]; schema: string[] }): OwnershipReport {
  const ours = new Set([...schemaNames(), ...retiredSchemaNames()]);
  const foreignSchema = facts.schema.filter((n) => !ours.has(n)).sort();
  const foreignLabels = facts.labels.filter((l) => !OUR_LABELS.has(l)).sort();
  const base = { labels: [...facts.labels].sort(), foreignSchema, foreignLabels };
  if (facts.marker) return { ownership: 'ours', ...base };
  if (!facts.hasNodes) return { ownership: foreignSchema.length === 0 ? 'empty' : 'foreign', ...base };
  const ourData = facts.labels.includes(NEO4J.entityLabel) || facts.labels.includes(NEO4J.documentLabel);
  if (ourData && foreignLabels.length === 0 && foreignSchema.length === 0) return { ownership: 'ours-unmarked', ...base };
  return { ownership: 'foreign', ...base };
}

/** Reads the marker, labels and schema names (read transactions only) and decides. */
export async function readOwnership(driver: Driver, database = 'neo4j'): Promise<OwnershipReport> {
  const marker = (await run(driver, database, 'find-marker')).length > 0;
  const hasNodes = (await run(driver, database, 'any-node')).length > 0;
  const labels = ((await run(driver, database, 'label-names', {}, false, 'api'))[0]?.get('labels') ?? []) as string[];
  const indexes = (await run(driver, database, 'schema-names')).map((r) => String(r.get('name')));
  const constraints = (await run(driver, database, 'constraint-names')).map((r) => String(r.get('name')));
  return decideOwnership({ marker, hasNodes, labels, schema: [...new Set([...indexes, ...constraints])] });
}

/** Writes (or refreshes) the marker: from now on this database counts as ours. */
export async function writeMarker(driver: Driver, database = 'neo4j'): Promise<void> {
  await run(driver, database, 'write-marker', { schemaVersion: SCHEMA_VERSION }, true);
}
