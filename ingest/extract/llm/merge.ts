/**
 * Merges extraction results of disjoint document sets (per-document LLM answers, a rules fallback)
 * into one: entities by id (aliases united, mentions summed), relations by id (evidence united),
 * sorted by id as the rules extractor sorts them.
 */
import type { EntityRecord, ExtractionResult, RelationRecord } from '../../../core/index.ts';

/** One result from several; `extractor` names what produced it. */
export function mergeResults(results: ExtractionResult[], extractor: string): ExtractionResult {
  const entities = new Map<string, EntityRecord>();
  const relations = new Map<string, RelationRecord>();
  for (const r of results) {
    for (const e of r.entities) {
      const x = entities.get(e.id);
      if (!x) {
        entities.set(e.id, { ...e, aliases: [...e.aliases], ...(e.mentions ? { mentions: { ...e.mentions } } : {}) });
        continue;
      }
      for (const a of [e.name, ...e.aliases]) if (a !== x.name && !x.aliases.includes(a)) x.aliases.push(a);
      if (e.mentions) {
        x.mentions ??= {};
        for (const [d, n] of Object.entries(e.mentions)) x.mentions[d] = (x.mentions[d] ?? 0) + n;
      }
      if (e.properties) x.properties = { ...e.properties, ...x.properties };
    }
    for (const rel of r.relations) {
      const x = relations.get(rel.id);
      if (!x) {
        relations.set(rel.id, { ...rel, evidence: [...rel.evidence] });
        continue;
      }
      for (const ev of rel.evidence) if (!x.evidence.some((y) => y.documentId === ev.documentId && y.start === ev.start && y.end === ev.end)) x.evidence.push(ev);
      if (rel.properties) x.properties = { ...rel.properties, ...x.properties };
      if (rel.confidence !== undefined) x.confidence = Math.max(x.confidence ?? 0, rel.confidence);
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const e of entities.values()) e.aliases.sort();
  return {
    extractor,
    documents: results.flatMap((r) => r.documents),
    entities: [...entities.values()].sort(byId),
    relations: [...relations.values()].sort(byId),
  };
}
