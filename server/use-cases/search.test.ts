import { describe, expect, it } from 'vitest';
import { escapeLucene, toLuceneQuery } from './search.ts';

describe('toLuceneQuery', () => {
  it('requires every word, boosting exact matches and allowing prefixes and one typo on longer words', () => {
    expect(toLuceneQuery('Angela Merkl')).toBe('(angela^3 OR angela* OR angela~1) AND (merkl^3 OR merkl* OR merkl~1)');
  });

  it('does not fuzz short words', () => {
    expect(toLuceneQuery('EU')).toBe('(eu^3 OR eu*)');
  });

  it('drops Lucene syntax from user input instead of passing it through', () => {
    const q = toLuceneQuery('name:"x" OR (y* AND z~) \\ -w');
    expect(q).not.toMatch(/name:|"|\\/);
    expect(q).toContain('(or^3 OR or*)');
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
