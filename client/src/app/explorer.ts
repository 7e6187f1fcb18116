/**
 * The explorer's actions, shared by every panel: put nodes on the canvas, expand, highlight, focus
 * the camera, run the layout. It glues the API, the store, sigma and the layout; panels call it and
 * never touch sigma directly.
 */
import type { GraphPayload } from '../../../core/api-schemas.ts';
import * as api from '../api/client.ts';
import { fitCameraState, type Insets } from '../graph/fit-view.ts';
import { createLabelMeasurer } from '../graph/label-boxes.ts';
import { LayoutController } from '../graph/layout.ts';
import type { StaticLayout } from '../graph/static-layouts.ts';
import { createSigmaView, nodeDisplaySize, shortTitle } from '../graph/sigma-view.ts';
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '../state/graph-state.ts';
import { fetchMissingNeighbors } from '../state/expand-plan.ts';
import { withoutHeldBack } from '../state/filters.ts';
import { withLinksAmong } from '../state/links-among.ts';
import { fetchInducedSubgraph } from '../state/restore.ts';
import { ExplorerStore } from '../state/store.ts';
import { toast, track } from '../ui/dom.ts';

export interface ExplorerHooks {
  onExpandRequest(node: string): void;
  onNodeMenu(node: string, x: number, y: number): void;
  onStageClick(): void;
  onLayoutRunning(running: boolean): void;
  /** Pixels of the canvas covered by overlays (the legend), kept clear when framing. */
  canvasInsets?(): Insets;
}

export class Explorer {
  readonly store = new ExplorerStore();
  readonly sigma: Sigma;
  readonly layout: LayoutController;
  /** The layout analysts chose: ForceAtlas2, or a one-go layout re-applied after each add. */
  layoutKind: 'force' | StaticLayout = 'force';
  /** Nodes to frame once the running layout settles (query results, paths). */
  private pendingFrame: string[] | undefined;
  private readonly measureLabel: (text: string) => number;
  private readonly insets: () => Insets;

