/**
 * Relation patterns over one sentence. The sentence is rewritten as a "masked" string in which each
 * mention is `⟨k⟩` and every other token is its lower-case text, separated by single spaces; patterns
 * are precompiled regexes over that string. Coordinations ("⟨1⟩ and his ⟨2⟩") expand to every member,
 * passives ("signed by ⟨3⟩") swap roles, and capitals or seats used as actors stand for their country.
 */
import { OFFICE_RELATIONS, type RelationType } from '../../../core/index.ts';
import type { DocEntities } from '../resolve/doc-entities.ts';
import type { Mention } from '../mentions/mentions.ts';
import type { SentenceInfo } from '../resolve/resolve.ts';
import type { LocalRelation, SentenceContext, Telling } from '../types.ts';
import { findDates } from '../clauses/dates.ts';
import { NATIONAL_OFFICES, roleRelations } from './role-relations.ts';
import { NOUN_PATTERNS, type PatternHit } from './patterns.ts';
import { aidRelations } from './aid.ts';
import { lexiconRelations, mayReferBack } from '../lexicon/apply.ts';
import { documentStructure } from './document-structure.ts';
import { inferFacts } from './inferences.ts';
import { aideRelations } from './aides.ts';
import { COUNTRIES, KNOWN_COMPANIES, lookup } from '../mentions/gazetteer/index.ts';
import { BODY_PARENTS } from '../mentions/gazetteer/bodies.ts';
import { forEachMatch } from './match-all.ts';
import { GOVERNMENT_BODY } from '../resolve/bodies.ts';
import { namedAsCapital } from '../tokens/sentences.ts';
import { isPartyName, PARTY_CUE, PARTY_WORD } from '../clauses/phrase-facts.ts';

