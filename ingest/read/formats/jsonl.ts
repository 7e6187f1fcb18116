/**
 * JSONL/NDJSON: one article object per line. A bad line is reported with its number and skipped;
 * the other lines are read.
 */
import { fallbackTitle } from '../split-articles.ts';
import { checkPublishedAt, checkUrl } from '../document-metadata.ts';
import { readAsText } from './decode-text.ts';
import type { LineReader, RawArticle, ReaderFormat, ReadOutput } from './types.ts';

const optString = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/**
 * A reader of one JSONL/NDJSON file, line by line: `text` or `body` required. A line is bad when it is
 * not an object, has no text, repeats an `id` of an earlier line, has a `publishedAt` that is not
 * ISO 8601, or a `url` that is not http(s). It remembers the ids seen (to report repeats), nothing else.
 */
export function createJsonlLineReader(): LineReader {
  const idLines = new Map<string, number>();
  return (line, lineNumber) => {
    if (!line.trim()) return undefined;
    const reject = (message: string) => ({ error: { line: lineNumber, message } });
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      return reject(`malformed JSON: ${(e as Error).message}`);
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return reject('expected a JSON object');
    const o = obj as Record<string, unknown>;
    const text = typeof o.text === 'string' ? o.text : typeof o.body === 'string' ? o.body : undefined;
    if (!text || !text.trim()) return reject('missing non-empty "text" or "body" field');
    const art: RawArticle = { title: optString(o.title) ?? fallbackTitle(text), text: text.trim() };
    const id = optString(o.id);
    const url = optString(o.url);
    const source = optString(o.source);
    const publishedAt = optString(o.publishedAt) ?? optString(o.published_at) ?? optString(o.date);
    if (id) {
      const first = idLines.get(id);
      if (first !== undefined) return reject(`duplicate id ${JSON.stringify(id)} (first on line ${first}); line skipped`);
      idLines.set(id, lineNumber);
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
    return { article: art };
  };
}

/** JSONL/NDJSON text: one article object per line; bad lines reported (see createJsonlLineReader), the rest kept. */
export function jsonlToArticles(content: string): ReadOutput & { errors: { line: number; message: string }[] } {
  const articles: RawArticle[] = [];
  const errors: { line: number; message: string }[] = [];
  const read = createJsonlLineReader();
  content.split(/\r?\n/).forEach((line, i) => {
    const r = read(line, i + 1);
    if (!r) return;
    if ('article' in r) articles.push(r.article);
    else errors.push({ line: r.error.line!, message: r.error.message });
  });
  return { articles, errors };
}

export const jsonlFormat: ReaderFormat = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  mediaTypes: ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
  read: readAsText(jsonlToArticles),
  parseText: jsonlToArticles,
  lineReader: createJsonlLineReader,
};
