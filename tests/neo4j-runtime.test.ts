/**
 * The test Neo4j is a real Neo4j 5.26 that answers Cypher, keeps data, refuses LOAD CSV from
 * local files, and has the schema of cypher/schema after a reset.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { findFreePort, readRunningNeo4j, startLocalNeo4j } from '../neo4j-runtime/local-neo4j.ts';
import { getTestNeo4j, resetDatabase, schemaNames } from './support/neo4j.ts';

describe('test Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
  });

  it('is Neo4j 5 and answers queries', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\./);
    const { records } = await driver.executeQuery('RETURN 40 + 2 AS answer', {}, { database: 'neo4j' });
    expect(records[0]?.get('answer').toNumber()).toBe(42);
  });

  it('stores nodes and relationships that a later transaction reads back', async () => {
    await driver.executeQuery(
      "CREATE (:Probe {name: 'a'})-[:LINKS {w: 1}]->(:Probe {name: 'b'})",
      {},
      { database: 'neo4j', routing: 'WRITE' },
    );
    const { records } = await driver.executeQuery(
      'MATCH (a:Probe)-[r:LINKS]->(b:Probe) RETURN a.name AS a, b.name AS b, r.w AS w',
      {},
      { database: 'neo4j', routing: 'READ' },
    );
    expect(records.map((r) => [r.get('a'), r.get('b'), r.get('w').toNumber()])).toEqual([['a', 'b', 1]]);
  });

  it('refuses LOAD CSV from file URLs', async () => {
    await expect(
      driver.executeQuery("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line", {}, { database: 'neo4j' }),
    ).rejects.toThrow(/file|URL/i);
  });

  it('resetDatabase empties the graph, drops stray indexes and restores the schema', async () => {
    await driver.executeQuery('CREATE INDEX stray_probe IF NOT EXISTS FOR (p:Probe) ON (p.name)', {}, { database: 'neo4j' });
    await driver.executeQuery('DROP CONSTRAINT entity_id IF EXISTS', {}, { database: 'neo4j' });
    await resetDatabase(driver);
    const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: 'neo4j' });
    expect(nodes.records[0]?.get('n').toNumber()).toBe(0);
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {}, { database: 'neo4j' });
    const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names', {}, { database: 'neo4j' });
    const present = new Set<string>([...constraints.records[0]?.get('names'), ...indexes.records[0]?.get('names')]);
    expect(present.has('stray_probe')).toBe(false);
    for (const name of schemaNames()) expect(present.has(name), name).toBe(true);
  });
});

describe('startLocalNeo4j', () => {
  it('reuses the Neo4j recorded in the data folder instead of starting a second one', async () => {
    const { uri, password } = await getTestNeo4j();
    const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-reuse-'));
    // Stands in for the recorded launcher process: alive, and named like one.
    const standIn = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'Launcher'], { stdio: 'ignore' });
    try {
      const port = Number(new URL(uri.replace(/^\w+(\+\w+)?:/, 'http:')).port);
      writeFileSync(join(dataDir, 'neo4j.pid'), JSON.stringify({ pid: standIn.pid, port, uri }));
      const db = await startLocalNeo4j({ dataDir, port, password, background: true });
      expect(db.uri).toBe(uri);
      expect(db.pid).toBe(standIn.pid);
      expect(db.startMs).toBe(0);
    } finally {
      standIn.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('records a Neo4j it runs attached (as npm start does) in the data folder, where db:status sees it', async () => {
    const neo = await getTestNeo4j();
    // Only the local runtime has a data folder here; a database from NEO4J_TEST_URI or a container has none.
    expect(neo.source === 'local').toBe(neo.dataDir !== undefined);
    if (!neo.dataDir) return;
    const running = readRunningNeo4j(neo.dataDir);
    expect(running).toMatchObject({ uri: neo.uri, owner: expect.any(Number) });
    const status = await new Promise<{ code: number | null; out: string }>((ok) => {
      const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['neo4j-runtime/db-cli.ts', 'status'], {
        env: { ...process.env, NEO4J_DATA_DIR: neo.dataDir },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      child.on('exit', (code) => ok({ code, out }));
    });
    expect(status.code).toBe(0);
    expect(status.out).toContain(`running: ${neo.uri} (pid ${running!.pid}, run by npm start or a test run`);
  });

  it('ignores a pid file whose process is not a launcher (a reused pid)', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-stale-'));
    try {
      writeFileSync(join(dataDir, 'neo4j.pid'), JSON.stringify({ pid: process.pid, port: 1, uri: 'bolt://127.0.0.1:1' }));
      expect(readRunningNeo4j(dataDir)).toBeNull();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a port that is already taken, naming the port', async () => {
    const port = await findFreePort();
    const server: Server = createServer();
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-port-'));
    try {
      await expect(startLocalNeo4j({ dataDir, port })).rejects.toThrow(new RegExp(`port ${port}`));
    } finally {
      server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
