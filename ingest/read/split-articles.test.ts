import { describe, expect, it } from 'vitest';
import { isKickerLine, splitArticles } from './split-articles.ts';

const FILE = [
  'The finance ministers of Chile and Peru met in Lima on Monday.',
  'They discussed copper exports.',
  'Photo: EFE',
  'COPPER DEAL: Chile and Peru agreed to align export rules, the ministers said The agreement takes effect in March. Officials welcomed it.',
  '‘NEW DAWN’ AHEAD: Voters in Ecuador head to the polls on Sunday The electoral council said turnout could be high.',
].join('\n');

describe('splitArticles', () => {
  it('keeps the multi-line first article and splits each kicker line into its own article', () => {
    const arts = splitArticles(FILE);
    expect(arts).toHaveLength(3);
    expect(arts[0]!.text).toContain('Photo: EFE');
    expect(arts[0]!.title).toBe('The finance ministers of Chile and Peru met in Lima on Monday.');
  });

  it('uses kicker and subtitle as the title and breaks the line where the body starts', () => {
    const arts = splitArticles(FILE);
    expect(arts[1]!.title).toBe('COPPER DEAL: Chile and Peru agreed to align export rules, the ministers said');
    expect(arts[1]!.text).toBe('COPPER DEAL: Chile and Peru agreed to align export rules, the ministers said\nThe agreement takes effect in March. Officials welcomed it.');
    expect(arts[2]!.title).toBe('‘NEW DAWN’ AHEAD: Voters in Ecuador head to the polls on Sunday');
  });

  it('does not take mixed-case labels or short lines for kickers', () => {
    expect(isKickerLine('Photo: AFP')).toBe(false);
    expect(isKickerLine('Note: the figures are provisional and may change later on')).toBe(false);
    expect(isKickerLine('UPDATE: ok')).toBe(false);
    expect(isKickerLine('ON ALERT: The council warned travellers about the risks of visiting the region')).toBe(true);
  });

  it('returns a single article for text without kickers', () => {
    expect(splitArticles('One paragraph.\n\nAnother paragraph.')).toHaveLength(1);
  });
});
