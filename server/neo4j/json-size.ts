/**
 * How big a value would be as JSON, counted without building the JSON and given up as soon as a
 * budget is passed: a result row holding a 200 MB list costs a walk up to the budget, not 200 MB of
 * text. Walks with its own stack (no recursion), so a list nested 10,000 deep cannot overflow it.
 */
import { AppError } from '../errors.ts';

/** Deepest nesting of lists and maps accepted in a result value. */
export const MAX_VALUE_DEPTH = 100;

/**
 * The approximate JSON size of `value` in UTF-16 units (strings by length plus quotes, numbers as
 * up to 24 characters), or `Infinity` once it exceeds `budget`.
 * @throws AppError 422 when the value nests deeper than MAX_VALUE_DEPTH.
 */
export function jsonSizeWithin(value: unknown, budget: number): number {
  let size = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'bigint') size += 24;
    else if (typeof v === 'boolean' || v === null || v === undefined) size += 5;
    else if (typeof v === 'object') {
      if (depth >= MAX_VALUE_DEPTH) {
        throw new AppError(422, 'RESULT_TOO_NESTED', `A result value nests deeper than ${MAX_VALUE_DEPTH} levels.`);
      }
      if (Array.isArray(v)) {
        size += 2 + v.length;
        for (const item of v) stack.push([item, depth + 1]);
      } else {
        for (const [key, item] of Object.entries(v)) {
          size += key.length + 4;
          stack.push([item, depth + 1]);
        }
      }
    }
    if (size > budget) return Infinity;
  }
  return size;
}
