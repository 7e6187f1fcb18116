/**
 * HTML pages: reduced to the article with Mozilla's Readability (the Firefox reader view) on a
 * linkedom DOM, so navigation, ads and footers stay out; title, byline, publication date and
 * canonical link come from the page's meta tags. A page Readability finds no article in (a short
 * fragment) is read whole: markup stripped (scripts, styles and comments dropped, block breaks kept
 * as newlines), the first <h1> (else <title>) as title. No script runs; nothing is fetched.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fallbackTitle, type SplitArticle } from '../split-articles.ts';
import { checkUrl, normalizeDate } from '../document-metadata.ts';
import { decodeText } from './decode-text.ts';
import type { RawArticle, ReaderFormat, ReadOutput } from './types.ts';

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

type Doc = ReturnType<typeof parseHTML>['document'];

/** The `content` of the first meta tag matching one of the selectors, trimmed. */
function meta(document: Doc, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

const PUBLISHED = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];
const BYLINE = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]'];
const TITLE = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];

/** The published date of a page: meta tags first, then the first <time datetime>, then Readability's. */
function publishedDate(document: Doc, fromReadability: string | null | undefined): string | undefined {
  const candidates = [meta(document, PUBLISHED), document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined, fromReadability ?? undefined];
  for (const c of candidates) {
    const date = normalizeDate(c);
    if (date) return date;
  }
  return undefined;
}

/** The page's own address: canonical link, else og:url; http(s) only. */
function canonicalUrl(document: Doc): string | undefined {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, ['meta[property="og:url"]']);
  if (!href) return undefined;
  const checked = checkUrl(href);
  return 'value' in checked ? checked.value : undefined;
}

/**
 * A web page as one article: Readability's reading of it when it finds one, else the whole page.
 * Metadata that the page carries (published date, byline, canonical link) is kept either way.
 */
export function htmlPageToArticle(html: string): RawArticle {
  const { document } = parseHTML(html);
  const published = meta(document, PUBLISHED);
  const metaTitle = meta(document, TITLE);
  const metaByline = meta(document, BYLINE);
  const url = canonicalUrl(document);
  const dateFromTime = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null; // a page Readability cannot walk is read whole below
  }
  const whole = htmlToArticle(html);
  const body = parsed?.content ? htmlToArticle(`<body>${parsed.content}</body>`).text : '';
  const article: RawArticle = body.length >= 80 ? { title: '', text: body } : { ...whole };
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const h1Text = h1 ? decodeEntities(h1.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim() : '';
  article.title = metaTitle || h1Text || parsed?.title?.trim() || whole.title || fallbackTitle(article.text);
  const byline = metaByline ?? parsed?.byline?.trim();
  if (byline) article.byline = byline;
  const date = normalizeDate(published) ?? publishedDate(document, parsed?.publishedTime ?? dateFromTime);
  if (date) article.publishedAt = date;
  if (url) article.url = url;
  return article;
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

function parseText(text: string): ReadOutput {
  return { articles: [htmlPageToArticle(text)], errors: [] };
}

export const htmlFormat: ReaderFormat = {
  name: 'html',
  extensions: ['.html', '.htm'],
  mediaTypes: ['text/html', 'application/xhtml+xml'],
  read: async (bytes, context) => parseText(decodeText(bytes, context?.charset ?? declaredCharset(bytes))),
  parseText,
};
