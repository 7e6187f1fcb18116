/**
 * An uploaded file's bytes → the articles to add, read by the same reader registry as
 * `npm run ingest` (by extension; other files as plain text, as the CLI does), with the CLI's
 * per-file and per-part errors. Each article then goes through the API's own checks (title, text
 * size, http(s) link, ISO date) and gets an upload id from its text.
 */
import { basename } from 'node:path';
import {
  addDocumentBodySchema,
  UPLOAD_MAX_FILE_DOCUMENTS,
  type AddDocumentBody,
  type UploadPartError,
} from '../../core/index.ts';
import { documentsFromOutput, readerForPath } from '../../ingest/read/index.ts';
import { textFormat } from '../../ingest/read/formats/text.ts';

/** What one uploaded file holds. `fatal` is set when nothing of it can be read (the CLI's per-file error). */
export interface UploadRead {
  articles: AddDocumentBody[];
  errors: UploadPartError[];
  fatal?: string;
}

/** A file name fit to show and to read the extension of: its last path part, without control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'upload').slice(-200);
}

/**
 * A date the readers accept in the API's form: the readers take any ISO 8601 date-time
 * (`2024-05-01T09:30`, `…+0200`), the API a date or a date-time with seconds and offset; one it
 * would refuse keeps its calendar day (the readers have checked that the day exists).
 */
function apiDate(date: string): string {
  return addDocumentBodySchema.shape.publishedAt.safeParse(date).success ? date : date.slice(0, 10);
}

/** Reads one uploaded file (never throws: a broken file comes back as `fatal`). */
export async function readUpload(name: string, bytes: Uint8Array, maxDocuments = UPLOAD_MAX_FILE_DOCUMENTS): Promise<UploadRead> {
  const file = cleanFileName(name);
  const reader = readerForPath(file) ?? textFormat;
  let output;
  try {
    output = await reader.read(bytes);
  } catch (err) {
    return { articles: [], errors: [], fatal: (err as Error).message };
  }
  const read = documentsFromOutput(output, file);
  const errors: UploadPartError[] = [...read.errors];
  const articles: AddDocumentBody[] = [];
  for (const [i, doc] of read.documents.entries()) {
    const where = read.documents.length > 1 ? `${file} (article ${i + 1}, ${JSON.stringify(doc.title.slice(0, 60))})` : file;
    if (articles.length >= maxDocuments) {
      errors.push({ path: file, message: `only the first ${maxDocuments} articles of a file are added; ${read.documents.length - maxDocuments} left out` });
      break;
    }
    const parsed = addDocumentBodySchema.safeParse({
      title: (doc.title.trim() || file).slice(0, 500),
      text: doc.text,
      source: doc.source ?? file,
      ...(doc.url ? { url: doc.url } : {}),
      ...(doc.publishedAt ? { publishedAt: apiDate(doc.publishedAt) } : {}),
    });
    if (parsed.success) articles.push(parsed.data);
    else errors.push({ path: where, message: parsed.error.issues.map((x) => (x.path.length ? `${x.path.join('.')}: ${x.message}` : x.message)).join('; ') });
  }
  if (!articles.length && !errors.length) return { articles, errors, fatal: 'no article text found' };
  if (!articles.length) return { articles, errors, fatal: errors.map((e) => (e.path === file ? e.message : `${e.path}: ${e.message}`)).join('; ') };
  return { articles, errors };
}
