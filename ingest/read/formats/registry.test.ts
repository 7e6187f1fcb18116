import { describe, expect, it } from 'vitest';
import { describeFormats, READERS, readerForMediaType, readerForPath, SUPPORTED_EXTENSIONS } from './registry.ts';

describe('reader registry', () => {
  it('gives every extension and media type to exactly one reader', () => {
    const extensions = READERS.flatMap((r) => r.extensions);
    const mediaTypes = READERS.flatMap((r) => r.mediaTypes);
    expect(new Set(extensions).size).toBe(extensions.length);
    expect(new Set(mediaTypes).size).toBe(mediaTypes.length);
    expect(extensions.every((e) => /^\.[a-z0-9]+$/.test(e))).toBe(true);
  });
  it('derives the supported extensions and the help text from the table', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(READERS.flatMap((r) => r.extensions));
    for (const r of READERS) expect(describeFormats()).toContain(`${r.name} (${r.extensions.join(', ')})`);
  });
  it('finds a reader by extension, case-insensitively, and by media type with parameters', () => {
    expect(readerForPath('/x/Story.HTM')?.name).toBe('html');
    expect(readerForPath('notes.markdown')?.name).toBe('markdown');
    expect(readerForPath('archive.zip')).toBeUndefined();
    expect(readerForMediaType('text/html; charset=utf-8')?.name).toBe('html');
    expect(readerForMediaType('image/png')).toBeUndefined();
  });
  it('decodes bytes per format: a declared charset is honoured, UTF-8 otherwise strict', async () => {
    const text = READERS.find((r) => r.name === 'text')!;
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x6e, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73, 0x2e]);
    await expect(text.read(latin1)).rejects.toThrow(/UTF-8/);
    expect((await text.read(latin1, { charset: 'iso-8859-1' })).articles[0]!.text).toBe('Café in Paris.');
  });
});
