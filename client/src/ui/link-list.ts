/**
 * The links on the canvas as a compact list in the left sidebar: relationship type and both ends,
 * how many sources support it, filterable by text (type or either end's name). Clicking a row
 * selects the link (its evidence opens in the details panel) and frames its two ends. Parallel
 * links between two nodes overlap on the canvas; here each one can be picked.
 */
import type { Explorer } from '../app/explorer.ts';
import { iconSvg, relLabel } from '../graph/style.ts';
import { debounce, h, replace, svg } from './dom.ts';

/** Rows drawn at most; the filter narrows the rest. */
const MAX_ROWS = 300;

interface Row {
  id: string;
  rel: string;
  source: string;
  target: string;
  sourceType: string;
  targetType: string;
  evidence: number;
  text: string;
}

/** Builds the list into `root`; it follows graph, filter and selection changes while visible. */
export function createLinkList(root: HTMLElement, explorer: Explorer): { render(): void } {
  const store = explorer.store;
  const input = h('input', { class: 'text-input', type: 'search', placeholder: 'Filter by type or name…', 'aria-label': 'Filter links', 'data-testid': 'link-filter' });
  const summary = h('div', { class: 'muted small' });
  const list = h('div', { class: 'link-rows link-list-rows', role: 'list' });
  replace(root, h('div', { class: 'link-list-head' }, input, summary), list);

  const rows = (): Row[] => {
    const g = store.graph;
    const out: Row[] = [];
    g.forEachEdge((id, a, s, t, sa, ta) => {
      if (store.visibility.hiddenEdges.has(id)) return;
      const rel = relLabel(a.relType);
      out.push({ id, rel, source: sa.name, target: ta.name, sourceType: sa.entityType, targetType: ta.entityType, evidence: a.evidenceCount, text: `${rel} ${a.relType} ${sa.name} ${ta.name}`.toLowerCase() });
    });
    return out.sort((x, y) => x.rel.localeCompare(y.rel) || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
  };

  const render = () => {
    if (root.hidden) return;
    const all = rows();
    const terms = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const shown = terms.length ? all.filter((r) => terms.every((t) => r.text.includes(t))) : all;
    const hidden = store.visibility.hiddenEdges.size;
    summary.textContent = all.length
      ? `${shown.length === all.length ? all.length : `${shown.length} of ${all.length}`} link${all.length === 1 ? '' : 's'}${hidden ? ` · ${hidden} hidden by filters` : ''}`
      : 'No links on the canvas yet.';
    const selected = store.selection?.kind === 'edge' ? store.selection.id : undefined;
    replace(
      list,
      ...shown.slice(0, MAX_ROWS).map((r) =>
        h(
          'button',
          {
            class: `link-row link-item${r.id === selected ? ' active' : ''}`,
            role: 'listitem',
            'data-testid': 'link-item',
            'data-edge': r.id,
            title: `${r.source} — ${r.rel} → ${r.target}`,
            onclick: () => {
              store.select({ kind: 'edge', id: r.id });
              const g = store.graph;
              if (g.hasEdge(r.id)) explorer.frameNodes([g.source(r.id), g.target(r.id)]);
            },
          },
          h('span', { class: 'rel' }, r.rel),
          h('span', { class: 'ends' }, svg(iconSvg(r.sourceType, 11)), h('span', { class: 'end' }, r.source), h('span', { class: 'arrow' }, '→'), svg(iconSvg(r.targetType, 11)), h('span', { class: 'end' }, r.target)),
          h('span', { class: `count${r.evidence <= 1 ? ' single' : ''}`, title: 'sources' }, String(r.evidence)),
        ),
      ),
      shown.length > MAX_ROWS ? h('div', { class: 'muted small pad' }, `… ${shown.length - MAX_ROWS} more: narrow the filter.`) : null,
    );
  };
  input.addEventListener('input', debounce(render, 120));
  store.subscribe((k) => {
    if (k.has('graph') || k.has('filters') || k.has('selection')) render();
  });
  return { render };
}
