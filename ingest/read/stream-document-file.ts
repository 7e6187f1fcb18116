/**
 * Reading a file of a line-based format (JSONL) in parts, so a file of any size flows into the
 * pipeline's chunks without being held whole: the same documents, errors and verdicts as
 * readDocumentFile, in parts of at most `partSize` documents. What is kept while reading is one
 * block of bytes, one part, and the ids seen in the file (to report a repeated one).
 */
import { stat } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { documentFromArticle, DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from './read-documents.ts';
import { checkTextFile, readLines, type BlockOptions } from './read-lines.ts';
import type { LineReader } from './formats/types.ts';

/** Documents per part (default). */
export const DEFAULT_PART_SIZE = 100;

export interface StreamReadOptions extends ReadOptions, BlockOptions {
  /** Documents per part. */
  partSize?: number;
}

const emptyPart = (): ReadResult => ({ documents: [], sources: [], errors: [], files: [], unchangedFiles: 0 });

/**
 * Reads one file with `lineReader` (a fresh one per file) and yields its documents in parts. The last
 * part gives the file's hash (`files`) and, when nothing in it was bad, lists it as complete (`sources`);
 * so a consumer that stops early has not been told the file was read.
 */
export async function* streamDocumentFile(file: string, root: string, createLineReader: () => LineReader, options: StreamReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const partSize = Math.max(1, options.partSize ?? DEFAULT_PART_SIZE);
  const rel = relative(root, file).split('\\').join('/') || basename(file);
  const sourceKey = file.split('\\').join('/');
  let part = emptyPart();
  let bad = false;
  let found = 0;
  const fail = (path: string, message: string) => {
    bad = true;
    part.errors.push({ path, message });
  };
  let checked: Awaited<ReturnType<typeof checkTextFile>>;
  try {
    const s = await stat(file);
    if (s.size > maxBytes) throw new Error(`file too large (${s.size} bytes > limit ${maxBytes})`);
    checked = await checkTextFile(file, options);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(file, code ? `cannot read file: ${code}` : (e as Error).message);
    yield part;
    return;
  }
  const files = [{ sourceKey, bytesHash: checked.bytesHash }];
  if (options.isUnchanged?.(sourceKey, checked.bytesHash)) {
    yield { ...part, files, unchangedFiles: 1 };
    return;
  }
  if (checked.error) {
    fail(file, checked.error);
    yield { ...part, files };
    return;
  }
  const readLine = createLineReader();
  const seen = new Set<string>();
  let index = 0;
  let lineNumber = 0;
  try {
    for await (const line of readLines(file, options)) {
      const r = readLine(line, ++lineNumber);
      if (!r) continue;
      if ('error' in r) {
        fail(r.error.line ? `${file}:${r.error.line}` : file, r.error.message);
        continue;
      }
      const at = index++;
      const doc = documentFromArticle(r.article, at, rel, sourceKey);
      if (!doc) continue;
      if (seen.has(doc.id)) {
        fail(file, `duplicate document id ${JSON.stringify(doc.id)}; article ${at + 1} skipped`);
        continue;
      }
      seen.add(doc.id);
      found++;
      part.documents.push(doc);
      if (part.documents.length >= partSize) {
        yield part;
        part = emptyPart();
      }
    }
  } catch (e) {
    // The file changed since it was checked: what was read stays, the file is not complete.
    fail(file, (e as Error).message);
  }
  if (found === 0 && !bad) fail(file, 'no article text found');
  if (!bad) part.sources.push(sourceKey);
  yield { ...part, files };
}
