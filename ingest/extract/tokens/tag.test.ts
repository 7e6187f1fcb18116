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

describe('tagText', () => {
  const tags = (text: string): string[] => {
    const tokens = tokenize(text);
    applyTags(tagText(text), tokens);
    return tokens.map((t) => `${t.text}/${t.pos}`);
  };

  it('tags names written with letters beyond Latin-1 as proper nouns, whole', () => {
    const t = tags('On Monday Dovilė Šimkutė met Mehmet Yılmaz, Trần Văn Đức and Ilham Əliyev in Łódź.');
    for (const name of ['Dovilė', 'Šimkutė', 'Yılmaz', 'Trần', 'Đức', 'Əliyev', 'Łódź']) expect(t).toContain(`${name}/PROPN`);
    expect(t).toContain('met/VERB');
  });

  it('keeps every offset of the text it was given', () => {
    const text = 'Gülşen Aydın (Ankara) said: “Ğ is a letter.”';
    const tagged = tagText(text);
    for (let i = 0; i < tagged.pos.length; i++) expect(tagged.end[i]).toBeLessThanOrEqual(text.length);
    const tokens = tokenize(text);
    applyTags(tagged, tokens);
    expect(tokens.map((t) => t.text)).toContain('Aydın');
    expect(tokens.find((t) => t.text === 'Aydın')?.pos).toBe('PROPN');
  });
});
