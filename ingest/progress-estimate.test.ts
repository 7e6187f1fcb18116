import { describe, expect, it } from 'vitest';
import type { IngestProgress } from './pipeline.ts';
import { duration, estimate } from './progress-estimate.ts';

const at = (p: Partial<IngestProgress>): IngestProgress => ({
  stage: 'load', sourcesDone: 0, sourcesTotal: 0, documentsRead: 0, documentsDone: 0, documentsSkipped: 0, elapsedMs: 1000, ...p,
});

describe('progress estimate', () => {
  it('extrapolates the total from the sources read so far', () => {
    expect(estimate(at({ sourcesDone: 10, sourcesTotal: 100, documentsRead: 1000 })).total).toBe(10_000);
    expect(estimate(at({ sourcesDone: 100, sourcesTotal: 100, documentsRead: 9_876 })).total).toBe(9_876);
  });

  it('counts the rate without documents skipped as stored, and the time left from it', () => {
    const e = estimate(at({ sourcesDone: 100, sourcesTotal: 100, documentsRead: 10_000, documentsDone: 6_000, documentsSkipped: 4_000, elapsedMs: 10_000 }));
    expect(e.rate).toBe(200);
    expect(e.etaS).toBe(20);
  });

  it('has no time left to show before anything was done', () => {
    expect(estimate(at({ sourcesDone: 1, sourcesTotal: 2, documentsRead: 10 })).etaS).toBe(Infinity);
    expect(duration(Infinity)).toBe('…');
  });

  it('reads like a clock', () => {
    expect(duration(42)).toBe('42 s');
    expect(duration(370)).toBe('6 min 10 s');
    expect(duration(3720)).toBe('1 h 02 min');
  });
});
