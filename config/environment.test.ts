import { describe, expect, it } from 'vitest';
import { environmentSchema, readChromiumPath, readExtractorEnvironment, readNeo4jEnvironment } from './environment.ts';

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
