/**
 * Entry point: builds the shell, the explorer and its panels, wires toolbar and shortcuts, keeps the
 * URL hash in sync with the canvas and restores a canvas from the URL on load.
 */
import './styles.css';
import { Explorer } from './app/explorer.ts';
import { createShell, NARROW_WIDTH } from './app/shell.ts';
import * as api from './api/client.ts';
import { downloadBlob, exportName, graphToGexf, viewToPngBlob } from './graph/export.ts';
import { fetchInducedSubgraph } from './state/restore.ts';
import { decodeUrlState, encodeUrlState } from './state/url-state.ts';
import { getUploadSettings } from './api/uploads.ts';
import { createAddDocuments } from './ui/add-documents.ts';
import { createDetailsPanel } from './ui/details-panel.ts';
import { createDocumentViewer } from './ui/document-viewer.ts';
import { bindStatus, debounce, errorMessage, h, replace, toast, track } from './ui/dom.ts';
import { createEmptyState } from './ui/empty-state.ts';
import { createNodeMenu } from './ui/expand-menu.ts';
import { createFiltersPanel, createLegend } from './ui/legend-filters.ts';
import { createLinkList } from './ui/link-list.ts';
import { createPathFinder } from './ui/path-finder.ts';
import { createResultsView } from './ui/results-view.ts';
import { createSavedQueries } from './ui/saved-queries.ts';
import { createSearchBox } from './ui/search-box.ts';
import { createSelectionTools } from './ui/selection-tools.ts';
import { installShortcuts } from './ui/shortcuts.ts';
import { createTimeline } from './ui/timeline.ts';
import { showLoginDialog } from './ui/login-dialog.ts';

const root = document.getElementById('app')!;
api.onAuthRequired(() => showLoginDialog());
const shell = createShell(root);
bindStatus(shell.progress, shell.toasts);

let menu: ReturnType<typeof createNodeMenu> | undefined;
const explorer = new Explorer(shell.canvas, {
  onExpandRequest: (n) => menu?.openExpand(n),
  onNodeMenu: (n, x, y) => menu?.openMenu(n, x, y),
  onStageClick: () => {
    menu?.close();
    explorer.store.select(undefined);
    shell.exportMenu.hidden = true;
  },
  onLayoutRunning: (r) => shell.buttons.layout.classList.toggle('running', r),
  canvasInsets: () => {
    const canvas = shell.canvas.getBoundingClientRect();
    const legend = shell.legend.hidden ? undefined : shell.legend.getBoundingClientRect();
    return { top: legend ? Math.max(0, legend.bottom - canvas.top) : 0, right: 0, bottom: 0, left: 0 };
  },
});
const store = explorer.store;
(window as unknown as { __explorer: Explorer }).__explorer = explorer;

const docs = createDocumentViewer(explorer);
const results = createResultsView(shell.drawer, explorer, docs);
let pathFinder: ReturnType<typeof createPathFinder> | undefined;
const findPathsFrom = (n: string) => {
  shell.selectTab('paths');
  pathFinder?.setFrom(n, store.graph.getNodeAttribute(n, 'name'));
};
menu = createNodeMenu(shell.stage, explorer, { findPathsFrom });
pathFinder = createPathFinder(shell.tabs.paths.panel, explorer, docs);
createDetailsPanel(shell.details, explorer, docs, menu, { findPathsFrom });
createLegend(shell.legend, explorer);
createTimeline(shell.timeline, explorer);
createSelectionTools(shell.stage, explorer);
createFiltersPanel(shell.tabs.filters.panel, explorer);
const links = createLinkList(shell.tabs.links.panel, explorer);
const saved = createSavedQueries(shell.tabs.queries.panel, explorer, results);
let cypherReady = false;
root.addEventListener('tabchange', (e) => {
  const name = (e as CustomEvent<string>).detail;
  if (name === 'queries') void saved.load();
  if (name === 'links') links.render();
  if (name === 'cypher' && !cypherReady) {
    // CodeMirror is loaded only when the Cypher tab is first opened (its own chunk).
    cypherReady = true;
    replace(shell.tabs.cypher.panel, h('div', { class: 'muted small pad' }, 'Loading the Cypher editor…'));
    track(import('./ui/cypher-editor.ts'))
      .then(({ createCypherEditor }) => createCypherEditor(shell.tabs.cypher.panel, explorer, results))
      .catch((err) => {
        cypherReady = false;
        replace(shell.tabs.cypher.panel, h('div', { class: 'error small pad' }, `Could not load the Cypher editor: ${errorMessage(err)}`));
      });
  }
});