const GOVERNMENT_OF = /⟨(\d+)⟩ ['’]s (?:administration|government|cabinet)/g;

/** Builds the masked string; absorbed mentions (role qualifiers) are folded into the person. */
export function maskSentence(s: SentenceInfo, absorbed: Set<number>): string {
  const parts: string[] = [];
  const startAt = new Map<number, number>();
  s.mentions.forEach((m, k) => {
    if (!absorbed.has(k) && (m.refs.length > 0 || m.kind === 'role')) startAt.set(m.t0, k);
  });
  // (A plain array: a typed array costs several times more to allocate, and this is one per sentence.)
  const hidden = new Array<boolean>(s.tokens.length).fill(false);
  for (const a of absorbed) for (let t = s.mentions[a]!.t0; t < s.mentions[a]!.t1; t++) hidden[t] = true;
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

/** Types that are states, not acts: they carry no date. */
const STATE_TYPES = /^(?:PRESIDENT|PRIME|MINISTER|SPOKES|HEAD|LEADER|OFFICIAL|CITIZEN|LOCATED|PART|CAPITAL|MEMBER)/;
/** Titles of those who sit in a legislature. */
const LEGISLATOR_TITLE = /^(?:senator|sen\.|lawmaker|legislator|congressman|congresswoman|congressmember|mp|member of parliament|deputy)$/i;

/** Offices that make a person and a body speak for each other ("the Kremlin said Putin would sign", "its spokesman said Russia had…"). */
const SPEAKS_FOR = /^(?:PRESIDENT|PRIME|MINISTER|SPOKES|HEAD|LEADER|OFFICIAL)/;

/**
 * Extracts relations from every sentence of a document. `published` (the document's publication
 * day) lets relative dates resolve ("yesterday", "last month").
 */
export function extractRelations(sentences: SentenceInfo[], ents: DocEntities, docText: string, published?: Date): LocalRelation[] {
  const out: LocalRelation[] = [];
  const seen = new Map<string, LocalRelation>();
  const leaderOf = new Map<number, number>();
  /** A state's body ("Denmark's parliament, the Folketing") → its state. */
  const bodyOf = new Map<number, number>();
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
  const unclaimed: { sentence: number; targets: number[] }[] = [];
  const targetless: { sentence: number; type: RelationType; sources: number[] }[] = [];
  sentences.forEach((s, index) => {
    let refd = 0;
    let roles = 0;
    for (const m of s.mentions) {
      if (m.refs.length) refd++;
      else if (m.kind === 'role') roles++;
    }
    // A sentence that names nobody may still speak of those named before ("Both countries rejected…",
    // "It accused him of spying").
    if (refd === 0 && !mayReferBack(s.tokens)) return;
    const countryOf = (e: number): number => e;
    /** How facts read off the sentence as a whole are told: its framing and its first date, looked for once. */
    let whole: readonly Telling[] | undefined;
    const sentenceTelling = (): readonly Telling[] => {
      if (whole) return whole;
      if (ctx.modality) return (whole = ctx.modality.sentence());
      const first = findDates(docText, s, published)[0];
      return (whole = [{ status: 'asserted', claimedBy: [], ...(first ? { date: first.date, dateText: first.text } : {}) }]);
    };
    /** A speaker who holds an office of the actor speaks for it: its report of the actor's act is the actor's own. */
    const speaksFor = (speaker: number, actor: number): boolean =>
      speaker === actor || out.some((r) => ((r.source === speaker && r.target === actor) || (r.source === actor && r.target === speaker)) && SPEAKS_FOR.test(r.type));
    const ctx: SentenceContext = {
      s, index, sentences, facts: out, unclaimed, targetless, ents, masked: '', mainCountry, homeCountry, published, docText,
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
      emit: (source, t0, target, confidence, props, how) => {
        if (source === target) return;
        // (A place holds no spokesperson or minister: "a spokeswoman for the Cusco-based administration" speaks for the administration.)
        if (PLACE_LESS_OFFICES.has(t0) && ents.list[target]!.type === 'Place') return;
        // A state has no single head but its leader: the chief of its police or army holds an office of it.
        // ("head of state" is its leader.)
        // ("Vega Party senator X", "lawmaker X of the Vega Party": a legislator sits for a party, a member of it.)
        // (Any body that is no office of state: "Vega Front lawmaker X", "Concordia MP Y".)
        const legislator = t0 === 'OFFICIAL_OF' && LEGISLATOR_TITLE.test(String(props?.role ?? '')) && ents.list[target]!.type === 'Organization' && !GOVERNMENT_BODY.test(ents.list[target]!.name);
        const type = legislator ? 'MEMBER_OF' : t0 === 'HEAD_OF' && ents.list[target]!.type === 'Country' ? (/\bhead of (?:state|government)\b/i.test(String(props?.role ?? '')) ? 'LEADER_OF' : 'OFFICIAL_OF') : t0;
        const state = STATE_TYPES.test(type);
        for (const t of state && !how ? [{ status: 'asserted' as const, claimedBy: [] }] : (how ?? sentenceTelling())) {
          let status = t.status;
          let claimedBy = t.claimedBy;
          // "Iran said it had signed": a party reporting its own act asserts it.
          if (t.selfAsserts && claimedBy.some((c) => speaksFor(c, source))) {
            if (status === 'alleged') status = 'asserted';
            claimedBy = [];
          }
          const key = `${source}|${type}|${target}|${index}|${status}`;
          const earlier = seen.get(key);
          if (earlier) {
            // The same fact read twice in a sentence: the second reading may carry what the first did not ("5 billion yen").
            for (const [k, v] of Object.entries(props ?? {})) earlier.properties[k] ??= v;
            continue;
          }
          const r: LocalRelation = { source, type, target, confidence, properties: { ...props }, sentence: index };
          seen.set(key, r);
          if (status !== 'asserted') r.status = status;
          if (claimedBy.length) r.claimedBy = [...claimedBy];
          if (!state && t.date) (r.date = t.date), (r.dateText = t.dateText);
          out.push(r);
        }
        if (NATIONAL_OFFICES.has(type) && ents.list[target]!.type === 'Country') leaderOf.set(source, target);
        // (Only a legislature ratifies for its state: a court that approves a treaty does not.)
        if (type === 'PART_OF' && ents.list[source]!.type === 'Organization' && ents.list[target]!.type === 'Country' && LEGISLATURE.test([ents.list[source]!.name, ...ents.list[source]!.aliases].join(' | '))) bodyOf.set(source, target);
      },
    };
    const overrides = new Map<number, number>();
    // (A side named by "pro-"/"anti-" and a demonym has no mention of its own: "the pro-Russian party X".)
    const sideWord = s.tokens.some((t, k) => (t.lower === 'pro' || t.lower === 'anti') && s.tokens[k + 1]?.text === '-');
    if (refd < 2 && roles === 0 && !sideWord) {
      // One mention: facts carried by the name itself, and events whose other end is a pronoun.
      const hits: PatternHit[] = [];
      lexiconRelations(ctx);
      structuralRelations(ctx, hits);
      for (const h of hits) ctx.emit(h.source, h.type, h.target, h.confidence, h.properties);
      return;
    }
    const absorbed = roleRelations(ctx);
    aideRelations(ctx);
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
    if (marks >= 2 || sideWord) {
      for (const p of NOUN_PATTERNS) p(ctx, hits);
      aidRelations(ctx);
    }
    structuralRelations(ctx, hits);
    for (const h of hits) ctx.emit(h.source, h.type, h.target, h.confidence, h.properties);
    // A leader or minister who signs a treaty commits the country named in the same sentence.
    let inSentence: Set<number> | undefined;
    // (A leader who initials one makes the country a party too, and is none himself; a state's
    // parliament that ratifies one, "Peru's Congress approved the pact", makes its state a party.)
    for (const h of out) {
      // (Not another state's accession protocol: ratifying it admits that state.)
      const ratifiedByBody = h.type === 'RATIFIED' && bodyOf.has(h.source) && !/\baccession\b/i.test(ents.list[h.target]!.name);
      if (h.sentence !== index || (h.type !== 'SIGNED' && !ratifiedByBody && !(h.type === 'PARTY_TO' && ents.list[h.source]!.type === 'Person'))) continue;
      inSentence ??= new Set(s.mentions.flatMap((_, k) => ctx.actor(k)));
      const c = ratifiedByBody ? bodyOf.get(h.source) : leaderOf.get(h.source);
      if (c !== undefined && inSentence.has(c)) ctx.emit(c, 'PARTY_TO', h.target, 0.7, undefined, [{ status: h.status ?? 'asserted', claimedBy: h.claimedBy ?? [] }]);
    }
  });
  keepStrongestOffice(out, ents);
  dropPartyOfSignatory(out);
  // People are signatories, not parties: a treaty binds states and bodies.
  for (let i = out.length - 1; i >= 0; i--) if (out[i]!.type === 'PARTY_TO' && ents.list[out[i]!.source]!.type === 'Person') out.splice(i, 1);
  dropHomeVisits(out, ents);
  documentStructure(sentences, ents, out, homeCountry);
  inferFacts(ents, out, sentences);
  return out;
}

/**
 * A leader is not a visitor at home: "X visited Y" is dropped where the text makes X a national
 * office-holder of the country Y is (or lies in, or is the capital of).
 */
function dropHomeVisits(out: LocalRelation[], ents: DocEntities): void {
  const home = new Map<number, Set<number>>();
  for (const r of out) if (NATIONAL_OFFICES.has(r.type) && ents.list[r.target]!.type === 'Country') (home.get(r.source) ?? home.set(r.source, new Set()).get(r.source)!).add(r.target);
  if (!home.size) return;
  const countryOf = (e: number): number[] => (ents.list[e]!.type === 'Country' ? [e] : out.filter((r) => r.source === e && (r.type === 'LOCATED_IN' || r.type === 'CAPITAL_OF') && ents.list[r.target]!.type === 'Country').map((r) => r.target));
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i]!;
    if (r.type === 'VISITED' && home.has(r.source) && countryOf(r.target).some((c) => home.get(r.source)!.has(c))) out.splice(i, 1);
  }
}

