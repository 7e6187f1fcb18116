import { describe, expect, it } from 'vitest';
import { apiQuery, fillWhitelisted, loadSavedQueries, toSavedQuery } from './cypher-loader.ts';
import { parseCypherFile } from '../cypher/cypher-files.ts';

describe('saved queries in cypher/queries', () => {
  const queries = loadSavedQueries();

  it('has at least a dozen, each with a title, a description and typed parameters', () => {
    expect(queries.size).toBeGreaterThanOrEqual(12);
    for (const q of queries.values()) {
      expect(q.title, q.name).not.toBe(q.name);
      expect(q.description.length, q.name).toBeGreaterThan(20);
      for (const p of q.params) expect(q.cypher, `${q.name}.${p.name}`).toContain(`$${p.name}`);
    }
  });

  it('never concatenates: every value in a query is a parameter', () => {
    for (const q of queries.values()) expect(q.cypher).not.toMatch(/\{\{|\+\s*\$/);
  });
});

describe('toSavedQuery', () => {
  it('types defaults and marks parameters without one as required', () => {
    const q = toSavedQuery(
      parseCypherFile('// name: t\n// param: a string — x\n// param: n integer 5 — y\n// param: l string[] a,b\nRETURN $a, $n, $l', 't'),
    );
    expect(q.params).toEqual([
      { name: 'a', type: 'string', description: 'x', required: true },
      { name: 'n', type: 'integer', default: 5, description: 'y', required: false },
      { name: 'l', type: 'string[]', default: ['a', 'b'], required: false },
    ]);
  });

  it('refuses a default of the wrong type', () => {
    expect(() => toSavedQuery(parseCypherFile('// param: n integer abc\nRETURN $n', 't'))).toThrow(/not a integer/);
  });
});

describe('fillWhitelisted', () => {
  it('fills whitelisted integers and refuses anything else', () => {
    const allowed = { k: [1, 2, 3] };
    expect(fillWhitelisted('SHORTEST {{k}}', { k: 2 }, allowed)).toBe('SHORTEST 2');
    expect(() => fillWhitelisted('SHORTEST {{k}}', { k: 4 }, allowed)).toThrow();
    expect(() => fillWhitelisted('SHORTEST {{k}}', { k: 1.5 }, allowed)).toThrow();
  });

  it('is what the paths query needs', () => {
    expect(apiQuery('shortest-paths')).toContain('{{maxHops}}');
  });
});
