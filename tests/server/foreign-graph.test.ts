/**
 * The API on a graph our ingest did not build (movies and actors): names come from `name`, `title`
 * or the first string property, ids are elementIds, types are first labels, search falls back to a
 * CONTAINS scan, and Neo4j values (big integers, dates) come out as JSON. Start-up leaves such a
 * graph untouched (schema and counts) unless told to adopt it, and search keeps finding its names
 * with or without a full-text index of its own, and after adoption mixes our entities in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { join } from 'node:path';
import { loadExtraction } from '../../ingest/load/index.ts';
import { PROJECT_ROOT } from '../../neo4j-runtime/install.ts';
import { prepareDatabase } from '../../server/start-up/prepare-database.ts';
import { smallGraph } from '../fixtures/server/small-graph.ts';
import { getTestNeo4j, resetDatabase, wipeDatabase } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-client.ts';

const SAMPLES = join(PROJECT_ROOT, 'ingest', 'samples');

/** Everything start-up could change: constraints and indexes (with their definitions), labels, counts. */
async function snapshot(driver: Driver) {
  const q = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: 'neo4j', routing: 'READ' })).records.map((r) => r.toObject());
  return {
    constraints: await q('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name'),
    indexes: await q('SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name'),
    labels: await q('CALL db.labels() YIELD label RETURN label ORDER BY label'),
    counts: (await q('MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS rels RETURN toString(nodes) + "/" + toString(rels) AS c'))[0]!['c'],
  };
}

const MOVIES = `
CREATE (keanu:Person {name: 'Keanu Reeves', born: 1964}),
       (carrie:Person {name: 'Carrie-Anne Moss', born: 1967}),
       (laurence:Person {name: 'Laurence Fishburne', born: 1961}),
       (lana:Person {name: 'Lana Wachowski', born: 1965}),
       (matrix:Movie {title: 'The Matrix', released: 1999, id: 603, budget: 9007199254740993,
                      premiere: date('1999-03-31'), tagline: 'Welcome to the Real World'}),
       (reloaded:Movie {title: 'The Matrix Reloaded', released: 2003}),
       (mnemonic:Movie {title: 'Johnny Mnemonic', released: 1995}),
       (scifi:Genre {label: 'Science fiction'}),
       (keanu)-[:ACTED_IN {roles: ['Neo']}]->(matrix),
       (carrie)-[:ACTED_IN {roles: ['Trinity']}]->(matrix),
       (laurence)-[:ACTED_IN {roles: ['Morpheus']}]->(matrix),
       (keanu)-[:ACTED_IN {roles: ['Neo']}]->(reloaded),
       (keanu)-[:ACTED_IN {roles: ['Johnny']}]->(mnemonic),
       (lana)-[:DIRECTED]->(matrix),
       (lana)-[:DIRECTED]->(reloaded),
       (matrix)-[:IN_GENRE]->(scifi)`;

