/** Plain text: one file may hold several articles (see split-articles.ts). */
import { splitArticles } from '../split-articles.ts';
import { readAsText } from './decode-text.ts';
import type { ReaderFormat, ReadOutput } from './types.ts';

function parseText(text: string): ReadOutput {
  return { articles: splitArticles(text), errors: [] };
}

export const textFormat: ReaderFormat = {
  name: 'text',
  extensions: ['.txt'],
  mediaTypes: ['text/plain'],
  read: readAsText(parseText),
  parseText,
};
