/**
 * The page layout: top bar (search, undo/redo, layout, export, help), left tabs (filters, links,
 * paths, saved queries, Cypher), the canvas with legend and empty state, the details panel on the right,
 * the timeline of fact dates under the canvas and the results drawer. Returns the elements the panels mount into.
 */
import { h, svg } from '../ui/dom.ts';

const I = {
  undo: '<path d="M12.5 8c-2.65 0-5.05.99-6.9 2.6L2 7v9h9l-3.62-3.62A7.96 7.96 0 0 1 20.1 16l2.37-.78A10.5 10.5 0 0 0 12.5 8z"/>',
  redo: '<path d="M18.4 10.6A10.46 10.46 0 0 0 11.5 8C6.85 8 2.92 11.03 1.54 15.22l2.36.78A8 8 0 0 1 16.62 12.38L13 16h9V7l-3.6 3.6z"/>',
  fit: '<path d="M3 5v4h2V5h4V3H5a2 2 0 0 0-2 2zm2 10H3v4a2 2 0 0 0 2 2h4v-2H5v-4zm14 4h-4v2h4a2 2 0 0 0 2-2v-4h-2v4zm0-16h-4v2h4v4h2V5a2 2 0 0 0-2-2z"/>',
  layout: '<path d="M12 2a3 3 0 0 0-1 5.83V11H7.83A3 3 0 1 0 7.83 13H11v3.17A3 3 0 1 0 13 16.17V13h3.17A3 3 0 1 0 16.17 11H13V7.83A3 3 0 0 0 12 2z"/>',
  download: '<path d="M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z"/>',
  help: '<path d="M11 18h2v-2h-2v2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4z"/>',
  panel: '<path d="M3 4h18a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm12 2v12h5V6h-5zM4 6v12h9V6H4z"/>',
  clear: '<path d="M6 19c0 1.1.9 2 2 2h8a2 2 0 0 0 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z"/>',
  add: '<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6zm-1 7V3.5L18.5 9H13zm-2 3h2v3h3v2h-3v3h-2v-3H8v-2h3v-3z"/>',
};

/**
 * Below this window width one side panel shows at a time: while the details panel is open the left
 * sidebar folds to a rail of its tabs, and choosing a tab unfolds it and closes the details.
 */
export const NARROW_WIDTH = 1280;

const icon = (p: string) => svg(`<svg width="17" height="17" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${p}</svg>`);

export interface ShellParts {
  searchSlot: HTMLElement;
  /** `add` (Add documents) starts hidden: shown only when the server lets this user add documents. */
  buttons: Record<'undo' | 'redo' | 'fit' | 'layout' | 'export' | 'clear' | 'add' | 'help' | 'details', HTMLButtonElement>;
  /** Shows or hides the details panel (on narrow screens the left sidebar folds to its tabs meanwhile). */
  setDetailsOpen(open: boolean): void;
  exportMenu: HTMLElement;
  layoutMenu: HTMLElement;
  tabs: Record<'filters' | 'links' | 'paths' | 'queries' | 'cypher', { tab: HTMLButtonElement; panel: HTMLElement }>;
  stage: HTMLElement;
  canvas: HTMLElement;
  legend: HTMLElement;
  empty: HTMLElement;
  details: HTMLElement;
  drawer: HTMLElement;
  /** The timeline of fact dates under the canvas. */
  timeline: HTMLElement;
  health: HTMLElement;
  progress: HTMLElement;
  toasts: HTMLElement;
  selectTab(name: 'filters' | 'links' | 'paths' | 'queries' | 'cypher'): void;
}

