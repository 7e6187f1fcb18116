import { describe, expect, it } from 'vitest';
import { readNeo4jEnvironment } from './environment.ts';

describe('readNeo4jEnvironment', () => {
  it('applies the defaults of the local runtime', () => {
    expect(readNeo4jEnvironment({})).toEqual({ user: 'neo4j', database: 'neo4j', port: 7687, heap: '1g', pagecache: '256m' });
  });

  it('treats empty variables as unset', () => {
    expect(readNeo4jEnvironment({ NEO4J_URI: '', NEO4J_PASSWORD: '', NEO4J_PORT: '' })).toEqual(readNeo4jEnvironment({}));
  });

  it('reads an existing database and names every bad variable', () => {
    expect(readNeo4jEnvironment({ NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'reader', NEO4J_DATABASE: 'news' })).toMatchObject({
      uri: 'bolt://db:7687',
      user: 'reader',
      database: 'news',
    });
    expect(() => readNeo4jEnvironment({ NEO4J_PORT: '99999', NEO4J_PAGECACHE: '1 GB' })).toThrow(/NEO4J_PORT.*NEO4J_PAGECACHE/);
  });
});
