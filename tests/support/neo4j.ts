/**
 * The one way tests get a real Neo4j. The vitest global setup (tests/global-setup.ts) calls
 * `startTestNeo4j()` once per run and provides the coordinates; test files call `getTestNeo4j()`.
 * Where the database comes from, in order: NEO4J_TEST_URI (+ NEO4J_TEST_USER/NEO4J_TEST_PASSWORD);
 * a Docker engine through testcontainers (neo4j:5.26-community); else the local runtime on a free
 * port with a fresh temporary data folder, removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createNeo4jDriver } from '../../config/neo4j-driver.ts';
import { applySchema } from '../../ingest/load/apply-schema.ts';
import { schemaNames } from '../../ingest/load/schema-names.ts';
import { findFreePort, startLocalNeo4j } from '../../neo4j-runtime/local-neo4j.ts';

export { schemaNames };

/** Where a test Neo4j is and how to log in (serializable: passed from global setup to test files). */
export interface TestNeo4jCoordinates {
  uri: string;
  user: string;
  password: string;
  /** Which source provided it. */
  source: 'env' | 'testcontainers' | 'local';
  /** The local runtime's data folder (source `local` only). */
  dataDir?: string;
}

export interface TestNeo4j extends TestNeo4jCoordinates {
  /** Shared by the whole test file; closed after the file by tests/support/close-driver.ts. */
  driver: Driver;
}

export interface StartedTestNeo4j {
  coordinates: TestNeo4jCoordinates;
  /** Milliseconds it took until the database answered. */
  startMs: number;
  stop(): Promise<void>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4jCoordinates;
  }
}

/** Image used when a Docker engine is available. */
export const TEST_NEO4J_IMAGE = 'neo4j:5.26-community';

/**
 * True when testcontainers reaches a container engine within `timeoutMs`.
 * NEO4J_TEST_DOCKER=0 skips the probe (and the import of testcontainers).
 */
export async function dockerAvailable(timeoutMs = 5000): Promise<boolean> {
  if (process.env.NEO4J_TEST_DOCKER === '0') return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((ok) => (timer = setTimeout(() => ok(false), timeoutMs)));
  const probe = import('testcontainers')
    .then(({ getContainerRuntimeClient }) => getContainerRuntimeClient())
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts (or connects to) the Neo4j for a test run. Called once by the global setup. */
export async function startTestNeo4j(log: (line: string) => void = () => {}): Promise<StartedTestNeo4j> {
  const started = Date.now();
  const uri = process.env.NEO4J_TEST_URI;
  if (uri) {
    const coordinates: TestNeo4jCoordinates = {
      uri,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      source: 'env',
    };
    log(`Neo4j for tests: ${uri} (NEO4J_TEST_URI)`);
    return { coordinates, startMs: 0, stop: async () => {} };
  }
  const password = `test-${randomBytes(9).toString('hex')}`;
  if (await dockerAvailable()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(TEST_NEO4J_IMAGE).withPassword(password).start();
    log(`Neo4j for tests: ${TEST_NEO4J_IMAGE} container at ${container.getBoltUri()}`);
    return {
      coordinates: { uri: container.getBoltUri(), user: container.getUsername(), password, source: 'testcontainers' },
      startMs: Date.now() - started,
      stop: async () => void (await container.stop()),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-test-'));
  const port = await findFreePort();
  try {
    const db = await startLocalNeo4j({
      port,
      dataDir,
      password,
      heap: process.env.NEO4J_TEST_HEAP ?? '1g',
      pagecache: process.env.NEO4J_TEST_PAGECACHE ?? '128m',
    });
    log(`Neo4j for tests: local runtime at ${db.uri}, started in ${(db.startMs / 1000).toFixed(1)} s`);
    return {
      coordinates: { uri: db.uri, user: db.user, password, source: 'local', dataDir },
      startMs: db.startMs,
      stop: async () => {
        await db.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

let shared: TestNeo4j | undefined;

/**
 * The run's Neo4j and a driver for it (one per test file; do not close it).
 * Call `resetDatabase(driver)` in `beforeAll` so the file does not depend on others' data.
 */
export async function getTestNeo4j(): Promise<TestNeo4j> {
  if (shared) return shared;
  const coordinates = inject('neo4j');
  if (!coordinates) {
    throw new Error('no test Neo4j: run this file through a vitest project that has tests/global-setup.ts');
  }
  const driver = createNeo4jDriver(coordinates);
  await driver.getServerInfo();
  shared = { ...coordinates, driver };
  return shared;
}

/** Closes the file's shared driver (registered in `afterAll` by tests/support/close-driver.ts). */
export async function closeTestDriver(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.driver.close();
}

/**
 * Empties the database: deletes every node in batches, drops constraints and indexes that the
 * schema files do not declare (a test may have made some), and applies the schema again.
 */
export async function resetDatabase(driver: Driver, database = 'neo4j'): Promise<void> {
  const config = { database, routing: 'WRITE' as const };
  for (;;) {
    const { records } = await driver.executeQuery(
      'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
      {},
      config,
    );
    if (Number(records[0]?.get('deleted') ?? 0) === 0) break;
  }
  const keep = schemaNames();
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, config);
  for (const name of constraints.records.map((r) => String(r.get('name')))) {
    if (!keep.has(name)) await driver.executeQuery(`DROP CONSTRAINT \`${name}\` IF EXISTS`, {}, config);
  }
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name",
    {},
    config,
  );
  for (const name of indexes.records.map((r) => String(r.get('name')))) {
    if (!keep.has(name)) await driver.executeQuery(`DROP INDEX \`${name}\` IF EXISTS`, {}, config);
  }
  await applySchema(driver, database);
}

/** Empties the database and drops every constraint and index, ours included (a database as a stranger made it). */
export async function wipeDatabase(driver: Driver, database = 'neo4j'): Promise<void> {
  await resetDatabase(driver, database);
  const config = { database, routing: 'WRITE' as const };
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, config);
  for (const name of constraints.records.map((r) => String(r.get('name')))) {
    await driver.executeQuery(`DROP CONSTRAINT \`${name}\` IF EXISTS`, {}, config);
  }
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, config);
  for (const name of indexes.records.map((r) => String(r.get('name')))) {
    await driver.executeQuery(`DROP INDEX \`${name}\` IF EXISTS`, {}, config);
  }
}
