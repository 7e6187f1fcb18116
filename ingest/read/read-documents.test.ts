import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8, documentsFromText, readDocuments } from './read-documents.ts';
import { htmlToArticle } from './formats/html.ts';
import { markdownToArticle } from './formats/markdown.ts';
import { makeDocx, makePdf } from './formats/fixture-files.ts';

describe('format converters', () => {
  it('takes the first markdown heading as title and strips markup', () => {
    const a = markdownToArticle('# Talks resume\n\nThe **envoys** met in [Doha](http://x).\n');
    expect(a.title).toBe('Talks resume');
    expect(a.text).toBe('The envoys met in Doha.');
  });

  it('strips HTML, drops scripts and styles, decodes entities and keeps the h1 as title', () => {
    const a = htmlToArticle('<html><head><title>Site | News</title><style>p{}</style></head><body><h1>Aid &amp; trade</h1><script>var x="<p>no</p>";</script><p>Japan&#8217;s aid&nbsp;grew.</p></body></html>');
    expect(a.title).toBe('Aid & trade');
    expect(a.text).toContain('Japan’s aid grew.');
    expect(a.text).not.toContain('var x');
  });
});

describe('documentsFromText', () => {
  it('reads JSONL, keeps metadata, reports malformed lines and goes on', () => {
    const content = [
      '{"id":"a1","title":"One","text":"Text one.","source":"Wire","publishedAt":"2024-01-02"}',
      '{not json',
      '{"title":"No text"}',
      '{"body":"Body two."}',
    ].join('\n');
    const { documents, errors } = documentsFromText(content, 'feed.jsonl');
    expect(documents.map((d) => d.id)[0]).toBe('a1');
    expect(documents).toHaveLength(2);
    expect(documents[0]!.publishedAt).toBe('2024-01-02');
    expect(documents[1]!.text).toBe('Body two.');
    expect(errors.map((e) => e.path)).toEqual(['feed.jsonl:2', 'feed.jsonl:3']);
  });

  it('reports a repeated JSONL id and an invalid date or link on its line instead of renaming or storing it', () => {
    const content = [
      '{"id":"a","text":"One."}',
      '{"id":"a","text":"Two."}',
      '{"id":"b","text":"Three.","publishedAt":"01/02/2024"}',
      '{"id":"c","text":"Four.","url":"javascript:alert(1)"}',
    ].join('\n');
    const { documents, errors } = documentsFromText(content, 'feed.jsonl');
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(errors.map((e) => e.path)).toEqual(['feed.jsonl:2', 'feed.jsonl:3', 'feed.jsonl:4']);
    expect(errors[0]!.message).toMatch(/duplicate id "a" \(first on line 1\)/);
  });
  it('tags every document with the file it came from', () => {
    const { documents } = documentsFromText('ON ALERT: The council warned travellers about the risks of visiting the region today.\nSECOND STORY: Another kicker line that is long enough to count here.', 'x/a.txt', 'text', '/abs/x/a.txt');
    expect(documents.map((d) => d.sourceKey)).toEqual(['/abs/x/a.txt', '/abs/x/a.txt']);
  });
  it('gives stable ids and content hashes: same input, same output', () => {
    const a = documentsFromText('Some article text.', 'x/a.txt');
    const b = documentsFromText('Some article text.', 'x/a.txt');
    expect(a).toEqual(b);
    expect(documentsFromText('Some article text.', 'x/b.txt').documents[0]!.id).not.toBe(a.documents[0]!.id);
    expect(documentsFromText('Changed text.', 'x/a.txt').documents[0]!.contentHash).not.toBe(a.documents[0]!.contentHash);
  });
});

describe('decodeUtf8', () => {
  it('rejects empty, binary and non-UTF-8 input', () => {
    expect(() => decodeUtf8(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeUtf8(new Uint8Array([65, 0, 66]))).toThrow(/binary/);
    expect(() => decodeUtf8(new Uint8Array([0x41, 0xff, 0xfe, 0x42]))).toThrow(/UTF-8/);
    expect(decodeUtf8(new TextEncoder().encode('Zürich'))).toBe('Zürich');
  });
});

describe('readDocuments', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'read-docs-'));
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'good.txt'), 'Chile and Peru signed a deal.');
    await writeFile(join(dir, 'sub', 'note.md'), '# Title here\n\nBody text.');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([1, 2, 0, 3]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(2000));
    await writeFile(join(dir, 'feed.ndjson'), '{"text":"Line one."}\n[1,2]\n');
    await writeFile(join(dir, 'ignored.zip'), 'not read');
  });

  it('reads a folder recursively, one error per bad file, the rest goes on', async () => {
    const { documents, errors } = await readDocuments(dir, { maxBytes: 1000 });
    expect(documents.map((d) => d.title).sort()).toEqual(['Chile and Peru signed a deal.', 'Line one.', 'Title here']);
    const byFile = Object.fromEntries(errors.map((e) => [e.path.split('/').pop(), e.message]));
    expect(byFile['empty.txt']).toMatch(/empty/);
    expect(byFile['binary.txt']).toMatch(/binary/);
    expect(byFile['latin1.txt']).toMatch(/UTF-8/);
    expect(byFile['big.txt']).toMatch(/too large/);
    expect(byFile['feed.ndjson:2']).toMatch(/object/);
    expect(Object.keys(byFile)).not.toContain('ignored.zip');
  });
  it('lists as complete only the files read without an error', async () => {
    const { sources } = await readDocuments(dir, { maxBytes: 1000 });
    expect(sources.map((s) => s.split('/').pop()).sort()).toEqual(['good.txt', 'note.md']);
  });
  it('reads PDF, DOCX and feed files by their extension; a feed is never listed as complete', async () => {
    const formats = await mkdtemp(join(tmpdir(), 'read-formats-'));
    await writeFile(join(formats, 'report.pdf'), makePdf(['Chile and Peru signed a copper deal in Lima.'], { title: 'Copper' }));
    await writeFile(join(formats, 'memo.docx'), makeDocx(['Memo', 'India and China held border talks.']));
    await writeFile(join(formats, 'scan.pdf'), makePdf([]));
    await writeFile(join(formats, 'wire.rss'), '<rss version="2.0"><channel><title>W</title><item><title>Rain</title><link>https://w.example/1</link><description>Rain in Quito.</description></item></channel></rss>');
    const { documents, errors, sources } = await readDocuments(formats);
    expect(documents.map((d) => d.title).sort()).toEqual(['Copper', 'Memo', 'Rain']);
    expect(errors.map((e) => e.path.split('/').pop())).toEqual(['scan.pdf']);
    expect(sources.map((s) => s.split('/').pop()).sort()).toEqual(['memo.docx', 'report.pdf']);
    expect(sources.every((s) => s.startsWith('/'))).toBe(true);
  });

  it('reports an unreadable path without throwing', async () => {
    const r = await readDocuments(join(dir, 'missing'));
    expect(r.documents).toEqual([]);
    expect(r.errors[0]!.message).toMatch(/ENOENT/);
  });

  it('returns the same ids on a second run', async () => {
    const a = await readDocuments(dir, { maxBytes: 1000 });
    const b = await readDocuments(dir, { maxBytes: 1000 });
    expect(b.documents.map((d) => d.id)).toEqual(a.documents.map((d) => d.id));
  });
});