const search = createSearchBox({
  placeholder: 'Search people, countries, organizations…  ( / )',
  inputTestId: 'search-input',
  resultsTestId: 'search-results',
  onPick: (r) => void explorer.addNode(r.id).catch((err) => toast(errorMessage(err), 'error')),
});
shell.searchSlot.append(search.root);
const focusSearch = () => search.input.focus();
createEmptyState(shell.empty, explorer, focusSearch);

// Toolbar.
const b = shell.buttons;
b.undo.addEventListener('click', () => explorer.undo());
b.redo.addEventListener('click', () => explorer.redo());
b.fit.addEventListener('click', () => explorer.fit());
const layoutItem = (label: string, kind: 'force' | 'circle' | 'types' | 'timeline') =>
  h('button', { class: 'menu-item', role: 'menuitemradio', 'data-testid': `layout-${kind}`, onclick: () => { shell.layoutMenu.hidden = true; explorer.setLayout(kind); } }, label);
replace(shell.layoutMenu, layoutItem('Force-directed (ForceAtlas2)  L', 'force'), layoutItem('Circle, by type', 'circle'), layoutItem('Grouped by type', 'types'), layoutItem('Timeline, by earliest fact date', 'timeline'));
b.layout.addEventListener('click', (e) => {
  e.stopPropagation();
  // A running layout stops on click; otherwise the click offers the layouts.
  if (explorer.layout.running) explorer.layout.stop();
  else {
    for (const item of shell.layoutMenu.querySelectorAll('[role=menuitemradio]')) item.setAttribute('aria-checked', String(item.getAttribute('data-testid') === `layout-${explorer.layoutKind}`));
    shell.layoutMenu.hidden = !shell.layoutMenu.hidden;
    shell.exportMenu.hidden = true;
  }
});
b.clear.addEventListener('click', () => explorer.clear());
const exportItem = (label: string, testid: string, fn: () => Promise<void> | void) =>
  h('button', { class: 'menu-item', 'data-testid': testid, onclick: async () => { shell.exportMenu.hidden = true; try { await fn(); } catch (err) { toast(errorMessage(err), 'error'); } } }, label);
replace(
  shell.exportMenu,
  exportItem('PNG image of the view', 'export-png', async () => downloadBlob(await viewToPngBlob(explorer.sigma), `${exportName()}.png`)),
  exportItem('GEXF (Gephi)', 'export-gexf', () => downloadBlob(new Blob([graphToGexf(store.graph)], { type: 'application/xml' }), `${exportName()}.gexf`)),
  exportItem('JSON (graphology)', 'export-json', () => downloadBlob(new Blob([JSON.stringify(store.graph.export(), null, 1)], { type: 'application/json' }), `${exportName()}.json`)),
);
b.export.addEventListener('click', (e) => {
  e.stopPropagation();
  shell.exportMenu.hidden = !shell.exportMenu.hidden;
});
document.addEventListener('click', (e) => {
  if (!(e.target as HTMLElement).closest('.dropdown-wrap')) {
    shell.exportMenu.hidden = true;
    shell.layoutMenu.hidden = true;
  }
});
const help = installShortcuts({
  focusSearch,
  undo: () => explorer.undo(),
  redo: () => explorer.redo(),
  remove: () => explorer.removeSelected(),
  escape: () => {
    if (docs.isOpen) return docs.close();
    menu?.close();
    shell.exportMenu.hidden = true;
    if (store.picked.size) store.pick([]);
    else if (store.selection) store.select(undefined);
    else store.setHighlight(undefined);
  },
  fit: () => explorer.fit(),
  layout: () => explorer.setLayout('force'),
  expand: () => store.selection?.kind === 'node' && menu?.openExpand(store.selection.id),
});
b.help.addEventListener('click', () => help.openHelp());
const syncButtons = () => {
  b.undo.disabled = !store.history.canUndo;
  b.redo.disabled = !store.history.canRedo;
  b.undo.title = store.history.undoLabel ? `Undo ${store.history.undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)';
  b.redo.title = store.history.redoLabel ? `Redo ${store.history.redoLabel} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)';
  b.clear.disabled = store.graph.order === 0;
};
store.subscribe(syncButtons);
// On a narrow screen the details panel opens by itself when something gets selected.
store.subscribe((k) => {
  if (k.has('selection') && store.selection && window.innerWidth < NARROW_WIDTH) shell.setDetailsOpen(true);
});
syncButtons();

