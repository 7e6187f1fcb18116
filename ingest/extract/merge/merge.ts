/**
 * The corpus-wide merge, apart from per-document analysis: each document's local entities and
 * relations become global records with stable ids (same type and name; a lone surname joins the one
 * full name that ends with it across the corpus; generic ministries take their country), relations
 * between the same ends and type merge their evidence, and everything is sorted so the same input
 * always gives the same output.
 */
import { classOfRelation, entityId, relationId, type DocumentRecord, type Evidence, type EntityRecord, type EntityType, type ExtractionResult, type RelationRecord } from '../../../core/index.ts';
import type { DocEntities, LocalEntity } from '../resolve/doc-entities.ts';
import { bareBody, bodyQualifier, isGenericBody, normaliseBody, qualifyBody } from '../resolve/bodies.ts';
import { surnameOf, type SentenceInfo } from '../resolve/resolve.ts';
import type { LocalRelation } from '../types.ts';
import { CoMentionCollector } from './co-mentions.ts';
import { BODY_PARENTS } from '../mentions/gazetteer/bodies.ts';
import { dropActsOnOwnSide } from '../relations/relations.ts';

/**
 * What the merge reads of a sentence: its span, where its evidence starts, and which entities its
 * mentions refer to. Narrower than SentenceInfo so a worker thread can send just this.
 */
export type MergeSentence = Pick<SentenceInfo, 'start' | 'end' | 'evidenceStart'> & { mentions: readonly Pick<SentenceInfo['mentions'][number], 'kind' | 'refs'>[] };

/** One document after analysis: its sentences, entity table and relations between local indices. */
export interface AnalysedDocument {
  doc: DocumentRecord;
  sentences: MergeSentence[];
  ents: DocEntities;
  rels: LocalRelation[];
}

interface GlobalEntity {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  properties: Record<string, string | number | boolean>;
  mentions: Record<string, number>;
}

/**
 * Canonical names for ministries left without a country: the one qualified body of the same name in the
 * document ("the Ministry of Foreign Affairs" after "Pakistan's Ministry of Foreign Affairs"), else the
 * document's clearly dominant country (mentioned twice or more, half again as often as any other).
 */
function qualifyBodies(ents: DocEntities): Map<number, string> {
  const out = new Map<number, string>();
  let top: LocalEntity | undefined;
  let second = 0;
  for (const e of ents.list) {
    if (e.type !== 'Country') continue;
    if (!top || e.mentions > top.mentions) (second = top?.mentions ?? 0), (top = e);
    else second = Math.max(second, e.mentions);
  }
  const dominant = top && top.mentions >= 2 && top.mentions >= 1.5 * second ? top.name : undefined;
  ents.list.forEach((e, i) => {
    if (e.type !== 'Organization' || !isGenericBody(e.name)) return;
    const norm = normaliseBody(e.name);
    // "the State Department" is the United States' by general knowledge, whoever the text is about.
    if (BODY_PARENTS[e.name] !== undefined || BODY_PARENTS[norm] !== undefined) return;
    const qualified = ents.list.filter((x) => x.type === 'Organization' && bareBody(x.name) === norm);
    const name = qualified.length === 1 ? qualified[0]!.name : qualified.length === 0 && dominant ? qualifyBody(norm, dominant) : undefined;
    if (name) {
      out.set(i, name);
      e.aliases.add(e.name);
      if (norm !== e.name) e.aliases.add(norm);
    }
  });
  return out;
}

const idCache = new Map<string, string>();
/** entityId with a bounded cache: slugifying (Unicode normalisation) is costly and names repeat. */
function cachedEntityId(type: EntityType, name: string): string {
  const k = `${type}|${name}`;
  let id = idCache.get(k);
  if (id === undefined) {
    if (idCache.size > 100000) idCache.clear();
    idCache.set(k, (id = entityId(type, name)));
  }
  return id;
}

