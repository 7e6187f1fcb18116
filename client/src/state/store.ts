/**
 * The explorer's state in one DOM-free object: the data graph, its undo history, filters and the
 * visibility they imply, selection, hover and highlights. UI modules read it and subscribe to
 * `change`; the sigma view reads it from its reducers. Visibility is recomputed here on graph or
 * filter changes, never in a reducer.
 */
import type { GraphPayload } from '../../../core/api-schemas.ts';
import type { NodeSizing } from './appearance.ts';
import { addCommand, History, removeCommand, type Command } from './commands.ts';
import { FACT_STATUSES, type FactStatus } from '../../../core/fact-status.ts';
import { computeVisibility, DEFAULT_LINK_KINDS, EMPTY_FILTERS, HELD_BACK_STATUSES, type Filters, type LinkKinds, type Visibility } from './filters.ts';
import { applyUpdates, collapsibleNeighbors, createExplorerGraph, planMerge, type ExplorerGraph } from './graph-state.ts';
import type { Selection, UrlState } from './url-state.ts';

/** What changed, so listeners can skip work (`graph` implies a sigma refresh and legend update). */
export type ChangeKind = 'graph' | 'filters' | 'selection' | 'highlight' | 'hover' | 'appearance';

/** How links are coloured: plain (by number of sources), or by QuadClass (cooperation/conflict). */
export type EdgeColoring = 'plain' | 'quadClass';

/** A set of nodes and edges to emphasise (a path, a query result, a type from the legend). */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Hooks run around a graph command, e.g. to pause a view's per-item graph listeners. */
export interface BulkChangeHooks {
  begin(): void;
  end(): void;
}

