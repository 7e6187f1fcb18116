import { describe, expect, it } from 'vitest';
import { splitSentences, tokenText, tokenize } from './sentences.ts';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break on abbreviations, initials or decimals', () => {
    expect(sentences('Mr. Smith met Dr. Jones in St. Louis on Jan. 20. The U.S. Army paid $5.3 billion. J. K. Rowling wrote.')).toEqual([
      'Mr. Smith met Dr. Jones in St. Louis on Jan. 20.',
      'The U.S. Army paid $5.3 billion.',
      'J. K. Rowling wrote.',
    ]);
  });

  it('keeps a closing quote with its sentence and breaks on newlines', () => {
    expect(sentences('He said: “It is over.” She left.\nNew line here')).toEqual(['He said: “It is over.”', 'She left.', 'New line here']);
  });

  it('ends a sentence after U.S. when a new sentence clearly starts', () => {
    expect(sentences('The aid came from the U.S. The money arrived.')).toEqual(['The aid came from the U.S.', 'The money arrived.']);
  });

  it('returns offsets that slice the original text', () => {
    const t = '  First one.  Second one.  ';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
  });
});

describe('tokenize', () => {
  it('splits possessives, keeps hyphenated names, money and abbreviations whole', () => {
    expect(tokenize('Biden’s aide Wang Hsiao-ming paid US$870 million in the U.S.').map((t) => t.text)).toEqual([
      'Biden', '’s', 'aide', 'Wang', 'Hsiao-ming', 'paid', 'US$870', 'million', 'in', 'the', 'U.S.',
    ]);
  });
});

describe('ordinals', () => {
  it('keeps "32nd" and "1st" whole', () => {
    expect(tokenize('Sweden became the 32nd member; the 1st round.').map((t) => t.text)).toEqual(['Sweden', 'became', 'the', '32nd', 'member', ';', 'the', '1st', 'round', '.']);
  });
});

describe('tokenize: prefixes, brokers and plural possessives', () => {
  it('splits "pro-"/"anti-" before a name and "-brokered" after one, and reads a plural\'s apostrophe as a possessive', () => {
    expect(tokenize('an anti-Beijing rally').map((t) => t.text)).toEqual(['an', 'anti', '-', 'Beijing', 'rally']);
    expect(tokenize('a Qatar-brokered truce').map((t) => t.text)).toEqual(['a', 'Qatar', '-', 'brokered', 'truce']);
    expect(tokenize('a pro-growth plan').map((t) => t.text)).toEqual(['a', 'pro-growth', 'plan']);
    const plural = tokenize("the Bahamas' envoy");
    expect(plural.map((t) => t.lower)).toEqual(['the', 'bahamas', "'s", 'envoy']);
    expect(plural[2]!.text).toBe("'");
    expect(tokenize("he said 'yes' today").map((t) => t.lower)).toContain("'");
  });
});

describe('tokenText', () => {
  it('joins the texts of a token range as slice/map/join would, out-of-range bounds included', () => {
    const tokens = tokenize("The Council's Envoy met Rebels.");
    const chain = (from: number, to: number, sep: string, lower: boolean) => tokens.slice(Math.max(0, from), to).map((t) => (lower ? t.lower : t.text)).join(sep);
    for (const [from, to] of [[0, 3], [1, 1], [2, 99], [-3, 2], [4, 2], [0, tokens.length]] as const) {
      for (const sep of ['', ' ']) for (const lower of [false, true]) expect(tokenText(tokens, from, to, sep, lower)).toBe(chain(from, to, sep, lower));
    }
    expect(tokenText(tokens, 0, 3)).toBe("The Council 's");
    expect(tokenText(tokens, 3, 5, ' ', true)).toBe('envoy met');
  });
});
