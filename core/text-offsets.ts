/**
 * Offsets in a text, between the two units in play: JavaScript strings index UTF-16 code units,
 * Neo4j's string functions (`substring`, `size`) count Unicode code points. They differ after any
 * character outside the Basic Multilingual Plane (emoji, some CJK, mathematical letters). Stored
 * evidence offsets are code points, so Cypher and the explorer cut the same sentence.
 */

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * A converter of UTF-16 offsets of `text` to code-point offsets. Built once per text; the identity
 * when the text has no surrogate pair, which is the common case.
 */
export function utf16ToCodePointOffsets(text: string): (offset: number) => number {
  if (!HIGH_SURROGATE.test(text)) return (offset) => offset;
  const pairsBefore = new Uint32Array(text.length + 1);
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    pairsBefore[i] = pairs;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairsBefore[i + 1] = pairs; // an offset inside a pair counts as the pair's start
        pairs++;
        i++;
      }
    }
  }
  pairsBefore[text.length] = pairs;
  return (offset) => offset - pairsBefore[Math.max(0, Math.min(offset, text.length))]!;
}

/** `text` cut between two code-point offsets, as Cypher's `substring(text, start, end - start)` cuts it. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  if (!HIGH_SURROGATE.test(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}
