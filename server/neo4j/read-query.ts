/**
 * Read access to Neo4j for the API: a READ session per request, `executeRead` (routing-friendly, so a
 * cluster URI works, and retried on transient errors), a transaction timeout, and the session closed
 * in `finally` whatever happens.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { jsonSizeWithin } from './json-size.ts';
import { toNative } from './to-native.ts';

/** What every repository function needs to reach the database. */
export interface Neo4jContext {
  driver: Driver;
  database: string;
  timeoutMs: number;
}

/** Runs `work` in a read transaction with the context's timeout (or `timeoutMs`). */
export async function readQuery<T>(
  ctx: Neo4jContext,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeoutMs: number = ctx.timeoutMs,
): Promise<T> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** Runs one query and returns its records as plain objects (values converted by `toNative`). */
export async function runToObjects(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const res = await tx.run(cypher, params);
  return res.records.map((r) => recordToObject(r));
}

/** A record as a plain object. */
export function recordToObject(record: Neo4jRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) out[String(key)] = toNative(record.get(key));
  return out;
}

/** Caps of one streamed result. */
export interface ResultCaps {
  rowCap: number;
  /** Approximate JSON size of the rows kept (see `jsonSizeWithin`). */
  byteCap: number;
}

/** What cut a result short, if anything. */
export type TruncatedBy = 'rows' | 'bytes';

/**
 * Raw records, at most `rowCap` of them and about `byteCap` of JSON in all; iterating and breaking
 * stops the stream on the server side. A record that would pass the byte cap is left out.
 */
export async function runCapped(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
  caps: ResultCaps,
): Promise<{ keys: string[]; records: Neo4jRecord[]; truncatedBy?: TruncatedBy }> {
  const result = tx.run(cypher, params);
  const records: Neo4jRecord[] = [];
  let truncatedBy: TruncatedBy | undefined;
  let bytes = 0;
  for await (const record of result) {
    if (records.length >= caps.rowCap) {
      truncatedBy = 'rows';
      break;
    }
    const size = jsonSizeWithin(record.keys.map((key) => record.get(key)), caps.byteCap - bytes);
    if (size === Infinity) {
      truncatedBy = 'bytes';
      break;
    }
    bytes += size;
    records.push(record);
  }
  const keys = (await result.keys()).map(String);
  return { keys, records, ...(truncatedBy ? { truncatedBy } : {}) };
}

/**
 * Makes parameters safe for Cypher: whole JS numbers become Neo4j Integers (so `LIMIT $n` and
 * integer comparisons work), recursively through lists and maps.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toCypherParams(v);
    return out;
  }
  return value;
}

/** Shorthand for an integer parameter. */
export const int = (n: number) => neo4j.int(n);