describe('API on a foreign (movies) graph', () => {
  let driver: Driver;
  let api: TestApi;
  const eid = async (cypher: string) => {
    const { records } = await driver.executeQuery(`${cypher} RETURN elementId(n) AS id`, {}, { database: 'neo4j' });
    return String(records[0]!.get('id'));
  };

  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
    await driver.executeQuery(MOVIES, {}, { database: 'neo4j' });
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api?.close();
    await resetDatabase(driver);
  });

  it('lists the foreign labels and relationship types', async () => {
    const { body } = await api.get('/api/schema');
    expect(body.labels).toContainEqual({ label: 'Movie', count: 3 });
    expect(body.relationshipTypes).toContainEqual({ type: 'ACTED_IN', count: 5 });
  });

  it('searches by name/title with a scan when the graph holds none of our entities', async () => {
    const { status, body } = await api.get('/api/search?q=matrix');
    expect(status).toBe(200);
    expect(body.results.map((r: { name: string }) => r.name)).toEqual(['The Matrix', 'The Matrix Reloaded']);
    expect(body.results[0]).toMatchObject({ type: 'Movie', id: await eid("MATCH (n:Movie {title: 'The Matrix'})") });
    const people = await api.get('/api/search?q=lana&types=Person');
    expect(people.body.results.map((r: { name: string }) => r.name)).toEqual(['Lana Wachowski']);
    const movies = await api.get('/api/search?q=lana&types=Movie');
    expect(movies.body.results).toEqual([]);
  });

  it('searches by scan when the full-text index does not exist', async () => {
    await driver.executeQuery('DROP INDEX entity_text IF EXISTS', {}, { database: 'neo4j' });
    const { status, body } = await api.get('/api/search?q=keanu');
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ name: 'Keanu Reeves', type: 'Person', score: 0.75 });
  });

  it('shows a node with elementId, title as name and plain JSON values', async () => {
    const id = await eid("MATCH (n:Movie {title: 'The Matrix'})");
    const res = await api.get(`/api/nodes/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    expect(res.body.node).toMatchObject({ id, type: 'Movie', name: 'The Matrix', labels: ['Movie'] });
    expect(res.body.node.properties).toMatchObject({ released: 1999, id: 603, budget: '9007199254740993', premiere: '1999-03-31' });
    expect(res.body.degree).toContainEqual({ type: 'ACTED_IN', direction: 'in', count: 3 });
    const genre = await api.get(`/api/nodes/${encodeURIComponent(await eid('MATCH (n:Genre)'))}`);
    expect(genre.body.node.name).toBe('Science fiction');
  });

  it('pages neighbours with totals per label and edges between elementIds', async () => {
    const id = await eid("MATCH (n:Movie {title: 'The Matrix'})");
    const res = await api.get(`/api/nodes/${encodeURIComponent(id)}/neighbors?types=Person`);
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual([{ type: 'Person', count: 4 }]);
    const ids = new Set(res.body.nodes.map((n: { id: string }) => n.id));
    expect(ids.size).toBe(5);
    for (const e of res.body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('finds paths between two actors through their films, with empty evidence', async () => {
    const from = encodeURIComponent(await eid("MATCH (n:Person {name: 'Carrie-Anne Moss'})"));
    const to = encodeURIComponent(await eid("MATCH (n:Person {name: 'Lana Wachowski'})"));
    const res = await api.get(`/api/paths?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    // k shortest: via The Matrix (2 hops), then via Keanu Reeves and The Matrix Reloaded (4 hops)
    expect(res.body.paths.map((p: { length: number }) => p.length)).toEqual([2, 4]);
    expect(res.body.paths[0].nodes.map((n: { name: string }) => n.name)).toEqual(['Carrie-Anne Moss', 'The Matrix', 'Lana Wachowski']);
    expect(res.body.paths[0].hops.map((h: { edge: { type: string }; evidence: unknown[] }) => [h.edge.type, h.evidence])).toEqual([
      ['ACTED_IN', []],
      ['DIRECTED', []],
    ]);
    const one = await api.get(`/api/paths?from=${from}&to=${to}&k=1`);
    expect(one.body.paths).toHaveLength(1);
  });

  it('returns a relationship by elementId with no evidence, and 404 for documents', async () => {
    const { records } = await driver.executeQuery(
      "MATCH (:Person {name: 'Keanu Reeves'})-[r:ACTED_IN]->(:Movie {title: 'Johnny Mnemonic'}) RETURN elementId(r) AS id",
      {},
      { database: 'neo4j' },
    );
    const id = String(records[0]!.get('id'));
    const res = await api.get(`/api/edges/${encodeURIComponent(id)}/evidence`);
    expect(res.status).toBe(200);
    expect(res.body.edge).toMatchObject({ id, type: 'ACTED_IN', properties: { roles: ['Johnny'] } });
    expect(res.body.evidence).toEqual([]);
    const movie = await eid("MATCH (n:Movie {title: 'The Matrix'})");
    expect((await api.get(`/api/documents/${encodeURIComponent(movie)}`)).status).toBe(404);
  });

  it('runs Cypher and saved queries on it', async () => {
    const res = await api.post('/api/cypher', { query: 'MATCH (p:Person)-[r:DIRECTED]->(m) RETURN p, r, m ORDER BY m.title' });
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(2);
    expect(res.body.graph.nodes).toHaveLength(3);
    expect(res.body.rows[0][0]).toMatchObject({ name: 'Lana Wachowski', type: 'Person' });
    const saved = await api.post('/api/queries/most-connected-actors', {});
    expect(saved.status).toBe(200);
    expect(saved.body.rows).toEqual([]);
  });
});

