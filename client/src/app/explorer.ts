/**
 * The explorer's actions, shared by every panel: put nodes on the canvas, expand, highlight, focus
 * the camera, run the layout. It glues the API, the store, sigma and the layout; panels call it and
 * never touch sigma directly.
 */
import type { GraphPayload } from '../../../core/api-schemas.ts';
import * as api from '../api/client.ts';
import { createLabelMeasurer } from '../graph/label-boxes.ts';
import { LayoutController } from '../graph/layout.ts';
import { createSigmaView, nodeDisplaySize } from '../graph/sigma-view.ts';
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '../state/graph-state.ts';
import { fetchMissingNeighbors } from '../state/expand-plan.ts';
import { ExplorerStore } from '../state/store.ts';
import { toast, track } from '../ui/dom.ts';

export interface ExplorerHooks {
  onExpandRequest(node: string): void;
  onNodeMenu(node: string, x: number, y: number): void;
  onStageClick(): void;
  onLayoutRunning(running: boolean): void;
}

export class Explorer {
  readonly store = new ExplorerStore();
  readonly sigma: Sigma;
  readonly layout: LayoutController;
  /** Nodes to frame once the running layout settles (query results, paths). */
  private pendingFrame: string[] | undefined;

  constructor(container: HTMLElement, hooks: ExplorerHooks) {
    this.sigma = createSigmaView(container, this.store, {
      onExpand: (n) => hooks.onExpandRequest(n),
      onNodeMenu: (n, x, y) => hooks.onNodeMenu(n, x, y),
      onStageClick: () => hooks.onStageClick(),
      onDragStart: () => this.layout.stop(false),
    });
    const s = this.sigma.getSettings();
    const measureLabel = createLabelMeasurer(`${s.labelWeight} ${s.labelSize}px ${s.labelFont}`);
    this.layout = new LayoutController(this.store.graph, {
      unitsPerPixel: () => {
        const a = this.sigma.viewportToGraph({ x: 0, y: 0 });
        const b = this.sigma.viewportToGraph({ x: 100, y: 0 });
        return Math.hypot(b.x - a.x, b.y - a.y) / 100 || 1;
      },
      nodeSize: (k) => nodeDisplaySize(this.store.graph.degree(k)),
      labelWidth: (k) => measureLabel(this.store.graph.getNodeAttribute(k, 'name') ?? ''),
      onRunningChange: (r) => {
        hooks.onLayoutRunning(r);
        if (!r && this.pendingFrame) {
          this.frameNodes(this.pendingFrame);
          this.pendingFrame = undefined;
        }
      },
    });
  }

  /** Merges a payload as one undoable step and lays out what it added. */
  merge(payload: GraphPayload, label: string, anchor?: string): { nodes: string[]; edges: string[] } {
    const added = this.store.merge(payload, label, anchor);
    if (added.nodes.length || added.edges.length) this.layout.start();
    return added;
  }

  /** Puts a node on the canvas with its links to nodes already there, selects and centres it. */
  async addNode(id: string): Promise<void> {
    if (this.store.graph.hasNode(id)) {
      this.store.select({ kind: 'node', id });
      this.focusNode(id);
      return;
    }
    const detail = await track(api.getNode(id));
    let edges: GraphPayload['edges'] = [];
    if (this.store.graph.order) {
      const nb = await track(api.getNeighbors(id, { limit: 500 })).catch(() => undefined);
      edges = nb ? nb.edges.filter((e) => this.store.graph.hasNode(e.source) || this.store.graph.hasNode(e.target)) : [];
    }
    this.merge({ nodes: [detail.node], edges }, `Add ${detail.node.name}`);
    this.store.select({ kind: 'node', id });
    setTimeout(() => this.focusNode(id), 50);
  }

  /**
   * Adds up to `count` of a node's neighbours (optionally of given types) that are not on the canvas
   * yet, as one undoable step; `total` (from the API's totals) bounds the paging. Returns how many
   * were added and whether the database has no more to offer.
   */
  async expand(id: string, options: { types?: string[]; count?: number; total?: number } = {}): Promise<{ added: number; exhausted: boolean }> {
    const types = options.types;
    const payload = await track(
      fetchMissingNeighbors(this.store.graph, id, { want: options.count ?? 25, total: options.total ?? Infinity, types }, (offset, limit) => api.getNeighbors(id, { types, limit, offset })),
    );
    const name = this.store.graph.hasNode(id) ? this.store.graph.getNodeAttribute(id, 'name') : id;
    const added = this.merge(payload, `Expand ${name}`, id);
    if (!added.nodes.length) toast('Those neighbours are already on the canvas.');
    return { added: added.nodes.length, exhausted: payload.exhausted };
  }

  /** Adds a payload and emphasises it (query results, paths). */
  showResult(payload: GraphPayload, label: string): void {
    this.merge(payload, label);
    this.store.setHighlight({ nodes: new Set(payload.nodes.map((n) => n.id)), edges: new Set(payload.edges.map((e) => e.id)) });
    this.store.select(undefined);
    const ids = payload.nodes.map((n) => n.id);
    if (this.layout.running) this.pendingFrame = ids;
    setTimeout(() => this.frameNodes(ids), 60);
  }

  /** Moves the camera so the given nodes fill the view (the whole graph when none is shown). */
  frameNodes(ids: string[]): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const id of ids) {
      const d = this.sigma.getNodeDisplayData(id);
      if (!d) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (!Number.isFinite(minX)) return this.fit();
    const ratio = Math.min(1, Math.max(0.25, Math.max(maxX - minX, maxY - minY) * 2.2));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 350 });
  }

  /** Centres the camera on a node. */
  focusNode(id: string): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (!d) return;
    this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(this.sigma.getCamera().ratio, 1) }, { duration: 350 });
  }

  /** Shows the whole graph. */
  fit(): void {
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  undo(): void {
    const c = this.store.undo();
    if (c) toast(`Undid: ${c.label}`);
  }

  redo(): void {
    const c = this.store.redo();
    if (c) toast(`Redid: ${c.label}`);
  }

  /** Removes the selected node (undoable). */
  removeSelected(): void {
    const s = this.store.selection;
    if (s?.kind !== 'node') return;
    const name = this.store.graph.getNodeAttribute(s.id, 'name');
    this.store.remove([s.id], `Remove ${name}`);
  }

  /** Toggles a node's pin. */
  togglePin(id: string): void {
    const g = this.store.graph;
    if (!g.hasNode(id)) return;
    g.setNodeAttribute(id, 'fixed', !g.getNodeAttribute(id, 'fixed'));
    this.store.touch();
  }

  /** Empties the canvas (undoable). */
  clear(): void {
    if (this.store.graph.order) this.store.remove(this.store.graph.nodes(), 'Clear canvas');
    this.store.setHighlight(undefined);
  }
}
