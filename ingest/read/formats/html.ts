/**
 * HTML: markup stripped (scripts, styles and comments dropped, block breaks kept as newlines), the
 * first <h1> (else <title>) as title.
 */
import { fallbackTitle, type SplitArticle } from '../split-articles.ts';
import { readAsText } from './decode-text.ts';
import type { ReaderFormat, ReadOutput } from './types.ts';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', copy: '©', reg: '®', eacute: 'é',
  euro: '€', pound: '£', yen: '¥', middot: '·', laquo: '«', raquo: '»', shy: '',
};

/** Decodes HTML character references (named, decimal, hex). Unknown names are kept verbatim. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|hr|title)\b[^>]*>/gi;

/** Strips markup from HTML: drops script/style/comments, keeps block breaks as newlines. */
export function htmlToArticle(html: string): SplitArticle {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(cleaned)?.[1];
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(cleaned)?.[1];
  const strip = (s: string): string => decodeEntities(s.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  const bodyHtml = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(cleaned)?.[1] ?? cleaned.replace(/<head\b[\s\S]*?<\/head>/i, ' ');
  const text = decodeEntities(bodyHtml.replace(BLOCK_TAGS, '\n').replace(/<[^>]*>/g, ' '))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
  const title = (h1 && strip(h1)) || (titleTag && strip(titleTag)) || fallbackTitle(text);
  return { title, text };
}

function parseText(text: string): ReadOutput {
  return { articles: [htmlToArticle(text)], errors: [] };
}

export const htmlFormat: ReaderFormat = {
  name: 'html',
  extensions: ['.html', '.htm'],
  mediaTypes: ['text/html', 'application/xhtml+xml'],
  read: readAsText(parseText),
  parseText,
};
