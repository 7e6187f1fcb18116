/**
 * Reading a text file in blocks instead of whole: what lets a line-based file (JSONL) of any size be
 * read while holding one block and the line being assembled. Two passes over the file: a check of
 * the whole file first (the same verdicts as decodeText, and the hash of its bytes), so a file that
 * would be refused whole is refused before any of its lines is read; then its lines.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** Bytes read at a time (default). */
export const DEFAULT_BLOCK_BYTES = 64 * 1024;

export interface BlockOptions {
  /** Bytes read at a time. */
  blockBytes?: number;
  /** Told the size of every block read (tests use it to see that reading is piecemeal). */
  onBlock?: (bytes: number) => void;
}

async function* blocks(file: string, options: BlockOptions): AsyncGenerator<Uint8Array> {
  const size = Math.max(1, options.blockBytes ?? DEFAULT_BLOCK_BYTES);
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(size);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, size, null);
      if (bytesRead === 0) return;
      options.onBlock?.(bytesRead);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Checks a file as decodeText would check it whole (empty, NUL bytes, not UTF-8, only whitespace:
 * the same messages, in the same order of precedence) and hashes its bytes, one block at a time.
 */
export async function checkTextFile(file: string, options: BlockOptions = {}): Promise<{ bytesHash: string; error?: string }> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let bytes = 0;
  let nul = false;
  let utf8 = true;
  let text = false;
  for await (const block of blocks(file, options)) {
    hash.update(block);
    bytes += block.length;
    if (!nul && block.indexOf(0) !== -1) nul = true;
    if (!utf8 || nul) continue;
    try {
      if (!text && decoder.decode(block, { stream: true }).trim()) text = true;
      else if (text) decoder.decode(block, { stream: true });
    } catch {
      utf8 = false;
    }
  }
  if (utf8 && !nul) {
    try {
      if (decoder.decode().trim()) text = true;
    } catch {
      utf8 = false;
    }
  }
  const error = bytes === 0 ? 'empty file' : nul ? 'binary file (contains NUL bytes)' : !utf8 ? 'not valid UTF-8' : !text ? 'empty file (only whitespace)' : undefined;
  return { bytesHash: hash.digest('hex'), ...(error ? { error } : {}) };
}

/**
 * The lines of a UTF-8 file (split on \n, a \r before it dropped, a leading BOM dropped), as
 * `content.split(/\r?\n/)` gives them. Holds one block and the line being assembled. Throws
 * "not valid UTF-8" on a byte sequence that is not UTF-8.
 */
export async function* readLines(file: string, options: BlockOptions = {}): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const decode = (block?: Uint8Array) => {
    try {
      return block ? decoder.decode(block, { stream: true }) : decoder.decode();
    } catch {
      throw new Error('not valid UTF-8');
    }
  };
  let pending = '';
  const line = (s: string) => (s.endsWith('\r') ? s.slice(0, -1) : s);
  for await (const block of blocks(file, options)) {
    const text = pending + decode(block);
    let from = 0;
    for (let nl = text.indexOf('\n', pending.length); nl !== -1; nl = text.indexOf('\n', from)) {
      yield line(text.slice(from, nl));
      from = nl + 1;
    }
    pending = text.slice(from);
  }
  // The last line keeps a lone \r, as split(/\r?\n/) does.
  yield pending + decode();
}
