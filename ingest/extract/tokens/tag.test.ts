import { describe, expect, it } from 'vitest';
import { tokenize } from './sentences.ts';
import { applyTags, tagText } from './tag.ts';

const lemmas = (text: string): Record<string, string> => {
  const tokens = tokenize(text);
  applyTags(tagText(text), tokens);
  return Object.fromEntries(tokens.map((t) => [t.lower, t.lemma ?? '']));
};

describe('applyTags', () => {
  it('gives plural nouns the model does not know their singular, and leaves words that are no plural', () => {
    const l = lemmas('The airstrikes and counterstrikes hit warehouses, churches and boxes. The news of its politics, the series and the headquarters spread.');
    expect(l.airstrikes).toBe('airstrike');
    expect(l.counterstrikes).toBe('counterstrike');
    expect(l.warehouses).toBe('warehouse');
    expect(l.churches).toBe('church');
    expect(l.news).toBe('news');
    expect(l.politics).toBe('politics');
    expect(l.series).toBe('series');
    expect(l.headquarters).toBe('headquarters');
  });
});
