/**
 * Regenerates BENCHMARKS.md from a results file: machine and versions, sizes, every figure, the
 * issue's targets marked met or missed, then the hand-written analysis in bench/report/notes.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NOTES = fileURLToPath(new URL('./notes.md', import.meta.url));

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

const fmt = (x: unknown): string => (typeof x === 'number' ? (Number.isFinite(x) ? x.toLocaleString('en-US') : '–') : x === undefined || x === null ? '–' : String(x));
const table = (head: string[], rows: unknown[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(fmt).join(' | ')} |`)].join('\n');
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**missed**');

/** Production loader's rate on the big corpus over the naive loader's rate (writes/s). */
const steady = (ld: Any): number => Math.round((ld.production.writesPerSec / ld.compare.naive.writesPerSec) * 10) / 10;

/** Lowest and highest 1-minute load average seen around the generic-vs-production runs. */
const loadRange = (rounds: Any[]): string => {
  const all = rounds.flatMap((r) => [...r.generic.loadAvg, ...r.production.loadAvg]);
  return `${fmt(Math.min(...all))}–${fmt(Math.max(...all))}`;
};

function targets(r: Any): string[][] {
  const ex600 = r.extraction?.runs?.find((x: Any) => x.words === 600);
  const ld = r.loading;
  const q = r.queries?.workloads as Any[] | undefined;
  const g = r.bigGraph;
  const at16 = (name: string) => q?.find((w) => w.name === name)?.runs?.find((x: Any) => x.connections === 16);
  const fullScale = g ? g.entities >= 1_000_000 && g.relationships >= 5_000_000 : undefined;
  const qRow = (label: string, names: string[], limit: number): string[] => {
    const runs = names.map(at16).filter(Boolean);
    if (!runs.length) return [label, 'not measured', ''];
    const worst = Math.max(...runs.map((x: Any) => x.p95));
    const errors = runs.reduce((s: number, x: Any) => s + x.errors + x.non2xx, 0);
    return [label, `p95 ${worst} ms, ${errors} errors, at ${fmt(g?.entities)} / ${fmt(g?.relationships)}`, verdict(worst <= limit && errors === 0 && fullScale)];
  };
  // The rendering targets hold at 10k and at 20k: the worse of the two is judged.
  const big = ((r.rendering?.sizes ?? []) as Any[]).filter((s) => s.nodes === 10_000 || s.nodes === 20_000);
  const sizesSaid = big.map((s) => `${s.nodes / 1000}k`).join('/');
  const frameOf = (s: Any) => (s.explorer ?? s.bare).medianFrameMs as number;
  const worstFrame = big.length ? big.reduce((a, b) => (frameOf(b) > frameOf(a) ? b : a)) : undefined;
  const withOverhead = big.filter((s) => s.overhead);
  const worstRatio = (k: 'medianFrame' | 'firstFrame') => (withOverhead.length ? Math.max(...withOverhead.map((s) => s.overhead[k] ?? Infinity)) : undefined);
  return [
    ['Extraction ≥ 200 articles/s per core (600 words)', ex600 ? `${ex600.articlesPerCpuSec}/CPU s (${ex600.articlesPerSec}/s wall)` : 'not measured', verdict(ex600 && ex600.articlesPerCpuSec >= 200)],
    ['Extraction ≥ 150 articles per CPU s with statuses, dates and co-mentions (issues 10, 12; 600 words)', ex600 ? `${ex600.articlesPerCpuSec}/CPU s${ex600.passesPerCpuSec ? ` (median of passes ${ex600.passesPerCpuSec.join(', ')})` : ''}` : 'not measured', verdict(ex600 && ex600.articlesPerCpuSec >= 150)],
    workersTarget(r.extractionWorkers),
    ['Batched loading ≥ 20,000 relationships/s', ld?.production ? `${fmt(ld.production.relsPerSec)} rel/s` : 'not measured', verdict(ld?.production && ld.production.relsPerSec >= 20_000)],
    ['Batched ≥ 20× naive', ld?.compare ? `${fmt(ld.compare.speedup)}× on the same ${ld.compare.articles} articles (one batch); ${fmt(steady(ld))}× at the production run's rate` : 'not measured', verdict(ld?.compare && ld.compare.speedup >= 20)],
    ['Unchanged re-ingest ≥ 10× faster than first load', ld?.reingest ? `${fmt(ld.reingest.speedup)}×` : 'not measured', verdict(ld?.reingest && ld.reingest.speedup >= 10)],
    ['Production ≥ 1.5× the generic loader\'s relationships/s (same run, alternating)', ld?.generic ? `${fmt(ld.generic.relsSpeedup)}× (median ${fmt(ld.generic.productionRelsPerSec)} vs ${fmt(ld.generic.genericRelsPerSec)} rel/s over ${ld.generic.rounds.length} rounds; load average ${loadRange(ld.generic.rounds)})` : 'not measured', verdict(ld?.generic && ld.generic.sameGraph && ld.generic.relsSpeedup >= 1.5)],
    ['Unchanged re-ingest ≥ 20× faster than the generic loader\'s', ld?.generic ? `${fmt(ld.generic.reingestSpeedup)}× (median ${fmt(ld.generic.productionReingestMs)} vs ${fmt(ld.generic.genericReingestMs)} ms)` : 'not measured', verdict(ld?.generic && ld.generic.sameGraph && ld.generic.reingestSpeedup >= 20)],
    qRow('Search p95 ≤ 30 ms (1M/5M, 16 clients)', ['search'], 30),
    qRow('Expansion p95 ≤ 50 ms (ordinary and hubs, 16 clients)', ['neighbors', 'neighbors-hub'], 50),
    qRow('3 shortest paths within 4 hops p95 ≤ 200 ms (16 clients)', ['paths'], 200),
    ['10k/20k median frame ≤ 33 ms (software rendering)', big.length ? big.map((x) => `${x.nodes / 1000}k: bare ${fmt(x.bare.medianFrameMs)} ms, explorer ${fmt(x.explorer?.medianFrameMs)} ms`).join('; ') : 'not measured', verdict(worstFrame ? frameOf(worstFrame) <= 33 : undefined)],
    [`Explorer overhead ≤ 1.2× bare sigma (10k/20k, first frame and frame time)`, withOverhead.length ? `worst of ${sizesSaid}: ${fmt(worstRatio('medianFrame'))}× frame, ${fmt(worstRatio('firstFrame'))}× first frame` : 'not measured', verdict(withOverhead.length ? worstRatio('medianFrame')! <= 1.2 && worstRatio('firstFrame')! <= 1.2 : undefined)],
  ];
}

