import { describe, expect, it } from 'vitest';
import { cleanFileName, readUpload } from './read-upload.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('reading an uploaded file', () => {
  it('keeps the last part of a name, without control characters', () => {
    expect(cleanFileName('C:\\Users\\me\\news.html')).toBe('news.html');
    expect(cleanFileName('../../etc/pass\u0000wd.txt')).toBe('passwd.txt');
    expect(cleanFileName('  ')).toBe('upload');
  });

  it('takes at most the given number of articles and says how many were left out', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ title: `T${i}`, text: `Chile and Peru met ${i} times.` })).join('\n');
    const read = await readUpload('wire.jsonl', bytes(lines), 3);
    expect(read.articles.map((a) => a.title)).toEqual(['T0', 'T1', 'T2']);
    expect(read.errors).toEqual([{ path: 'wire.jsonl', message: 'only the first 3 articles of a file are added; 2 left out' }]);
  });

  it('keeps the metadata the readers found, a date-time the API would refuse cut to its day', async () => {
    const lines = [
      { title: 'A', text: 'Chile and Peru signed a pact.', url: 'https://news.example/a', publishedAt: '2024-05-06T09:30:00Z' },
      { title: 'B', text: 'Chile and Bolivia signed a pact.', publishedAt: '2024-05-07T09:30' },
      { title: 'C', text: 'Peru and Bolivia signed a pact.', publishedAt: '2024-05-08T23:30:00+0200' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const read = await readUpload('a.jsonl', bytes(lines));
    expect(read.errors).toEqual([]);
    expect(read.articles.map((a) => a.publishedAt)).toEqual(['2024-05-06T09:30:00Z', '2024-05-07', '2024-05-08']);
    expect(read.articles[0]!.url).toBe('https://news.example/a');
  });

  it('checks each article as a pasted one is checked, and a file with none left is fatal', async () => {
    const long = await readUpload('long.txt', bytes('x'.repeat(100_001)));
    expect(long.articles).toEqual([]);
    expect(long.fatal).toMatch(/text: Too big/i);
    const unknown = await readUpload('notes.csv', bytes('Chile and Peru signed a pact.'));
    expect(unknown.articles).toHaveLength(1);
    expect(unknown.articles[0]!.source).toBe('notes.csv');
  });
});
