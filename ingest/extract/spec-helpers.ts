/**
 * Helpers the extractor's specs share: run the extractor on texts (one document each) and ask the
 * result about entities and relations by name or alias.
 */
import { DEFAULT_FACT_STATUSES, hash64, type ExtractionResult, type FactStatus } from '../../core/index.ts';
import { extract } from './extract.ts';

/** Extracts from each text as its own document ("d0", "d1"…). */
export function run(...texts: string[]): ExtractionResult {
  return extract(texts.map((text, i) => ({ id: `d${i}`, title: `d${i}`, text, contentHash: hash64(text) })));
}

/** Extracts from one text published on `publishedAt` (relative dates resolve against it). */
export function runPublished(publishedAt: string, text: string): ExtractionResult {
  return extract([{ id: 'd0', title: 'd0', text, contentHash: hash64(text), publishedAt }]);
}

/** Ids of the entities named or aliased `name`. */
export function idsOf(r: ExtractionResult, name: string): string[] {
  return r.entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id);
}

/** Relations of `type` from an entity named `source` to one named `target`, whatever their status. */
export function told(r: ExtractionResult, source: string, type: string, target: string): ExtractionResult['relations'] {
  const s = idsOf(r, source);
  const t = idsOf(r, target);
  return r.relations.filter((x) => x.type === type && s.includes(x.source) && t.includes(x.target));
}

/**
 * True when a relation of `type` links an entity named `source` to one named `target` as a fact the
 * graph shows by default: asserted, or alleged by someone (not denied, negated or only planned).
 */
export function has(r: ExtractionResult, source: string, type: string, target: string): boolean {
  return told(r, source, type, target).some((x) => DEFAULT_FACT_STATUSES.includes(x.status ?? 'asserted'));
}

/** The statuses the relation is told with, sorted ("asserted" when the record is silent). */
export function statusesOf(r: ExtractionResult, source: string, type: string, target: string): FactStatus[] {
  return [...new Set(told(r, source, type, target).map((x) => x.status ?? 'asserted'))].sort();
}

/** The type of the entity named or aliased `name`. */
export function typeOf(r: ExtractionResult, name: string): string | undefined {
  return r.entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
}
