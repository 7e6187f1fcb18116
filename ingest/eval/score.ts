/**
 * Scoring of an extraction against expected entities and relations: precision, recall and F1 for
 * entities (typed, and name-only) and relations (typed, and "linked": any relation between the two ends).
 * Names match the entity's name or any alias, case-insensitive, ignoring a leading "the".
 * Only facts told as happening or decided are scored (GOLD.md): denied and negated acts are left out.
 */
import { SYMMETRIC_RELATIONS as SYMMETRIC, type ExtractionResult, type FactStatus } from '../../core/index.ts';

/** Statuses the gold counts as facts: asserted, someone's reported word, and acts announced as decided. */
export const SCORED_STATUSES: ReadonlySet<FactStatus> = new Set<FactStatus>(['asserted', 'alleged', 'planned']);

/** Expected output for one article. */
export interface EvalArticle {
  id: string;
  /** The split it belongs to ("dev", "dev2"…; the frozen test file's articles are scored as "frozen"). */
  split?: string;
  /** Short key of the story; several articles may share one. */
  story?: string;
  /** "wire", "profile", "backgrounder" or "analysis": profiles and backgrounders name people bare. */
  genre?: string;
  text: string;
  entities: [string, string][];
  relations: [string, string, string][];
}

/** Counts for one measure. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores of one article. */
export interface ArticleScore {
  entities: Counts;
  /** Typed entity counts per entity type (tp and fn by the gold type, fp by the extracted type). */
  entitiesByType: Record<string, Counts>;
  entitiesUntyped: Counts;
  relations: Counts;
  relationsLinked: Counts;
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** Scores one extraction result (of one article) against its expectation. */
export function scoreArticle(extracted: ExtractionResult, expected: EvalArticle): ArticleScore {
  const result = { ...extracted, relations: extracted.relations.filter((r) => SCORED_STATUSES.has(r.status ?? 'asserted')) };
  const names = new Map<string, string[]>();
  for (const e of result.entities) names.set(e.id, [e.name, ...e.aliases].map(norm));
  const matchIds = (name: string, type?: string): string[] =>
    result.entities.filter((e) => (!type || e.type === type) && names.get(e.id)!.includes(norm(name))).map((e) => e.id);

  const ent: Counts = { tp: 0, fp: 0, fn: 0 };
  const entU: Counts = { tp: 0, fp: 0, fn: 0 };
  const matchedTyped = new Set<string>();
  const matchedAny = new Set<string>();
  const missedEntities: string[] = [];
  for (const [type, name] of expected.entities) {
    const typed = matchIds(name, type);
    const any = matchIds(name);
    if (typed.length) ent.tp++, typed.forEach((i) => matchedTyped.add(i));
    else ent.fn++, missedEntities.push(`${type}:${name}${any.length ? ' (wrong type)' : ''}`);
    if (any.length) entU.tp++, any.forEach((i) => matchedAny.add(i));
    else entU.fn++;
  }
  const spuriousEntities: string[] = [];
  const byType: Record<string, Counts> = {};
  const of = (t: string): Counts => (byType[t] ??= { tp: 0, fp: 0, fn: 0 });
  for (const [type, name] of expected.entities) {
    if (matchIds(name, type).length) of(type).tp++;
    else of(type).fn++;
  }
  for (const e of result.entities) {
    if (!matchedTyped.has(e.id)) ent.fp++, spuriousEntities.push(`${e.type}:${e.name}`), of(e.type).fp++;
    if (!matchedAny.has(e.id)) entU.fp++;
  }

  const rel: Counts = { tp: 0, fp: 0, fn: 0 };
  const relL: Counts = { tp: 0, fp: 0, fn: 0 };
  const usedTyped = new Set<string>();
  const usedLinked = new Set<string>();
  const missedRelations: string[] = [];
  for (const [s, type, t] of expected.relations) {
    const src = new Set(matchIds(s));
    const tgt = new Set(matchIds(t));
    const fwd = (r: { source: string; target: string }): boolean => src.has(r.source) && tgt.has(r.target);
    const back = (r: { source: string; target: string }): boolean => src.has(r.target) && tgt.has(r.source);
    const typed = result.relations.filter((r) => r.type === type && (fwd(r) || (SYMMETRIC.has(type) && back(r))));
    const linked = result.relations.filter((r) => fwd(r) || back(r));
    if (typed.length) rel.tp++, typed.forEach((r) => usedTyped.add(r.id));
    else rel.fn++, missedRelations.push(`${s} ${type} ${t}${linked.length ? ` (found ${linked.map((r) => r.type).join('/')})` : ''}`);
    if (linked.length) relL.tp++, linked.forEach((r) => usedLinked.add(r.id));
    else relL.fn++;
  }
  const nameOf = new Map(result.entities.map((e) => [e.id, e.name]));
  const spuriousRelations: string[] = [];
  for (const r of result.relations) {
    if (!usedTyped.has(r.id)) rel.fp++, spuriousRelations.push(`${nameOf.get(r.source)} ${r.type} ${nameOf.get(r.target)}`);
    if (!usedLinked.has(r.id)) relL.fp++;
  }
  return { entities: ent, entitiesByType: byType, entitiesUntyped: entU, relations: rel, relationsLinked: relL, missedEntities, spuriousEntities, missedRelations, spuriousRelations };
}

/** Precision, recall and F1 of counts. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Counts of nothing yet. */
export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** "P  86 R  61 F1  71": precision, recall and F1 of counts as whole percentages. */
export function formatPrf(c: Counts): string {
  const { p, r, f1 } = prf(c);
  const pct = (x: number): string => (x * 100).toFixed(0).padStart(3);
  return `P ${pct(p)} R ${pct(r)} F1 ${pct(f1)}`;
}

/** Sums counts. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
