/**
 * Per-document analysis as a worker thread runs it, and what it sends back: only what the
 * corpus-wide merge reads (sentence spans, the entities each mention refers to, the document's
 * entity table and its relations), not the tokens and mentions, which would cost more to copy
 * between threads than to compute.
 */
import type { DocumentRecord } from '../../core/index.ts';
import { analyseWithRelations } from '../extract/extract.ts';
import type { AnalysedDocument, MergeSentence } from '../extract/merge/merge.ts';
import { DocEntities } from '../extract/resolve/doc-entities.ts';
import type { LocalRelation } from '../extract/types.ts';

/** One document's analysis as it crosses between threads (structured clone: Sets and Maps survive). */
export interface AnalysisMessage {
  sentences: MergeSentence[];
  /** A DocEntities without its prototype, which structured clone drops. */
  ents: DocEntities;
  rels: LocalRelation[];
}

/** Analyses one document exactly as the one-thread extractor does, keeping what the merge needs. */
export function analyseForMerge(doc: DocumentRecord): AnalysisMessage {
  const { sentences, ents, rels } = analyseWithRelations(doc);
  return {
    sentences: sentences.map((s) => ({
      start: s.start,
      end: s.end,
      ...(s.evidenceStart !== undefined ? { evidenceStart: s.evidenceStart } : {}),
      mentions: s.mentions.map((m) => ({ kind: m.kind, refs: m.refs })),
    })),
    ents,
    rels,
  };
}

/** The analysed document the merge takes, from a message and the document it was made from. */
export function analysedFromMessage(doc: DocumentRecord, message: AnalysisMessage): AnalysedDocument {
  // The entity table's fields (its list and key index) came through the copy; its methods come back here.
  const ents = Object.setPrototypeOf(message.ents, DocEntities.prototype) as DocEntities;
  return { doc, sentences: message.sentences, ents, rels: message.rels };
}
