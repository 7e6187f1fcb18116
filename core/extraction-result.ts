/**
 * The extraction result: what `npm run ingest -- --out FILE` writes and what the Neo4j loader reads.
 * Validated with zod at the boundary (a file from disk or another extractor), typed everywhere else.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from './model.ts';
import { CAMEO_ROOT_CODES, QUAD_CLASSES } from './cameo.ts';
import { factStatusSchema, partialIsoDateSchema } from './fact-status.ts';

export const documentRecordSchema = z.object({
  /** Stable id: given by the input (JSONL `id`) or derived from path + position + title. */
  id: z.string().min(1),
  /**
   * The file (absolute path) or URL the document was read from. A file is the unit of replacement:
   * re-ingesting it removes its stored documents that it no longer produces.
   */
  sourceKey: z.string().optional(),
  title: z.string(),
  source: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  /** Who wrote it, when the input says (an HTML page's byline). */
  byline: z.string().optional(),
  /** Full text, as the evidence offsets index it. */
  text: z.string(),
  /** hash64 of the text: a changed document replaces what came from its old version. */
  contentHash: z.string(),
});
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

export const evidenceSchema = z.object({
  documentId: z.string().min(1),
  /**
   * The supporting sentence, exactly `document.text.slice(start, end)`: offsets in UTF-16 code units
   * here, as JavaScript counts; the loader stores them in code points, as Cypher's `substring` counts.
   */
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** How this sentence tells the fact (core/fact-status.ts); absent means asserted. */
  status: factStatusSchema.optional(),
  /** Entity ids of who the sentence reports as claiming or denying it ("X said…", "according to X"). */
  claimedBy: z.array(z.string().min(1)).optional(),
  /** When it happened, as this sentence dates it: ISO, partial allowed. */
  date: partialIsoDateSchema.optional(),
  /** The words that gave the date ("yesterday", "in February 2022"). */
  dateText: z.string().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const entityRecordSchema = z.object({
  /** `entityId(type, name)` */
  id: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** Optional extras: a person's title, a country's ISO code, a treaty's date… */
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** documentId → number of mentions in it. */
  mentions: z.record(z.string(), z.number().int().positive()).optional(),
});
export type EntityRecord = z.infer<typeof entityRecordSchema>;

export const relationRecordSchema = z.object({
  /** `relationId(source, type, target)` */
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  type: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'relationship types are UPPER_SNAKE'),
  /** Extras such as amount ("US$870 million"), date ("2022-02"), role ("Minister of Education"). */
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** CAMEO root class ("04" consult…) of an event-like type; absent for roles, places, membership (core/cameo.ts). */
  cameo: z.enum(CAMEO_ROOT_CODES).optional(),
  /** verbal/material × cooperation/conflict, from `cameo`. */
  quadClass: z.enum(QUAD_CLASSES).optional(),
  /**
   * asserted | alleged | denied | negated | planned; absent means asserted. Part of the fact's identity:
   * a denied act and the same act asserted are two facts (`relationId(source, type, target, status)`).
   */
  status: factStatusSchema.optional(),
  /** Union of the evidence's `claimedBy`. */
  claimedBy: z.array(z.string().min(1)).optional(),
  /** The earliest date among the evidence, with its words. */
  date: partialIsoDateSchema.optional(),
  dateText: z.string().optional(),
  evidence: z.array(evidenceSchema).min(1),
});
export type RelationRecord = z.infer<typeof relationRecordSchema>;

/**
 * Actors named in one sentence that no typed fact links: one aggregate per pair per corpus, ends in id
 * order, with up to a few evidence sentences. Stored as `CO_MENTIONED`, apart from facts.
 */
export const coMentionRecordSchema = z.object({
  /** `coMentionId(a, b)` */
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** Sentences naming both. */
  count: z.number().int().positive(),
  /** Ids of the documents those sentences are in. */
  documents: z.array(z.string().min(1)).min(1),
  /**
   * Sentences naming both, by document id (summing to `count`): what the loader stores per document, so
   * re-ingesting or removing one document changes only its share. Absent: each document's evidence
   * sentences are counted.
   */
  countByDocument: z.record(z.string(), z.number().int().positive()).optional(),
  /** Up to a few sentences naming both, at least one from each document (a document's share is stored with its sentences). */
  evidence: z.array(evidenceSchema).min(1),
});
export type CoMentionRecord = z.infer<typeof coMentionRecordSchema>;

export const extractionResultSchema = z.object({
  extractor: z.string().optional(),
  documents: z.array(documentRecordSchema),
  entities: z.array(entityRecordSchema),
  relations: z.array(relationRecordSchema),
  coMentions: z.array(coMentionRecordSchema).optional(),
});
export type ExtractionResult = z.infer<typeof extractionResultSchema>;