// URL state: write on change, restore on load.
let restoring = false;
let lastHash = '';
const writeUrl = debounce(() => {
  if (restoring) return;
  lastHash = encodeUrlState(store.toUrlState());
  history.replaceState(null, '', lastHash ? `#${lastHash}` : location.pathname + location.search);
}, 250);
store.subscribe((k) => {
  if (k.has('graph') || k.has('filters') || k.has('selection') || k.has('appearance')) writeUrl();
});

async function restoreFromUrl(): Promise<void> {
  const state = decodeUrlState(location.hash);
  store.setEdgeColoring(state.edgeColoring ?? 'plain');
  store.setNodeSizing(state.nodeSizing ?? 'degree');
  store.setNodeColoring(state.nodeColoring);
  store.setLinkKinds({ showDenied: state.showDenied ?? false, coMentions: state.coMentions ?? false });
  if (!state.nodes.length && !state.selection) {
    store.setFilters(state.filters);
    return;
  }
  restoring = true;
  try {
    store.setFilters(state.filters);
    const sub = await track(
      fetchInducedSubgraph(state.nodes, explorer.subgraphApi()),
    );
    explorer.merge(sub, 'Restore from link');
    store.history.clear();
    if (sub.missing.length) toast(`${sub.missing.length} node${sub.missing.length > 1 ? 's' : ''} from the link no longer exist.`, 'error');
    const sel = state.selection;
    if (sel && (sel.kind === 'node' ? store.graph.hasNode(sel.id) : store.graph.hasEdge(sel.id))) store.select(sel);
    setTimeout(() => explorer.fit(), 100);
  } catch (err) {
    toast(`Could not restore the link: ${errorMessage(err)}`, 'error');
  } finally {
    restoring = false;
    syncButtons();
    writeUrl();
  }
}
window.addEventListener('hashchange', () => {
  if (location.hash.slice(1) === lastHash) return;
  store.history.clear();
  store.graph.clear();
  store.touch();
  void restoreFromUrl();
});

// Adding documents: offered only when the server says this user may (ALLOW_UPLOADS, editor role).
getUploadSettings()
  .then((settings) => {
    if (!settings.enabled) return;
    const adder = createAddDocuments(explorer, docs, settings);
    b.add.hidden = false;
    b.add.addEventListener('click', () => adder.open());
  })
  .catch(() => {
    // Not offered (an older server, or signed out): the button stays hidden.
  });

// Health: say clearly when the database is down.
async function checkHealth(): Promise<void> {
  try {
    const res = await fetch('/api/health');
    const body = (await res.json().catch(() => ({}))) as { neo4j?: { connected?: boolean } };
    const ok = res.ok && body.neo4j?.connected !== false;
    shell.health.hidden = ok;
    if (!ok) shell.health.textContent = 'The graph database is unreachable. Searches and expansions will fail until it is back.';
  } catch {
    shell.health.hidden = false;
    shell.health.textContent = 'Cannot reach the explorer server.';
  }
}
void checkHealth();
setInterval(() => void checkHealth(), 30_000);
void restoreFromUrl();
