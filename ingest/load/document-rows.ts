/**
 * A batch's evidence and mentions as the write queries take them: grouped by document, so each
 * document is looked up once and its element id sent once, and each evidence sentence as a list of
 * values instead of a map that repeats its keys. An evidence sentence that is the document's own text
 * between its offsets (what extractors give) is not sent at all: Neo4j reads it from the document
 * this transaction has just written. Most of a batch's bytes were those sentences, sent again beside
 * the text they come from.
 */
import type { BatchRows } from './plan-batch.ts';
import type { CoMentionRows } from './plan-co-mentions.ts';

type EvidenceRow = BatchRows['evidence'][number] | CoMentionRows['evidence'][number];

/** One evidence sentence: [id, relId, start, end, status, claimedBy, date, dateText, text or null]. */
export type EvidenceValues = [string, string, number, number, string | null, string[] | null, string | null, string | null, string | null];

export interface DocumentEvidence {
  /** Element id of the document. */
  d: string;
  evidence: EvidenceValues[];
}

export interface DocumentMentions {
  /** Element id of the document. */
  d: string;
  /** Element ids of the entities it mentions, and how often each. */
  e: string[];
  c: number[];
}

/**
 * Groups evidence by document, in the order documents first appear. `texts` holds each document's
 * text; `eidOf` gives a document's element id (and throws for one the batch did not write).
 */
export function evidenceByDocument(evidence: readonly EvidenceRow[], texts: ReadonlyMap<string, string>, eidOf: (documentId: string) => string): DocumentEvidence[] {
  /** Per document: its group, and its text when offsets in code points are UTF-16 offsets too (no surrogate pairs). */
  const out = new Map<string, { group: DocumentEvidence; plain: string | undefined }>();
  for (const v of evidence) {
    let doc = out.get(v.documentId);
    if (!doc) {
      const text = texts.get(v.documentId);
      doc = { group: { d: eidOf(v.documentId), evidence: [] }, plain: text !== undefined && !/[\uD800-\uDFFF]/.test(text) ? text : undefined };
      out.set(v.documentId, doc);
    }
    const own = doc.plain?.slice(v.start, v.end) === v.text;
    doc.group.evidence.push([v.id, v.relId, v.start, v.end, v.status, v.claimedBy, v.date, v.dateText, own ? null : v.text]);
  }
  return [...out.values()].map((x) => x.group);
}

/** Groups mentions by document, in the order documents first appear. */
export function mentionsByDocument(mentions: readonly { d: string; e: string; count: number }[]): DocumentMentions[] {
  const out = new Map<string, DocumentMentions>();
  for (const m of mentions) {
    let group = out.get(m.d);
    if (!group) out.set(m.d, (group = { d: m.d, e: [], c: [] }));
    group.e.push(m.e);
    group.c.push(m.count);
  }
  return [...out.values()];
}
