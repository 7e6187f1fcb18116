import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpusFiles } from '../bench/corpus/write-corpus.ts';
import type { DocumentRecord } from '../core/index.ts';
import { rulesExtractor, type Extractor } from './extract/index.ts';
import { runIngest } from './pipeline.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runIngest on a run of many chunks', () => {
  it('lets go of the documents and results of a chunk once the next one is extracted', async () => {
    // One JSONL file of 300 articles, read in parts into six chunks of 50.
    const files = writeCorpusFiles(dir, { articles: 300, perFile: 300, words: 60, seed: 5 });
    const chunks: { docs: WeakRef<DocumentRecord>[]; result?: WeakRef<object> }[] = [];
    const stillHeld: number[][] = [];
    const extractor: Extractor = {
      name: rulesExtractor.name,
      async extract(docs) {
        if (docs.length === 0) return rulesExtractor.extract(docs); // the run's last, empty chunk
        gc();
        // Chunks before the previous one (which may still be loading) must be gone.
        stillHeld.push(chunks.slice(0, -1).map((c) => c.docs.filter((r) => r.deref()).length + (c.result?.deref() ? 1 : 0)));
        const result = await rulesExtractor.extract(docs);
        chunks.push({ docs: docs.map((d) => new WeakRef(d)), result: new WeakRef(result) });
        return result;
      },
    };
    const report = await runIngest({ paths: files, chunkSize: 50, extractor });
    expect(report.documents).toBe(300);
    expect(report.chunks).toBe(6);
    expect(chunks.map((c) => c.docs.length)).toEqual([50, 50, 50, 50, 50, 50]);
    expect(stillHeld).toEqual([[], [], [0], [0, 0], [0, 0, 0], [0, 0, 0, 0]]);
  });
});
