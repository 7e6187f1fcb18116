/**
 * A publication date for documents that carry none (plain text without a dated dateline): the ingest
 * CLI's `--published-at`, applied by the ingest pipeline before either extraction path (this thread or
 * the workers) reads them. Relative dates in those documents ("yesterday", "last month") then resolve
 * against it; a document's own date (JSONL, HTML meta, feed item, dateline) is kept.
 */
import type { DocumentRecord } from '../../core/index.ts';

/** The documents, with `publishedAt` given to every one that has none. */
export function givePublishedAt<D extends Pick<DocumentRecord, 'publishedAt'>>(docs: readonly D[], publishedAt: string): D[] {
  return docs.map((d) => (d.publishedAt ? d : { ...d, publishedAt }));
}
