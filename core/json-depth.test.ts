import { describe, expect, it } from 'vitest';
import { depthWithin } from './json-depth.ts';

describe('depthWithin', () => {
  it('counts lists and objects, not scalars', () => {
    expect(depthWithin(1, 0)).toBe(true);
    expect(depthWithin({ a: [1, { b: 2 }] }, 3)).toBe(true);
    expect(depthWithin({ a: [1, { b: 2 }] }, 2)).toBe(false);
  });

  it('measures a value nested 40,000 deep without overflowing', () => {
    const text = '{"a":'.repeat(40_000) + '1' + '}'.repeat(40_000);
    expect(depthWithin(JSON.parse(text), 32)).toBe(false);
  });
});
