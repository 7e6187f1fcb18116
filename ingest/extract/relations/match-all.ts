/**
 * `str.matchAll(re)` without its per-call copy of the regex. matchAll builds a new RegExp object on
 * every call, and for the long precompiled relation patterns that copy is costly (the engine's cache
 * of compiled regexes is aged by garbage collection, so copies get recompiled). This helper runs the
 * shared global regex itself and yields the same matches in the same order.
 */

/**
 * Calls `fn` for every match of the global, non-unicode regex `re` in `str`, exactly as
 * `for (const m of str.matchAll(re)) fn(m)` would. `re.lastIndex` is kept across `fn` and reset at the end.
 */
export function forEachMatch(re: RegExp, str: string, fn: (m: RegExpExecArray) => void): void {
  if (!re.global || re.flags.includes('u') || re.flags.includes('v')) throw new TypeError('forEachMatch needs a global, non-unicode regex');
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(str);
    if (m === null) break;
    from = re.lastIndex;
    // An empty match moves on by one code unit, as matchAll does for a non-unicode regex.
    if (m[0] === '') from++;
    fn(m);
  }
  re.lastIndex = 0;
}