export class ExplorerStore {
  readonly graph: ExplorerGraph = createExplorerGraph();
  readonly history = new History(this.graph);
  filters: Filters = EMPTY_FILTERS;
  visibility: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set(), heldBackEdges: new Set() };
  /** Denied and negated facts, co-mentions: shown only when asked for. */
  linkKinds: LinkKinds = DEFAULT_LINK_KINDS;
  selection: Selection | undefined;
  /** Nodes picked together (shift-click, lasso) for the selection tools; apart from `selection`. */
  picked: ReadonlySet<string> = new Set();
  hoveredNode: string | undefined;
  highlight: Highlight | undefined;
  /** A look only: reducers read it, the graph's data never changes with it. */
  edgeColoring: EdgeColoring = 'plain';
  /** Looks only: what node sizes stand for, and the node property colours stand for (undefined: the type). */
  nodeSizing: NodeSizing = 'degree';
  nodeColoring: string | undefined;
  /** documentId → ISO publication date, for the date filter (filled as documents become known). */
  readonly documentDates = new Map<string, string>();
  private readonly listeners = new Set<(kinds: ReadonlySet<ChangeKind>) => void>();
  private readonly bulkHooks = new Set<BulkChangeHooks>();

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: (kinds: ReadonlySet<ChangeKind>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Registers hooks run around every graph command (execute, undo, redo), before the 'graph' change
   * is emitted: a view can stop following single graph events and catch up once. Returns the
   * unregister function.
   */
  onBulkChange(hooks: BulkChangeHooks): () => void {
    this.bulkHooks.add(hooks);
    return () => this.bulkHooks.delete(hooks);
  }

  private bulk<T>(change: () => T): T {
    for (const h of this.bulkHooks) h.begin();
    try {
      return change();
    } finally {
      for (const h of this.bulkHooks) h.end();
    }
  }

  private emit(...kinds: ChangeKind[]): void {
    if (kinds.includes('graph') || kinds.includes('filters')) {
      this.visibility = computeVisibility(this.graph, this.filters, this.documentDates, this.linkKinds);
      if (this.selection && !this.selectionExists(this.selection)) this.selection = undefined;
      if ([...this.picked].some((k) => !this.graph.hasNode(k))) this.picked = new Set([...this.picked].filter((k) => this.graph.hasNode(k)));
      // A removed node gets no leave event: forget its hover, or everything else stays dimmed.
      if (this.hoveredNode !== undefined && !this.graph.hasNode(this.hoveredNode)) this.hoveredNode = undefined;
    }
    const set = new Set(kinds);
    for (const l of this.listeners) l(set);
  }

  private selectionExists(s: Selection): boolean {
    return s.kind === 'node' ? this.graph.hasNode(s.id) : this.graph.hasEdge(s.id);
  }

  /** Runs an undoable command. */
  execute(command: Command): void {
    this.bulk(() => this.history.execute(command));
    this.emit('graph');
  }

  /**
   * Merges an API payload into the canvas as one undoable step; new nodes are placed near `anchor`
   * (or near a present neighbour). Returns the ids of the nodes and edges it added.
   */
  merge(payload: GraphPayload, label: string, anchor?: string): { nodes: string[]; edges: string[] } {
    const plan = planMerge(this.graph, payload, anchor);
    if (plan.nodes.length || plan.edges.length) this.execute(addCommand(label, plan));
    else if (plan.updates.length) {
      this.bulk(() => applyUpdates(this.graph, plan.updates));
      this.emit('graph');
    }
    return { nodes: plan.nodes.map((n) => n.key), edges: plan.edges.map((e) => e.key) };
  }

  /** Removes nodes as one undoable step. */
  remove(keys: string[], label = 'Remove'): void {
    const present = keys.filter((k) => this.graph.hasNode(k));
    if (present.length) this.execute(removeCommand(label, present));
  }

  /** Removes the neighbours that hang only off `key` (undoable); returns how many. */
  collapse(key: string): number {
    const keys = collapsibleNeighbors(this.graph, key);
    if (keys.length) this.execute(removeCommand('Collapse', keys));
    return keys.length;
  }

  undo(): Command | undefined {
    const c = this.bulk(() => this.history.undo());
    if (c) this.emit('graph');
    return c;
  }

  redo(): Command | undefined {
    const c = this.bulk(() => this.history.redo());
    if (c) this.emit('graph');
    return c;
  }

  setFilters(filters: Filters): void {
    this.filters = filters;
    this.emit('filters');
  }

  /** Shows or holds back denied and negated facts, or co-mentions. */
  setLinkKinds(kinds: Partial<LinkKinds>): void {
    const next = { ...this.linkKinds, ...kinds };
    if (next.showDenied === this.linkKinds.showDenied && next.coMentions === this.linkKinds.coMentions) return;
    this.linkKinds = next;
    this.emit('filters');
  }

  /**
   * What to ask the API for when it fetches links: the statuses drawn (denied and negated only when
   * shown) and whether to bring co-mentions. A server that does not know these parameters ignores
   * them, and the canvas still holds back what it should.
   */
  linkQuery(): { statuses: FactStatus[]; coMentions: boolean } {
    const statuses = FACT_STATUSES.filter((s) => this.linkKinds.showDenied || !HELD_BACK_STATUSES.includes(s));
    return { statuses, coMentions: this.linkKinds.coMentions };
  }

  /** Records publication dates of documents (from evidence or document fetches). */
  addDocumentDates(entries: Iterable<[string, string]>): void {
    let changed = false;
    for (const [id, date] of entries) {
      if (date && this.documentDates.get(id) !== date) {
        this.documentDates.set(id, date);
        changed = true;
      }
    }
    if (changed && (this.filters.dateFrom || this.filters.dateTo)) this.emit('filters');
  }

  select(selection: Selection | undefined): void {
    this.selection = selection;
    this.emit('selection');
  }

  /** Replaces the picked nodes (those not on the canvas are left out). */
  pick(keys: Iterable<string>): void {
    this.picked = new Set([...keys].filter((k) => this.graph.hasNode(k)));
    this.emit('selection');
  }

  /** Adds a node to the picked ones, or takes it out. */
  togglePicked(key: string): void {
    const next = new Set(this.picked);
    if (next.has(key)) next.delete(key);
    else if (this.graph.hasNode(key)) next.add(key);
    this.picked = next;
    this.emit('selection');
  }

  hover(node: string | undefined): void {
    if (this.hoveredNode === node) return;
    this.hoveredNode = node;
    this.emit('hover');
  }

  setHighlight(highlight: Highlight | undefined): void {
    this.highlight = highlight;
    this.emit('highlight');
  }

  setEdgeColoring(coloring: EdgeColoring): void {
    if (this.edgeColoring === coloring) return;
    this.edgeColoring = coloring;
    this.emit('appearance');
  }

  setNodeSizing(sizing: NodeSizing): void {
    if (this.nodeSizing === sizing) return;
    this.nodeSizing = sizing;
    this.emit('appearance');
  }

  /** Colours nodes by a property's values, or by type when `key` is undefined. */
  setNodeColoring(key: string | undefined): void {
    if (this.nodeColoring === key) return;
    this.nodeColoring = key;
    this.emit('appearance');
  }

  /** Marks the graph as changed without a command (layout positions, pinning). */
  touch(): void {
    this.emit('graph');
  }

  /** The state that goes into the URL. */
  toUrlState(): UrlState {
    const s: UrlState = { nodes: this.graph.nodes(), filters: this.filters };
    if (this.selection) s.selection = this.selection;
    if (this.edgeColoring !== 'plain') s.edgeColoring = this.edgeColoring;
    if (this.nodeSizing !== 'degree') s.nodeSizing = this.nodeSizing;
    if (this.nodeColoring) s.nodeColoring = this.nodeColoring;
    if (this.linkKinds.showDenied) s.showDenied = true;
    if (this.linkKinds.coMentions) s.coMentions = true;
    return s;
  }
}
