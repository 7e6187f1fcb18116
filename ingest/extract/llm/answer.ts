/**
 * Turns a model's JSON answer for one document into a checked ExtractionResult: zod validation of the
 * answer, entity ids from core keys, relation ends resolved by name or alias, and evidence offsets
 * verified against the text (the quoted sentence found verbatim, or after normalising spaces and
 * quotes, or else the sentence naming both ends); relations whose evidence cannot be placed are dropped.
 */
import { z } from 'zod';
import {
  ENTITY_TYPES, RELATION_TYPES, entityId, extractionResultSchema, relationId,
  type DocumentRecord, type EntityRecord, type ExtractionResult, type RelationRecord,
} from '../../../core/index.ts';
import { splitSentences, type Span } from '../tokens/sentences.ts';

const propValue = z.union([z.string(), z.number(), z.boolean()]);
/** What the model must answer (lenient about optional parts). */
export const llmAnswerSchema = z.object({
  entities: z.array(z.object({
    name: z.string().trim().min(1),
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(z.string()).optional(),
  })),
  relations: z.array(z.object({
    source: z.string().trim().min(1),
    target: z.string().trim().min(1),
    type: z.string().trim().min(1),
    evidence: z.string().optional(),
    properties: z.record(z.string(), propValue.nullable()).optional(),
  })).optional(),
});
export type LlmAnswer = z.infer<typeof llmAnswerSchema>;

const norm = (s: string): string => s.toLowerCase().replace(/[“”„"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();

/** Parses and checks the model's text for one document; throws when it is not a usable answer. */
export function answerToResult(content: string, doc: DocumentRecord, extractor: string): ExtractionResult {
  const json = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, '')) as unknown;
  const answer = llmAnswerSchema.parse(json);
  const text = doc.text;
  const entities = new Map<string, EntityRecord>();
  const byName = new Map<string, string>();
  for (const e of answer.entities) {
    const id = entityId(e.type, e.name);
    if (!id.includes(':') || id.endsWith(':')) continue;
    let rec = entities.get(id);
    if (!rec) entities.set(id, (rec = { id, type: e.type, name: e.name, aliases: [] }));
    for (const a of [e.name, ...(e.aliases ?? [])]) {
      const t = a.trim();
      if (!t) continue;
      if (t !== rec.name && !rec.aliases.includes(t)) rec.aliases.push(t);
      if (!byName.has(t.toLowerCase())) byName.set(t.toLowerCase(), id);
    }
  }
  for (const rec of entities.values()) {
    const n = occurrences(text, [rec.name, ...rec.aliases]);
    if (n > 0) rec.mentions = { [doc.id]: n };
    rec.aliases.sort();
  }
  const sentences = splitSentences(text);
  const relations = new Map<string, RelationRecord>();
  for (const r of answer.relations ?? []) {
    const s = byName.get(r.source.toLowerCase());
    const t = byName.get(r.target.toLowerCase());
    if (!s || !t || s === t) continue;
    const known = Object.hasOwn(RELATION_TYPES, r.type.toUpperCase().replace(/[^A-Z0-9]+/g, '_'));
    const type = known ? r.type.toUpperCase().replace(/[^A-Z0-9]+/g, '_') : 'RELATED_TO';
    const span = placeEvidence(text, sentences, r.evidence, names(entities.get(s)!), names(entities.get(t)!));
    if (!span) continue;
    const properties: Record<string, string | number | boolean> = {};
    for (const [k, v] of Object.entries(r.properties ?? {})) if (v !== null && v !== '') properties[k] = v;
    if (!known) properties.label = r.type;
    const id = relationId(s, type, t);
    const ev = { documentId: doc.id, text: text.slice(span.start, span.end), start: span.start, end: span.end };
    const existing = relations.get(id);
    if (existing) {
      if (!existing.evidence.some((x) => x.start === ev.start)) existing.evidence.push(ev);
    } else {
      relations.set(id, { id, source: s, target: t, type, ...(Object.keys(properties).length ? { properties } : {}), confidence: 0.7, evidence: [ev] });
    }
  }
  return extractionResultSchema.parse({
    extractor,
    documents: [{ ...doc }],
    entities: [...entities.values()].filter((e) => e.mentions || [...relations.values()].some((r) => r.source === e.id || r.target === e.id)),
    relations: [...relations.values()],
  });
}

function names(e: EntityRecord): string[] {
  return [e.name, ...e.aliases];
}

const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);

/** Whole-word, non-overlapping occurrences of any of the names (longest first). */
function occurrences(text: string, names: string[]): number {
  const taken: [number, number][] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name.length < 2) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (isWordChar(text[i - 1]) || isWordChar(text[end]) || taken.some(([a, b]) => i < b && end > a)) continue;
      taken.push([i, end]);
    }
  }
  return taken.length;
}

const mentionsAny = (span: string, ns: string[]): boolean => {
  const low = norm(span);
  return ns.some((n) => n.length > 1 && low.includes(norm(n)));
};

/**
 * Where the evidence sits in the text: the quote verbatim, else the sentence that contains it once
 * spaces, quotes and case are normalised, else the first sentence naming both ends; the span must
 * name both ends. Undefined when no such place exists.
 */
export function placeEvidence(text: string, sentences: Span[], quote: string | undefined, a: string[], b: string[]): Span | undefined {
  const ok = (sp: Span): boolean => mentionsAny(text.slice(sp.start, sp.end), a) && mentionsAny(text.slice(sp.start, sp.end), b);
  if (quote && quote.trim().length > 10) {
    const q = quote.trim();
    const at = text.indexOf(q);
    if (at >= 0) {
      const exact = { start: at, end: at + q.length };
      if (ok(exact)) return exact;
      // Widen a partial quote to its sentences.
      const first = sentences.find((s) => s.end > at);
      const last = [...sentences].reverse().find((s) => s.start < at + q.length);
      if (first && last && ok({ start: first.start, end: last.end })) return { start: first.start, end: last.end };
    }
    const nq = norm(q);
    const hit = sentences.find((s) => {
      const ns = norm(text.slice(s.start, s.end));
      return ns.includes(nq) || (nq.length > 20 && nq.includes(ns));
    });
    if (hit && ok(hit)) return hit;
  }
  return sentences.find(ok);
}
