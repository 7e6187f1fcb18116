/** Markdown: the first heading is the title; emphasis, links and images are reduced to their text. */
import { fallbackTitle, type SplitArticle } from '../split-articles.ts';
import { readAsText } from './decode-text.ts';
import type { ReaderFormat, ReadOutput } from './types.ts';

/** One Markdown document as an article. */
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

function parseText(text: string): ReadOutput {
  return { articles: [markdownToArticle(text)], errors: [] };
}

export const markdownFormat: ReaderFormat = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  mediaTypes: ['text/markdown'],
  read: readAsText(parseText),
  parseText,
};
