/**
 * Undoable graph changes. Every change a user makes to the canvas (add, expand, remove, collapse)
 * is a command with `apply` and `revert`; `History` keeps the two stacks. Reverting captures the
 * current attributes first, so a redo puts nodes back where the layout had moved them.
 */
import {
  addEntries,
  applyUpdates,
  captureNodes,
  type EdgeEntry,
  type ExplorerGraph,
  type MergePlan,
  type NodeEntry,
} from './graph-state.ts';

/** A reversible change to the data graph. */
export interface Command {
  readonly label: string;
  apply(graph: ExplorerGraph): void;
  revert(graph: ExplorerGraph): void;
}

/** Adds the nodes and edges of a merge plan; reverting drops exactly those. */
export function addCommand(label: string, plan: MergePlan): Command {
  let nodes: NodeEntry[] = plan.nodes;
  let edges: EdgeEntry[] = plan.edges;
  return {
    label,
    apply(graph) {
      applyUpdates(graph, plan.updates);
      addEntries(graph, nodes, edges);
    },
    revert(graph) {
      const captured = captureNodes(graph, nodes.map((n) => n.key));
      const posByKey = new Map(captured.nodes.map((n) => [n.key, n.attributes]));
      nodes = nodes.map((n) => ({ key: n.key, attributes: posByKey.get(n.key) ?? n.attributes }));
      edges = edges.map((e) => (graph.hasEdge(e.key) ? { ...e, attributes: { ...graph.getEdgeAttributes(e.key) } } : e));
      for (const e of edges) if (graph.hasEdge(e.key)) graph.dropEdge(e.key);
      for (const n of nodes) if (graph.hasNode(n.key)) graph.dropNode(n.key);
    },
  };
}

/** Removes nodes (and their edges); reverting restores them with their edges and positions. */
export function removeCommand(label: string, keys: string[]): Command {
  let captured: { nodes: NodeEntry[]; edges: EdgeEntry[] } = { nodes: [], edges: [] };
  return {
    label,
    apply(graph) {
      captured = captureNodes(graph, keys);
      for (const n of captured.nodes) graph.dropNode(n.key);
    },
    revert(graph) {
      addEntries(graph, captured.nodes, captured.edges);
    },
  };
}

/** Undo/redo stacks over the data graph. */
export class History {
  private readonly past: Command[] = [];
  private readonly future: Command[] = [];

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly limit = 200,
  ) {}

  /** Applies a command and makes it undoable; clears the redo stack. */
  execute(command: Command): void {
    command.apply(this.graph);
    this.past.push(command);
    if (this.past.length > this.limit) this.past.shift();
    this.future.length = 0;
  }

  /** Reverts the last command; returns it, or undefined when there is nothing to undo. */
  undo(): Command | undefined {
    const c = this.past.pop();
    if (!c) return undefined;
    c.revert(this.graph);
    this.future.push(c);
    return c;
  }

  /** Re-applies the last undone command. */
  redo(): Command | undefined {
    const c = this.future.pop();
    if (!c) return undefined;
    c.apply(this.graph);
    this.past.push(c);
    return c;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  /** Label of the command an undo would revert (for tooltips). */
  get undoLabel(): string | undefined {
    return this.past[this.past.length - 1]?.label;
  }
  get redoLabel(): string | undefined {
    return this.future[this.future.length - 1]?.label;
  }

  /** Forgets everything (e.g. when the canvas is cleared from a URL). */
  clear(): void {
    this.past.length = 0;
    this.future.length = 0;
  }
}
