/**
 * Type-ahead search over names and aliases, results grouped by entity type, keyboard navigable.
 * Used for the main search and for the path finder's two ends.
 */
import { search } from '../api/client.ts';
import type { SearchResult } from '../../../core/api-schemas.ts';
import { iconSvg, sortTypes } from '../graph/style.ts';
import { debounce, errorMessage, h, replace, svg } from './dom.ts';

export interface SearchBoxOptions {
  placeholder: string;
  /** data-testid of the input; the results list gets the same with `-results` → `search-results` for the main one. */
  inputTestId?: string;
  resultsTestId?: string;
  onPick(result: SearchResult): void;
  /** Keep the picked name in the input (path finder) instead of clearing it. */
  keepValue?: boolean;
}

export interface SearchBox {
  root: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

/** Builds a search box. */
export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    'data-testid': options.inputTestId,
    'aria-label': options.placeholder,
  });
  const list = h('div', { class: 'search-results', role: 'listbox', 'data-testid': options.resultsTestId, hidden: true });
  const root = h('div', { class: 'search-box' }, svg('<svg width="15" height="15" viewBox="0 0 24 24" class="search-glyph"><path fill="currentColor" d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></svg>'), input, list);
  let items: { el: HTMLElement; result: SearchResult }[] = [];
  let active = -1;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const pick = (r: SearchResult) => {
    close();
    input.value = options.keepValue ? r.name : '';
    options.onPick(r);
  };
  const setActive = (i: number) => {
    items[active]?.el.classList.remove('active');
    active = Math.max(0, Math.min(items.length - 1, i));
    items[active]?.el.classList.add('active');
    items[active]?.el.scrollIntoView({ block: 'nearest' });
  };

  const render = (results: SearchResult[], q: string) => {
    items = [];
    active = -1;
    if (!results.length) {
      replace(list, h('div', { class: 'search-empty' }, `No match for “${q}”.`));
      list.hidden = false;
      return;
    }
    const byType = new Map<string, SearchResult[]>();
    for (const r of results) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
    const groups = sortTypes(byType.keys()).map((type) => {
      const rows = byType.get(type)!.map((r) => {
        const alias = r.aliases?.find((a) => a !== r.name && a.toLowerCase().includes(q.toLowerCase()));
        const el = h(
          'div',
          { class: 'search-item', role: 'option', 'data-id': r.id },
          svg(iconSvg(r.type, 14)),
          h('span', { class: 'name' }, r.name),
          alias ? h('span', { class: 'alias' }, `aka ${alias}`) : null,
        );
        el.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(r);
        });
        items.push({ el, result: r });
        return el;
      });
      return h('div', { class: 'search-group' }, h('div', { class: 'search-group-title' }, type, h('span', { class: 'count' }, String(rows.length))), ...rows);
    });
    replace(list, ...groups);
    list.hidden = false;
    setActive(0);
  };

  const run = debounce(async (q: string) => {
    const mine = ++seq;
    if (q.trim().length < 2) return close();
    replace(list, h('div', { class: 'search-empty' }, 'Searching…'));
    list.hidden = false;
    try {
      const res = await search(q.trim(), { limit: 20 });
      if (mine === seq) render(res.results, q.trim());
    } catch (err) {
      if (mine === seq) replace(list, h('div', { class: 'search-empty error' }, errorMessage(err)));
    }
  }, 140);

  input.addEventListener('input', () => run(input.value));
  input.addEventListener('focus', () => {
    if (items.length && input.value.trim().length >= 2) list.hidden = false;
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') setActive(active + 1);
    else if (e.key === 'ArrowUp') setActive(active - 1);
    else if (e.key === 'Enter' && items[active] && !list.hidden) pick(items[active]!.result);
    else if (e.key === 'Escape') {
      close();
      input.blur();
    } else return;
    e.preventDefault();
  });
  return { root, input, setValue: (t) => (input.value = t) };
}