  constructor(container: HTMLElement, hooks: ExplorerHooks) {
    this.sigma = createSigmaView(container, this.store, {
      onExpand: (n) => hooks.onExpandRequest(n),
      onNodeMenu: (n, x, y) => hooks.onNodeMenu(n, x, y),
      onStageClick: () => hooks.onStageClick(),
      onDragStart: () => this.layout.stop(false),
    });
    const s = this.sigma.getSettings();
    const measureLabel = createLabelMeasurer(`${s.labelWeight} ${s.labelSize}px ${s.labelFont}`);
    this.measureLabel = measureLabel;
    this.insets = () => hooks.canvasInsets?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
    this.layout = new LayoutController(this.store.graph, {
      unitsPerPixel: (ratio) => {
        const camera = ratio === undefined ? undefined : { cameraState: { ...this.sigma.getCamera().getState(), ratio } };
        const a = this.sigma.viewportToGraph({ x: 0, y: 0 }, camera);
        const b = this.sigma.viewportToGraph({ x: 100, y: 0 }, camera);
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

  /** The induced-subgraph call with the link kinds shown (statuses, co-mentions). */
  subgraphApi(): { getSubgraph(ids: string[]): ReturnType<typeof api.getSubgraph> } {
    const links = this.store.linkQuery();
    return { getSubgraph: (ids) => api.getSubgraph(ids, links) };
  }

  /**
   * The statuses the canvas shows, as neighbour, count and path calls take them; co-mentions come only
   * as links among the canvas.
   */
  neighborLinks(): api.LinkQuery {
    return { statuses: this.store.linkQuery().statuses };
  }

  /** A neighbour payload without held-back links nor the new nodes only they brought. */
  private shownOnly<P extends GraphPayload>(payload: P): P {
    return withoutHeldBack(payload, this.store.linkKinds, (n) => this.store.graph.hasNode(n));
  }

  /**
   * Shows or holds back denied and negated facts, or co-mentions. Showing asks the database for
   * those links among the nodes on the canvas (one undoable step); holding back only hides them.
   */
  async setLinkKinds(kinds: { showDenied?: boolean; coMentions?: boolean }): Promise<void> {
    const before = this.store.linkKinds;
    this.store.setLinkKinds(kinds);
    const more = (kinds.showDenied && !before.showDenied) || (kinds.coMentions && !before.coMentions);
    if (!more || this.store.graph.order < 2) return;
    const sub = await track(fetchInducedSubgraph(this.store.graph.nodes(), this.subgraphApi()));
    const label = kinds.coMentions && !before.coMentions ? 'Show co-mentions' : 'Show denied and negated links';
    this.store.merge({ nodes: [], edges: sub.edges }, label);
  }

  /** Merges a payload as one undoable step and lays out what it added. */
  merge(payload: GraphPayload, label: string, anchor?: string): { nodes: string[]; edges: string[] } {
    const added = this.store.merge(payload, label, anchor);
    if (added.nodes.length || added.edges.length) this.relayout();
    return added;
  }

  /** Chooses the layout and runs it; a one-go layout is framed right away. */
  setLayout(kind: 'force' | StaticLayout): void {
    this.layoutKind = kind;
    this.relayout();
    if (kind !== 'force') setTimeout(() => this.fit(), 30);
  }

  /** Runs the chosen layout again (after an add). */
  relayout(): void {
    if (this.layoutKind === 'force') this.layout.start();
    else {
      this.layout.arrange(this.layoutKind);
      this.store.touch();
    }
  }

  /**
   * Merges a payload together with every link the database holds between the nodes it adds and
   * the nodes on the canvas (see `links-among.ts`), as one undoable step. When those links cannot
   * be read, the payload goes in as it is and a toast says the links may be incomplete.
   */
  async mergeWithLinks(payload: GraphPayload, label: string, anchor?: string): Promise<{ nodes: string[]; edges: string[] }> {
    let complete = payload;
    try {
      complete = await track(withLinksAmong(payload, this.store.graph.nodes(), this.subgraphApi()));
    } catch (err) {
      toast(`Links among the new nodes could not be read; some may be missing (${(err as Error).message}).`, 'error');
    }
    return this.merge(complete, label, anchor);
  }

  /** Puts a node on the canvas with its links to nodes already there, selects and centres it. */
  async addNode(id: string): Promise<void> {
    if (this.store.graph.hasNode(id)) {
      this.store.select({ kind: 'node', id });
      this.focusNode(id);
      return;
    }
    const detail = await track(api.getNode(id));
    await this.mergeWithLinks({ nodes: [detail.node], edges: [] }, `Add ${detail.node.name}`);
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
    const page = await track(
      fetchMissingNeighbors(this.store.graph, id, { want: options.count ?? 25, total: options.total ?? Infinity, types }, (offset, limit) => api.getNeighbors(id, { types, limit, offset, links: this.neighborLinks() })),
    );
    const payload = this.shownOnly(page);
    const name = this.store.graph.hasNode(id) ? this.store.graph.getNodeAttribute(id, 'name') : id;
    const added = await this.mergeWithLinks(payload, `Expand ${name}`, id);
    if (!added.nodes.length) toast('Those neighbours are already on the canvas.');
    return { added: added.nodes.length, exhausted: payload.exhausted };
  }

  /** Expands several nodes at once (their next neighbours not on the canvas) as one undoable step. */
  async expandMany(ids: string[], count = 25): Promise<number> {
    const pages = await Promise.all(
      ids.map((id) => track(fetchMissingNeighbors(this.store.graph, id, { want: count, total: Infinity }, (offset, limit) => api.getNeighbors(id, { limit, offset, links: this.neighborLinks() })))),
    );
    const shown = pages.map((p) => this.shownOnly(p));
    const nodes = new Map(shown.flatMap((p) => p.nodes).map((n) => [n.id, n]));
    const edges = new Map(shown.flatMap((p) => p.edges).map((e) => [e.id, e]));
    const added = await this.mergeWithLinks({ nodes: [...nodes.values()], edges: [...edges.values()] }, `Expand ${ids.length} nodes`);
    if (!added.nodes.length) toast('Their neighbours are already on the canvas.');
    // What was emphasised before must not dim the neighbours just added.
    else this.store.setHighlight(undefined);
    return added.nodes.length;
  }

  /** Adds every link the database holds among the given nodes, and emphasises them and those links. */
  async showLinksAmong(ids: string[]): Promise<void> {
    const present = ids.filter((id) => this.store.graph.hasNode(id));
    if (present.length < 2) return;
    const sub = await track(fetchInducedSubgraph(present, this.subgraphApi()));
    this.merge({ nodes: [], edges: sub.edges }, 'Links among picked nodes');
    const nodes = new Set(present);
    this.store.setHighlight({ nodes, edges: new Set(this.store.graph.filterEdges((_e, _a, s, t) => nodes.has(s) && nodes.has(t))) });
  }

  /**
   * Adds a payload (query results, paths) and emphasises its nodes and every link among them. A
   * result without nodes (a table only) leaves the canvas as it was, undimmed.
   */
  async showResult(payload: GraphPayload, label: string): Promise<void> {
    await this.mergeWithLinks(payload, label);
    const g = this.store.graph;
    const ids = payload.nodes.map((n) => n.id).filter((id) => g.hasNode(id));
    if (!ids.length) {
      this.store.setHighlight(undefined);
      return;
    }
    const nodes = new Set(ids);
    this.emphasise(nodes, new Set(g.filterEdges((_e, _a, s, t) => nodes.has(s) && nodes.has(t))));
  }

  /** Emphasises nodes and links on the canvas (the rest dimmed) and frames them, again once the layout settles. */
  emphasise(nodes: ReadonlySet<string>, edges: ReadonlySet<string>): void {
    const ids = [...nodes].filter((id) => this.store.graph.hasNode(id));
    this.store.setHighlight({ nodes: new Set(ids), edges: new Set([...edges].filter((e) => this.store.graph.hasEdge(e))) });
    this.store.select(undefined);
    if (this.layout.running) this.pendingFrame = ids;
    setTimeout(() => this.frameNodes(ids), 60);
  }

  /**
   * Moves the camera so the given nodes fill the view with their labels, clear of the legend (the
   * whole graph when none of them is shown).
   */
  frameNodes(ids: string[]): void {
    // Not closer than half the default zoom: two nodes filling the screen tell nothing.
    if (!this.frame(ids, { minRatio: 0.5 })) this.fit();
  }

  private frame(ids: Iterable<string>, bounds: { minRatio: number }): boolean {
    const s = this.sigma.getSettings();
    const state = fitCameraState(this.sigma, {
      ids,
      insets: this.insets(),
      // The label as drawn when not dimmed (a label hidden while dimmed comes back after a hover).
      labelWidth: (k) => {
        const a = this.store.graph.getNodeAttributes(k);
        return this.measureLabel(a.entityType === 'Document' ? shortTitle(a.name) : a.name);
      },
      labelSize: s.labelSize,
      // Room for the boxed labels of emphasised nodes.
      margin: 24,
      minRatio: bounds.minRatio,
    });
    if (!state) return false;
    this.sigma.getCamera().animate(state, { duration: 350 });
    return true;
  }

  /** Centres the camera on a node. */
  focusNode(id: string): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (!d) return;
    this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(this.sigma.getCamera().ratio, 1) }, { duration: 350 });
  }

  /** Shows the whole graph, labels unclipped and clear of the legend. */
  fit(): void {
    if (!this.frame(this.store.graph.nodes(), { minRatio: 0.25 })) this.sigma.getCamera().animatedReset({ duration: 300 });
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
