/**
 * POST /api/cypher on a real Neo4j: reads work and come back as columns, rows and a graph; every
 * write or escape attempt is refused with 403 and changes nothing; the timeout, the row cap and the
 * rate limit hold. The three locks (text screen, EXPLAIN query type, READ transaction) are each
 * shown to refuse a write on their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { AppError } from '../../server/errors.ts';
import { runReadOnlyQuery } from '../../server/repository/query-runner.ts';
import { countAll, startSmallGraphApi, startTestApi, type TestApi } from './api-client.ts';
import { fixtureId } from '../fixtures/server/small-graph.ts';

const WRITE_AND_ESCAPE_ATTEMPTS = [
  'CREATE (n:Pwned)',
  "MERGE (n:Pwned {id: 'x'}) RETURN n",
  'MATCH (n) DETACH DELETE n',
  'MATCH (n:Entity) SET n.pwned = true RETURN n',
  'MATCH (n:Entity) REMOVE n.name RETURN n',
  'MATCH (n:Entity) FOREACH (x IN [1] | CREATE (:Pwned))',
  'CALL { CREATE (:Pwned) } IN TRANSACTIONS',
  'UNWIND range(1, 3) AS i CALL { WITH i CREATE (:Pwned {i: i}) } IN TRANSACTIONS OF 1 ROWS',
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row CREATE (:Pwned)",
  'CALL dbms.components() YIELD name RETURN name',
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
  'CALL dbms.security.listUsers()',
  "CALL db.createLabel('Pwned')",
  "CALL apoc.create.node(['Pwned'], {}) YIELD node RETURN node",
  "CALL apoc.cypher.runWrite('CREATE (:Pwned)', {})",
  'MATCH (n) RETURN count(n); CREATE (:Pwned)',
  'MATCH (n) RETURN count(n) /* ; */ ; CREATE (:Pwned) //',
  "RETURN 'harmless'; MATCH (n) DETACH DELETE n",
  '// just a comment\nCREATE (:Pwned)',
  '/* MATCH (n) RETURN n */ CREATE (:Pwned)',
  'MATCH (n) WITH n LIMIT 1 /* read */\nSET n.pwned = 1',
  'USE system CREATE USER pwned SET PASSWORD "secret-secret"',
  'CREATE INDEX pwned FOR (n:Pwned) ON (n.x)',
  'DROP CONSTRAINT entity_id',
  'GRANT ROLE admin TO neo4j',
  'SHOW TRANSACTIONS',
  'SHOW SETTINGS YIELD name, value RETURN name, value',
];

describe('POST /api/cypher', () => {
  let driver: Driver;
  let api: TestApi;
  beforeAll(async () => {
    ({ driver, api } = await startSmallGraphApi({ cypherRowCap: 25, rateLimit: { windowMs: 60_000, max: 1000 } }));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('runs a parameterised read and returns columns, rows and the graph they contain', async () => {
    const res = await api.post('/api/cypher', {
      query: 'MATCH (a:Country {id: $id})-[r]->(b) RETURN a.name AS name, r, b ORDER BY type(r) LIMIT $n',
      params: { id: fixtureId('Germany'), n: 2 },
    });
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(['name', 'r', 'b']);
    expect(res.body.rows).toHaveLength(2);
    expect(res.body.rows[0][0]).toBe('Germany');
    expect(res.body.rows[0][1]).toMatchObject({ source: fixtureId('Germany'), type: 'MEMBER_OF' });
    expect(res.body.truncated).toBe(false);
    const nodeIds = res.body.graph.nodes.map((n: { id: string }) => n.id);
    expect(nodeIds).toContain(fixtureId('Germany'));
    expect(res.body.graph.edges).toHaveLength(2);
  });

  it('adds the endpoints of returned relationships to the graph even when the rows lack them', async () => {
    const res = await api.post('/api/cypher', { query: 'MATCH ()-[r:INVADED]->() RETURN r' });
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual([fixtureId('Russia'), fixtureId('Ukraine')].sort());
  });

  it('allows semicolons, write words and comments inside strings, and a trailing semicolon', async () => {
    const res = await api.post('/api/cypher', { query: "RETURN 'CREATE (x); DELETE y' AS s /* ; */; // end" });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([['CREATE (x); DELETE y']]);
  });

  it.each(WRITE_AND_ESCAPE_ATTEMPTS)('refuses with 403 and changes nothing: %s', async (query) => {
    const before = await countAll(driver);
    const res = await api.post('/api/cypher', { query });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toMatch(/FORBIDDEN|MULTIPLE_STATEMENTS/);
    expect(res.body.error.message.length).toBeGreaterThan(10);
    expect(await countAll(driver)).toEqual(before);
  });

  it('refuses a write by its EXPLAIN query type even when the text screen is bypassed', async () => {
    const ctx = { driver, database: 'neo4j', timeoutMs: 5000 };
    const before = await countAll(driver);
    const err = await runReadOnlyQuery(ctx, 'CREATE (:Pwned)', {}, { rowCap: 10, requireReadPlan: true }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(403);
    expect(await countAll(driver)).toEqual(before);
  });

  it('refuses a write through the READ transaction alone', async () => {
    const ctx = { driver, database: 'neo4j', timeoutMs: 5000 };
    const before = await countAll(driver);
    const err = await runReadOnlyQuery(ctx, 'CREATE (:Pwned)', {}, { rowCap: 10, requireReadPlan: false }).catch((e) => e);
    expect(err).toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    expect(await countAll(driver)).toEqual(before);
  });

  it('caps rows and says the result was truncated', async () => {
    const capped = await api.post('/api/cypher', { query: 'UNWIND range(1, 100000) AS x RETURN x' });
    expect(capped.status).toBe(200);
    expect(capped.body.rows).toHaveLength(25);
    expect(capped.body.rows[24]).toEqual([25]);
    expect(capped.body.truncated).toBe(true);
    const exact = await api.post('/api/cypher', { query: 'UNWIND range(1, 25) AS x RETURN x' });
    expect(exact.body.rows).toHaveLength(25);
    expect(exact.body.truncated).toBe(false);
  });

  it('answers 400 with the database message for invalid Cypher and missing parameters', async () => {
    const bad = await api.post('/api/cypher', { query: 'MATCH (n RETURN n' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('CYPHER_ERROR');
    const missing = await api.post('/api/cypher', { query: 'RETURN $nope' });
    expect(missing.status).toBe(400);
    const noQuery = await api.post('/api/cypher', { params: {} });
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.error.code).toBe('INVALID_INPUT');
  });

  it('stops a slow query at the timeout with 504', async () => {
    const slow = await startTestApi(driver, { cypherTimeoutMs: 300 });
    try {
      const res = await slow.post('/api/cypher', {
        query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 1000003 = -1 RETURN count(x)',
      });
      expect(res.status).toBe(504);
      expect(res.body).toEqual({ error: { code: 'QUERY_TIMEOUT', message: expect.any(String) } });
      expect((await slow.get('/api/health')).status).toBe(200);
    } finally {
      await slow.close();
    }
  });

  it('rate-limits the console', async () => {
    const limited = await startTestApi(driver, { rateLimit: { windowMs: 60_000, max: 2 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.post('/api/cypher', { query: 'RETURN 1' })).status);
      expect(statuses).toEqual([200, 200, 429]);
      const res = await limited.post('/api/cypher', { query: 'RETURN 1' });
      expect(res.body.error.code).toBe('RATE_LIMITED');
      expect((await limited.get('/api/schema')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
