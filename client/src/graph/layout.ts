/**
 * Layout: ForceAtlas2 in a web worker that stops by itself once nodes barely move (or after a time
 * budget), then noverlap (sized by disc and label width) so discs and labels do not sit on each
 * other. Pinned nodes (`fixed`) stay put. The worker only writes x/y, which is data, not looks.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from '../state/graph-state.ts';
import { explorerFa2Settings } from './fa2-settings.ts';
import { LABEL_GAP } from './label-boxes.ts';
import { applyStaticLayout, type StaticLayout } from './static-layouts.ts';

/** Above this many nodes labels are culled anyway; noverlap then keeps only discs apart. */
const LABELLED_LAYOUT_MAX = 400;
/**
 * Above this many nodes overlaps are left as they are: noverlap runs on the main thread and its cost
 * grows faster than the node count (its grid cells fill up), so it froze the page for seconds at a
 * few thousand nodes and for minutes at 10,000 (`npm run bench`); discs that dense overlap at the
 * fitted zoom anyway.
 */
export const OVERLAP_REMOVAL_MAX = 2000;
/** noverlap's grid: at least its default 20 cells a side, more as nodes grow, so each cell holds few. */
const gridSize = (order: number) => Math.max(20, Math.ceil(Math.sqrt(order)));
/** Half the height of a label line in pixels (12 px font plus its halo). */
const LABEL_HALF_HEIGHT = 9;
/** How much the y axis is stretched for noverlap, so circles act as ellipses wider than tall. */
const LABEL_ASPECT = 1.5;
/** How far (px) either side of its centre a label counts for noverlap. */
const LABEL_REACH = 45;

/** Larger side of the graph's bounding box (what sigma fits to the view). */
function extent(graph: ExplorerGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    if (a.x < minX) minX = a.x;
    if (a.x > maxX) maxX = a.x;
    if (a.y < minY) minY = a.y;
    if (a.y > maxY) maxY = a.y;
  });
  return Math.max(maxX - minX, maxY - minY);
}

/**
 * graphology's FA2 supervisor with its worker spawned from our own bundled file (see fa2-worker.ts)
 * instead of a blob URL; everything else (matrices, syncing on graph changes, fixed nodes) is the
 * library's.
 */
class SameOriginFA2Layout extends FA2Layout {
  spawnWorker(): void {
    const self = this as unknown as { worker?: Worker; running: boolean; handleMessage: (e: MessageEvent) => void; start(): void };
    self.worker?.terminate();
    self.worker = new Worker(new URL('./fa2-worker.ts', import.meta.url), { type: 'module' });
    self.worker.addEventListener('message', self.handleMessage);
    if (self.running) {
      self.running = false;
      self.start();
    }
  }
}

export interface LayoutOptions {
  /**
   * Graph units per screen pixel, to turn display sizes into noverlap sizes: at the camera's zoom
   * ratio now, or at `cameraRatio` (1 is the zoom sigma fits the graph at).
   */
  unitsPerPixel: (cameraRatio?: number) => number;
  /** Display size in pixels of a node. */
  nodeSize: (key: string) => number;
  /** Width in pixels of a node's label (labels then count in noverlap). */
  labelWidth?: (key: string) => number;
  onRunningChange?: (running: boolean) => void;
}