describe('start-up on a foreign (movies) graph', () => {
  let driver: Driver;
  const lines: string[] = [];
  const names = (res: { body: { results: { name: string }[] } }) => res.body.results.map((r) => r.name);

  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await wipeDatabase(driver);
    await driver.executeQuery(MOVIES, {}, { database: 'neo4j' });
    await driver.executeQuery('CREATE CONSTRAINT movie_title FOR (m:Movie) REQUIRE m.title IS UNIQUE', {}, { database: 'neo4j' });
    await driver.executeQuery('CREATE INDEX person_born FOR (p:Person) ON (p.born)', {}, { database: 'neo4j' });
  });
  afterAll(async () => {
    await resetDatabase(driver);
  });

  it('leaves its constraints, indexes, labels and counts untouched and serves it read-only', async () => {
    const before = await snapshot(driver);
    const prepared = await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: false, samplesDir: SAMPLES, log: (l) => lines.push(l) });
    expect(prepared).toMatchObject({ writable: false, adopted: false, ownership: { ownership: 'foreign', foreignLabels: ['Genre', 'Movie'] } });
    expect(prepared.ownership.foreignSchema).toEqual(['movie_title', 'person_born']);
    expect(await snapshot(driver)).toEqual(before);
    expect(before.counts).toEqual('8/8');
    expect(lines.join('\n')).toMatch(/READ-ONLY[\s\S]*ALLOW_FOREIGN_WRITE=true/);
    // A second start decides the same and still writes nothing.
    await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: false, samplesDir: SAMPLES });
    expect(await snapshot(driver)).toEqual(before);
  });

  it('finds its names with no full-text index at all, and refuses uploads on it', async () => {
    const api = await startTestApi(driver, { allowUploads: true }, { readOnlyDatabase: true });
    try {
      expect(names(await api.get('/api/search?q=keanu'))).toEqual(['Keanu Reeves']);
      const upload = await api.post('/api/documents', { title: 'T', text: 'Chile and Peru signed a trade pact.' });
      expect(upload.status).toBe(403);
      expect(upload.body.error.code).toBe('READ_ONLY_DATABASE');
    } finally {
      await api.close();
    }
    expect((await snapshot(driver)).counts).toEqual('8/8');
  });

  it('finds its names when it has full-text indexes of its own, one even named like ours', async () => {
    await driver.executeQuery('CREATE FULLTEXT INDEX entity_text FOR (n:Movie) ON EACH [n.title]', {}, { database: 'neo4j' });
    await driver.executeQuery('CREATE FULLTEXT INDEX people_names FOR (n:Person) ON EACH [n.name]', {}, { database: 'neo4j' });
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: 'neo4j' });
    const before = await snapshot(driver);
    const prepared = await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: false, samplesDir: SAMPLES });
    expect(prepared.writable).toBe(false);
    expect(await snapshot(driver)).toEqual(before);
    const api = await startTestApi(driver, {}, { readOnlyDatabase: true });
    try {
      expect(names(await api.get('/api/search?q=keanu'))).toEqual(['Keanu Reeves']);
      expect(names(await api.get('/api/search?q=matrix'))).toEqual(['The Matrix', 'The Matrix Reloaded']);
    } finally {
      await api.close();
    }
    await driver.executeQuery('DROP INDEX entity_text', {}, { database: 'neo4j' });
    await driver.executeQuery('DROP INDEX people_names', {}, { database: 'neo4j' });
  });

  it('adopts it only when asked: our schema and marker, no sample corpus, and search finds both worlds', async () => {
    const prepared = await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: true, samplesDir: SAMPLES });
    expect(prepared).toMatchObject({ writable: true, adopted: true });
    expect(prepared.sample).toBeUndefined();
    const after = await snapshot(driver);
    expect(after.counts).toEqual('9/8'); // the marker node only
    expect(after.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['entity_text', 'movie_title', 'person_born']));
    const again = await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: false, samplesDir: SAMPLES });
    expect(again.ownership.ownership).toBe('ours');
    // Our entities next to the movie people: the full-text index is ours now, and foreign names still come back.
    await loadExtraction(driver, smallGraph);
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: 'neo4j' });
    const api = await startTestApi(driver);
    try {
      expect(names(await api.get('/api/search?q=keanu'))).toEqual(['Keanu Reeves']);
      const entity = smallGraph.entities[0]!;
      expect(names(await api.get(`/api/search?q=${encodeURIComponent(entity.name)}`))).toContain(entity.name);
    } finally {
      await api.close();
    }
  });
});
