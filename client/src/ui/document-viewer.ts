/**
 * A modal showing a source document with the evidence sentence highlighted and scrolled into view,
 * plus the entities it mentions (click one to put it on the canvas).
 */
import type { Explorer } from '../app/explorer.ts';
import * as api from '../api/client.ts';
import { iconSvg } from '../graph/style.ts';
import { sliceCodePoints } from '../../../core/text-offsets.ts';
import { errorMessage, h, replace, svg, track } from './dom.ts';
import { mountModal } from './modal.ts';

export interface DocumentViewer {
  open(documentId: string, span?: { start: number; end: number }): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
}

/** Creates the document modal (appended to body, hidden). */
export function createDocumentViewer(explorer: Explorer): DocumentViewer {
  const body = h('div', { class: 'modal-body' });
  const title = h('h2', { class: 'modal-title', id: 'document-viewer-title' });
  const meta = h('div', { class: 'modal-meta' });
  const closeBtn = h('button', { class: 'icon-btn close', title: 'Close (Esc)', 'aria-label': 'Close the document' }, '×');
  // Named by its title (the document's, once loaded), so a screen reader announces what opened.
  const dialog = h('div', { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'document-viewer-title', 'data-testid': 'document-viewer' }, h('div', { class: 'modal-head' }, h('div', {}, title, meta), closeBtn), body);
  // Focus moves into the dialog on open and back to where it was on close.
  const modal = mountModal(dialog, closeBtn);
  const close = modal.close;

  const open = async (documentId: string, span?: { start: number; end: number }) => {
    title.textContent = 'Loading document…';
    replace(meta);
    replace(body, h('div', { class: 'muted pad' }, 'Loading…'));
    modal.show();
    closeBtn.focus();
    try {
      const doc = await track(api.getDocument(documentId));
      if (doc.publishedAt) explorer.store.addDocumentDates([[doc.id, doc.publishedAt]]);
      title.textContent = doc.title || doc.id;
      replace(
        meta,
        [doc.source, doc.publishedAt?.slice(0, 10)].filter(Boolean).join(' · '),
        // Only web links: a document stored before the ingest checked links may carry `javascript:`.
        doc.url && /^https?:\/\//i.test(doc.url) ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer', class: 'link' }, ' · original') : null,
      );
      const text = h('div', { class: 'doc-text' });
      let mark: HTMLElement | undefined;
      // Evidence offsets count code points (as Cypher does), not the UTF-16 units of String#slice.
      if (span && span.end > span.start && span.end <= doc.text.length) {
        mark = h('mark', { 'data-testid': 'evidence-highlight' }, sliceCodePoints(doc.text, span.start, span.end));
        text.append(sliceCodePoints(doc.text, 0, span.start), mark, sliceCodePoints(doc.text, span.end, Infinity));
      } else text.append(doc.text);
      const entities = doc.entities
        .slice()
        .sort((a, b) => b.count - a.count)
        .slice(0, 40)
        .map((e) =>
          h('button', { class: 'chip', title: `Mentioned ${e.count}×: add to canvas`, onclick: () => void explorer.addNode(e.id) }, svg(iconSvg(e.type, 12)), e.name),
        );
      replace(body, text, entities.length ? h('div', { class: 'doc-entities' }, h('div', { class: 'section-title' }, 'Mentioned'), h('div', { class: 'chips' }, ...entities)) : null);
      mark?.scrollIntoView({ block: 'center' });
    } catch (err) {
      title.textContent = 'Document unavailable';
      replace(body, h('div', { class: 'error pad' }, errorMessage(err)));
    }
  };

  return {
    open,
    close,
    get isOpen() {
      return modal.isOpen();
    },
  };
}