/**
 * A denial concerns its accuser or another side, never the denier's own state or body: "Chile's
 * spokeswoman X denied that Santiago had trained the fighters" is no denial aimed at Chile. Nor does
 * anyone meet, negotiate, agree a truce with or mediate for the state or body they hold office in
 * ("Chile's President X and Peru's President Y agreed a truce in the war between Chile and Peru" is
 * no truce of X with Chile). Run by the merge, once the bodies a document names by their state
 * ("Iran's foreign ministry") are its parts.
 */
export function dropActsOnOwnSide(out: LocalRelation[]): void {
  // (Not a former or opposition office: "former president X denied Peru's accusation" is aimed at Peru.)
  const up = out.filter((r) => (OFFICE_RELATIONS.has(r.type) && !r.properties?.standing) || r.type === 'PART_OF');
  const own = new Set(up.map((r) => `${r.source}|${r.target}`));
  // (Through the body one serves: the spokesman of a ministry that is part of Iran.)
  for (const r of up) for (const b of up) if (b.source === r.target && b.type === 'PART_OF') own.add(`${r.source}|${b.target}`);
  // (For the other acts only a person's office: a body read as part of a state may be a list's next member,
  // "Peru's army, the Sendero Front, and the Andean Guard agreed to a truce".)
  // (And only an office the act's own sentence tells: one held before may have ended, "X served as Chile's
  // foreign minister. Now a UN envoy, X negotiated with Chile".)
  const office = new Set(up.filter((r) => r.type !== 'PART_OF').map((r) => `${r.source}|${r.target}|${r.sentence}`));
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i]!;
    if (r.type === 'DENIED' ? own.has(`${r.source}|${r.target}`) : OWN_SIDE_ACTS.has(r.type) && (office.has(`${r.source}|${r.target}|${r.sentence}`) || (r.type !== 'MEDIATED' && office.has(`${r.target}|${r.source}|${r.sentence}`)))) out.splice(i, 1);
  }
}

