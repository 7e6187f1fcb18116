/**
 * Pure planning of the co-mention rows of one load batch. A CO_MENTIONED link aggregates many
 * documents, so it is stored as per-document shares (`documentIds` with `documentCounts`) and each
 * document's evidence sentences: re-ingesting a changed document replaces only its share, removing it
 * takes its share away (refresh-co-mentions), and the link goes when no share is left.
 */
import type { CoMentionRecord, DocumentRecord, ExtractionResult } from '../../core/index.ts';
import { evidenceId, utf16ToCodePointOffsets } from '../../core/index.ts';

/** One document's share of a co-mention. */
interface Share {
  record: CoMentionRecord;
  count: number;
  evidence: CoMentionRecord['evidence'];
}

export interface CoMentionRows {
  /** One row per pair: the shares of this batch's documents. */
  coMentions: { id: string; source: string; target: string; documentIds: string[]; documentCounts: number[] }[];
  /** Their evidence, `start` and `end` in code points; written with upsert-evidence like a fact's (no status). */
  evidence: { id: string; relId: string; documentId: string; text: string; start: number; end: number; status: null; claimedBy: null; date: null; dateText: null }[];
}

/** Co-mention shares by document, built once per result. */
export type CoMentionIndex = Map<string, Share[]>;

/**
 * Splits each record into document shares. A document's count is `countByDocument` when given, else
 * the number of its evidence sentences; a document with no evidence sentence in the record is left
 * out (a share is stored only with a sentence behind it, which is how its removal finds it again).
 */
export function indexCoMentions(result: Pick<ExtractionResult, 'coMentions'>): CoMentionIndex {
  const byDoc: CoMentionIndex = new Map();
  for (const record of result.coMentions ?? []) {
    for (const documentId of new Set(record.documents)) {
      const evidence = record.evidence.filter((v) => v.documentId === documentId);
      if (evidence.length === 0) continue;
      const count = record.countByDocument?.[documentId] ?? evidence.length;
      let list = byDoc.get(documentId);
      if (!list) byDoc.set(documentId, (list = []));
      list.push({ record, count, evidence });
    }
  }
  return byDoc;
}

/**
 * Rows for the documents a batch writes (new and changed ones; unchanged documents keep their stored
 * shares). Pairs whose ends the batch does not write (`entityIds`) are skipped.
 */
export function planCoMentions(docs: readonly DocumentRecord[], index: CoMentionIndex, entityIds: ReadonlySet<string>): CoMentionRows {
  const rows: CoMentionRows = { coMentions: [], evidence: [] };
  const pairs = new Map<string, CoMentionRows['coMentions'][number]>();
  const seen = new Set<string>();
  for (const doc of docs) {
    const shares = index.get(doc.id);
    if (!shares) continue;
    const codePoint = utf16ToCodePointOffsets(doc.text);
    for (const { record, count, evidence } of shares) {
      if (!entityIds.has(record.source) || !entityIds.has(record.target)) continue;
      let pair = pairs.get(record.id);
      if (!pair) pairs.set(record.id, (pair = { id: record.id, source: record.source, target: record.target, documentIds: [], documentCounts: [] }));
      if (pair.documentIds.includes(doc.id)) continue;
      pair.documentIds.push(doc.id);
      pair.documentCounts.push(count);
      for (const v of evidence) {
        const id = evidenceId(record.id, doc.id, v.start, v.end);
        if (seen.has(id)) continue;
        seen.add(id);
        rows.evidence.push({ id, relId: record.id, documentId: doc.id, text: v.text, start: codePoint(v.start), end: codePoint(v.end), status: null, claimedBy: null, date: null, dateText: null });
      }
    }
  }
  rows.coMentions = [...pairs.values()];
  return rows;
}