/** Builds the DOM skeleton into `root`. */
export function createShell(root: HTMLElement): ShellParts {
  const btn = (name: string, title: string, p: string, testid?: string) => h('button', { class: 'tool-btn', title, 'aria-label': title, 'data-testid': testid ?? `tool-${name}` }, icon(p));
  const buttons = {
    undo: btn('undo', 'Undo (Ctrl+Z)', I.undo),
    redo: btn('redo', 'Redo (Ctrl+Shift+Z)', I.redo),
    fit: btn('fit', 'Fit to view (F)', I.fit),
    layout: btn('layout', 'Layout: force-directed (L), circle, grouped by type', I.layout),
    export: btn('export', 'Export', I.download),
    clear: btn('clear', 'Clear canvas', I.clear),
    add: btn('add', 'Add documents: paste an article or drop files', I.add),
    help: btn('help', 'Keyboard shortcuts (?)', I.help),
    details: btn('details', 'Show or hide the details panel', I.panel),
  };
  const exportMenu = h('div', { class: 'dropdown', hidden: true, 'data-testid': 'export-menu' });
  const layoutMenu = h('div', { class: 'dropdown', hidden: true, role: 'menu', 'data-testid': 'layout-menu' });
  const searchSlot = h('div', { class: 'top-search' });
  const health = h('div', { class: 'health', hidden: true, role: 'alert' });
  const progress = h('div', { class: 'progress', 'data-testid': 'loading' });
  const top = h(
    'header',
    { class: 'topbar' },
    h('div', { class: 'brand' }, svg('<svg width="22" height="22" viewBox="0 0 24 24"><circle cx="6" cy="17" r="3.2" fill="#5ab1ef"/><circle cx="18" cy="7" r="3.2" fill="#f2a65a"/><circle cx="17" cy="18" r="2.2" fill="#4fd1a5"/><path d="M6 17 18 7M6 17l11 1" stroke="#8b9bb0" stroke-width="1.4"/></svg>'), h('span', {}, 'Newsgraph')),
    searchSlot,
    h('div', { class: 'toolbar' }, buttons.undo, buttons.redo, h('span', { class: 'sep' }), buttons.fit, h('div', { class: 'dropdown-wrap' }, buttons.layout, layoutMenu), h('div', { class: 'dropdown-wrap' }, buttons.export, exportMenu), buttons.clear, buttons.add, h('span', { class: 'sep' }), buttons.details, buttons.help),
    progress,
  );
  const mkTab = (name: string, label: string, testid: string) => ({
    tab: h('button', { class: 'tab', role: 'tab', id: `tab-${name}`, 'aria-controls': `panel-${name}`, 'data-tab': name, 'data-testid': `tab-${name}` }, label),
    panel: h('div', { class: 'tab-panel', role: 'tabpanel', id: `panel-${name}`, 'aria-labelledby': `tab-${name}`, tabindex: '0', 'data-testid': testid, hidden: true }),
  });
  const tabs = {
    filters: mkTab('filters', 'Filters', 'filters-panel'),
    links: mkTab('links', 'Links', 'link-list'),
    paths: mkTab('paths', 'Paths', 'path-finder'),
    queries: mkTab('queries', 'Queries', 'saved-queries'),
    cypher: mkTab('cypher', 'Cypher', 'cypher-editor'),
  };
  const selectTab = (name: keyof typeof tabs) => {
    for (const [k, t] of Object.entries(tabs)) {
      t.tab.classList.toggle('active', k === name);
      t.tab.setAttribute('aria-selected', String(k === name));
      // Roving tabindex: Tab reaches the active tab only, arrow keys move between tabs.
      t.tab.tabIndex = k === name ? 0 : -1;
      t.panel.hidden = k !== name;
    }
    // On a narrow screen a tab is read in the unfolded sidebar, which needs the details' room.
    if (window.innerWidth < NARROW_WIDTH) setDetailsOpen(false);
    root.dispatchEvent(new CustomEvent('tabchange', { detail: name }));
  };
  for (const [k, t] of Object.entries(tabs)) t.tab.addEventListener('click', () => selectTab(k as keyof typeof tabs));
  const tabNames = Object.keys(tabs) as (keyof typeof tabs)[];
  const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Tools' }, ...Object.values(tabs).map((t) => t.tab));
  tablist.addEventListener('keydown', (e) => {
    const current = tabNames.findIndex((n) => tabs[n].tab === document.activeElement);
    if (current < 0) return;
    const next = e.key === 'ArrowRight' ? current + 1 : e.key === 'ArrowLeft' ? current - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabNames.length - 1 : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const name = tabNames[(next + tabNames.length) % tabNames.length]!;
    selectTab(name);
    tabs[name].tab.focus();
  });
  const left = h('aside', { class: 'sidebar left', 'aria-label': 'Filters, links, paths and queries' }, tablist, h('div', { class: 'tab-panels' }, ...Object.values(tabs).map((t) => t.panel)));
  // The canvas is a focusable region: keyboard users reach it (and its shortcuts) with Tab.
  const canvas = h('div', { class: 'canvas region', role: 'region', tabindex: '0', 'aria-label': 'Graph canvas (F fits, L lays out, E expands the selection, Delete removes it)', 'data-testid': 'graph-canvas' });
  const legend = h('div', { class: 'legend', role: 'toolbar', 'aria-label': 'Legend: entity types and link styles', 'data-testid': 'legend' });
  const empty = h('div', { class: 'empty-state' });
  const drawer = h('section', { class: 'drawer region', hidden: true, tabindex: '-1', 'aria-label': 'Query results', 'data-testid': 'results' });
  const stage = h('section', { class: 'stage' }, canvas, legend, empty, health);
  const timeline = h('section', { class: 'timeline region', hidden: true });
  const center = h('div', { class: 'main-col' }, stage, timeline, drawer);
  const details = h('aside', { class: 'sidebar right region', id: 'details-panel', tabindex: '0', 'aria-label': 'Details of the selection', 'data-testid': 'details-panel' });
  const workspace = h('main', { class: 'workspace' }, left, center, details);
  // Collapsible; below NARROW_WIDTH it starts closed and, open, folds the left sidebar (styles.css).
  function setDetailsOpen(open: boolean): void {
    details.classList.toggle('collapsed', !open);
    workspace.classList.toggle('details-open', open);
    buttons.details.setAttribute('aria-expanded', String(open));
  }
  buttons.details.setAttribute('aria-controls', 'details-panel');
  buttons.details.addEventListener('click', () => setDetailsOpen(details.classList.contains('collapsed')));
  setDetailsOpen(window.innerWidth >= NARROW_WIDTH);
  buttons.add.hidden = true;
  const toasts = h('div', { class: 'toasts', 'aria-live': 'polite' });
  root.append(top, workspace, toasts);
  selectTab('filters');
  return { setDetailsOpen, searchSlot, buttons, exportMenu, layoutMenu, tabs, stage, canvas, legend, empty, details, drawer, timeline, health, selectTab, progress, toasts };
}
