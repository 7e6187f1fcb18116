/**
 * Nesting depth of JSON-like values, measured with an explicit stack so that a value nested 40,000
 * deep is measured (and refused) instead of overflowing a recursive walk later on.
 */

/** Deepest nesting accepted in request parameters. */
export const MAX_PARAM_DEPTH = 32;

/** Whether `value` nests lists and objects at most `max` deep (a scalar has depth 0). */
export function depthWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > max) return false;
    for (const item of Array.isArray(v) ? v : Object.values(v)) stack.push([item, depth + 1]);
  }
  return true;
}
