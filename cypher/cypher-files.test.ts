import { describe, expect, it } from 'vitest';
import { loadCypher, loadCypherFolder, parseCypherFile } from './cypher-files.ts';

describe('parseCypherFile', () => {
  it('reads the header and strips it from the query', () => {
    const file = parseCypherFile(
      [
        '// name: top-actors',
        '// title: Most connected actors',
        '// description: Actors with the most facts.',
        '// param: limit integer 10 — how many to return',
        '// param: types string[] — entity types',
        'MATCH (e:Entity) RETURN e LIMIT $limit',
      ].join('\n'),
      'fallback',
    );
    expect(file.name).toBe('top-actors');
    expect(file.title).toBe('Most connected actors');
    expect(file.params).toEqual([
      { name: 'limit', type: 'integer', default: '10', description: 'how many to return' },
      { name: 'types', type: 'string[]', default: undefined, description: 'entity types' },
    ]);
    expect(file.text).toBe('MATCH (e:Entity) RETURN e LIMIT $limit');
  });

  it('splits files holding several statements', () => {
    const file = parseCypherFile('CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n', 'x');
    expect(file.statements).toHaveLength(2);
    expect(file.name).toBe('x');
  });

  it('refuses a malformed param line', () => {
    expect(() => parseCypherFile('// param: \nRETURN 1', 'bad')).toThrow(/param/);
  });
});

describe('loadCypher', () => {
  it('loads the schema and ingest queries shipped in cypher/', () => {
    expect(loadCypherFolder('schema').flatMap((f) => f.statements).length).toBeGreaterThanOrEqual(5);
    expect(loadCypher('ingest', 'upsert-entities').text).toMatch(/^UNWIND \$entities/);
  });
});
