/**
 * Reads files and folders into DocumentRecords with stable ids. Every bad input (unreadable path,
 * empty, binary, non-UTF-8, too large, malformed JSONL line) becomes a per-file error and the rest
 * of the run goes on.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { relative, resolve, join, basename } from 'node:path';
import { hash64, type DocumentRecord } from '../../core/index.ts';
import { readerByName, readerForPath, SUPPORTED_EXTENSIONS } from './formats/registry.ts';
import { textFormat } from './formats/text.ts';
import { datelineDate } from './dateline-date.ts';
import type { RawArticle, ReaderFormat, ReadOutput } from './formats/types.ts';

export { SUPPORTED_EXTENSIONS };
export { decodeUtf8 } from './formats/decode-text.ts';

/** A per-file (or per-line) failure. */
export interface ReadError {
  path: string;
  message: string;
}

/** Options of readDocuments. */
export interface ReadOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Base for relative paths in ids (default: the folder given, or the file's folder). */
  root?: string;
  /**
   * Asked for each file once its bytes are in, with their hash: true skips the file as unchanged
   * (the watch mode says so when the hash is the one it recorded last time).
   */
  isUnchanged?: (sourceKey: string, bytesHash: string) => boolean;
}

/** SHA-256 of a file's bytes, hex: how the watch mode tells a changed file from an unchanged one. */
export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What readDocuments found. */
export interface ReadResult {
  documents: DocumentRecord[];
  /**
   * Source keys (absolute paths) of the files read without any error: each is complete, so its stored
   * documents that it no longer produces can be removed. A file with a bad line or article is not
   * listed, so nothing of it is removed while it is broken.
   */
  sources: string[];
  errors: ReadError[];
  /** Every file whose bytes were read, with their hash (skipped ones included). */
  files: { sourceKey: string; bytesHash: string }[];
  /** Files skipped because `isUnchanged` said so. */
  unchangedFiles: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/**
 * Turns the content of one text file into documents. Pure: `relPath` feeds the ids, nothing touches
 * disk. `format` is a reader's name (by default the one of `relPath`'s extension, else text).
 * Line errors are returned, not thrown.
 */
export function documentsFromText(
  content: string,
  relPath: string,
  format: string = (readerForPath(relPath) ?? textFormat).name,
  sourceKey: string = relPath,
): { documents: DocumentRecord[]; errors: ReadError[] } {
  const reader = readerByName(format);
  if (!reader?.parseText) throw new Error(`${format} is not a text format`);
  return documentsFromOutput(reader.parseText(content), relPath, sourceKey);
}

/**
 * The document of the `index`th article a reader found in a file or URL (undefined when its text is
 * blank). `relPath`, the position and the title make its id when the article has none.
 */
export function documentFromArticle(a: RawArticle, index: number, relPath: string, sourceKey: string = relPath): DocumentRecord | undefined {
  if (!a.text.trim()) return undefined;
  const id = a.id ?? hash64(`${relPath}\u0000${index}\u0000${a.title}`);
  const doc: DocumentRecord = { id, sourceKey, title: a.title, text: a.text, contentHash: hash64(a.text) };
  doc.source = a.source ?? basename(relPath).replace(/:\d+$/, '');
  if (a.url) doc.url = a.url;
  // The input's own date first (JSONL, HTML meta, feed, PDF info), else a dated wire dateline.
  const publishedAt = a.publishedAt ?? datelineDate(a.text);
  if (publishedAt) doc.publishedAt = publishedAt;
  if (a.byline) doc.byline = a.byline;
  return doc;
}

/**
 * Documents from what a reader found in one file or URL. `relPath` feeds generated ids (path,
 * position and title); `sourceKey` says where the documents came from. A repeated id is reported.
 */
export function documentsFromOutput(
  output: ReadOutput,
  relPath: string,
  sourceKey: string = relPath,
): { documents: DocumentRecord[]; errors: ReadError[] } {
  const errors: ReadError[] = output.errors.map((e) => ({ path: e.line ? `${relPath}:${e.line}` : relPath, message: e.message }));
  const documents: DocumentRecord[] = [];
  const seen = new Set<string>();
  output.articles.forEach((a, index) => {
    const doc = documentFromArticle(a, index, relPath, sourceKey);
    if (!doc) return;
    if (seen.has(doc.id)) {
      errors.push({ path: relPath, message: `duplicate document id ${JSON.stringify(doc.id)}; article ${index + 1} skipped` });
      return;
    }
    seen.add(doc.id);
    documents.push(doc);
  });
  if (documents.length === 0 && errors.length === 0) errors.push({ path: relPath, message: 'no article text found' });
  return { documents, errors };
}

async function listFiles(path: string, errors: ReadError[], out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (e) {
    errors.push({ path, message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) await listFiles(full, errors, out);
    else if (entry.isFile() && readerForPath(full)) out.push(full);
  }
}

/** The files a path stands for, and the folder their ids are relative to. */
export interface DocumentFiles {
  root: string;
  /** Absolute paths, sorted as they will be read. */
  files: string[];
  errors: ReadError[];
}

/**
 * Lists the files of a file or a folder (recursively, sorted, hidden entries skipped) without
 * reading them, so a large folder can be read one file at a time. Files given explicitly with an
 * unknown extension are read as plain text.
 */
export async function listDocumentFiles(path: string, options: Pick<ReadOptions, 'root'> = {}): Promise<DocumentFiles> {
  const errors: ReadError[] = [];
  const abs = resolve(path);
  let st;
  try {
    st = await stat(abs);
  } catch (e) {
    return { root: abs, files: [], errors: [{ path, message: `cannot read path: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
  const files: string[] = [];
  if (st.isDirectory()) {
    await listFiles(abs, errors, files);
    return { root: options.root ?? abs, files, errors };
  }
  return { root: options.root ?? resolve(abs, '..'), files: [abs], errors };
}

/** Reads one listed file into documents (its ids relative to `root`). */
export async function readDocumentFile(file: string, root: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const out: ReadResult = { documents: [], sources: [], errors: [], files: [], unchangedFiles: 0 };
  const rel = relative(root, file).split('\\').join('/') || basename(file);
  try {
    const s = await stat(file);
    if (s.size > maxBytes) throw new Error(`file too large (${s.size} bytes > limit ${maxBytes})`);
    const bytes = await readFile(file);
    const reader: ReaderFormat = readerForPath(file) ?? textFormat;
    const sourceKey = file.split('\\').join('/');
    const hash = bytesHash(bytes);
    out.files.push({ sourceKey, bytesHash: hash });
    if (options.isUnchanged?.(sourceKey, hash)) {
      out.unchangedFiles++;
      return out;
    }
    const r = documentsFromOutput(await reader.read(bytes), rel, sourceKey);
    out.documents.push(...r.documents);
    if (r.errors.length === 0 && !reader.rolling) out.sources.push(sourceKey);
    out.errors.push(...r.errors.map((e) => ({ path: e.path === rel ? file : `${file}${e.path.slice(rel.length)}`, message: e.message })));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    out.errors.push({ path: file, message: code ? `cannot read file: ${code}` : (e as Error).message });
  }
  return out;
}

/**
 * Reads a file or a folder (recursively, sorted, hidden entries skipped) into documents.
 * Files given explicitly with an unknown extension are read as plain text.
 */
export async function readDocuments(
  path: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const { root, files, errors } = await listDocumentFiles(path, options);
  const out: ReadResult = { documents: [], sources: [], errors, files: [], unchangedFiles: 0 };
  for (const file of files) {
    const r = await readDocumentFile(file, root, options);
    out.documents.push(...r.documents);
    out.sources.push(...r.sources);
    out.errors.push(...r.errors);
    out.files.push(...r.files);
    out.unchangedFiles += r.unchangedFiles;
  }
  return out;
}
