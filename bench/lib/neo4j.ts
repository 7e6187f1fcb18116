/**
 * The benchmark's Neo4j: the one at NEO4J_URI when given (never wiped unless asked), otherwise the
 * local runtime on a free loopback port with a fresh data folder that is removed afterwards. Heap and
 * page cache are sized for the run (the big graph needs its store in the page cache).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readNeo4jEnvironment } from '../../config/environment.ts';
import { createNeo4jDriver } from '../../config/neo4j-driver.ts';
import { findFreePort, startLocalNeo4j } from '../../neo4j-runtime/local-neo4j.ts';

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  driver: Driver;
  /** Pid of the local JVM (for its peak memory); undefined for an external database. */
  pid?: number;
  external: boolean;
  version: string;
  heap?: string;
  pagecache?: string;
  stop(): Promise<void>;
}

export interface BenchNeo4jOptions {
  heap: string;
  pagecache: string;
}

/** Starts (or connects to) the database for this run. */
export async function startBenchNeo4j(opts: BenchNeo4jOptions): Promise<BenchNeo4j> {
  const env = readNeo4jEnvironment(process.env);
  if (env.uri) {
    const conn = { uri: env.uri, user: env.user, password: env.password ?? '' };
    const driver = createNeo4jDriver(conn);
    return { ...conn, driver, external: true, version: await serverVersion(driver), stop: () => driver.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const port = await findFreePort();
  const db = await startLocalNeo4j({ port, dataDir, password: '', heap: opts.heap, pagecache: opts.pagecache, startTimeoutMs: 180_000 });
  const driver = createNeo4jDriver({ uri: db.uri, user: db.user, password: db.password });
  return {
    uri: db.uri,
    user: db.user,
    password: db.password,
    driver,
    pid: db.pid,
    external: false,
    version: await serverVersion(driver),
    heap: opts.heap,
    pagecache: opts.pagecache,
    async stop() {
      await driver.close();
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function serverVersion(driver: Driver): Promise<string> {
  const info = await driver.getServerInfo();
  return info.agent ?? 'unknown';
}

/**
 * Deletes everything in bounded transactions: relationships first, so that deleting a hub does not
 * put its tens of thousands of relationships in one transaction.
 */
export async function clearDatabase(driver: Driver, database = 'neo4j'): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Drops every constraint and index but the token lookups, so that a bulk write does not update them
 * on each commit (they are rebuilt once afterwards with `applySchema`).
 */
export async function dropSchema(driver: Driver, database = 'neo4j'): Promise<void> {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database });
  for (const r of constraints.records) await driver.executeQuery(`DROP CONSTRAINT \`${String(r.get('name')).replace(/`/g, '``')}\` IF EXISTS`, {}, { database });
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, { database });
  for (const r of indexes.records) await driver.executeQuery(`DROP INDEX \`${String(r.get('name')).replace(/`/g, '``')}\` IF EXISTS`, {}, { database });
}
