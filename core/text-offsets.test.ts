import { describe, expect, it } from 'vitest';
import { sliceCodePoints, utf16ToCodePointOffsets } from './text-offsets.ts';

describe('utf16ToCodePointOffsets', () => {
  it('is the identity on a text without characters beyond the BMP', () => {
    const at = utf16ToCodePointOffsets('Zürich — café');
    expect([0, 3, 13].map(at)).toEqual([0, 3, 13]);
  });
  it('counts an emoji as one code point', () => {
    const text = 'a😀b😀cd';
    const at = utf16ToCodePointOffsets(text);
    expect(text.indexOf('b')).toBe(3);
    expect(at(3)).toBe(2);
    expect(at(text.length)).toBe(6);
    expect(sliceCodePoints(text, at(3), at(text.indexOf('c') + 1))).toBe('b😀c');
  });
});
