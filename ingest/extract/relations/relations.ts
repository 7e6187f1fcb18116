/**
 * Relation patterns over one sentence. The sentence is rewritten as a "masked" string in which each
 * mention is `⟨k⟩` and every other token is its lower-case text, separated by single spaces; patterns
 * are precompiled regexes over that string. Coordinations ("⟨1⟩ and his ⟨2⟩") expand to every member,
 * passives ("signed by ⟨3⟩") swap roles, and capitals or seats used as actors stand for their country.
 */
import type { RelationType } from '../../../core/index.ts';
import type { DocEntities } from '../resolve/doc-entities.ts';
import type { Mention } from '../mentions/mentions.ts';
import type { SentenceInfo } from '../resolve/resolve.ts';
import type { LocalRelation, SentenceContext } from '../types.ts';
import { NATIONAL_OFFICES, roleRelations } from './role-relations.ts';
import { NOUN_PATTERNS, type PatternHit } from './patterns.ts';
import { aidRelations } from './aid.ts';
import { lexiconRelations, mayDescribeGroup } from '../lexicon/apply.ts';
import { documentStructure } from './document-structure.ts';
import { inferFacts } from './inferences.ts';
import { lookup } from '../mentions/gazetteer/index.ts';
import { forEachMatch } from './match-all.ts';

