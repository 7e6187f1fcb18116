/**
 * The readers, one line each: adding a format is one file in this folder and one line here. The
 * CLI's help, the list of extensions a folder walk picks up and the media types a fetched URL may
 * have all come from this table.
 */
import { extname } from 'node:path';
import { docxFormat } from './docx.ts';
import { feedFormat } from './feed.ts';
import { htmlFormat } from './html.ts';
import { jsonlFormat } from './jsonl.ts';
import { markdownFormat } from './markdown.ts';
import { pdfFormat } from './pdf.ts';
import { textFormat } from './text.ts';
import type { ReaderFormat } from './types.ts';

export const READERS: readonly ReaderFormat[] = [
  textFormat,
  markdownFormat,
  htmlFormat,
  jsonlFormat,
  pdfFormat,
  docxFormat,
  feedFormat,
];

/** Every extension a reader takes, in registry order (".txt", ".md", …). */
export const SUPPORTED_EXTENSIONS: readonly string[] = READERS.flatMap((r) => r.extensions);

/** The reader of a file by its extension, or undefined. */
export function readerForPath(path: string): ReaderFormat | undefined {
  const ext = extname(path).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext));
}

/** The reader of a fetched body by its media type (parameters ignored), or undefined. */
export function readerForMediaType(contentType: string): ReaderFormat | undefined {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return READERS.find((r) => r.mediaTypes.includes(type));
}

/** The reader with this name ("text", "html", …), or undefined. */
export function readerByName(name: string): ReaderFormat | undefined {
  return READERS.find((r) => r.name === name);
}

/** One line per format for `--help`: "text (.txt)", "markdown (.md, .markdown)", … */
export function describeFormats(): string {
  return READERS.map((r) => `${r.name} (${r.extensions.join(', ')})`).join(', ');
}
