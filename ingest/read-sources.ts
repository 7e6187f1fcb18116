/**
 * The sources of a run, one at a time: the paths given are first listed (folders into their files,
 * URLs as they are), so the run knows how many sources it has, then each is read on its own when
 * the pipeline asks, so a folder of any size is never held in memory at once. A file of a line-based
 * format (JSONL) is read in parts as well, so a single file of any size is not held either.
 */
import type { DocumentRecord } from '../core/index.ts';
import { bytesHash, listDocumentFiles, readDocumentFile, readerForPath, type ReadError, type ReadResult } from './read/index.ts';
import { streamDocumentFile } from './read/stream-document-file.ts';
import { isUrlSource, readUrl } from './fetch/read-url.ts';
import type { IngestSourceState } from './load/index.ts';

/** One file (with the folder its ids are relative to) or one URL. */
export type SourceUnit = { kind: 'file'; file: string; root: string } | { kind: 'url'; url: string };

/** What reading one source gave. */
export interface SourceRead {
  documents: DocumentRecord[];
  errors: ReadError[];
  /** Source keys read completely (their stored documents that they no longer hold may be removed). */
  complete: string[];
  /** What to remember of the source for the next watch cycle. */
  read: IngestSourceState[];
  /** The source's bytes were those remembered (or the URL answered 304): nothing was read from it. */
  unchanged: boolean;
}

export interface SourceReadOptions {
  maxBytes?: number;
  fetchTimeoutMs?: number;
  allowPrivateHosts?: boolean;
  /** Skip sources whose bytes (or HTTP validators) are the ones remembered here. */
  known?: Map<string, IngestSourceState>;
}

/** Lists the sources of the paths given, in order; unreadable paths are errors. */
export async function listSources(paths: string[]): Promise<{ units: SourceUnit[]; errors: ReadError[] }> {
  const units: SourceUnit[] = [];
  const errors: ReadError[] = [];
  for (const path of paths) {
    if (isUrlSource(path)) {
      units.push({ kind: 'url', url: path });
      continue;
    }
    const listed = await listDocumentFiles(path);
    errors.push(...listed.errors);
    for (const file of listed.files) units.push({ kind: 'file', file, root: listed.root });
  }
  return { units, errors };
}

function fileRead(r: ReadResult): SourceRead {
  return {
    documents: r.documents,
    errors: r.errors,
    complete: r.sources,
    read: r.files.map((f) => ({ key: f.sourceKey, bytesHash: f.bytesHash })),
    unchanged: r.unchangedFiles > 0,
  };
}

/**
 * Reads one source in parts: a file of a line-based format in parts of at most `partSize` documents
 * (the last part says whether the file is complete and what to remember of it), anything else in one
 * part. Per-source failures are returned, never thrown.
 */
export async function* readSourceParts(unit: SourceUnit, options: SourceReadOptions & { partSize?: number }): AsyncGenerator<SourceRead> {
  const lineReader = unit.kind === 'file' ? readerForPath(unit.file)?.lineReader : undefined;
  if (unit.kind === 'file' && lineReader) {
    const known = options.known;
    const parts = streamDocumentFile(unit.file, unit.root, lineReader, {
      maxBytes: options.maxBytes,
      partSize: options.partSize,
      isUnchanged: known ? (key, hash) => known.get(key)?.bytesHash === hash : undefined,
    });
    for await (const part of parts) yield fileRead(part);
    return;
  }
  yield await readSource(unit, options);
}

/** Reads one source whole. Per-source failures are returned, never thrown. */
export async function readSource(unit: SourceUnit, options: SourceReadOptions): Promise<SourceRead> {
  const known = options.known;
  if (unit.kind === 'file') {
    const r = await readDocumentFile(unit.file, unit.root, {
      maxBytes: options.maxBytes,
      isUnchanged: known ? (key, hash) => known.get(key)?.bytesHash === hash : undefined,
    });
    return fileRead(r);
  }
  const path = unit.url;
  const before = known?.get(path);
  const r = await readUrl(path, {
    maxBytes: options.maxBytes,
    timeoutMs: options.fetchTimeoutMs,
    allowPrivateHosts: options.allowPrivateHosts,
    etag: before?.etag,
    lastModified: before?.lastModified,
  });
  const none = { documents: [], errors: [], complete: [] };
  if (r.status === 'not-modified') {
    return { ...none, read: [{ ...before, key: path, etag: r.etag ?? before?.etag, lastModified: r.lastModified ?? before?.lastModified }], unchanged: true };
  }
  const hash = r.bytes.length ? bytesHash(r.bytes) : undefined;
  const read = hash ? [{ key: path, bytesHash: hash, etag: r.etag, lastModified: r.lastModified }] : [];
  // Same body, new validators: nothing to read again.
  if (hash && before?.bytesHash === hash) return { ...none, read, unchanged: true };
  return { documents: r.documents, errors: r.errors, complete: r.complete ? [path] : [], read, unchanged: false };
}