const DATE_RE = /\b(?:(?:in|on|since|by|from|until)\s+)?((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:19|20)\d\d|last (?:year|month|week)|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/** First date expression of the sentence outside any mention ("the 2015 deal" is a name, not a date). */
const DATE_RE_G = new RegExp(DATE_RE.source, 'g');
function findDate(text: string, s: SentenceInfo): string | undefined {
  const body = text.slice(s.start, s.end);
  DATE_RE_G.lastIndex = 0;
  for (let m = DATE_RE_G.exec(body); m; m = DATE_RE_G.exec(body)) {
    const at = s.start + m.index + m[0].length - m[1]!.length;
    const end = s.start + m.index + m[0].length;
    if (s.mentions.some((x) => x.refs.length && x.start <= at && at < x.end)) continue;
    // "the 1951 Mutual Defense Treaty", "the 2022 presidential election": the year names the next mention.
    if (/^(?:19|20)\d\d$/.test(m[1]!) && s.mentions.some((x) => x.refs.length && x.start > end && /^\s*$/.test(text.slice(end, x.start)))) continue;
    return m[1];
  }
  return undefined;
}


const GOVERNMENT_OF = /⟨(\d+)⟩ ['’]s (?:administration|government|cabinet)/g;

/** Builds the masked string; absorbed mentions (role qualifiers) are folded into the person. */
export function maskSentence(s: SentenceInfo, absorbed: Set<number>): string {
  const parts: string[] = [];
  const startAt = new Map<number, number>();
  s.mentions.forEach((m, k) => {
    if (!absorbed.has(k) && (m.refs.length > 0 || m.kind === 'role')) startAt.set(m.t0, k);
  });
  const hidden = new Uint8Array(s.tokens.length);
  for (const a of absorbed) for (let t = s.mentions[a]!.t0; t < s.mentions[a]!.t1; t++) hidden[t] = 1;
  for (let t = s.bodyStart ?? 0; t < s.tokens.length; ) {
    const k = startAt.get(t);
    if (k !== undefined) {
      const m = s.mentions[k]!;
      parts.push(m.kind === 'role' ? m.surface!.toLowerCase() : `⟨${k}⟩`);
      t = m.t1;
      continue;
    }
    if (!hidden[t]) parts.push(s.tokens[t]!.lower);
    t++;
  }
  return parts.join(' ');
}

/** Extracts relations from every sentence of a document. */
export function extractRelations(sentences: SentenceInfo[], ents: DocEntities, docText: string): LocalRelation[] {
  const out: LocalRelation[] = [];
  const seen = new Set<string>();
  const leaderOf = new Map<number, number>();
  let mainCountry: number | undefined;
  ents.list.forEach((e, i) => {
    if (e.type === 'Country' && (mainCountry === undefined || e.mentions > ents.list[mainCountry]!.mentions)) mainCountry = i;
  });
  let homeCountry: number | undefined;
  for (const s of sentences) {
    if (!s.bodyStart) continue;
    for (const m of s.mentions) {
      const c = m.t0 < s.bodyStart && m.gaz ? (m.gaz.type === 'Country' ? m.gaz.canonical : m.gaz.country) : undefined;
      if (c) homeCountry = ents.get('Country', c);
    }
    if (homeCountry !== undefined) break;
  }
  sentences.forEach((s, index) => {
    let refd = 0;
    let roles = 0;
    for (const m of s.mentions) {
      if (m.refs.length) refd++;
      else if (m.kind === 'role') roles++;
    }
    // A sentence that names nobody may still speak of two named before ("Both countries rejected…").
    if (refd === 0 && !mayDescribeGroup(s.tokens)) return;
    // The date is looked for only when the sentence yields a relation that can carry one.
    let date: string | undefined | null = null;
    const countryOf = (e: number): number => e;
    const ctx: SentenceContext = {
      s, index, sentences, facts: out, ents, masked: '', mainCountry, homeCountry,
      actor: (k) => {
        const m = s.mentions[k];
        if (!m) return [];
        const resolved = m.refs.length === 1 ? ents.list[m.refs[0]!]!.type : undefined;
        if (m.gaz && (m.gaz.kind === 'seat' || m.gaz.kind === 'capital') && m.gaz.country && !m.placeCue && resolved === 'Place') {
          const c = ents.get('Country', m.gaz.country);
          ents.alias(c, m.surface ?? m.name);
          return [c];
        }
        const override = overrides.get(k);
        return override !== undefined ? [override] : m.refs.map(countryOf);
      },
      place: (k) => s.mentions[k]?.refs ?? [],
      emit: (source, type, target, confidence, props) => {
        if (source === target) return;
        const key = `${source}|${type}|${target}|${index}`;
        if (seen.has(key)) return;
        seen.add(key);
        const properties: Record<string, string | number> = { ...props };
        if (properties.date === undefined && !/^(?:PRESIDENT|PRIME|MINISTER|SPOKES|HEAD|LEADER|OFFICIAL|CITIZEN|LOCATED|PART|CAPITAL|MEMBER)/.test(type)) {
          if (date === null) date = findDate(docText, s);
          if (date) properties.date = date;
        }
        out.push({ source, type, target, confidence, properties, sentence: index });
        if (NATIONAL_OFFICES.has(type) && ents.list[target]!.type === 'Country') leaderOf.set(source, target);
      },
    };
    const overrides = new Map<number, number>();
    if (refd < 2 && roles === 0) {
      // One mention: facts carried by the name itself, and events whose other end is a pronoun.
      const hits: PatternHit[] = [];
      lexiconRelations(ctx);
      structuralRelations(ctx, hits);
      for (const h of hits) ctx.emit(h.source, h.type, h.target, h.confidence, h.properties);
      return;
    }
    const absorbed = roleRelations(ctx);
    ctx.masked = maskSentence(s, absorbed).replace(/\b(?:his|her|its|their) (?:, )?(?=⟨)/g, '');
    // "⟨k⟩ ’s administration/government" acts for the country the person leads.
    forEachMatch(GOVERNMENT_OF, ctx.masked, (m) => {
      const k = Number(m[1]);
      const p = s.mentions[k]?.refs[0];
      const c = p !== undefined ? leaderOf.get(p) : undefined;
      if (c !== undefined) overrides.set(k, c);
    });
    const hits: PatternHit[] = [];
    let marks = 0;
    for (let i = ctx.masked.indexOf('⟨'); i >= 0 && marks < 2; i = ctx.masked.indexOf('⟨', i + 1)) marks++;
    lexiconRelations(ctx);
    if (marks >= 2) {
      for (const p of NOUN_PATTERNS) p(ctx, hits);
      aidRelations(ctx);
    }
    structuralRelations(ctx, hits);
    for (const h of hits) ctx.emit(h.source, h.type, h.target, h.confidence, h.properties);
    // A leader or minister who signs a treaty commits the country named in the same sentence.
    let inSentence: Set<number> | undefined;
    for (const h of out) {
      if (h.sentence !== index || h.type !== 'SIGNED') continue;
      inSentence ??= new Set(s.mentions.flatMap((_, k) => ctx.actor(k)));
      const c = leaderOf.get(h.source);
      if (c !== undefined && inSentence.has(c)) ctx.emit(c, 'PARTY_TO', h.target, 0.7);
    }
  });
  keepStrongestOffice(out, ents);
  documentStructure(sentences, ents, out);
  inferFacts(ents, out, sentences);
  return out;
}

/**
 * One person holds a national office of one country in a document: when the same office points at
 * several countries, the weaker readings (a bare title tied to a country its sentence names) give way
 * to the strongest ("Indian Foreign Minister X" over "Minister X … the United States").
 */
function keepStrongestOffice(out: LocalRelation[], ents: DocEntities): void {
  const national = (r: LocalRelation): boolean => NATIONAL_OFFICES.has(r.type) && ents.list[r.target]!.type === 'Country';
  const best = new Map<string, number>();
  for (const r of out) if (national(r)) best.set(`${r.source}|${r.type}`, Math.max(best.get(`${r.source}|${r.type}`) ?? 0, r.confidence));
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i]!;
    if (national(r) && r.confidence < best.get(`${r.source}|${r.type}`)!) out.splice(i, 1);
  }
}

