/**
 * JSONL/NDJSON: one article object per line. A bad line is reported with its number and skipped;
 * the other lines are read.
 */
import { fallbackTitle } from '../split-articles.ts';
import { checkPublishedAt, checkUrl } from '../document-metadata.ts';
import { readAsText } from './decode-text.ts';
import type { RawArticle, ReaderFormat, ReadOutput } from './types.ts';

const optString = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/**
 * JSONL/NDJSON: one article object per line; `text` or `body` required; bad lines reported, rest kept.
 * A line is bad when it is not an object, has no text, repeats an `id` of an earlier line, has a
 * `publishedAt` that is not ISO 8601, or a `url` that is not http(s).
 */
export function jsonlToArticles(content: string): ReadOutput & { errors: { line: number; message: string }[] } {
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

export const jsonlFormat: ReaderFormat = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  mediaTypes: ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
  read: readAsText(jsonlToArticles),
  parseText: jsonlToArticles,
};
