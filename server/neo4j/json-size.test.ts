import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { jsonSizeWithin } from './json-size.ts';

describe('jsonSizeWithin', () => {
  it('is close to the JSON length of ordinary values', () => {
    const value = { name: 'Germany', aliases: ['DE', 'Deutschland'], n: 3, ok: true, x: null };
    const size = jsonSizeWithin(value, 10_000);
    const json = JSON.stringify(value).length;
    expect(size).toBeGreaterThanOrEqual(json);
    expect(size).toBeLessThan(json * 2);
  });

  it('gives up at the budget without walking the rest', () => {
    const huge = new Array(1_000_000).fill('x'.repeat(70));
    expect(jsonSizeWithin(huge, 10_000)).toBe(Infinity);
  });

  it('refuses values nested deeper than the limit instead of overflowing', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(() => jsonSizeWithin(deep, Number.MAX_SAFE_INTEGER)).toThrow(AppError);
  });
});