/** Acts never aimed at one's own state or body. */
const OWN_SIDE_ACTS: ReadonlySet<RelationType> = new Set<RelationType>(['MET_WITH', 'NEGOTIATED_WITH', 'AGREED_CEASEFIRE_WITH', 'MEDIATED']);

/** Offices only a state or a body has. */
const PLACE_LESS_OFFICES: ReadonlySet<RelationType> = new Set<RelationType>(['SPOKESPERSON_OF', 'MINISTER_OF', 'PRESIDENT_OF', 'PRIME_MINISTER_OF']);

/** Names of a state's legislature ("Congress", "the Folketing", "Peru's parliament"). */
const LEGISLATURE = /\b(?:[Pp]arliament|Congress|Senate|(?:National |Legislative |General |Federal )?Assembly|Duma|Diet|Knesset|Majlis|Folketing|Riksdag|Storting|Eduskunta|Sejm|Bundestag|Bundesrat|Cortes|Seimas|Saeima|Riigikogu|Verkhovna Rada|Rada|Chamber of Deputies|House of (?:Representatives|Commons|Lords)|[Ll]egislature|Oireachtas|Althing|Lok Sabha|Rajya Sabha|Dewan Rakyat)\b/;

/** A signatory is more than a party: "X is party to T" gives way where the text has X sign T. */
function dropPartyOfSignatory(out: LocalRelation[]): void {
  const signed = new Set(out.filter((r) => r.type === 'SIGNED' && (r.status ?? 'asserted') === 'asserted').map((r) => `${r.source}|${r.target}`));
  for (let i = out.length - 1; i >= 0; i--) if (out[i]!.type === 'PARTY_TO' && signed.has(`${out[i]!.source}|${out[i]!.target}`)) out.splice(i, 1);
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


/**
 * Facts carried by names themselves: "Nigerian Army" is part of Nigeria, "State Bank of Pakistan" is in
 * Pakistan, a capital or city named beside its country lies in it.
 */
function structuralRelations(ctx: SentenceContext, hits: { source: number; type: RelationType; target: number; confidence: number }[]): void {
  const { s, ents } = ctx;
  let countriesHere: Set<number> | undefined;
  // "KIRKWALL, Scotland, May 3 -": the dateline's town lies in the region or country named after it.
  if (s.bodyStart) {
    for (let k = 0; k + 1 < s.mentions.length; k++) {
      const a = s.mentions[k]!;
      const b = s.mentions[k + 1]!;
      if (b.t1 > s.bodyStart) break;
      if (a.refs.length !== 1 || b.refs.length !== 1 || b.t0 !== a.t1 + 1 || s.tokens[a.t1]?.text !== ',') continue;
      const tb = ents.list[b.refs[0]!]!.type;
      if (ents.list[a.refs[0]!]!.type === 'Place' && (tb === 'Place' || tb === 'Country')) hits.push({ source: a.refs[0]!, type: 'LOCATED_IN', target: b.refs[0]!, confidence: 0.6 });
    }
  }
  for (const m of s.mentions) {
    const r = m.refs[0];
    if (r === undefined || m.refs.length !== 1) continue;
    const e = ents.list[r]!;
    // A known company named for its state ("Taiwan Semiconductor…", "Qatar Airways") is located there too.
    const knownCompany = m.kind === 'gaz' && e.type === 'Organization' && KNOWN_COMPANIES.has(e.name);
    // A known body of a state named "… of <state>" ("Bank of Canada") is part of it too.
    const ofStateBody = m.kind === 'gaz' && e.type === 'Organization' && COUNTRIES.has(BODY_PARENTS[e.name] ?? '') && / of /.test(e.name);
    if ((m.kind === 'name' || knownCompany || ofStateBody) && e.type === 'Organization') {
      let country = m.country ?? (knownCompany ? leadingCountry(e.name) : undefined);
      const ofC = country ? undefined : / of (?:the )?([A-Z][\w' -]+)$/.exec(e.name)?.[1];
      if (ofC) {
        const g = lookupCached(ofC);
        if (g?.type === 'Country' && g.kind === 'name') country = g.canonical;
      }
      // "Royal Danish Navy", "Royal Netherlands Navy": a crown's body named by its state or its demonym.
      // (Not the "Royal Irish" regiments, which are British.)
      const royal = country ? undefined : /^Royal (\p{Lu}\p{Ll}+) /u.exec(e.name)?.[1];
      if (royal && !(royal === 'Irish' && /\b(?:Regiment|Rangers|Guards|Fusiliers|Constabulary)\b/.test(e.name))) {
        const g = lookupCached(royal);
        if (g?.kind === 'demonym' && g.country) country = g.country;
        else if (g?.type === 'Country' && g.kind === 'name') country = g.canonical;
      }
      // (A party's name says whose politics it is in, not where a body lies: "Bolivian Workers' Party", "Peru's ruling Vega party".)
      const party = isPartyName(e.name) || PARTY_WORD.test(s.tokens[m.t1]?.lower ?? '') || PARTY_CUE.test(s.tokens[m.t0 - 1]?.lower ?? '');
      if (country && (GOVERNMENT_BODY.test(e.name) || !party)) hits.push({ source: r, type: GOVERNMENT_BODY.test(e.name) ? 'PART_OF' : 'LOCATED_IN', target: ents.get('Country', country), confidence: 0.7 });
      // "UN Peacebuilding Fund", "NATO Parliamentary Assembly": a body named after a known body is part of it.
      if (m.kind === 'name') {
        const parent = leadingBody(e.name);
        if (parent !== undefined) hits.push({ source: r, type: 'PART_OF', target: ents.get('Organization', parent), confidence: 0.6 });
      }
    }
    if (m.kind === 'gaz' && e.type === 'Place' && m.gaz?.country && (m.gaz.kind === 'capital' || m.gaz.kind === 'city')) {
      const c = ents.find('Country', m.gaz.country);
      countriesHere ??= new Set(s.mentions.flatMap((x) => (x.refs.length === 1 && ents.list[x.refs[0]!]!.type === 'Country' ? x.refs : [])));
      if (c !== undefined && countriesHere.has(c)) hits.push({ source: r, type: 'LOCATED_IN', target: c, confidence: 0.7 });
      // "power cut to much of the capital, Lima" in a story naming Peru: the capital the text names as one.
      // (Only a state the text names: "marched through the capital, Nairobi" alone says whose it is to no reader.)
      const stateNamed = (): boolean => (ctx.sentences ?? [s]).some((x) => x.mentions.some((y) => y.refs.includes(c!) && y.gaz?.type === 'Country'));
      if (c !== undefined && m.gaz.kind === 'capital' && namedAsCapital(s.tokens, m.t0, m.t1) && stateNamed()) hits.push({ source: r, type: 'CAPITAL_OF', target: c, confidence: 0.65 });
    }
  }
}

const CORPORATE_WORDS = /^(?:Group|Holdings?|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|Co\.?|Company|PLC|plc|AG|SA|NV|LLC|International|Global)$/;

/** The well-known body whose name or acronym opens a longer body's name ("UN Security Council" → United Nations), if any. */
function leadingBody(name: string): string | undefined {
  let found = leadingBodyCache.get(name);
  if (found === undefined) {
    if (leadingBodyCache.size > 20000) leadingBodyCache.clear();
    leadingBodyCache.set(name, (found = findLeadingBody(name) ?? ''));
  }
  return found || undefined;
}
const leadingBodyCache = new Map<string, string>();

function findLeadingBody(name: string): string | undefined {
  // Not the same company with its legal form ("Goldman Sachs Group").
  return leadingEntry(name, (g, rest) => g.type === 'Organization' && g.canonical !== name && !rest.every((w) => CORPORATE_WORDS.test(w)));
}

/** The state whose name opens a name ("Qatar Airways" → Qatar), if any. */
function leadingCountry(name: string): string | undefined {
  return leadingEntry(name, (g) => g.type === 'Country');
}

/** The canonical name of the longest gazetteer name (up to three words) that opens `name` and that `ok` accepts, given the words after it. */
function leadingEntry(name: string, ok: (g: NonNullable<ReturnType<typeof lookup>>, rest: string[]) => boolean): string | undefined {
  const words = name.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const g = lookupCached(words.slice(0, n).join(' '));
    if (g?.kind === 'name' && ok(g, words.slice(n))) return g.canonical;
  }
  return undefined;
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
