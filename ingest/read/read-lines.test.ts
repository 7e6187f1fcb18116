import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTextFile, readLines } from './read-lines.ts';
import { bytesHash, decodeUtf8 } from './read-documents.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fileOf = (bytes: Uint8Array | string) => {
  const file = join(dir, `f${n++}`);
  writeFileSync(file, bytes);
  return file;
};
const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('readLines', () => {
  const texts = [
    'one\ntwo\nthree',
    'one\r\ntwo\r\n',
    '\uFEFF{"a":1}\n\n{"b":"é—ü 😀"}\n',
    'last line keeps a lone return\r',
    'x',
    'ä😀ö'.repeat(50) + '\n' + '中文'.repeat(30),
  ];
  for (const [i, text] of texts.entries()) {
    it(`gives the lines split(/\\r?\\n/) gives, with blocks that cut characters in two (case ${i + 1})`, async () => {
      const file = fileOf(text);
      const expected = decodeUtf8(new TextEncoder().encode(text)).split(/\r?\n/);
      for (const blockBytes of [1, 2, 3, 7, 64 * 1024]) expect(await collect(readLines(file, { blockBytes }))).toEqual(expected);
    });
  }

  it('reads a block at a time, and no further than the line asked for', async () => {
    const line = JSON.stringify({ text: 'A sentence of an article. '.repeat(10) });
    const file = fileOf(Array.from({ length: 2000 }, () => line).join('\n'));
    const blocks: number[] = [];
    const lines = readLines(file, { blockBytes: 1024, onBlock: (b) => blocks.push(b) });
    const first = await lines.next();
    expect(first.value).toBe(line);
    expect(blocks).toEqual([1024]);
    let count = 1;
    for await (const l of lines) {
      expect(l).toBe(line);
      count++;
    }
    expect(count).toBe(2000);
    expect(Math.max(...blocks)).toBeLessThanOrEqual(1024);
    expect(blocks.reduce((a, b) => a + b, 0)).toBe(line.length * 2000 + 1999);
  });

  it('throws "not valid UTF-8" on bytes that are not', async () => {
    await expect(collect(readLines(fileOf(new Uint8Array([0x61, 0x0a, 0xff, 0x62]))))).rejects.toThrow('not valid UTF-8');
  });
});

describe('checkTextFile', () => {
  const cases: [string, Uint8Array][] = [
    ['empty', new Uint8Array()],
    ['NUL bytes', new Uint8Array([0x61, 0x00, 0x62])],
    ['NUL after bad UTF-8', new Uint8Array([0xff, 0x61, 0x00])],
    ['bad UTF-8', new Uint8Array([0x61, 0xc3, 0x28])],
    ['cut UTF-8 at the end', new Uint8Array([0x61, 0xc3])],
    ['only whitespace', new TextEncoder().encode(' \n\t\r\n ')],
    ['a BOM and whitespace', new TextEncoder().encode('\uFEFF \n')],
    ['text', new TextEncoder().encode('{"text":"fine"}\n')],
  ];
  for (const [name, bytes] of cases) {
    it(`gives decodeText's verdict, block by block: ${name}`, async () => {
      let expected: string | undefined;
      try {
        decodeUtf8(bytes);
      } catch (e) {
        expected = (e as Error).message;
      }
      const file = fileOf(bytes);
      for (const blockBytes of [1, 2, 1024]) {
        const r = await checkTextFile(file, { blockBytes });
        expect(r.error).toBe(expected);
        expect(r.bytesHash).toBe(bytesHash(bytes));
      }
    });
  }
});
