import { describe, expect, it } from 'vitest';
import { forEachMatch } from './match-all.ts';

const collect = (re: RegExp, s: string): [number, string[]][] => {
  const out: [number, string[]][] = [];
  forEachMatch(re, s, (m) => out.push([m.index, [...m]]));
  return out;
};
const viaMatchAll = (re: RegExp, s: string): [number, string[]][] => [...s.matchAll(re)].map((m) => [m.index!, [...m]]);

describe('forEachMatch', () => {
  it('yields what matchAll yields, empty matches included', () => {
    const cases: [RegExp, string][] = [
      [/(⟨\d+⟩) (?:and )?/g, '⟨0⟩ and ⟨1⟩ met ⟨2⟩'],
      [/x*/g, 'axxbx'],
      [/(?<!in )⟨(\d+)⟩/g, 'in ⟨1⟩ , ⟨2⟩'],
      [/q/g, 'none here'],
    ];
    for (const [re, s] of cases) expect(collect(re, s)).toEqual(viaMatchAll(re, s));
  });

  it('leaves the regex reusable, also from inside the callback', () => {
    const re = /a(\d)/g;
    const inner: number[] = [];
    forEachMatch(re, 'a1 a2', () => inner.push(collect(re, 'a7 a8').length));
    expect(inner).toEqual([2, 2]);
    expect(re.lastIndex).toBe(0);
    expect(collect(re, 'a3')).toEqual([[0, ['a3', '3']]]);
  });

  it('refuses a regex that is not global', () => {
    expect(() => forEachMatch(/a/, 'a', () => undefined)).toThrow(TypeError);
  });
});