/** Runs and stops the layout; one per data graph. */
export class LayoutController {
  private supervisor: SameOriginFA2Layout | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private last: number[] = [];
  private startedAt = 0;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly options: LayoutOptions,
  ) {}

  get running(): boolean {
    return Boolean(this.supervisor?.isRunning());
  }

  /** Starts (or restarts) the layout; it stops when settled. */
  start(): void {
    if (this.graph.order < 2) return;
    this.stop(false);
    this.supervisor?.kill();
    this.supervisor = new SameOriginFA2Layout(this.graph, { settings: explorerFa2Settings(this.graph), getEdgeWeight: null });
    this.supervisor.start();
    this.startedAt = performance.now();
    this.last = this.snapshot();
    this.timer = setInterval(() => this.check(), 400);
    this.options.onRunningChange?.(true);
  }

  /** Stops the layout; with `tidy`, runs noverlap so nodes do not overlap. */
  stop(tidy = true): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const wasRunning = this.running;
    this.supervisor?.stop();
    if (tidy && wasRunning) this.removeOverlaps();
    if (wasRunning) this.options.onRunningChange?.(false);
  }

  /**
   * Spreads overlapping nodes apart, leaving pinned ones where they are. Runs in screen pixels, each
   * node's circle centred on its disc-plus-label box (the label sits right of the disc) with a radius
   * that counts the label's width up to LABEL_REACH, and the y axis stretched by LABEL_ASPECT so the
   * circles act as ellipses wider than tall, like labels. Sigma fits the graph to the view, so
   * spreading it shrinks it on screen: a second pass at the new scale absorbs that. (Fully sized
   * label ellipses or more passes made the graph run away: every pass widened it and sigma shrank
   * it back; the label drawer culls whatever overlap is left.) `rescale` multiplies the units per
   * pixel, for positions sigma has not fitted yet; `labels: false` keeps discs apart only (see
   * `arrange`). Skipped above OVERLAP_REMOVAL_MAX nodes; returns whether it ran.
   */
  removeOverlaps({ rescale = 1, labels = true, cameraRatio }: { rescale?: number; labels?: boolean; cameraRatio?: number } = {}): boolean {
    if (this.graph.order < 2 || this.graph.order > OVERLAP_REMOVAL_MAX) return false;
    const fixed = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((k, a) => {
      if (a.fixed) fixed.set(k, { x: a.x, y: a.y });
    });
    const withLabels = labels && Boolean(this.options.labelWidth) && this.graph.order <= LABELLED_LAYOUT_MAX;
    const aspect = withLabels ? LABEL_ASPECT : 1;
    const shift = new Map<string, number>();
    const radius = new Map<string, number>();
    this.graph.forEachNode((k) => {
      const r = this.options.nodeSize(k);
      const reach = withLabels ? Math.min((this.options.labelWidth!(k) + LABEL_GAP) / 2, LABEL_REACH) : 0;
      shift.set(k, reach);
      radius.set(k, Math.max(r + reach, withLabels ? Math.max(r, LABEL_HALF_HEIGHT) * aspect : r));
    });
    let upp = this.options.unitsPerPixel(cameraRatio) * rescale;
    for (let pass = 0; pass < 2; pass++) {
      const before = extent(this.graph);
      const u = upp;
      noverlap.assign(this.graph, {
        maxIterations: 80,
        inputReducer: (key, attr) => ({ x: attr.x / u + shift.get(key)!, y: (attr.y / u) * aspect, size: radius.get(key)! }),
        outputReducer: (key, pos) => ({ x: (pos.x - shift.get(key)!) * u, y: (pos.y / aspect) * u }),
        settings: { margin: 4, ratio: 1.1, expansion: 1.05, speed: 2, gridSize: gridSize(this.graph.order) },
      });
      for (const [k, p] of fixed) this.graph.mergeNodeAttributes(k, p);
      const growth = extent(this.graph) / (before || 1);
      if (growth < 1.03) break;
      upp *= growth;
    }
    return true;
  }

  /**
   * Stops ForceAtlas2 and places nodes with a one-go layout (circle, groups by type), then noverlap
   * on the discs. Sigma fits the graph's extent to the view, so noverlap measures pixels at the
   * scale of the new extent (at the old one, a circle several times wider than the force layout
   * looked roomy and kept discs on each other once fitted), and at the zoom of the fit, not the
   * user's (zoomed in, discs looked far apart). Labels do not count: these layouts'
   * spacing on screen depends only on the node count, and room for 80 labels blew the type groups
   * into one another; the label drawer culls the labels that would overlap.
   */
  arrange(layout: StaticLayout): void {
    this.stop(false);
    if (this.graph.order < 2) return;
    const before = extent(this.graph);
    applyStaticLayout(this.graph, layout);
    this.removeOverlaps({ rescale: extent(this.graph) / (before || 1), labels: false, cameraRatio: 1 });
  }

  kill(): void {
    this.stop(false);
    this.supervisor?.kill();
    this.supervisor = undefined;
  }

  private snapshot(): number[] {
    const out: number[] = new Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_k, a) => {
      out[i++] = a.x;
      out[i++] = a.y;
    });
    return out;
  }

  /** Mean displacement since the last check, relative to the graph's extent. */
  private check(): void {
    const now = this.snapshot();
    const budget = Math.min(8000, 2500 + this.graph.order * 4);
    if (now.length !== this.last.length) {
      this.last = now;
      return;
    }
    let moved = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    for (let i = 0; i < now.length; i += 2) {
      moved += Math.hypot(now[i]! - this.last[i]!, now[i + 1]! - this.last[i + 1]!);
      minX = Math.min(minX, now[i]!);
      maxX = Math.max(maxX, now[i]!);
    }
    this.last = now;
    const extent = Math.max(1e-9, maxX - minX);
    const relative = moved / (now.length / 2) / extent;
    if (relative < 0.002 || performance.now() - this.startedAt > budget) this.stop(true);
  }
}
