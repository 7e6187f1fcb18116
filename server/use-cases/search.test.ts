import { describe, expect, it } from 'vitest';
import { escapeLucene, toLuceneQuery } from './search.ts';

describe('toLuceneQuery', () => {
  it('requires every word, boosting exact matches and allowing prefixes', () => {
    expect(toLuceneQuery('Angela Merkl')).toBe('(angela^3 OR angela*) AND (merkl^3 OR merkl*)');
  });

  it('allows one typo on longer words only when asked for fuzzy matching', () => {
    expect(toLuceneQuery('Angela Merkl', { fuzzy: true })).toBe('(angela^3 OR angela* OR angela~1) AND (merkl^3 OR merkl* OR merkl~1)');
    expect(toLuceneQuery('EU', { fuzzy: true })).toBe('(eu^3 OR eu*)');
  });

  it('does not expand one-letter words as prefixes', () => {
    expect(toLuceneQuery('George W')).toBe('(george^3 OR george*) AND (w^3)');
  });

  it('drops Lucene syntax from user input instead of passing it through', () => {
    const q = toLuceneQuery('name:"x" OR (y* AND z~) \\ -w');
    expect(q).not.toMatch(/name:|"|\\/);
    expect(q).toContain('(or^3 OR or*)');
    expect(q).toContain('(w^3)');
  });

  it('returns an empty query when nothing searchable is left', () => {
    expect(toLuceneQuery('!!! ???')).toBe('');
  });
});

describe('escapeLucene', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });
});
