/**
 * Types shared by the per-sentence relation stages (roles, verb and noun patterns, aid, lexicon
 * events): one file, so the stages import it and not each other.
 */
import type { FactStatus, RelationType } from '../../core/index.ts';
import type { DocEntities } from './resolve/doc-entities.ts';
import type { SentenceInfo } from './resolve/resolve.ts';
import type { SentenceModality } from './clauses/modality.ts';

/** A relation found in a document, between doc-local entity indices. */
export interface LocalRelation {
  source: number;
  type: RelationType;
  target: number;
  confidence: number;
  properties: Record<string, string | number>;
  sentence: number;
  /** How the sentence tells it; absent means asserted. */
  status?: FactStatus;
  /** Entities (doc-local) the sentence says claim or deny it. */
  claimedBy?: number[];
  /** When it happened (ISO, partial allowed) and the words that said so. */
  date?: string;
  dateText?: string;
}

/**
 * How a clause tells its act (clauses/modality.ts): the status, who claims or denies it, and when.
 * A clause may tell it twice: alleged by its accusers and denied by the accused.
 */
export interface Telling {
  status: FactStatus;
  /** Doc-local entities reporting, claiming or denying the act. */
  claimedBy: number[];
  /** Only neutral reporting verbs ("said"): a speaker telling its own act asserts it. */
  selfAsserts?: boolean;
  date?: string;
  dateText?: string;
}

/** Context shared by pattern helpers for one sentence. */
export interface SentenceContext {
  s: SentenceInfo;
  index: number;
  /** Every sentence of the document (pronouns look back at the ones before). */
  sentences?: SentenceInfo[];
  /** The facts found so far in the document (a denial looks back at the accusation it answers). */
  facts?: readonly LocalRelation[];
  /** Targets of attacks told so far with no attacker named ("gunmen stormed X"), which a later claim of responsibility gives to the claimant. */
  unclaimed?: { sentence: number; targets: number[] }[];
  /** Doers of acts told so far whose target names no one ("Iran seized a tanker"), which a later act noun ("the seizure") may refer back to. */
  targetless?: { sentence: number; type: RelationType; sources: number[] }[];
  ents: DocEntities;
  masked: string;
  /** Mention index → entity indices to use when the mention acts (capital → country). */
  actor: (k: number) => number[];
  /** Mention index → entity indices as written (a capital stays a place). */
  place: (k: number) => number[];
  /** Adds a fact; `how` says how the clause tells it (default: the sentence's own telling, asserted unless framed). */
  emit: (source: number, type: RelationType, target: number, confidence: number, props?: Record<string, string | number>, how?: readonly Telling[]) => void;
  /** The document's publication day, against which relative dates resolve. */
  published?: Date;
  /** The document's text (sentence offsets index it). */
  docText?: string;
  /** How the clauses of this sentence tell their acts, once the lexicon has read them. */
  modality?: SentenceModality;
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
