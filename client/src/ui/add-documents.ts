/**
 * The "Add documents" dialog: paste an article (title, text, optional date and link) or drop files
 * (anywhere on the explorer, or choose them). Each goes to the server, which reads, extracts and
 * loads it with the ingest pipeline; the list shows each one's progress (sending, then reading,
 * extracting and loading with the seconds spent), its result or its error (a bad file gets the
 * CLI's `name: why`), and what was new goes onto the canvas, emphasised. Adds run one at a time, as
 * the server does them. The pasted text is never lost: the form is cleared only once its article
 * is in, and a draft is kept in the tab's session storage (a sign-in reloads the page).
 */
import './add-documents.css';
import type { UploadPartError } from '../../../core/document-upload-schemas.ts';
import type { Explorer } from '../app/explorer.ts';
import { showAdded } from '../app/show-added.ts';
import { addDocument, addDocumentFile, type UploadPhase, type UploadSettings } from '../api/uploads.ts';
import type { DocumentViewer } from './document-viewer.ts';
import { errorMessage, h, replace, toast } from './dom.ts';
import { createPasteArticleForm } from './paste-article-form.ts';

export interface AddDocumentsDialog {
  /** Opens the dialog; files given are queued at once. */
  open(files?: File[]): void;
  close(): void;
  readonly isOpen: boolean;
}

interface Outcome {
  documents: { documentId: string; title: string; created: boolean }[];
  entitiesNew: number;
  factsNew: number;
  errors: UploadPartError[];
  nodes: Set<string>;
  edges: Set<string>;
}

interface Item {
  label: string;
  state: 'waiting' | 'sending' | 'working' | 'done' | 'failed';
  sent: number;
  startedAt: number;
  message?: string;
  outcome?: Outcome;
  run(onPhase: (p: UploadPhase) => void): Promise<Omit<Outcome, 'nodes' | 'edges'> & { added: Parameters<typeof showAdded>[1] }>;
  /** Called after a successful add (the paste form clears itself). */
  onDone?(): void;
  el: HTMLElement;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Creates the dialog (appended to body, hidden) and the drop target over the whole page. */
export function createAddDocuments(explorer: Explorer, docs: DocumentViewer, settings: UploadSettings): AddDocumentsDialog {
  const paste = createPasteArticleForm(settings.maxTextChars, (article, clearIfUnchanged) =>
    enqueue(
      `“${article.title}”`,
      async (onPhase) => {
        onPhase({ phase: 'working' });
        const r = await addDocument(article);
        return { documents: [{ documentId: r.documentId, title: article.title, created: r.created }], entitiesNew: r.entities.new, factsNew: r.facts.new, errors: [], added: r };
      },
      clearIfUnchanged,
    ),
  );

  // ── The drop zone.
  const picker = h('input', { type: 'file', multiple: true, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true', 'data-testid': 'add-files', accept: settings.extensions.join(',') });
  const zone = h(
    'div',
    { class: 'drop-zone', 'data-testid': 'drop-zone' },
    h('div', {}, 'Drop files here, or ', h('button', { type: 'button', class: 'link-like', onclick: () => picker.click() }, 'choose files'), '.'),
    h('div', { class: 'field-help' }, `${settings.extensions.join(' ')} (other files are read as plain text); up to ${Math.round(settings.maxFileBytes / 1024 / 1024)} MB and ${settings.maxFileDocuments} articles a file.`),
    picker,
  );
  // The summary is announced, not the list (its seconds tick while the server works); errors are alerts.
  const list = h('ul', { class: 'upload-list', 'aria-label': 'Documents being added', 'data-testid': 'upload-list' });
  const summary = h('div', { class: 'upload-summary small muted', 'aria-live': 'polite', 'data-testid': 'upload-summary' });

  const titleId = 'add-documents-title';
  const closeBtn = h('button', { class: 'icon-btn close', title: 'Close (Esc)', 'aria-label': 'Close' }, '×');
  const dialog = h(
    'div',
    { class: 'modal add-documents', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'data-testid': 'add-documents' },
    h('div', { class: 'modal-head' }, h('div', {}, h('h2', { class: 'modal-title', id: titleId }, 'Add documents'), h('div', { class: 'modal-meta' }, 'The server reads, extracts and loads them as npm run ingest does; what is new goes onto the canvas, emphasised.')), closeBtn),
    h('div', { class: 'modal-body add-body' }, h('div', { class: 'add-cols' }, paste.form, h('div', { class: 'add-side' }, zone, summary, list))),
  );
  const backdrop = h('div', { class: 'backdrop', hidden: true }, dialog);
  document.body.append(backdrop);

  let returnFocus: HTMLElement | undefined;
  const close = () => {
    backdrop.hidden = true;
    returnFocus?.focus();
    returnFocus = undefined;
  };
  closeBtn.addEventListener('click', close);
  backdrop.addEventListener('click', (e) => {
    if (e.target === backdrop) close();
  });
  // The explorer's shortcuts stay out of the dialog; Escape closes it.
  dialog.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') close();
  });

  // ── The queue: one add at a time.
  const items: Item[] = [];
  let batch = { nodes: new Set<string>(), edges: new Set<string>() };
  let running = false;
  let ticker: ReturnType<typeof setInterval> | undefined;

  const renderItem = (item: Item) => {
    const seconds = Math.max(0, Math.round((performance.now() - item.startedAt) / 1000));
    const status =
      item.state === 'waiting' ? 'Waiting…'
      : item.state === 'sending' ? `Sending… ${Math.round(item.sent * 100)}%`
      : item.state === 'working' ? `Reading, extracting and loading… ${seconds} s`
      : item.state === 'failed' ? item.message ?? 'Failed'
      : describe(item.outcome!);
    item.el.dataset['state'] = item.state;
    const o = item.outcome;
    replace(
      item.el,
      h('div', { class: 'upload-head' }, h('span', { class: `upload-dot ${item.state}`, 'aria-hidden': 'true' }), h('span', { class: 'upload-label', title: item.label }, item.label)),
      h('div', { class: `upload-status small ${item.state === 'failed' ? 'error' : 'muted'}`, 'data-testid': 'upload-status', role: item.state === 'failed' ? 'alert' : undefined }, status),
      item.state === 'sending' ? h('progress', { max: 1, value: item.sent, 'aria-label': `Sending ${item.label}` }) : null,
      item.state === 'working' ? h('progress', { 'aria-label': `Adding ${item.label}` }) : null,
      o?.errors.length ? h('ul', { class: 'upload-errors small error', 'data-testid': 'upload-part-errors' }, ...o.errors.map((e) => h('li', {}, `${e.path}: ${e.message}`))) : null,
      o ? h(
        'div',
        { class: 'upload-actions' },
        o.nodes.size ? h('button', { class: 'btn small', 'data-testid': 'upload-show', onclick: () => explorer.emphasise(o.nodes, o.edges) }, 'Show what was new') : null,
        ...o.documents.slice(0, 5).map((d) => h('button', { class: 'btn small', title: d.title, onclick: () => { close(); void docs.open(d.documentId); } }, o.documents.length === 1 ? 'Open document' : `Open “${d.title.slice(0, 30)}”`)),
      ) : null,
    );
  };
  const describe = (o: Outcome) => {
    const created = o.documents.filter((d) => d.created).length;
    const docsPart = created ? plural(created, 'new document') : o.documents.length ? 'already in the graph' : 'no document';
    if (!o.entitiesNew && !o.factsNew) return `${docsPart}; nothing new for the graph`;
    return `${docsPart}: ${plural(o.entitiesNew, 'new entity', 'new entities')}, ${plural(o.factsNew, 'new link')}`;
  };
  const renderSummary = () => {
    const done = items.filter((i) => i.state === 'done').length;
    const failed = items.filter((i) => i.state === 'failed').length;
    const left = items.filter((i) => i.state === 'waiting' || i.state === 'sending' || i.state === 'working').length;
    summary.textContent = items.length ? `${done} added, ${failed} failed${left ? `, ${left} to go` : ''}` : '';
  };

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    batch = { nodes: new Set(), edges: new Set() };
    ticker = setInterval(() => items.filter((i) => i.state === 'working').forEach(renderItem), 500);
    try {
      for (let item = items.find((i) => i.state === 'waiting'); item; item = items.find((i) => i.state === 'waiting')) {
        item.state = 'sending';
        item.startedAt = performance.now();
        renderItem(item);
        renderSummary();
        try {
          const r = await item.run((p) => {
            item!.state = p.phase;
            if (p.phase === 'sending') item!.sent = p.sent;
            renderItem(item!);
          });
          const shown = await showAdded(explorer, r.added, `Add ${item.label}`).catch((err: unknown) => {
            toast(`Added, but the canvas could not show it: ${errorMessage(err)}`, 'error');
            return { nodes: new Set<string>(), edges: new Set<string>() };
          });
          item.outcome = { documents: r.documents, entitiesNew: r.entitiesNew, factsNew: r.factsNew, errors: r.errors, ...shown };
          item.state = 'done';
          for (const n of shown.nodes) batch.nodes.add(n);
          for (const e of shown.edges) batch.edges.add(e);
          if (batch.nodes.size) explorer.emphasise(batch.nodes, batch.edges);
          item.onDone?.();
        } catch (err) {
          item.state = 'failed';
          item.message = errorMessage(err);
        }
        renderItem(item);
        renderSummary();
      }
    } finally {
      clearInterval(ticker);
      running = false;
    }
  }

