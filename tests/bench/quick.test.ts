/**
 * Smoke test of the benchmark harness: runs `bench/run.ts --smoke` (tiny sizes) against the test
 * Neo4j and checks that the results file has every section with figures in it. No timing assertions:
 * the figures of a smoke run mean nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));

describe('npm run bench (smoke)', () => {
  let report: Record<string, any>;

  beforeAll(async () => {
    const neo4j = await getTestNeo4j();
    await resetDatabase(neo4j.driver);
    await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke', '--no-explorer', '--only=corpus,extraction,extractionWorkers,loading,queries', `--out=${out}`], {
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
      timeout: 210_000,
    });
    const file = readdirSync(out).find((f) => f.endsWith('.json'))!;
    report = JSON.parse(readFileSync(join(out, file), 'utf8'));
  }, 240_000);

  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    const neo4j = await getTestNeo4j();
    await resetDatabase(neo4j.driver);
  });

  it('records the machine, the versions and the peak memory of Node', () => {
    expect(report.meta.machine.cores).toBeGreaterThan(0);
    expect(report.meta.neo4j.version).toMatch(/Neo4j/);
    expect(report.memory.peakRssMiB['node (bench)']).toBeGreaterThan(0);
  });

  it('has corpus and extraction figures', () => {
    expect(report.corpus.articles).toBe(100);
    expect(report.extraction.runs[0].articlesPerSec).toBeGreaterThan(0);
    // Three passes over fresh corpora; the reported rate is the median one.
    const passes = report.extraction.runs[0].passesPerCpuSec as number[];
    expect(passes).toHaveLength(3);
    expect([...passes].sort((a, b) => a - b)[1]).toBe(report.extraction.runs[0].articlesPerCpuSec);
  });

  it('extracts on worker threads with the one-thread result', () => {
    const modes = report.extractionWorkers.modes as { workers: number; articlesPerSec: number; identical?: boolean }[];
    expect(modes[0]!.workers).toBe(0);
    expect(modes.length).toBeGreaterThan(1);
    for (const m of modes.slice(1)) expect(m.identical).toBe(true);
    for (const m of modes) expect(m.articlesPerSec).toBeGreaterThan(0);
  });

  it('compares the production loader with the naive one and times the re-ingest', () => {
    expect(report.loading.compare.production.relationships).toBeGreaterThan(0);
    expect(report.loading.compare.naive.rowsWritten).toBeGreaterThan(0);
    expect(report.loading.reingest.countsUnchanged).toBe(true);
  });

  it('measures the production loader against the generic one, alternating, on the same graph', () => {
    const { generic } = report.loading;
    expect(generic.rounds.map((r: { first: string }) => r.first)).toEqual(['generic', 'production']);
    expect(generic.sameGraph).toBe(true);
    expect(generic.countsByLabelAndType['label Evidence']).toBeGreaterThan(0);
    for (const r of generic.rounds) {
      expect(r.generic.relationships).toBe(r.production.relationships);
      expect(r.production.loadAvg).toHaveLength(2);
    }
  });

  it('generates the big graph and measures every query workload without errors', () => {
    expect(report.bigGraph.entities).toBe(300);
    expect(report.bigGraph.relationships).toBeGreaterThan(1000);
    const names = report.queries.workloads.map((w: { name: string }) => w.name);
    expect(names).toEqual(expect.arrayContaining(['search', 'neighbors', 'neighbors-hub', 'paths']));
    for (const w of report.queries.workloads) {
      for (const r of w.runs) {
        expect(r.requests).toBeGreaterThan(0);
        expect(r.non2xx + r.errors).toBe(0);
        expect(r.p95).toBeGreaterThan(0);
      }
    }
  });
});
