/**
 * Rendering benchmark in Debian's headless Chromium (playwright-core, never a downloaded browser):
 * time to first frame and frame times during a scripted pan/zoom, for bare sigma and for the
 * explorer on the same graph in the same run. The explorer is driven through the `window.__explorer`
 * hook its entry point exposes: the graph is merged into its store (one undoable step, layout
 * stopped) and given the same positions bare sigma gets. Both pages stay open and their frames are
 * measured alternately, so the overhead ratio holds on a machine whose load changes. Then the
 * layout: single ForceAtlas2 iterations with the explorer's settings (bare page, same graph) and the
 * explorer's overlap removal, which runs on its main thread when the layout stops.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { median, percentile, ratio, round, log } from '../lib/stats.ts';
import { createRenderGraph, toPayload, type RenderGraph } from './render-graph.ts';
import { serveStatic } from './static-server.ts';
import { readChromiumPath } from '../../config/environment.ts';

export const CHROMIUM = readChromiumPath();
/** The launch flags asked for (no sandbox in this container, software rendering, no network chatter). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Chromium 137+ no longer falls back to SwiftShader WebGL by itself; without it there is no WebGL with --disable-gpu. */
const WEBGL_FALLBACK = ['--enable-unsafe-swiftshader'];

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const BARE_DIST = join(HERE, 'dist');
export const EXPLORER_DIST = join(HERE, 'dist-explorer');

export interface RenderOptions {
  sizes: { nodes: number; edges: number }[];
  panZoomMs: number;
  /** Base URL of an API server serving the built explorer (EXPLORER_DIST); explorer skipped when absent. */
  explorerUrl?: string;
  viewport?: { width: number; height: number };
}

export interface FrameStats {
  /** From handing over the graph to its first frame drawn (GPU included). */
  firstFrameMs: number;
  /** Frames measured for the frame cost. */
  frames: number;
  /** Median cost of one frame along the pan/zoom path: camera move + sigma render() + GPU finish. */
  medianFrameMs: number;
  p95FrameMs: number;
  /** Median main-thread (JS) part of a frame, before waiting for the GPU. */
  medianCpuMs: number;
  /** Median interval between frames sigma drew during the rAF-paced pan/zoom. */
  medianIntervalMs: number;
  /** Frames sigma drew during the paced pan/zoom. */
  pacedFrames: number;
}

export interface RenderSizeResult {
  nodes: number;
  edges: number;
  bare: FrameStats;
  explorer?: FrameStats;
  explorerError?: string;
  /** explorer / bare, for first frame and median frame time. */
  overhead?: { firstFrame: number | null; medianFrame: number | null };
  /** Layout costs on this graph. */
  layout?: LayoutStats;
  /** 1-minute load average when this size started and ended. */
  loadAvg?: { start: number; end: number };
}

export interface LayoutStats {
  /** Median time of one ForceAtlas2 iteration (explorer's settings, Barnes–Hut), main thread. */
  fa2StepMedianMs: number;
  fa2StepMaxMs: number;
  fa2Steps: number;
  /** The explorer's overlap removal (noverlap, two passes at most), as run when its layout stops. */
  noverlapMs?: number;
  /** false when the explorer skipped it (more nodes than it handles in reasonable time). */
  noverlapRan?: boolean;
}

/** Layout steps timed per size: at most this many, within this budget (after one warm-up step). */
const LAYOUT_STEPS = { max: 7, budgetMs: 15_000 };

const viewportOf = (opts: RenderOptions) => opts.viewport ?? { width: 1280, height: 800 };

export interface RenderResult {
  /** Size of the sigma canvas in both pages. */
  canvas: { width: number; height: number };
  chromium: string;
  webgl: string;
  args: string[];
  sizes: RenderSizeResult[];
  explorerMeasured: boolean;
  note?: string;
}

/** Builds the bare page and (into its own folder, leaving client/dist alone) the explorer. */
export async function buildRenderPages(explorer: boolean): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(HERE, 'vite.config.ts'), logLevel: 'warn' });
  if (explorer) {
    await build({ configFile: join(HERE, '..', '..', 'client', 'vite.config.ts'), logLevel: 'warn', build: { outDir: EXPLORER_DIST, emptyOutDir: true } });
  }
}

/** The camera path, t in [0, 1]: a circle pan with a 4× zoom in and back out. */
type PathStep = { t: number };