const GOVISH = /\b(?:Ministry|Department|Council|Army|Navy|Agency|Office|Bureau|Commission|Police|Forces|Force|Guard|Guards|Parliament|Cabinet|Government|Administration|Senate|Congress|Assembly|Court|Yuan|Legislature|Command|Service|Embassy)\b/;

/**
 * Facts carried by names themselves: "Nigerian Army" is part of Nigeria, "State Bank of Pakistan" is in
 * Pakistan, a capital or city named beside its country lies in it.
 */
function structuralRelations(ctx: SentenceContext, hits: { source: number; type: RelationType; target: number; confidence: number }[]): void {
  const { s, ents } = ctx;
  let countriesHere: Set<number> | undefined;
  for (const m of s.mentions) {
    const r = m.refs[0];
    if (r === undefined || m.refs.length !== 1) continue;
    const e = ents.list[r]!;
    if (m.kind === 'name' && e.type === 'Organization') {
      let country = m.country;
      const ofC = country ? undefined : / of (?:the )?([A-Z][\w' -]+)$/.exec(e.name)?.[1];
      if (ofC) {
        const g = lookupCached(ofC);
        if (g?.type === 'Country' && g.kind === 'name') country = g.canonical;
      }
      if (country) hits.push({ source: r, type: GOVISH.test(e.name) ? 'PART_OF' : 'LOCATED_IN', target: ents.get('Country', country), confidence: 0.7 });
    }
    if (m.kind === 'gaz' && e.type === 'Place' && m.gaz?.country && (m.gaz.kind === 'capital' || m.gaz.kind === 'city')) {
      const c = ents.find('Country', m.gaz.country);
      countriesHere ??= new Set(s.mentions.flatMap((x) => (x.refs.length === 1 && ents.list[x.refs[0]!]!.type === 'Country' ? x.refs : [])));
      if (c !== undefined && countriesHere.has(c)) hits.push({ source: r, type: 'LOCATED_IN', target: c, confidence: 0.7 });
    }
  }
}

const lookupCache = new Map<string, ReturnType<typeof lookup>>();
function lookupCached(surface: string): ReturnType<typeof lookup> {
  if (!lookupCache.has(surface)) {
    if (lookupCache.size > 10000) lookupCache.clear();
    lookupCache.set(surface, lookup(surface));
  }
  return lookupCache.get(surface);
}

/** Entity indices of all mentions in a coordinated group string ("⟨1⟩ and ⟨2⟩"). */
export function groupMentions(group: string): number[] {
  return [...group.matchAll(/⟨(\d+)⟩/g)].map((m) => Number(m[1]));
}

export type { Mention, LocalRelation, SentenceContext };
