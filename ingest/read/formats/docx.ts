/**
 * DOCX (Word): the body converted with mammoth to plain HTML (headings, paragraphs, lists; no
 * styling, no images), then read like a page fragment: one line per paragraph, the first heading
 * (a "Title" or "Heading 1" paragraph) as title.
 */
import mammoth from 'mammoth';
import { htmlToArticle } from './html.ts';
import type { ReaderFormat } from './types.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export const docxFormat: ReaderFormat = {
  name: 'docx',
  extensions: ['.docx'],
  mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  async read(bytes) {
    if (bytes.length === 0) throw new Error('empty file');
    if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new Error('not a DOCX file (not a zip archive)');
    let html: string;
    try {
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"], ignoreEmptyParagraphs: true, externalFileAccess: false },
      );
      html = result.value;
    } catch (e) {
      throw new Error(`cannot read DOCX: ${(e as Error).message}`);
    }
    const article = htmlToArticle(`<body>${html}</body>`);
    if (!article.text.trim()) throw new Error('DOCX has no text');
    return { articles: [article], errors: [] };
  },
};
