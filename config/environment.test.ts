import { describe, expect, it } from 'vitest';
import { environmentSchema, readChromiumPath, readExtractorEnvironment, readNeo4jEnvironment } from './environment.ts';

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

describe('shared environment', () => {
  it('reads every entry point\'s settings from one schema, with defaults', () => {
    const parsed = environmentSchema.parse({});
    expect(parsed.EXTRACTOR).toBe('rules');
    expect(parsed.CHROMIUM_PATH).toBe('/usr/bin/chromium');
    expect(parsed.NEO4J_PORT).toBe(7687);
    expect(readChromiumPath({ CHROMIUM_PATH: '/opt/chromium' })).toBe('/opt/chromium');
    expect(readNeo4jEnvironment({ NEO4J_PORT: '7700' }).port).toBe(7700);
  });
  it('names the variable of a bad value', () => {
    expect(() => readExtractorEnvironment({ EXTRACTOR: 'llm', LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_CONCURRENCY: '0' })).toThrow(/LLM_CONCURRENCY/);
    expect(() => readNeo4jEnvironment({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP/);
    expect(readExtractorEnvironment({ EXTRACTOR: 'llm', LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_CONCURRENCY: '4' }).llm?.concurrency).toBe(4);
  });
});
