/**
 * Path finder: pick two actors, get the k shortest paths, drawn and highlighted on the canvas and
 * listed hop by hop with the evidence of each hop.
 */
import type { Explorer } from '../app/explorer.ts';
import * as api from '../api/client.ts';
import type { PathResult } from '../../../core/api-schemas.ts';
import { iconSvg, relLabel } from '../graph/style.ts';
import { evidenceView } from './details-panel.ts';
import type { DocumentViewer } from './document-viewer.ts';
import { errorMessage, h, replace, svg, track } from './dom.ts';
import { createSearchBox } from './search-box.ts';

export interface PathFinder {
  setFrom(id: string, name: string): void;
}

/** Builds the path finder panel inside `root`. */
export function createPathFinder(root: HTMLElement, explorer: Explorer, docs: DocumentViewer): PathFinder {
  let from: { id: string; name: string } | undefined;
  let to: { id: string; name: string } | undefined;
  const fromBox = createSearchBox({ placeholder: 'From… (type a name)', inputTestId: 'path-from', keepValue: true, onPick: (r) => (from = r) });
  const toBox = createSearchBox({ placeholder: 'To… (type a name)', inputTestId: 'path-to', keepValue: true, onPick: (r) => (to = r) });
  const k = h('select', { class: 'select', 'aria-label': 'Number of paths' }, ...[1, 2, 3, 5, 8].map((n) => h('option', { value: n, selected: n === 3 }, `${n} path${n > 1 ? 's' : ''}`)));
  const hops = h('select', { class: 'select', 'aria-label': 'Maximum hops' }, ...[2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === 4 }, `≤ ${n} hops`)));
  const out = h('div', { class: 'path-results', 'data-testid': 'path-results' });
  const go = h('button', { class: 'btn primary', 'data-testid': 'path-find' }, 'Find paths');
  const swap = h('button', { class: 'icon-btn', title: 'Swap ends', onclick: () => { [from, to] = [to, from]; fromBox.setValue(from?.name ?? ''); toBox.setValue(to?.name ?? ''); } }, '⇅');

  const nodeName = (p: PathResult, id: string) => p.nodes.find((n) => n.id === id);
  const highlight = (p: PathResult) => explorer.store.setHighlight({ nodes: new Set(p.nodes.map((n) => n.id)), edges: new Set(p.edges.map((e) => e.id)) });

  const renderPath = (p: PathResult, i: number) => {
    const hopsEl = p.hops.map((hop) => {
      const a = nodeName(p, hop.from);
      const b = nodeName(p, hop.to);
      const forward = hop.edge.source === hop.from;
      return h(
        'li',
        { class: 'hop' },
        h(
          'div',
          { class: 'hop-line' },
          a ? svg(iconSvg(a.type, 12)) : null,
          h('strong', {}, a?.name ?? hop.from),
          h('span', { class: 'rel' }, forward ? ` — ${relLabel(hop.edge.type)} → ` : ` ← ${relLabel(hop.edge.type)} — `),
          b ? svg(iconSvg(b.type, 12)) : null,
          h('strong', {}, b?.name ?? hop.to),
        ),
        ...hop.evidence.slice(0, 2).map((e) => evidenceView(e, docs)),
      );
    });
    const card = h('div', { class: 'path-card', 'data-testid': 'path-card' }, h('div', { class: 'path-head' }, h('span', {}, `Path ${i + 1}`), h('span', { class: 'muted small' }, `${p.length} hop${p.length === 1 ? '' : 's'}`)), h('ol', { class: 'hops' }, ...hopsEl));
    card.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('button')) return;
      root.querySelectorAll('.path-card.active').forEach((c) => c.classList.remove('active'));
      card.classList.add('active');
      highlight(p);
    });
    return card;
  };

  go.addEventListener('click', async () => {
    if (!from || !to) {
      replace(out, h('div', { class: 'error small' }, 'Pick both ends from the suggestions first.'));
      return;
    }
    replace(out, h('div', { class: 'muted small' }, 'Searching paths…'));
    go.setAttribute('disabled', '');
    try {
      const res = await track(api.getPaths(from.id, to.id, { k: Number(k.value), maxHops: Number(hops.value) }));
      if (!res.paths.length) {
        replace(out, h('div', { class: 'muted' }, `No path within ${hops.value} hops between ${from.name} and ${to.name}.`));
        return;
      }
      const all = { nodes: res.paths.flatMap((p) => p.nodes), edges: res.paths.flatMap((p) => p.edges) };
      explorer.showResult(all, `Paths ${from.name} → ${to.name}`);
      const cards = res.paths.map(renderPath);
      cards[0]?.classList.add('active');
      highlight(res.paths[0]!);
      replace(out, h('div', { class: 'muted small' }, `${res.paths.length} path${res.paths.length > 1 ? 's' : ''} found · click one to highlight it`), ...cards);
    } catch (err) {
      replace(out, h('div', { class: 'error' }, errorMessage(err)));
    } finally {
      go.removeAttribute('disabled');
    }
  });

  replace(
    root,
    h('p', { class: 'panel-intro' }, 'Shortest chains of links between two actors, each hop with its source sentence.'),
    h('div', { class: 'path-ends' }, fromBox.root, swap, toBox.root),
    h('div', { class: 'row' }, k, hops, go),
    out,
  );
  return {
    setFrom(id, name) {
      from = { id, name };
      fromBox.setValue(name);
      toBox.input.focus();
    },
  };
}