/** Merges analysed documents into one extraction result. Same input, same output. */
export function mergeDocuments(analysed: AnalysedDocument[], documents: DocumentRecord[], extractor: string): ExtractionResult {
  // Corpus-wide surname index: surname → full person names (2+ words).
  const fullNames = new Map<string, Set<string>>();
  for (const a of analysed) for (const e of a.ents.list) {
    if (e.type === 'Person' && e.name.includes(' ')) {
      const k = surnameOf(e.name);
      if (!fullNames.has(k)) fullNames.set(k, new Set());
      fullNames.get(k)!.add(e.name);
    }
  }
  const global = new Map<string, GlobalEntity>();
  const relations = new Map<string, RelationRecord>();
  /** Relation id → "start|documentId" of its evidence, so repeated evidence is skipped without a scan. */
  const evidenceKeys = new Map<string, Set<string>>();
  const coMentions = new CoMentionCollector();
  for (const a of analysed) {
    const used = new Set<number>();
    for (const r of a.rels) {
      used.add(r.source), used.add(r.target);
      for (const c of r.claimedBy ?? []) used.add(c);
    }
    const idMap = new Map<number, string>();
    const bodyOf = qualifyBodies(a.ents);
    // A ministry qualified here by its country ("the Ministry of Finance" in an article about Vietnam) is part of it.
    const rels = [...a.rels];
    for (const [i, name] of bodyOf) {
      const c = bodyQualifier(name);
      const ci = c !== undefined ? a.ents.find('Country', c) : undefined;
      const at = a.sentences.findIndex((s) => s.mentions.some((m) => m.refs.includes(i)));
      if (ci !== undefined && at >= 0 && !rels.some((r) => r.source === i && r.type === 'PART_OF' && r.target === ci)) {
        rels.push({ source: i, type: 'PART_OF', target: ci, confidence: 0.55, properties: {}, sentence: at });
        used.add(i), used.add(ci);
      }
    }
    dropActsOnOwnSide(rels);
    a.ents.list.forEach((e, i) => {
      // A state named only by demonyms ("waving Russian flags") and in no fact is not an entity of the document.
      if (e.onlyDemonyms && !used.has(i)) return;
      let name = bodyOf.get(i) ?? e.name;
      let type = e.type;
      let surnameHit = false;
      if ((type === 'Person' || e.tentative) && !name.includes(' ')) {
        const key = name.toLowerCase().replace(/^(?:al|el)-/, '');
        // The document's own full names first: of several there, the one it named first (the others
        // keep their given names to be told apart); else the one full name the corpus has.
        const own = a.ents.list.find((x) => x.type === 'Person' && x.name.includes(' ') && surnameOf(x.name) === key);
        const cands = fullNames.get(key);
        if (e.type === 'Person' && own) (name = own.name), (surnameHit = true);
        else if (cands && cands.size === 1) (name = [...cands][0]!), (type = 'Person'), (surnameHit = true);
      }
      if (e.tentative && !used.has(i) && !surnameHit) return;
      if (e.mentions === 0 && !used.has(i)) return;
      const id = cachedEntityId(type, name);
      idMap.set(i, id);
      let g = global.get(id);
      if (!g) global.set(id, (g = { type, name, aliases: new Set(), properties: {}, mentions: {} }));
      for (const al of e.aliases) if (al !== g.name) g.aliases.add(al);
      if (name !== e.name) g.aliases.add(e.name);
      for (const [k, v] of Object.entries(e.properties)) g.properties[k] ??= v;
      if (e.mentions > 0) g.mentions[a.doc.id] = (g.mentions[a.doc.id] ?? 0) + e.mentions;
    });
    for (const r of rels) {
      const s = idMap.get(r.source);
      const t = idMap.get(r.target);
      if (!s || !t || s === t) continue;
      const status = r.status ?? 'asserted';
      const id = relationId(s, r.type, t, status);
      const sent = a.sentences[r.sentence]!;
      const from = sent.evidenceStart ?? sent.start;
      const claimedBy = [...new Set((r.claimedBy ?? []).map((c) => idMap.get(c)).filter((c): c is string => c !== undefined))].sort();
      const ev: Evidence = { documentId: a.doc.id, text: a.doc.text.slice(from, sent.end), start: from, end: sent.end };
      if (status !== 'asserted') ev.status = status;
      if (claimedBy.length) ev.claimedBy = claimedBy;
      if (r.date) (ev.date = r.date), (ev.dateText = r.dateText);
      const existing = relations.get(id);
      const evKey = `${ev.start}|${ev.documentId}`;
      if (existing) {
        const keys = evidenceKeys.get(id)!;
        if (!keys.has(evKey)) keys.add(evKey), existing.evidence.push(ev);
        existing.confidence = Math.max(existing.confidence ?? 0, r.confidence);
        for (const [k, v] of Object.entries(r.properties)) existing.properties![k] ??= v;
        if (claimedBy.length) existing.claimedBy = [...new Set([...(existing.claimedBy ?? []), ...claimedBy])].sort();
        if (r.date && (!existing.date || r.date < existing.date)) (existing.date = r.date), (existing.dateText = r.dateText);
      } else {
        const rec: RelationRecord = { id, source: s, target: t, type: r.type, ...classOfRelation(r.type), properties: { ...r.properties }, confidence: r.confidence, evidence: [ev] };
        if (status !== 'asserted') rec.status = status;
        if (claimedBy.length) rec.claimedBy = claimedBy;
        if (r.date) (rec.date = r.date), (rec.dateText = r.dateText);
        relations.set(id, rec);
        evidenceKeys.set(id, new Set([evKey]));
      }
    }
    coMentions.addDocument(a.doc.id, a.doc.text, a.sentences, rels, (i) => {
      const id = idMap.get(i);
      const g = id === undefined ? undefined : global.get(id);
      return g && id ? { id, type: g.type } : undefined;
    });
  }
  const entities: EntityRecord[] = [...global.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, g]) => {
      const rec: EntityRecord = { id, type: g.type, name: g.name, aliases: [...g.aliases].sort() };
      if (Object.keys(g.properties).length) rec.properties = g.properties;
      if (Object.keys(g.mentions).length) rec.mentions = g.mentions;
      return rec;
    });
  const rels = [...relations.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of rels) if (r.properties && Object.keys(r.properties).length === 0) delete r.properties;
  return { extractor, documents: documents.map((d) => ({ ...d })), entities, relations: rels, coMentions: coMentions.records() };
}

