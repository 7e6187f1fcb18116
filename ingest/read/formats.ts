/**
 * Format converters: markdown, HTML and JSONL content to article records. Pure functions, no disk,
 * so each format can be tested on strings.
 */
import { splitArticles, fallbackTitle, type SplitArticle } from './split-articles.ts';
import { checkPublishedAt, checkUrl } from './document-metadata.ts';

/** An article parsed from a file before it gets an id: text plus optional metadata. */
export interface RawArticle extends SplitArticle {
  id?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
}

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

/** Markdown: the first heading is the title; emphasis, links and images are reduced to their text. */
export function markdownToArticle(md: string): SplitArticle {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let title = '';
  const body: string[] = [];
  for (const raw of lines) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      if (!title) title = heading[1] ?? '';
      else body.push(heading[1] ?? '');
      continue;
    }
    if (/^\s*(?:```|~~~|---+\s*$|\*\*\*+\s*$)/.test(raw)) continue;
    body.push(
      raw
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|\W)[*_](\S.*?\S|\S)[*_](?=\W|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1'),
    );
  }
  const text = body.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { title: title.trim() || fallbackTitle(text), text };
}

/** Plain text: may hold several articles (see splitArticles). */
export function textToArticles(text: string): SplitArticle[] {
  return splitArticles(text);
}

/** Result of parsing a JSONL file: the articles and one error per bad line. */
export interface JsonlParse {
  articles: RawArticle[];
  errors: { line: number; message: string }[];
}

const optString = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/**
 * JSONL/NDJSON: one article object per line; `text` or `body` required; bad lines reported, rest kept.
 * A line is bad when it is not an object, has no text, repeats an `id` of an earlier line, has a
 * `publishedAt` that is not ISO 8601, or a `url` that is not http(s).
 */
export function jsonlToArticles(content: string): JsonlParse {
  const articles: RawArticle[] = [];
  const errors: { line: number; message: string }[] = [];
  const lines = content.split(/\r?\n/);
  const idLines = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      errors.push({ line: i + 1, message: `malformed JSON: ${(e as Error).message}` });
      return;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      errors.push({ line: i + 1, message: 'expected a JSON object' });
      return;
    }
    const o = obj as Record<string, unknown>;
    const text = typeof o.text === 'string' ? o.text : typeof o.body === 'string' ? o.body : undefined;
    if (!text || !text.trim()) {
      errors.push({ line: i + 1, message: 'missing non-empty "text" or "body" field' });
      return;
    }
    const art: RawArticle = { title: optString(o.title) ?? fallbackTitle(text), text: text.trim() };
    const id = optString(o.id);
    const url = optString(o.url);
    const source = optString(o.source);
    const publishedAt = optString(o.publishedAt) ?? optString(o.published_at) ?? optString(o.date);
    const reject = (message: string) => errors.push({ line: i + 1, message });
    if (id) {
      const first = idLines.get(id);
      if (first !== undefined) return reject(`duplicate id ${JSON.stringify(id)} (first on line ${first}); line skipped`);
      idLines.set(id, i + 1);
      art.id = id;
    }
    if (url) {
      const checked = checkUrl(url);
      if ('error' in checked) return reject(checked.error);
      art.url = checked.value;
    }
    if (source) art.source = source;
    if (publishedAt) {
      const checked = checkPublishedAt(publishedAt);
      if ('error' in checked) return reject(checked.error);
      art.publishedAt = checked.value;
    }
    articles.push(art);
  });
  return { articles, errors };
}