/** Extraction on 2 workers against the main thread, with the load the runs saw. */
function workersTarget(w: Any): string[] {
  const two = w?.modes?.find((m: Any) => m.workers === 2);
  const main = w?.modes?.find((m: Any) => m.workers === 0);
  if (!two || !main) return ['Extraction on 2 cores ≥ 1.8× one thread', 'not measured', ''];
  const x = Math.round((two.articlesPerSec / main.articlesPerSec) * 100) / 100;
  return ['Extraction on 2 cores ≥ 1.8× one thread', `${x}× (load average ${main.loadAvg} / ${two.loadAvg})`, verdict(x >= 1.8)];
}

/** Renders the report as markdown. */
export function renderBenchmarksMd(r: Any, resultsFile: string): string {
  const m = r.meta;
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push(`Generated by \`npm run bench\` from \`${relative(ROOT, resultsFile)}\` on ${m.date.slice(0, 16).replace('T', ' ')} UTC (profile **${m.profile}**, ${fmt(m.durationS)} s). Re-run to regenerate; do not edit by hand (the analysis lives in \`bench/report/notes.md\`).`, '');
  out.push('## Machine', '');
  out.push(table(['', ''], [
    ['CPU', `${m.machine.cpu} × ${m.machine.cores} cores`],
    ['Memory', `${m.machine.memoryGiB} GiB`],
    ['OS', m.machine.os],
    ['Load average (1 min): start / end / mean / max', `${m.machine.loadAvg.start} / ${fmt(m.machine.loadAvg.end)} / ${fmt(m.machine.loadAvg.mean)} / ${fmt(m.machine.loadAvg.max)} (2 cores: above 2 means other work competed for the CPU)`],
    ['Node', m.machine.node],
    ['Neo4j', m.neo4j ? `${m.neo4j.version}${m.neo4j.external ? ' (NEO4J_URI)' : ` embedded, heap ${m.neo4j.heap}, page cache ${m.neo4j.pagecache}`}` : '–'],
    ['Chromium', r.rendering?.chromium ? `${r.rendering.chromium}, WebGL: ${r.rendering.webgl}` : '–'],
    ['Packages', Object.entries(m.machine.packages).map(([k, v]) => `${k} ${v}`).join(', ')],
  ]), '');
  if (m.earlierRun) out.push(`Sections ${m.sections.join(', ')} come from this run; the others from earlier runs merged into the same results file (the latest at ${m.earlierRun.date.slice(0, 16).replace('T', ' ')} UTC, load average ${m.earlierRun.loadAvg?.start} → ${m.earlierRun.loadAvg?.end}).`, '');
  out.push('## Targets (issues 6, 10, 12, 14)', '', table(['target', 'measured', 'verdict'], targets(r)), '');

  if (r.corpus && !r.corpus.error) {
    const c = r.corpus;
    out.push('## Corpus generator', '', `${fmt(c.articles)} articles of ${c.meanWords} words on average, generated at ${fmt(c.articlesPerSec)} articles/s: ${fmt(c.entities)} entities, ${fmt(c.facts)} facts of ${c.relationTypes} types, ${fmt(c.evidence)} evidence sentences. Long tail: the most frequent actor is in ${Math.round(c.topEntityDocShare * 100)}% of articles, ${Math.round(c.entitiesInOneDoc * 100)}% of actors in one article only.`, '');
  }
  if (r.extraction?.runs) {
    out.push('## Extraction (one thread)', '', `Extractor \`${r.extraction.extractor}\`. "per CPU s" divides by the CPU time this process used, which is what one core delivers whatever else runs on the machine; "recall vs gold" is the share of the generator's entities/facts whose ids the extractor reproduced (a sanity check, not the quality evaluation of \`npm run eval\`). Each length is extracted in passes over fresh corpora of the same size; the figures are the median pass's, and every pass is listed (the first carries more of V8's warm-up).`, '');
    out.push(table(['words', 'articles', 'articles/s (wall)', 'articles / CPU s', 'each pass (articles / CPU s)', 'words / CPU s', 'µs CPU / word', 'entities', 'facts', 'recall vs gold (entities / facts)'],
      r.extraction.runs.map((x: Any) => [x.words, x.articles, x.articlesPerSec, x.articlesPerCpuSec, x.passesPerCpuSec?.join(', ') ?? '', x.wordsPerCpuSec, x.cpuUsPerWord, x.entities, x.relations, `${x.goldEntityRecall} / ${x.goldRelationRecall}`])), '');
  }
  if (r.extractionWorkers?.modes) {
    const w = r.extractionWorkers;
    out.push('## Extraction on worker threads', '', `${fmt(w.articles)} generated articles of ${w.words} words, extracted in the main thread (one thread, as \`--workers 1\`) and by pools of worker threads (per-document analysis in the workers, the corpus-wide merge in the main thread), ${w.modes[0].runs.length} alternating rounds, median shown. The load average is the machine's 1-minute figure as each run started (${w.cores} cores: above ${w.cores}, other work competed for the CPU and the speed-up understates what idle cores give). "identical": the pool's result equals the one-thread result, order included.`, '');
    const main = w.modes[0].articlesPerSec;
    out.push(table(['extraction', 'articles/s', 'median ms', 'median CPU ms (all threads)', 'speed-up vs main thread', 'load average (runs)', 'thread start (ms)', 'identical'],
      w.modes.map((m: Any) => [m.workers === 0 ? 'main thread' : `${m.workers} worker${m.workers > 1 ? 's' : ''}`, m.articlesPerSec, m.medianMs, m.medianCpuMs, `${Math.round((m.articlesPerSec / main) * 100) / 100}×`, m.runs.map((x: Any) => x.loadAvg).join(', '), m.startMs ?? '', m.identical ?? ''])), '');
    out.push(`Largest pool: **${fmt(w.speedup)}×** the main thread; each added worker adds ${w.perAddedWorker.map((x: number) => `${fmt(x)}×`).join(', ') || '–'} of one worker's throughput.`, '');
  }
  if (r.loading?.production) {
    const l = r.loading;
    out.push('## Loading', '', `Same gold extraction for both loaders. Relationships = facts + mentions + evidence→document links; nodes = documents + entities + evidence.`, '');
    out.push(table(['run', 'articles', 'time (ms)', 'nodes', 'relationships', 'nodes/s', 'rel/s', 'facts/s', 'writes/s'], [
      ['naive (1 row per transaction)' + (l.compare.naive.stoppedEarly ? `, stopped at its budget after ${fmt(l.compare.naive.rowsWritten)} of ${fmt(l.compare.naive.rowsPlanned)} rows` : ''), l.compare.articles, l.compare.naive.ms, l.compare.naive.nodes, l.compare.naive.relationships, l.compare.naive.nodesPerSec, l.compare.naive.relsPerSec, l.compare.naive.factsPerSec, l.compare.naive.writesPerSec],
      ['production, same input', l.compare.articles, l.compare.production.ms, l.compare.production.nodes, l.compare.production.relationships, l.compare.production.nodesPerSec, l.compare.production.relsPerSec, l.compare.production.factsPerSec, l.compare.production.writesPerSec],
      [`production, batch ${l.production.batchSize} docs`, l.production.articles, l.production.ms, l.production.nodes, l.production.relationships, l.production.nodesPerSec, l.production.relsPerSec, l.production.factsPerSec, l.production.writesPerSec],
      ['re-ingest unchanged', l.production.articles, l.reingest.ms, '', '', '', '', '', ''],
    ]), '');
    out.push(`Production vs naive: **${fmt(l.compare.speedup)}×** on the same input, **${fmt(steady(l))}×** comparing the production loader's rate on the ${fmt(l.production.articles)}-article corpus with the naive one's (the small input is a single batch, so the production loader's fixed cost per transaction weighs on it) (nodes + relationships written per second; the naive loader goes document by document, so a run cut short by its budget keeps the usual mix). Unchanged re-ingest: **${fmt(l.reingest.speedup)}×** faster than the first load; counts unchanged: ${l.reingest.countsUnchanged}.`, '');
    if (l.generic) {
      const g = l.generic;
      out.push('### Against a generic loader', '', `The same ${fmt(g.articles)} articles loaded by a well-written generic loader (UNWIND batches of ${fmt(g.rowsPerTransaction)} rows, MERGE on uniquely constrained keys, nodes then relationships, one query per relationship type; \`bench/loading/generic-loader.ts\`) and by the production loader (batches of ${fmt(l.production.batchSize)} documents, ${fmt(l.production.writers ?? 'default')} writers), alternating which goes first; each load followed by a re-ingest of the unchanged corpus. Load average (1 min) before → after each run: 2 cores, so above 2 other work competed.`, '');
      out.push(table(['round', 'loader', 'time (ms)', 'relationships', 'rel/s', 'writes/s', 'load avg', 're-ingest (ms)', 'load avg', 'same graph'],
        g.rounds.flatMap((x: Any, i: number) => (['generic', 'production'] as const).map((k) => [
          `${i + 1}${x.first === k ? ' (first)' : ''}`, k, x[k].ms, x[k].relationships, x[k].relsPerSec, x[k].writesPerSec, x[k].loadAvg.join(' → '),
          x[`${k}Reingest`].ms, x[`${k}Reingest`].loadAvg.join(' → '), x.sameGraph,
        ]))), '');
      out.push(`Production over generic (medians): **${fmt(g.relsSpeedup)}×** relationships/s (${fmt(g.productionRelsPerSec)} vs ${fmt(g.genericRelsPerSec)}); unchanged re-ingest **${fmt(g.reingestSpeedup)}×** faster (${fmt(g.productionReingestMs)} vs ${fmt(g.genericReingestMs)} ms). Same graph (counts per label and type, after each load and each re-ingest): ${g.sameGraph}.`, '');
    }
  }
  if (r.largeRun?.runs?.length) {
    const lr = r.largeRun;
    out.push('## Large runs', '', `\`npm run ingest\`${lr.args.length ? ` with \`${lr.args.join(' ')}\`` : ''} (defaults: a worker per core with its heap capped at 384 MB, chunks of 2,000 documents, batches of at most ${lr.batchSize ?? 100}) on generated articles of ${lr.words} words in JSONL files of 1,000, each run into an emptied database, then the same command again on the finished database. Peak RSS: the high-water mark of the ingest process, all its threads (Neo4j apart). Memory is bounded when the peak stays level as the runs grow.`, '');
    out.push(table(['articles', 'time (s)', 'articles/s', 'peak RSS (MiB)', 'peak RSS per 10k articles (MiB)', 'load average start → end', 'again: skipped', 'again: time (s)'],
      lr.runs.map((x: Any) => [x.articles, Math.round(x.ms / 100) / 10, x.articlesPerSec, x.peakRssMiB, x.peakRssMiBPer10k, `${x.loadAvg.start} → ${x.loadAvg.end}`, x.rerun.skipped, Math.round(x.rerun.ms / 100) / 10])), '');
    for (const x of lr.runs.filter((x: Any) => x.peakRssAt?.length > 1)) {
      out.push(`Within the ${fmt(x.articles)}-article run, read as each further 10,000 articles were done: the peak so far and the resident set at that moment.`, '');
      out.push(table(['articles done', 'peak RSS so far (MiB)', 'RSS then (MiB)'], x.peakRssAt.map((m: Any) => [fmt(m.articles), m.peakRssMiB, m.currentRssMiB])), '');
    }
  }
  if (r.bigGraph && !r.bigGraph.error) {
    const g = r.bigGraph;
    out.push('## Big graph', '', `${fmt(g.entities)} entities (${fmt(g.entitiesPerSec)}/s) and ${fmt(g.relationships)} relationships (${fmt(g.relsPerSec)}/s) written with UNWIND batches (two transactions in flight) into a database without indexes, then the schema (uniqueness constraints, full-text index) built over it${g.schemaMs !== undefined ? ` in ${fmt(g.schemaMs / 1000)} s` : ''}${g.truncated ? '; **cut short by its time budget**, see notes' : ''}. Biggest hubs (degree): ${g.hubDegrees.map(fmt).join(', ')}.`, '');
  }
  if (r.queries?.workloads) {
    out.push('## Queries through the HTTP API', '', 'autocannon on loopback, requests cycling through distinct targets; latency in ms.', '');
    const rows: unknown[][] = [];
    for (const w of r.queries.workloads) for (const x of w.runs) rows.push([w.name, x.connections, x.requests, x.p50, x.p95, x.p99, x.max, x.rps, x.errors + x.non2xx + x.timeouts]);
    out.push(table(['workload', 'clients', 'requests', 'p50', 'p95', 'p99', 'max', 'req/s', 'errors'], rows), '');
    out.push(r.queries.workloads.map((w: Any) => `- \`${w.name}\`: ${w.description}`).join('\n'), '');
  }
  if (r.rendering?.sizes) {
    out.push('## Rendering (headless Chromium, software WebGL)', '', `Flags: \`${r.rendering.args.join(' ')}\`. First frame: from handing over the graph to its first frame drawn, GPU included. Frame: cost of one frame along a scripted pan/zoom (circle pan, 4× zoom in and out): camera move + sigma's render() + waiting for the GPU (readPixels of one pixel per WebGL layer), so JS and SwiftShader's rasterising both count; cpu: the JS part of it; paced: median interval between frames sigma drew when the same path is driven by requestAnimationFrame (what a user sees; the compositor adds to it). Bare sigma: default programs, no reducers, the explorer's sizes and label culling. Canvas ${r.rendering.canvas ? `${r.rendering.canvas.width}×${r.rendering.canvas.height}` : '1280×800'} in both pages.${r.rendering.note ? ' ' + r.rendering.note : ''}`, '');
    const rows: unknown[][] = [];
    for (const s of r.rendering.sizes) {
      rows.push([`${fmt(s.nodes)} / ${fmt(s.edges)}`, 'bare sigma', s.bare.firstFrameMs, s.bare.medianFrameMs, s.bare.p95FrameMs, s.bare.medianCpuMs ?? s.bare.medianRenderMs, s.bare.medianIntervalMs ?? '', s.bare.frames, '']);
      if (s.explorer) rows.push(['', 'explorer', s.explorer.firstFrameMs, s.explorer.medianFrameMs, s.explorer.p95FrameMs, s.explorer.medianCpuMs ?? s.explorer.medianRenderMs, s.explorer.medianIntervalMs ?? '', s.explorer.frames, `${fmt(s.overhead?.firstFrame)}× / ${fmt(s.overhead?.medianFrame)}×`]);
    }
    out.push(table(['nodes / edges', 'page', 'first frame', 'median frame', 'p95 frame', 'median cpu', 'median paced', 'frames', 'overhead (first / frame)'], rows), '');
    const laid = (r.rendering.sizes as Any[]).filter((s) => s.layout || s.loadAvg);
    if (laid.length) {
      out.push('Layout, on the same graphs: one ForceAtlas2 iteration with the explorer\'s settings (Barnes–Hut above 300 nodes), timed on the page\'s main thread (the explorer runs these iterations in a worker, one after another until the layout settles or its budget of at most 8 s ends); and the explorer\'s overlap removal (noverlap, at most two passes of 80 iterations), which runs on its main thread when the layout stops, so the page does not answer meanwhile; above 2,000 nodes the explorer skips it. Load average (1 min) at the start and end of each size: over 2 means other work competed for the 2 cores.', '');
      out.push(table(['nodes / edges', 'FA2 iteration (median)', 'FA2 iteration (max)', 'iterations timed', 'overlap removal', 'load average start → end'], laid.map((s) => [
        `${fmt(s.nodes)} / ${fmt(s.edges)}`,
        s.layout ? `${fmt(s.layout.fa2StepMedianMs)} ms` : '–',
        s.layout ? `${fmt(s.layout.fa2StepMaxMs)} ms` : '–',
        s.layout?.fa2Steps,
        s.layout?.noverlapRan === false ? 'skipped (too many nodes)' : s.layout?.noverlapMs !== undefined ? `${fmt(s.layout.noverlapMs)} ms` : '–',
        s.loadAvg ? `${fmt(s.loadAvg.start)} → ${fmt(s.loadAvg.end)}` : '–',
      ])), '');
    }
  }
  out.push('## Peak memory (VmHWM)', '', table(['process', 'MiB'], Object.entries(r.memory?.peakRssMiB ?? {})), '');
  const failed = Object.entries(r).filter(([, v]) => (v as Any)?.error);
  if (failed.length) out.push('## Failed sections', '', failed.map(([k, v]) => `- ${k}: ${(v as Any).error}`).join('\n'), '');
  if (existsSync(NOTES)) out.push(readFileSync(NOTES, 'utf8').trim(), '');
  return out.join('\n');
}

/** Writes BENCHMARKS.md at the project root; returns its path. */
export function writeBenchmarksMd(report: unknown, resultsFile: string): string {
  const file = join(ROOT, 'BENCHMARKS.md');
  writeFileSync(file, renderBenchmarksMd(report, resultsFile));
  return file;
}
