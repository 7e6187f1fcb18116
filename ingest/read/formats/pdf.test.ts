import { describe, expect, it } from 'vitest';
import { makePdf } from './fixture-files.ts';
import { pdfDateToIso, pdfFormat } from './pdf.ts';

describe('pdf', () => {
  it('reads the text layer, with title, author and creation date from the info dictionary', async () => {
    const bytes = makePdf(['Ministers of Chile and Peru met in Lima (on Monday).', 'They signed a copper export deal.'], {
      title: 'Copper deal signed',
      author: 'Ana Example',
      created: "D:20240507093000+02'00'",
    });
    const { articles } = await pdfFormat.read(bytes);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Copper deal signed', byline: 'Ana Example', publishedAt: '2024-05-07T09:30:00+02:00' });
    expect(articles[0]!.text).toContain('Ministers of Chile and Peru met in Lima (on Monday).');
    expect(articles[0]!.text).toContain('They signed a copper export deal.');
  });
  it('gives a scanned PDF (no text layer) a clear error', async () => {
    await expect(pdfFormat.read(makePdf([]))).rejects.toThrow(/no text layer.*OCR/);
  });
  it('refuses bytes that are not a PDF, and a damaged PDF, with an error', async () => {
    await expect(pdfFormat.read(new TextEncoder().encode('hello'))).rejects.toThrow(/not a PDF/);
    await expect(pdfFormat.read(makePdf(['x']).slice(0, 60))).rejects.toThrow(/PDF/);
  });
  it('converts PDF dates', () => {
    expect(pdfDateToIso('D:20240507093000Z')).toBe('2024-05-07T09:30:00Z');
    expect(pdfDateToIso('D:20240507')).toBe('2024-05-07');
    expect(pdfDateToIso('garbage')).toBeUndefined();
  });
});
