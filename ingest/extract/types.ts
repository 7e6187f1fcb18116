/**
 * Types shared by the per-sentence relation stages (roles, verb and noun patterns, aid, lexicon
 * events): one file, so the stages import it and not each other.
 */
import type { RelationType } from '../../core/index.ts';
import type { DocEntities } from './resolve/doc-entities.ts';
import type { SentenceInfo } from './resolve/resolve.ts';

/** A relation found in a document, between doc-local entity indices. */
export interface LocalRelation {
  source: number;
  type: RelationType;
  target: number;
  confidence: number;
  properties: Record<string, string | number>;
  sentence: number;
}

/** Context shared by pattern helpers for one sentence. */
export interface SentenceContext {
  s: SentenceInfo;
  index: number;
  /** Every sentence of the document (pronouns look back at the ones before). */
  sentences?: SentenceInfo[];
  /** The facts found so far in the document (a denial looks back at the accusation it answers). */
  facts?: readonly LocalRelation[];
  ents: DocEntities;
  masked: string;
  /** Mention index → entity indices to use when the mention acts (capital → country). */
  actor: (k: number) => number[];
  /** Mention index → entity indices as written (a capital stays a place). */
  place: (k: number) => number[];
  emit: (source: number, type: RelationType, target: number, confidence: number, props?: Record<string, string | number>) => void;
  /** The most-mentioned country of the document, if any. */
  mainCountry?: number;
  /** The country of the wire dateline ("KATHMANDU, Nepal —"), if any: bare titles refer to it. */
  homeCountry?: number;
}

/** A relation proposed by a pattern. */
export interface PatternHit {
  source: number;
  type: RelationType;
  target: number;
  confidence: number;
  properties?: Record<string, string | number>;
}
