/** What the ingest command shows of a run's progress: documents expected in all, rate and time left. */
import type { IngestProgress } from './pipeline.ts';

/** "1 h 02 min", "6 min 10 s", "42 s". */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${s} s`;
}

/**
 * Documents expected in all, rate and time left. Until every source is read, the total is
 * extrapolated from the documents per source so far; the rate counts documents extracted and
 * loaded, not the ones skipped as already stored, which go by in a moment.
 */
export function estimate(p: IngestProgress): { total: number; rate: number; etaS: number } {
  const total = p.sourcesDone > 0 && p.sourcesDone < p.sourcesTotal ? Math.round((p.documentsRead / p.sourcesDone) * p.sourcesTotal) : p.documentsRead;
  const worked = p.documentsDone - p.documentsSkipped;
  const rate = worked > 0 ? worked / (p.elapsedMs / 1000) : 0;
  return { total: Math.max(total, p.documentsDone), rate, etaS: rate > 0 ? (Math.max(total, p.documentsDone) - p.documentsDone) / rate : Infinity };
}
