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

type Pick = { id: string; name: string };

/**
 * The actor an end of the path finder stands for: the pick, when the box still shows it; else the
 * one search result whose name or alias is the typed text (or the only result); else a sentence
 * saying the text is not picked.
 */
export async function resolveEnd(picked: Pick | undefined, typed: string, label: string): Promise<Pick | string> {
  const text = typed.trim();
  if (picked && picked.name === text) return picked;
  if (!text) return `${label}: type a name and pick it from the suggestions.`;
  const { results } = await api.search(text, { limit: 10 });
  const key = text.toLowerCase();
  const exact = results.filter((r) => r.name.toLowerCase() === key || r.aliases?.some((a) => a.toLowerCase() === key));
  const only = exact.length === 1 ? exact[0] : exact.length === 0 && results.length === 1 ? results[0] : undefined;
  if (only) return { id: only.id, name: only.name };
  if (!results.length) return `${label}: nothing matches “${text}”.`;
  return `${label}: “${text}” is not picked; choose one of the suggestions.`;
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
  // Typing in a box after a pick un-picks it: Find must never search from a name no longer shown.
  fromBox.input.addEventListener('input', () => {
    if (from && fromBox.input.value !== from.name) from = undefined;
  });
  toBox.input.addEventListener('input', () => {
    if (to && toBox.input.value !== to.name) to = undefined;
  });
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
    go.setAttribute('disabled', '');
    try {
      // Typed but not picked: the name is resolved when it names one actor, else we say so.
      const ends = await Promise.all([resolveEnd(from, fromBox.input.value, 'From'), resolveEnd(to, toBox.input.value, 'To')]);
      const problems = ends.filter((e): e is string => typeof e === 'string');
      if (problems.length) {
        replace(out, h('div', { class: 'error small', 'data-testid': 'path-error' }, ...problems.map((p) => h('div', {}, p))));
        return;
      }
      from = ends[0] as Pick;
      to = ends[1] as Pick;
      fromBox.setValue(from.name);
      toBox.setValue(to.name);
      replace(out, h('div', { class: 'muted small' }, 'Searching paths…'));
      const res = await track(api.getPaths(from.id, to.id, { k: Number(k.value), maxHops: Number(hops.value), links: explorer.neighborLinks() }));
      if (!res.paths.length) {
        replace(out, h('div', { class: 'muted' }, `No path within ${hops.value} hops between ${from.name} and ${to.name}.`));
        return;
      }
      const all = { nodes: res.paths.flatMap((p) => p.nodes), edges: res.paths.flatMap((p) => p.edges) };
      await explorer.showResult(all, `Paths ${from.name} → ${to.name}`);
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
