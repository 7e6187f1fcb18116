import { describe, expect, it } from 'vitest';
import { docxFormat } from './docx.ts';
import { makeDocx, makeZip } from './fixture-files.ts';

describe('docx', () => {
  it('reads paragraphs one per line, the title paragraph as title', async () => {
    const bytes = makeDocx(['Copper deal signed', 'Ministers of Chile & Peru met in Lima on Monday.', 'They signed a copper export deal.']);
    const { articles } = await docxFormat.read(bytes);
    expect(articles).toEqual([
      { title: 'Copper deal signed', text: 'Copper deal signed\nMinisters of Chile & Peru met in Lima on Monday.\nThey signed a copper export deal.' },
    ]);
  });
  it('takes the first sentence as title when no paragraph is styled as one', async () => {
    const { articles } = await docxFormat.read(makeDocx(['Ministers of Chile and Peru met in Lima on Monday. They talked.'], false));
    expect(articles[0]!.title).toBe('Ministers of Chile and Peru met in Lima on Monday.');
  });
  it('gives a file that is not a DOCX a clear error', async () => {
    await expect(docxFormat.read(new TextEncoder().encode('plain text'))).rejects.toThrow(/not a DOCX/);
    await expect(docxFormat.read(makeZip({ 'hello.txt': 'hi' }))).rejects.toThrow(/cannot read DOCX/);
  });
});