/**
 * Runs in the page: one frame at point `t` of the camera path (circle pan, 4× zoom in and out):
 * camera move, sigma's render(), then waiting for the GPU to finish (readPixels of one pixel from
 * every WebGL layer), so a frame is one full drawing of the graph, JS and software GPU included,
 * whatever the compositor does. Returns the whole frame and its main-thread (JS) part, in ms.
 */
async function frameInPage(step: PathStep): Promise<{ frame: number; cpu: number }> {
  type S = { getCamera(): { setState(s: object): void }; render(): void; webGLContexts: Record<string, WebGLRenderingContext> };
  const w = window as unknown as { __bench?: { sigma: S }; __explorer?: { sigma: S } };
  const s = (w.__bench?.sigma ?? w.__explorer!.sigma)!;
  const t = step.t;
  const pixel = new Uint8Array(4);
  const t0 = performance.now();
  s.getCamera().setState({ x: 0.5 + 0.2 * Math.sin(2 * Math.PI * t), y: 0.5 + 0.2 * Math.cos(2 * Math.PI * t) - 0.2, ratio: Math.pow(0.25, Math.sin(Math.PI * t)), angle: 0 });
  s.render();
  const t1 = performance.now();
  for (const gl of Object.values(s.webGLContexts)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  return { frame: performance.now() - t0, cpu: t1 - t0 };
}

/**
 * Runs in the page: the same path driven by requestAnimationFrame for `durationMs` (the camera moved
 * once per animation frame); returns the intervals between frames sigma drew, what a user would
 * see (under SwiftShader the GPU work runs behind the main thread, so these are noisier).
 */
async function pacedInPage(durationMs: number): Promise<number[]> {
  type S = { getCamera(): { setState(s: object): void }; on(e: string, f: () => void): void; off(e: string, f: () => void): void };
  const w = window as unknown as { __bench?: { sigma: S }; __explorer?: { sigma: S } };
  const s = (w.__bench?.sigma ?? w.__explorer!.sigma)!;
  const cam = s.getCamera();
  const raf = () => new Promise<number>((ok) => requestAnimationFrame(ok));
  cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  await raf();
  await raf();
  const rendered: number[] = [];
  const after = () => rendered.push(performance.now());
  s.on('afterRender', after);
  const start = performance.now();
  for (;;) {
    await raf();
    const t = (performance.now() - start) / durationMs;
    if (t >= 1) break;
    cam.setState({ x: 0.5 + 0.2 * Math.sin(2 * Math.PI * t), y: 0.5 + 0.2 * Math.cos(2 * Math.PI * t) - 0.2, ratio: Math.pow(0.25, Math.sin(Math.PI * t)), angle: 0 });
  }
  s.off('afterRender', after);
  return rendered.slice(1).map((t, i) => t - rendered[i]!);
}

/** Runs in the explorer page: merges the payload into its store, applies positions, waits for a frame. */
async function loadIntoExplorer(arg: { payload: unknown; xs: number[]; ys: number[] }): Promise<number> {
  type G = { updateEachNodeAttributes(f: (k: string, a: { x: number; y: number }) => object): void };
  type Ex = { layout: { stop(t: boolean): void }; store: { merge(p: unknown, l: string): unknown; graph: G }; sigma: { once(e: string, f: () => void): void } };
  const ex = (window as unknown as { __explorer: Ex }).__explorer;
  const ids = (arg.payload as { nodes: { id: string }[] }).nodes.map((n) => n.id);
  const pos = new Map(ids.map((id, i) => [id, i]));
  ex.layout.stop(false);
  const t0 = performance.now();
  ex.store.merge(arg.payload, 'Benchmark graph');
  ex.store.graph.updateEachNodeAttributes((k, a) => {
    const i = pos.get(k);
    if (i !== undefined) {
      a.x = arg.xs[i]!;
      a.y = arg.ys[i]!;
    }
    return a;
  });
  ex.layout.stop(false);
  const pending = (ex.sigma as unknown as { renderFrame: number | null }).renderFrame;
  if (pending) await new Promise<void>((ok) => ex.sigma.once('afterRender', () => ok()));
  await new Promise<void>((ok) => requestAnimationFrame(() => ok()));
  const px = new Uint8Array(4);
  for (const gl of Object.values((ex.sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
  return performance.now() - t0;
}

/** Runs in the explorer page: the overlap removal its layout runs when it stops; returns its time in ms and whether it ran (large graphs skip it). */
async function removeOverlapsInPage(): Promise<{ ms: number; ran: boolean }> {
  const ex = (window as unknown as { __explorer: { layout: { removeOverlaps(): boolean } } }).__explorer;
  const t0 = performance.now();
  const ran = ex.layout.removeOverlaps();
  return { ms: performance.now() - t0, ran };
}

/** Rejects after `ms` (a page that hangs must not hang the run). */
function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Frames measured per page along the path: at most, and at least (whatever the time budget). */
const MAX_FRAMES = 40;
const MIN_FRAMES = 5;

/**
 * Measures frames along the camera path on every page, alternating between the pages frame by
 * frame, so a change of load on the shared machine weighs on both alike and the ratio holds. A
 * first frame at the start of the path (not counted) tells how many frames fit in `budgetMs`; the
 * measured frames are then spread evenly over the whole path (midpoints), so a slow graph is
 * measured zoomed out and in alike, crossing the zoom thresholds as often as a real gesture.
 */
async function interleavedFrames(pages: Page[], budgetMs: number): Promise<{ frames: number[]; cpu: number[] }[]> {
  const frame = (page: Page, t: number) => within(300_000, 'a frame', page.evaluate(frameInPage, { t }));
  const began = performance.now();
  for (const page of pages) await frame(page, 0);
  const perStep = performance.now() - began;
  const n = Math.max(MIN_FRAMES, Math.min(MAX_FRAMES, Math.floor(budgetMs / Math.max(1, perStep))));
  const out = pages.map(() => ({ frames: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < n; i++) {
    for (const [k, page] of pages.entries()) {
      const r = await frame(page, (i + 0.5) / n);
      out[k]!.frames.push(r.frame);
      out[k]!.cpu.push(r.cpu);
    }
  }
  return out;
}

function frameStats(firstFrameMs: number, f: { frames: number[]; cpu: number[] }, intervals: number[]): FrameStats {
  return {
    firstFrameMs: round(firstFrameMs),
    frames: f.frames.length,
    medianFrameMs: round(median(f.frames)),
    p95FrameMs: round(percentile(f.frames, 95)),
    medianCpuMs: round(median(f.cpu)),
    medianIntervalMs: round(median(intervals)),
    pacedFrames: intervals.length + 1,
  };
}

async function webglInfo(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return 'none';
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  });
}

/** Runs the rendering benchmark (pages must be built: see buildRenderPages). */
export async function benchRendering(opts: RenderOptions): Promise<RenderResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  const args = [...CHROMIUM_ARGS, ...WEBGL_FALLBACK];
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args, headless: true });
  const context = await browser.newContext({ viewport: viewportOf(opts) });
  // tsx compiles with keepNames, so functions passed to page.evaluate call a `__name` helper.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const site = await serveStatic(BARE_DIST);
  const explorerOk = Boolean(opts.explorerUrl && existsSync(join(EXPLORER_DIST, 'index.html')));
  try {
    const version = browser.version();
    const sizes: RenderSizeResult[] = [];
    // Same canvas size for both: software rendering cost grows with the pixels drawn, and the
    // explorer's canvas is the viewport minus its panels.
    let canvas: { width: number; height: number } | undefined;
    if (explorerOk) {
      const probe = await context.newPage();
      await probe.goto(`${opts.explorerUrl}/`);
      await probe.waitForFunction(() => Boolean((window as unknown as { __explorer?: object }).__explorer), undefined, { timeout: 30_000 });
      canvas = await probe.evaluate(() => {
        const r = (window as unknown as { __explorer: { sigma: { getContainer(): HTMLElement } } }).__explorer.sigma.getContainer().getBoundingClientRect();
        return { width: Math.round(r.width), height: Math.round(r.height) };
      });
      await probe.close();
    }
    let webgl = 'unknown';
    for (const size of opts.sizes) {
      const graph: RenderGraph = createRenderGraph(size.nodes, size.edges);
      const page = await context.newPage();
      await page.goto(`${site.url}/index.html`);
      await page.waitForFunction(() => 'sigma' in ((window as unknown as { __bench?: object }).__bench ?? {}));
      if (canvas) {
        await page.evaluate((c) => {
          const stage = document.getElementById('stage')!;
          stage.style.width = `${c.width}px`;
          stage.style.height = `${c.height}px`;
        }, canvas);
      }
      webgl = await webglInfo(page);
      const bareFirst = await within(180_000, 'loading the graph', page.evaluate((g) => (window as unknown as { __bench: { load(g: unknown): Promise<number> } }).__bench.load(g), graph));
      const result: RenderSizeResult = { nodes: size.nodes, edges: graph.edges.length, bare: frameStats(bareFirst, { frames: [], cpu: [] }, []), loadAvg: { start: round(os.loadavg()[0]!), end: 0 } };
      sizes.push(result);
      let ep: Page | undefined;
      let explorerFirst = 0;
      if (explorerOk) {
        ep = await context.newPage();
        try {
          await ep.goto(`${opts.explorerUrl}/`);
          await ep.waitForFunction(() => Boolean((window as unknown as { __explorer?: object }).__explorer), undefined, { timeout: 30_000 });
          // Let its start-up requests (schema, starting points) finish so they don't compete for the CPU.
          await ep.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
          const arg = { payload: toPayload(graph), xs: graph.nodes.map((n) => n.x), ys: graph.nodes.map((n) => n.y) };
          explorerFirst = await within(180_000, 'loading the graph', ep.evaluate(loadIntoExplorer, arg));
        } catch (err) {
          log(`rendering: ${size.nodes}/${size.edges} explorer: ${(err as Error).message}`);
          result.explorerError = (err as Error).message;
          await ep.close();
          ep = undefined;
        }
      }
      try {
        const pages = ep ? [page, ep] : [page];
        const frames = await interleavedFrames(pages, pages.length * opts.panZoomMs);
        await page.bringToFront();
        result.bare = frameStats(bareFirst, frames[0]!, await within(opts.panZoomMs + 300_000, 'the paced pan/zoom', page.evaluate(pacedInPage, opts.panZoomMs)));
        log(`rendering: ${size.nodes}/${size.edges} bare sigma: first frame ${result.bare.firstFrameMs} ms, median frame ${result.bare.medianFrameMs} ms`);
        if (ep) {
          await ep.bringToFront();
          const explorer = frameStats(explorerFirst, frames[1]!, await within(opts.panZoomMs + 300_000, 'the paced pan/zoom', ep.evaluate(pacedInPage, opts.panZoomMs)));
          log(`rendering: ${size.nodes}/${size.edges} explorer: first frame ${explorer.firstFrameMs} ms, median frame ${explorer.medianFrameMs} ms`);
          result.explorer = explorer;
          result.overhead = { firstFrame: ratio(explorer.firstFrameMs, result.bare.firstFrameMs), medianFrame: ratio(explorer.medianFrameMs, result.bare.medianFrameMs) };
        }
        await page.bringToFront();
        const steps = await within(LAYOUT_STEPS.budgetMs + 300_000, 'the layout steps', page.evaluate((a) => (window as unknown as { __bench: { layoutSteps(a: object): number[] } }).__bench.layoutSteps(a), LAYOUT_STEPS));
        result.layout = { fa2StepMedianMs: round(median(steps)), fa2StepMaxMs: round(Math.max(...steps)), fa2Steps: steps.length };
        if (ep) {
          await ep.bringToFront();
          const tidy = await within(300_000, 'the overlap removal', ep.evaluate(removeOverlapsInPage));
          result.layout.noverlapMs = round(tidy.ms);
          result.layout.noverlapRan = tidy.ran;
        }
        log(`rendering: ${size.nodes}/${size.edges} layout: FA2 step ${result.layout.fa2StepMedianMs} ms (median of ${steps.length}), noverlap ${result.layout.noverlapMs ?? '–'} ms${result.layout.noverlapRan === false ? ' (skipped: too many nodes)' : ''}`);
      } catch (err) {
        log(`rendering: ${size.nodes}/${size.edges}: ${(err as Error).message}`);
        if (ep) result.explorerError = (err as Error).message;
      } finally {
        result.loadAvg!.end = round(os.loadavg()[0]!);
        await ep?.close();
        await page.close();
      }
    }
    return {
      chromium: version,
      webgl,
      args,
      sizes,
      explorerMeasured: explorerOk,
      canvas: canvas ?? viewportOf(opts),
      note: explorerOk ? undefined : 'explorer not measured (no built explorer or no API server for it); bare sigma only',
    };
  } finally {
    await site.close();
    await browser.close();
  }
}
