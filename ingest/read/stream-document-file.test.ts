import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJsonlLineReader } from './formats/jsonl.ts';
import { readDocumentFile, type ReadResult } from './read-documents.ts';
import { streamDocumentFile, type StreamReadOptions } from './stream-document-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'stream-document-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const parts = async (file: string, options: StreamReadOptions = {}) => {
  const out: ReadResult[] = [];
  for await (const p of streamDocumentFile(file, dir, createJsonlLineReader, options)) out.push(p);
  return out;
};
/** The parts joined: what readDocumentFile gives for the whole file. */
const joined = (ps: ReadResult[]): ReadResult => ({
  documents: ps.flatMap((p) => p.documents),
  sources: ps.flatMap((p) => p.sources),
  errors: ps.flatMap((p) => p.errors),
  files: ps.flatMap((p) => p.files),
  unchangedFiles: ps.reduce((a, p) => a + p.unchangedFiles, 0),
});

const GOOD = Array.from({ length: 7 }, (_, i) => JSON.stringify({ title: `Story ${i}`, text: `Kenya and Uganda signed a trade deal, report ${i}.`, source: 'Wire' }));

describe('streamDocumentFile', () => {
  it('gives the documents, errors and verdicts of reading the file whole, in parts', async () => {
    const lines = [GOOD[0], '{not json', GOOD[1], '', '{"id":"x","text":"One."}', '{"id":"x","text":"Two."}', GOOD[2], '{"text":"Dated.","publishedAt":"01/02/2024"}', GOOD[3]];
    const file = write('mixed.jsonl', lines.join('\r\n') + '\n');
    const ps = await parts(file, { partSize: 2 });
    expect(joined(ps)).toEqual(await readDocumentFile(file, dir));
    expect(ps.every((p) => p.documents.length <= 2)).toBe(true);
    expect(ps.length).toBeGreaterThan(2);
    expect(joined(ps).sources).toEqual([]); // a bad line: the file is not complete
  });

  it('lists a file without errors as complete, and gives its hash, in the last part only', async () => {
    const file = write('good.jsonl', GOOD.join('\n'));
    const ps = await parts(file, { partSize: 3 });
    expect(ps.map((p) => p.documents.length)).toEqual([3, 3, 1]);
    expect(ps.slice(0, -1).every((p) => p.sources.length === 0 && p.files.length === 0)).toBe(true);
    expect(ps.at(-1)!.sources).toEqual([file]);
    expect(joined(ps)).toEqual(await readDocumentFile(file, dir));
  });

  it('refuses a whole file as reading it whole would, before giving any document', async () => {
    const cases = {
      'nul.jsonl': new Uint8Array([...new TextEncoder().encode(GOOD[0] + '\n'), 0x00]),
      'latin1.jsonl': new Uint8Array([...new TextEncoder().encode(GOOD[0] + '\n{"text":"caf'), 0xe9, 0x22, 0x7d]),
      'blank.jsonl': ' \n\n',
      'empty.jsonl': '',
      'nothing.jsonl': '\n{"title":"no text"}\n',
    };
    for (const [name, content] of Object.entries(cases)) {
      const file = write(name, content);
      const ps = await parts(file);
      expect(ps[0]!.documents).toEqual([]);
      expect(joined(ps)).toEqual(await readDocumentFile(file, dir));
    }
    const big = write('big.jsonl', GOOD.join('\n'));
    expect(joined(await parts(big, { maxBytes: 10 }))).toEqual(await readDocumentFile(big, dir, { maxBytes: 10 }));
    expect(joined(await parts(join(dir, 'missing.jsonl')))).toEqual(await readDocumentFile(join(dir, 'missing.jsonl'), dir));
  });

  it('skips a file whose bytes are unchanged', async () => {
    const file = write('same.jsonl', GOOD.join('\n'));
    const ps = await parts(file, { isUnchanged: () => true });
    expect(ps).toHaveLength(1);
    expect(ps[0]!.documents).toEqual([]);
    expect(ps[0]!.unchangedFiles).toBe(1);
    expect(ps[0]!.files).toHaveLength(1);
  });

  it('holds one block of bytes and one part: the first part comes after a block of the file', async () => {
    const line = JSON.stringify({ text: 'Kenya and Uganda signed a trade deal in Nairobi on Monday. '.repeat(8) });
    const file = write('long.jsonl', Array.from({ length: 5000 }, () => line).join('\n'));
    const size = (line.length + 1) * 5000 - 1;
    const blocks: number[] = [];
    const reading = streamDocumentFile(file, dir, createJsonlLineReader, { blockBytes: 4096, partSize: 5, onBlock: (b) => blocks.push(b) });
    const first = await reading.next();
    expect(first.value!.documents).toHaveLength(5);
    // The check of the whole file, then just enough of it for five lines.
    const read = blocks.reduce((a, b) => a + b, 0);
    expect(read).toBeGreaterThanOrEqual(size);
    expect(read - size).toBeLessThanOrEqual(4096 * Math.ceil((line.length * 5) / 4096));
    let documents = 5;
    for await (const p of reading) {
      expect(p.documents.length).toBeLessThanOrEqual(5);
      documents += p.documents.length;
    }
    expect(documents).toBe(5000);
    expect(Math.max(...blocks)).toBeLessThanOrEqual(4096);
  });
});