  function enqueue(label: string, run: Item['run'], onDone?: () => void): Item {
    const el = h('li', { class: 'upload-item', 'data-testid': 'upload-item' });
    const item: Item = { label, state: 'waiting', sent: 0, startedAt: performance.now(), run, el, ...(onDone ? { onDone } : {}) };
    items.push(item);
    list.prepend(el);
    renderItem(item);
    renderSummary();
    void drain();
    return item;
  }

  function enqueueFiles(files: File[]): void {
    for (const file of files) {
      if (file.size > settings.maxFileBytes) {
        enqueue(file.name, () => Promise.reject(new Error(`${file.name}: file too large (${file.size} bytes > limit ${settings.maxFileBytes})`)));
        continue;
      }
      enqueue(file.name, async (onPhase) => {
        const r = await addDocumentFile(file, file.name, onPhase);
        return { documents: r.documents, entitiesNew: r.entities.new, factsNew: r.facts.new, errors: r.errors, added: r };
      });
    }
  }

  picker.addEventListener('change', () => {
    enqueueFiles([...(picker.files ?? [])]);
    picker.value = '';
  });
  const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
  zone.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  // Files dropped anywhere on the explorer open the dialog with them queued.
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    zone.classList.remove('over');
    open([...(e.dataTransfer?.files ?? [])]);
  });

  function open(files: File[] = []): void {
    if (backdrop.hidden) returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    backdrop.hidden = false;
    if (files.length) enqueueFiles(files);
    else paste.focus();
  }

  return {
    open,
    close,
    get isOpen() {
      return !backdrop.hidden;
    },
  };
}
