/**
 * Helpers the extractor's specs share: run the extractor on texts (one document each) and ask the
 * result about entities and relations by name or alias.
 */
import { hash64, type ExtractionResult } from '../../core/index.ts';
import { extract } from './extract.ts';

/** Extracts from each text as its own document ("d0", "d1"…). */
export function run(...texts: string[]): ExtractionResult {
  return extract(texts.map((text, i) => ({ id: `d${i}`, title: `d${i}`, text, contentHash: hash64(text) })));
}

/** Ids of the entities named or aliased `name`. */
export function idsOf(r: ExtractionResult, name: string): string[] {
  return r.entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id);
}

/** True when a relation of `type` links an entity named `source` to one named `target`. */
export function has(r: ExtractionResult, source: string, type: string, target: string): boolean {
  const s = idsOf(r, source);
  const t = idsOf(r, target);
  return r.relations.some((x) => x.type === type && s.includes(x.source) && t.includes(x.target));
}

/** The type of the entity named or aliased `name`. */
export function typeOf(r: ExtractionResult, name: string): string | undefined {
  return r.entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
}
