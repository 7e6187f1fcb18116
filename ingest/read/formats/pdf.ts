/**
 * PDF: the text layer, page by page, through pdf.js (the `unpdf` build, no canvas, no worker). The
 * title and author come from the document's info dictionary when it has them. A PDF without a text
 * layer (scanned pages) is a per-file error: there is nothing to read without OCR.
 */
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { fallbackTitle } from '../split-articles.ts';
import { normalizeDate } from '../document-metadata.ts';
import type { RawArticle, ReaderFormat } from './types.ts';

/** `D:20240507093000Z` or `D:20240507093000+02'00'` (PDF dates) → ISO 8601. */
export function pdfDateToIso(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return normalizeDate(value);
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', tz] = m;
  if (!h) return normalizeDate(`${y}-${mo}-${d}`);
  const zone = !tz || tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.slice(3).replace(/'/g, '') || '00'}`;
  return normalizeDate(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
}

/** Lines of one page: runs of spaces collapsed, blank lines dropped. */
function pageText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export const pdfFormat: ReaderFormat = {
  name: 'pdf',
  extensions: ['.pdf'],
  mediaTypes: ['application/pdf'],
  async read(bytes) {
    if (bytes.length === 0) throw new Error('empty file');
    if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') === -1) throw new Error('not a PDF file (no %PDF- header)');
    let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
    try {
      pdf = await getDocumentProxy(new Uint8Array(bytes)); // a copy: pdf.js takes over the buffer it is given
    } catch (e) {
      throw new Error(`cannot read PDF: ${(e as Error).message}`);
    }
    try {
      const { text: pages } = await extractText(pdf, { mergePages: false });
      const text = pages.map(pageText).filter(Boolean).join('\n\n');
      if (!text.trim()) {
        throw new Error(`PDF has no text layer (${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} without text, probably scanned); run OCR on it first`);
      }
      const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
      const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : fallbackTitle(text);
      const article: RawArticle = { title, text };
      if (typeof info.Author === 'string' && info.Author.trim()) article.byline = info.Author.trim();
      const date = pdfDateToIso(info.CreationDate);
      if (date) article.publishedAt = date;
      return { articles: [article], errors: [] };
    } finally {
      await pdf.loadingTask.destroy();
    }
  },
};
