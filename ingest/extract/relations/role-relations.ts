/**
 * Roles from titles and appositions: "French President Emmanuel Macron", "Kremlin spokesman X",
 * "NHC Minister X", "Minister of Education X", "his German counterpart, X", "X, the foreign minister
 * of Y", "Y's foreign minister X". Emits PRESIDENT_OF, MINISTER_OF, SPOKESPERSON_OF… and returns the
 * mentions folded into the person for masking (qualifier and title).
 */
import { worldCountryOf } from '../mentions/gazetteer/world-regions.ts';
import type { RelationType } from '../../../core/index.ts';
import type { Mention } from '../mentions/mentions.ts';
import type { SentenceContext } from '../types.ts';
import { qualifyBody } from '../resolve/bodies.ts';
import { countryPossessor, describes } from '../clauses/descriptions.ts';
import { PARTY_HEADS, isPartyOrBloc } from '../clauses/phrase-facts.ts';
import { AGENT_NOUNS } from '../clauses/nouns.ts';
import { HONORIFICS } from '../mentions/gazetteer/roles.ts';
import { afterProOrAnti, closedWhich, tokenText } from '../tokens/sentences.ts';
import { genderOfName, pronounFits } from '../mentions/gazetteer/gender.ts';

function gapText(ctx: SentenceContext, from: number, to: number): string {
  return tokenText(ctx.s.tokens, from, to, ' ', true);
}

function isBody(m: Mention | undefined, ctx: SentenceContext): boolean {
  if (!m || m.refs.length !== 1) return false;
  const t = ctx.ents.list[m.refs[0]!]!.type;
  return t === 'Country' || t === 'Organization' || (t === 'Place' && (!!m.gaz?.country || !!m.placeCue));
}

function isPerson(m: Mention | undefined, ctx: SentenceContext): boolean {
  return !!m && m.refs.length === 1 && ctx.ents.list[m.refs[0]!]!.type === 'Person';
}

/** Words before a title that say its holder no longer holds it or stands against the government. */
const STANDING_WORDS = /\b(former|ex|onetime|one-time|erstwhile|retired|opposition|dissident|exiled|shadow)\b/;
/** Words before a title that say when or how the person holds it, not which part of the body. */
const STATUS = /^(?:(?:elected|former|outgoing|incoming|new|acting|interim|caretaker|transitional|provisional|incumbent|late|then|current|sitting|deposed|ousted|exiled|embattled|longtime|long-serving|veteran|newly elected|re-elected|democratically elected|first|ex|de facto|military|junta|civilian|unelected|self-declared|self-proclaimed) ?)+$/;

/** Whether the words at `t` are "of the (separatist) region of …": a title of a region's head, not a state's. */
function ofRegion(tokens: readonly { lower: string }[], t: number): boolean {
  if (tokens[t]?.lower !== 'of') return false;
  for (let k = t + 1; k < Math.min(tokens.length - 1, t + 5); k++) if (/^(?:region|province|territory|enclave|exclave|entity)$/.test(tokens[k]!.lower)) return tokens[k + 1]!.lower === 'of';
  return false;
}

/** Title words of offices held outside a state's government: an opposition, party or rebel leader's. */
export const NOT_OF_STATE = /opposition|party|rebel/i;

/** Offices held in a state's government. */
export const NATIONAL_OFFICES: ReadonlySet<RelationType> = new Set<RelationType>(['PRESIDENT_OF', 'PRIME_MINISTER_OF', 'LEADER_OF', 'MINISTER_OF']);

/** Offices below the head of a state's government that still belong to the state ("Vice President X"). */
const NATIONAL_DEPUTIES = /^(?:vice[- ]president|deputy prime minister|national security advis[eo]r)$/i;

/** Prepositions whose object is the other side of an act ("talks with Mexico", "a war against Mali"). */
const OTHER_SIDE = new Set(['with', 'against', 'between']);

/** A speech verb (and "that") just before a country: the country is the subject of what was said. */
const SPEECH_BEFORE = /(?:^|\s)(?:said|says|told|added|stressed|insisted|declared|announced)(?: that)?$/;

/** Honorifics as gapText writes them (lower-case). */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set([...HONORIFICS].map((h) => h.toLowerCase()));

/**
 * "her Bolivian counterpart": the national office of the last person told to hold one whom the
 * possessive before the title can stand for, if any.
 */
function ownerOffice(ctx: SentenceContext, t0: number): RelationType | undefined {
  let t = t0 - 1;
  while (t >= 0 && ctx.s.tokens[t]!.cap && !/^(?:His|Her)$/.test(ctx.s.tokens[t]!.text)) t--;
  const word = ctx.s.tokens[t]?.lower;
  if (word !== 'his' && word !== 'her') return undefined;
  const facts = ctx.facts ?? [];
  // A holder whose given name says the pronoun's sex first, then one it may fit.
  const sex = word === 'his' ? 'm' : 'f';
  for (const sure of [true, false]) {
    for (let k = facts.length - 1; k >= 0; k--) {
      const f = facts[k]!;
      // (Told in this sentence or the two before.)
      if (f.sentence < ctx.index - 2) break;
      const name = ctx.ents.list[f.source]!.name;
      if (NATIONAL_OFFICES.has(f.type) && ctx.ents.list[f.source]!.type === 'Person' && (sure ? genderOfName(name) === sex : pronounFits(word, name))) return f.type;
    }
  }
  return undefined;
}

/**
 * "her defence minister": the one state the person named last before the possessive heads, when the
 * pronoun fits them and they are told (not as former) to head a state's government in this sentence or the two before.
 */
function ownerState(ctx: SentenceContext, t0: number, holder: number): number | undefined {
  // (Over a word of when: "her former defence minister", "his new trade minister".)
  const at = /^(?:former|ex|then|new|acting|interim|current)$/.test(ctx.s.tokens[t0 - 1]?.lower ?? '') ? t0 - 2 : t0 - 1;
  const word = ctx.s.tokens[at]?.lower;
  if (word !== 'his' && word !== 'her') return undefined;
  // (The one the pronoun stands for is the last person named before it in this sentence, and a head of
  // state or government: not "met Y, the party's leader, and her finance minister".)
  const ms = ctx.s.mentions;
  let last: number | undefined;
  for (const m of ms) if (m.t1 <= at && m.refs.length === 1 && ctx.ents.list[m.refs[0]!]!.type === 'Person' && m.refs[0] !== holder) last = m.refs[0];
  if (last === undefined || !pronounFits(word, ctx.ents.list[last]!.name)) return undefined;
  const states = new Set((ctx.facts ?? []).filter((f) => f.source === last && f.sentence >= ctx.index - 2 && (f.type === 'PRESIDENT_OF' || f.type === 'PRIME_MINISTER_OF' || f.type === 'LEADER_OF') && !f.properties?.standing && ctx.ents.list[f.target]!.type === 'Country').map((f) => f.target));
  return states.size === 1 ? [...states][0] : undefined;
}

/** The office of the last singular title in the two sentences before, if any. */
function earlierOffice(ctx: SentenceContext): RelationType | undefined {
  for (let back = 1; back <= 2; back++) {
    const s = ctx.sentences?.[ctx.index - back];
    if (!s) return undefined;
    for (let k = s.mentions.length - 1; k >= 0; k--) {
      const m = s.mentions[k]!;
      if (m.kind === 'role' && m.role && !m.role.plural && !/counterpart/i.test(m.role.title)) return m.role.rel;
    }
  }
  return undefined;
}

/** Emits role relations of a sentence; returns indices of mentions absorbed into a person. */
export function roleRelations(ctx: SentenceContext): Set<number> {
  const ms = ctx.s.mentions;
  const absorbed = new Set<number>();
  let lastRel: RelationType | undefined;
  for (let k = 0; k < ms.length; k++) {
    const r = ms[k]!;
    if (r.kind === 'role' && r.role?.plural) {
      pluralTitleList(ctx, k);
      oneOfTitleHolders(ctx, k);
    }
    if (r.kind !== 'role' || !r.role || r.role.plural) continue;
    let rel: RelationType = r.role.rel;
    const isCounterpart = /counterpart/i.test(r.role.title);
    // "her Bolivian counterpart": the office of the one "her" stands for, else of the one titled last,
    // in this sentence or the two before.
    if (isCounterpart) rel = lastRel ?? ownerOffice(ctx, r.t0) ?? earlierOffice(ctx) ?? 'OFFICIAL_OF';
    // Person: next mention right after the title (optionally after a comma), or before it in an apposition.
    let person: number | undefined;
    let portfolio: number | undefined;
    let sentTo: number | undefined;
    const next = ms[k + 1];
    // An honorific between them is part of the name ("emir Sheikh X", "President Dr X").
    if (next && isPerson(next, ctx) && (/^,?$/.test(gapText(ctx, r.t1, next.t0)) || HONORIFIC_WORDS.has(gapText(ctx, r.t1, next.t0).replace(/^, /, '')))) person = k + 1;
    // "Chile's ambassador to Peru, X", "Chilean envoy to the UN Y": the state or body an envoy is sent to
    // comes between the title and the name.
    // (Not a speaker after the comma: "will recall its ambassador to Chile, Ana Ruiz said".)
    else if (ENVOY_TITLE.test(r.role.title) && next && isBody(next, ctx) && /^to(?: the)?$/.test(gapText(ctx, r.t1, next.t0)) && isPerson(ms[k + 2], ctx) && /^,?$/.test(gapText(ctx, next.t1, ms[k + 2]!.t0)) && !(gapText(ctx, next.t1, ms[k + 2]!.t0) === ',' && speaksAfter(ctx, ms[k + 2]!))) {
      person = k + 2;
      sentTo = k + 1;
    }
    // "Peru's special envoy for Andean matters, X": a portfolio after "for" and then the name set off.
    else if ((portfolio = portfolioName(ms, k, ctx)) !== undefined && PORTFOLIO_GAP.test(gapText(ctx, r.t1, ms[portfolio]!.t0))) person = portfolio;
    // "The bloc's chairman, Nigerian President Bola Tinubu": the person comes after a second, nested title.
    else if (next && ms[k + 2]?.kind === 'role' && isPerson(ms[k + 3], ctx) && gapText(ctx, r.t1, next.t0) === ',' && isBody(next, ctx) &&
      gapText(ctx, next.t1, ms[k + 2]!.t0) === '' && gapText(ctx, ms[k + 2]!.t1, ms[k + 3]!.t0) === '') person = k + 3;
    // "Army chief General X", "navy commander Admiral Y": a rank between the title and the name.
    // (Also set off: "the agency's director, Colonel X".)
    else if (next?.kind === 'role' && next.role && !next.role.plural && isPerson(ms[k + 2], ctx) && /^,?$/.test(gapText(ctx, r.t1, next.t0)) && gapText(ctx, next.t1, ms[k + 2]!.t0) === '' && (gapText(ctx, r.t1, next.t0) === '' || RANKS.test(next.role.title))) person = k + 2;
    // "a Nigerian counterpart, Foreign Minister X": the holder named with a national office of its own, which tells the office.
    else if (isCounterpart && next?.kind === 'role' && next.role && !next.role.plural && NATIONAL_OFFICES.has(next.role.rel) && isPerson(ms[k + 2], ctx) && gapText(ctx, r.t1, next.t0) === ',' && gapText(ctx, next.t1, ms[k + 2]!.t0) === '') {
      person = k + 2;
      rel = next.role.rel;
    }
    // "a senior Front commander X", "a Front leader": one of its heads is an official, not its head.
    // (A body has many commanders and leaders; "a former mayor" was its head.)
    if ((rel === 'HEAD_OF' || rel === 'LEADER_OF') && /(?:commander|leader|chief)$/i.test(r.role.title)) {
      for (let t = r.t0 - 1; t >= Math.max(0, r.t0 - 4); t--) {
        const w = ctx.s.tokens[t]!.lower;
        if (w === 'former' || w === 'the' || !/^[\p{L}.'’-]+$/u.test(w) || ctx.s.tokens[t]!.pos === 'VERB') break;
        if (w === 'senior' || w === 'a' || w === 'an') {
          rel = 'OFFICIAL_OF';
          break;
        }
      }
    }
    // Body: qualifier before the title ("Russian", "Kremlin", "NHC", "France ’s"), or "of Y" after it.
    let body: number | undefined;
    let bodyEntity: number | undefined;
    // (Not a side a "pro-"/"anti-" word names: "the pro-Russia President X" is no president of Russia.)
    const prevSided = !!ms[k - 1] && afterProOrAnti(ctx.s.tokens, ms[k - 1]!.t0);
    const prev = prevSided ? undefined : ms[k - 1];
    const lead = prev ? gapText(ctx, prev.t1, r.t0) : '';
    if (prev && isBody(prev, ctx) && /^(?:|['’]s|['’]|the|his|her|its|their)$/.test(lead) && (lead !== "'" && lead !== '’' || /s$/.test(ctx.s.tokens[prev.t1 - 1]!.text))) body = k - 1;
    // "Qatar, whose late emir Sheikh X": the body the relative clause is about.
    else if (prev && isBody(prev, ctx) && /^, whose(?: (?:late|former|then|current|new|longtime|long-serving|outgoing|acting))?$/.test(lead)) body = k - 1;
    // "EU foreign policy chief X": the title heads a part of the body, so the person is its official.
    // (Not "Chile hosted President X": a verb between makes the title the verb's object, not a part of the body.)
    else if (prev && isBody(prev, ctx) && /^(?:['’]s )?(?:[a-z-]+ ){0,2}[a-z-]+$/.test(lead) && !/\b(?:and|or|of|in|to|by|for|with|said|says|that|the|a|an|on|at|under|from|after|before|against|over|into|between|since|during|about|than|as)\b/.test(lead) &&
      !ctx.s.tokens.slice(prev.t1, r.t0).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      body = k - 1;
      // "Niger's elected president", "its outgoing leader": status words keep the title's own relation.
      // ("Bolivia's social affairs minister": a state's minister of any portfolio is its minister.)
      // (Not a shadow minister, who sits in the opposition.)
      const statesMinister = rel === 'MINISTER_OF' && !/\bshadow\b/.test(lead) && ctx.actor(k - 1).some((e) => ctx.ents.list[e]!.type === 'Country');
      if (rel !== 'SPOKESPERSON_OF' && !statesMinister && !STATUS.test(lead.replace(/^['’]s ?/, ''))) rel = 'OFFICIAL_OF';
    }
    // "its president, X": the nearest body named before in the sentence. "the group's spokesman, X":
    // the nearest organisation.
    const toks = ctx.s.tokens;
    const described = /^['’]s$/.test(toks[r.t0 - 1]?.text ?? '') && toks[r.t0 - 3]?.lower === 'the' && OWNER_NOUNS.has(toks[r.t0 - 2]?.lower ?? '');
    // "the country's president, X": the state last named by name, in this sentence or the two before.
    if (body === undefined && person !== undefined && countryPossessor(toks, r.t0 - 3)) {
      const found = lastNamedState(ctx, r.t0 - 3);
      if (found) {
        ctx.emit(ms[person]!.refs[0]!, rel, found[0], 0.5, { role: r.role.title });
        // (The evidence reaches back to the sentence that names the state.)
        ctx.s.evidenceStart = Math.min(ctx.s.evidenceStart ?? ctx.s.start, found[1].start);
      }
    }
    if (body === undefined && (/^(?:its|their)$/.test(toks[r.t0 - 1]?.lower ?? '') || described)) {
      // (A minister is no official of a body of states the gazetteer knows, "X left the bloc, its oil
      // minister said": the state before it. A government or front may have ministers of its own.)
      const ofState = rel === 'MINISTER_OF' || rel === 'PRIME_MINISTER_OF';
      const fits = (m: Mention): boolean => !described || (m.refs.length === 1 && ctx.ents.list[m.refs[0]!]!.type === 'Organization' && !ctx.ents.list[m.refs[0]!]!.tentative && describes(toks[r.t0 - 2]!.lower, ctx.ents.list[m.refs[0]!]!.name));
      // (Not one named inside a relative clause closed before: "the Front, which Chile funds, … its leader".)
      const aside = closedWhich(ctx.s.tokens, r.t0);
      for (let j = k - 1; j >= 0; j--) if (isBody(ms[j], ctx) && ms[j]!.kind !== 'role' && fits(ms[j]!) && !(ofState && ms[j]!.kind === 'gaz' && ms[j]!.gaz?.type === 'Organization') && !aside.some(([a, b]) => ms[j]!.t0 > a && ms[j]!.t1 <= b)) { body = j; break; }
      // "Its chief executive, X, said…" opening a sentence: the body the sentence before is about
      // (its first organisation), with the evidence reaching back to it.
      const prevS = ctx.sentences?.[ctx.index - 1];
      if (body === undefined && prevS && person !== undefined) {
        // (Not the agency a dateline credits.)
        // (A state's office, "Its prime minister", is the one state's that opens it: "Chile, a member of the
        // Andean Council, objected. Its prime minister …"; so is a president's when a state opens the sentence. None of two
        // states: "Chile and Peru signed. Its prime minister …".)
        const actorAt = (m: Mention, type: string): boolean => m.t0 >= (prevS.bodyStart ?? 0) && m.refs.length === 1 && ctx.ents.list[m.refs[0]!]!.type === type && !ctx.ents.list[m.refs[0]!]!.tentative && m.gaz?.kind !== 'demonym';
        const opening = prevS.mentions.find((m) => actorAt(m, 'Country') || actorAt(m, 'Organization'));
        const oneState = new Set(prevS.mentions.filter((m) => actorAt(m, 'Country')).map((m) => m.refs[0]!)).size === 1;
        const stateFirst = !!opening && actorAt(opening, 'Country');
        const wanted = ofState || (NATIONAL_OFFICES.has(rel) && stateFirst) ? 'Country' : 'Organization';
        const org = wanted === 'Country' && !oneState ? undefined : prevS.mentions.find((m) => actorAt(m, wanted));
        if (org) {
          const e = org.refs[0]!;
          ctx.emit(ms[person]!.refs[0]!, rel, e, 0.6, { role: r.role.title });
          ctx.s.evidenceStart = Math.min(ctx.s.evidenceStart ?? ctx.s.start, prevS.start);
        }
      }
    }
    // "four leaders of the group, including spokesman X and finance chief Y": the group is the body.
    let listed = false;
    if (body === undefined && person !== undefined) {
      const g = includingBody(ctx, k);
      if (g !== undefined) {
        body = g;
        listed = true;
        const mod = /(?:^| )([a-z-]+)$/.exec(gapText(ctx, ms[k - 1]!.t1, r.t0))?.[1];
        const qualified = (mod && !/^(?:including|and|its|their|the|his|her|a|an)$/.test(mod)) || (/ /.test(r.role.title) && !/executive/i.test(r.role.title));
        if (qualified && rel === 'HEAD_OF') rel = 'OFFICIAL_OF';
      }
    }
    const after = ms[person !== undefined ? k + 2 : k + 1];
    if (body === undefined && after && isBody(after, ctx) && /^(?:of|for|at|with)(?: the)?$/.test(gapText(ctx, r.t1, after.t0))) {
      body = person !== undefined ? k + 2 : k + 1;
      // "a spokesman for Peru's Andean Affairs Council": the body the possessor owns.
      const owned = ms[body + 1];
      // (Also over its modifiers: "the chairman of Peru's ruling Andean Front".)
      if (owned && isBody(owned, ctx) && /^['’]s(?: [a-z-]+){0,2}$/.test(gapText(ctx, after.t1, owned.t0)) && owned.refs.some((e) => ctx.ents.list[e]!.type === 'Organization')) body++;
      // "the president of France, Emmanuel Macron"
      const p2 = ms[body + 1];
      if (person === undefined && p2 && isPerson(p2, ctx) && gapText(ctx, after.t1, p2.t0) === ',') person = body + 1;
    }
    // Apposition: "X, (the|a) [Y] title (of Y)", "X, Y’s title".
    if (person === undefined) {
      const before = body !== undefined && body === k - 1 ? ms[k - 2] : ms[k - 1];
      const beforeIdx = body !== undefined && body === k - 1 ? k - 2 : k - 1;
      const lead = before ? gapText(ctx, before.t1, (body === k - 1 ? ms[k - 1]! : r).t0) : '';
      // ("X, a government spokesman,": the government's spokesperson, its state left to the document.)
      if (before && isPerson(before, ctx) && /^, (?:by then |now |still |later |once |then )?(?:the|a|an|its|his|her)?\s?(?:billionaire |longtime |veteran |influential |powerful |reclusive )?(?:(?:co-)?founder and |owner and |creator and )?(?:former |current |deputy |top |then |honorary |acting |interim |outgoing )?(?:government |presidential )?$/.test(`${lead} `.replace(/\s+$/, ' ')) ) person = beforeIdx;
      // ("X, elected chair of the Y council in June,", "Y, named head of the board": put in the office by the participle.)
      else if (before && isPerson(before, ctx) && /^, (?:newly |recently )?(?:elected|re-elected|named|appointed|installed|chosen|enthroned|confirmed as|sworn in as|appointed as|named as|elected as)(?: the| its)?$/.test(lead)) person = beforeIdx;
    }
    // "Governor X of Y": the body follows the person.
    if (body === undefined && person === k + 1) {
      const b2 = ms[k + 2];
      // (Not a state after a body head's name, where they come from: "Secretary-General X of Ecuador".)
      // (A state's own body is no origin: "Director-General X of Peru's customs agency".)
      const origin = BODY_HEAD_TITLE.test(r.role.title) && b2 !== undefined && b2.refs.length > 0 && b2.refs.every((e) => ctx.ents.list[e]!.type === 'Country') && !/^['’]s?$/.test(ctx.s.tokens[b2.t1]?.text ?? '');
      // (Nor a party after a city's or region's title: "Mayor X of the Vega Party" is the party's member.)
      const party = LOCAL_TITLE.test(r.role.title) && (isPartyOrBloc(b2?.name ?? '') || PARTY_HEADS.test(ctx.s.tokens[b2?.t1 ?? -1]?.lower ?? ''));
      if (b2 && !origin && !party && isBody(b2, ctx) && /^of(?: the)?$/.test(gapText(ctx, ms[k + 1]!.t1, b2.t0))) body = k + 2;
    }
    if (r.role.body) {
      // "Taiwan's Minister of Education": the ministry is the country's; else the one country of the sentence.
      const named = body !== undefined ? ctx.actor(body).filter((b) => ctx.ents.list[b]!.type === 'Country') : [];
      const here = new Set(ms.flatMap((_, j) => ctx.actor(j)).filter((b) => ctx.ents.list[b]!.type === 'Country'));
      const country = named.length === 1 ? named[0] : here.size === 1 ? [...here][0] : undefined;
      const name = country !== undefined ? qualifyBody(r.role.body, ctx.ents.list[country]!.name) : r.role.body;
      bodyEntity = ctx.ents.get('Organization', name);
      if (name !== r.role.body) ctx.ents.alias(bodyEntity, r.role.body);
      ctx.ents.list[bodyEntity]!.mentions++;
    }
    if (person === undefined) {
      lastRel = rel;
      continue;
    }
    const pIdx = ms[person]!.refs[0]!;
    // ("a deputy governor of the bank": a deputy is an official of the body, not its head.)
    if (rel === 'HEAD_OF' && /^(?:deputy|vice|assistant|associate)$/.test(ctx.s.tokens[r.t0 - 1]?.lower ?? '')) rel = 'OFFICIAL_OF';
    // ("former president X", "opposition senator Y": an office held no longer, or held against the
    // government, is marked so; such a holder does not speak for the state.)
    // (Only words of the title's own phrase: not "Like the opposition, Chilean senator X".)
    const standingFrom = Math.min(r.t0, ms[person]!.t0);
    let sf = standingFrom;
    while (sf > 0 && standingFrom - sf < 3 && !/^[,.;:!?"“”()]$/.test(ctx.s.tokens[sf - 1]!.text)) sf--;
    const standing = STANDING_WORDS.exec(tokenText(ctx.s.tokens, sf, r.t1, ' ', true))?.[1];
    const props: Record<string, string> = standing ? { role: r.role.title, standing: /^(?:opposition|dissident|exiled|shadow)$/.test(standing) ? 'opposition' : 'former' } : { role: r.role.title };
    // No body written: a national title belongs to a country on this sentence's own evidence,
    // the one country it names ("President Lee said South Korea would…"); not the document's
    // most-mentioned or dateline country, which a visiting leader does not belong to. Only a text
    // naming one state and no other gives it (documentStructure).
    // (Nor a region's head: "X, president of the separatist region of Y" leads Y, not the sentence's state.)
    if (body === undefined && !r.role.body && (NATIONAL_OFFICES.has(rel) || NATIONAL_DEPUTIES.test(r.role.title)) && !NOT_OF_STATE.test(r.role.title) && !ofRegion(ctx.s.tokens, r.t1)) {
      // Only a country written as a name standing alone: not a demonym, and not the qualifier of
      // another title or person ("thanked German Chancellor Olaf Scholz").
      // A title holder named as the complement of a relational noun ("an aide to President X", "a critic
      // of Prime Minister Y") is described from someone else's side: a country named before is not theirs.
      const at = Math.min(r.t0, ms[person]!.t0);
      // (Also the one a thing is given or sent to: "a gift to President X", "a letter to President Y".)
      const complement = (/^(?:to|of)$/.test(ctx.s.tokens[at - 1]?.lower ?? '') && RELATIONAL_NOUNS.has(ctx.s.tokens[at - 2]?.lower ?? '')) ||
        (ctx.s.tokens[at - 1]?.lower === 'to' && SENT_NOUNS.has(ctx.s.tokens[at - 2]?.lower ?? ''));
      const served = ctx.s.tokens[at - 1]?.lower === 'under';
      // (Not a visitor: "loans announced on a trip by President X" name the host's state, not theirs.)
      // (Unless the visit is to another state: "Chile announced two loans on a trip by President X to Tokyo".)
      const visitor = VISIT_BY.test(gapText(ctx, Math.max(0, at - 2), at)) && !visitAbroad(ctx, ms[person]!.t1);
      // (Nor the speaker's state when the holder sits in a relative clause about the speaker: "X, who met
      // President Y at dinner, later said Chile would …" is X's saying.)
      const inRelative = withinRelative(ctx, at, ms[person]!.t1);
      const title = r.role.title;
      const countries = visitor ? new Set<number>() : new Set(ms.flatMap((m, j) => {
        if (j === k || j === person || m.kind !== 'gaz') return [];
        if (complement && m.t0 < ms[person]!.t0) return [];
        // "Chancellor X said Berlin would…": a capital as the subject of what they said stands for its state.
        if (m.gaz?.kind === 'capital' && m.gaz.country && m.t0 > ms[person]!.t1 && SPEECH_BEFORE.test(gapText(ctx, Math.max(ms[person]!.t1, m.t0 - 2), m.t0))) {
          const c = ctx.ents.find('Country', m.gaz.country);
          return c !== undefined ? [c] : [];
        }
        // "The minister met President X in Quito": one met in a capital, by someone holding no such title, heads its state.
        const metState = metInCapital(ctx, ms, k, person, at, j, title);
        if (metState !== undefined) {
          const c = ctx.ents.find('Country', metState);
          return c !== undefined ? [c] : [];
        }
        if (m.gaz?.kind !== 'name' && m.gaz?.kind !== 'demonym') return [];
        // "requested consultations with Mexico", "a war against Mali": a state a preposition makes the
        // other side of the act, not the title holder's.
        const before = ctx.s.tokens[m.t0 - 1]?.lower === 'the' ? ctx.s.tokens[m.t0 - 2] : ctx.s.tokens[m.t0 - 1];
        if (m.gaz.kind === 'name' && OTHER_SIDE.has(before?.lower ?? '')) return [];
        // ("whose fighters captured Putre in Chile, … Defence Minister X": a state that only places a named spot is no holder's.)
        if (m.gaz.kind === 'name' && m.t0 < at && /^(?:in|near|inside|across|throughout)$/.test(before?.lower ?? '') && before === ctx.s.tokens[m.t0 - 1] && /^(?:PROPN|NOUN)$/.test(ctx.s.tokens[m.t0 - 2]?.pos ?? '') && ms.some((o) => o.t1 === m.t0 - 1 && o.refs.some((e) => ctx.ents.list[e]!.type === 'Place' || ctx.ents.list[e]!.type === 'Organization'))) return [];
        // ("Lima had pushed Mexico": the object of another state's act is not the holder's state.)
        const pastAfterAux = /ed$/.test(before?.lower ?? '') && /^(?:had|has|have)$/.test(ctx.s.tokens[m.t0 - 2]?.lower ?? '');
        const actedOn = (before?.pos === 'VERB' || pastAfterAux) && before === ctx.s.tokens[m.t0 - 1] && ms.some((o, i) => i < j && o.kind === 'gaz' && o.gaz?.country !== m.gaz!.country && o.gaz?.canonical !== m.gaz!.canonical &&
          (o.gaz?.kind === 'capital' || o.gaz?.kind === 'name') && o.t1 >= m.t0 - 4 && ctx.s.tokens.slice(o.t1, m.t0 - 1).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART'));
        if (m.gaz.kind === 'name' && m.t0 < at && actedOn) return [];
        // ("X has flown to Spain, …, Vice-President Y said": where another went is not the holder's state.)
        // (Not one who received them there: "fled to Peru, where Adviser X met her".)
        const moved = before?.lower === 'to' && MOVING.has(ctx.s.tokens[m.t0 - 2]?.lemma ?? ctx.s.tokens[m.t0 - 2]?.lower ?? '') && !ctx.s.tokens.slice(m.t1, at).some((t) => t.lower === 'where');
        if (m.gaz.kind === 'name' && m.t0 < at && moved) return [];
        // A demonym counts only before the people or bodies who act for the state ("Pakistani officials said"), not "the Guyanese coast".
        if (m.gaz.kind === 'demonym' && !AGENT_NOUNS.has(ctx.s.tokens[m.t1]?.lemma ?? ctx.s.tokens[m.t1]?.lower ?? '')) return [];
        // (Nor one before an agent noun that only modifies a thing: "the last Chilean military bases".)
        if (m.gaz.kind === 'demonym' && ctx.s.tokens[m.t1 + 1]?.pos === 'NOUN' && !/^(?:officials?|spokesm[ae]n|leaders?)$/.test(ctx.s.tokens[m.t1 + 1]!.lower)) return [];
        const next = ms[j + 1];
        // "Chile's ambassador under President X": the one served under heads the state
        // whose office the sentence names.
        if (served && m.gaz.kind === 'name' && m.t0 < at && next?.kind === 'role' && /^['’]s$/.test(ctx.s.tokens[m.t1]?.text ?? '')) return ctx.actor(j).filter((e) => ctx.ents.list[e]!.type === 'Country');
        // ("In Serbia, President X …": not over the comma closing an opening phrase that sets the sentence in the state.)
        // (Only one who speaks there, with no other person named: "In China, President X urged Y", "In Poland, President X
        // visited Warsaw" are visitors.)
        const spoke = SETTING_SPEECH.has(ctx.s.tokens[ms[person]!.t1]?.lemma ?? '') && !ms.some((o, q) => q !== person && o.refs.some((e) => ctx.ents.list[e]!.type === 'Person'));
        const setting = spoke && ctx.s.tokens[m.t1]?.text === ',' && (ctx.s.tokens[m.t0 - 1]?.lower === 'in' ? m.t0 - 1 : ctx.s.tokens[m.t0 - 2]?.lower === 'in' && ctx.s.tokens[m.t0 - 1]!.pos === 'ADJ' ? m.t0 - 2 : -1) === 0;
        if (next && next.t0 <= m.t1 + 1 && !setting && (next.kind === 'role' || (next.refs.length === 1 && ctx.ents.list[next.refs[0]!]!.type === 'Person'))) return [];
        // ("Chile's new ambassador to Peru, X, presented … to President Y": the state owns the other title.)
        if (next?.kind === 'role' && next.t0 < at && /^['’]s(?: [a-z-]+){0,2}$/.test(gapText(ctx, m.t1, next.t0))) return [];
        // (Nor the state another title is to: "Ghana's envoy to Togo, X, …President Y".)
        const prevRole = ms[j - 1];
        // (Nor the state of another title: "Ines Paz, once a trade minister of Peru, … President Y".)
        if (prevRole?.kind === 'role' && prevRole.t0 < at && /^(?:to|of)(?: the)?$/.test(gapText(ctx, prevRole.t1, m.t0))) return [];
        // (Nor where a meeting named before took place: "a conference in Chile, where President X …"; unless
        // the holder is its host, "the summit in Peru, with host President X".)
        const held = ctx.s.tokens[m.t0 - (before === ctx.s.tokens[m.t0 - 1] ? 2 : 3)];
        if (m.gaz.kind === 'name' && m.t0 < at && /^(?:in|at)$/.test(before?.lower ?? '') && MEETINGS.has(held?.lemma ?? held?.lower ?? '') && ctx.s.tokens[at - 1]?.lower !== 'host') return [];
        // "her Mexican counterpart", "the Saudi government": a state across from the person, not theirs.
        if (m.gaz.kind === 'demonym' && /^(?:counterparts?|government|regime|officials?|forces|troops|military|authorities|embassy|ambassador|envoy)$/.test(ctx.s.tokens[m.t1]?.lower ?? '') && m.t0 > ms[person]!.t0) return [];
        // After the person, only the subject of what they said ("President Lee said South Korea would…");
        // elsewhere after them the country is what they act on ("accused Qatar's ruler", "because Tonga…").
        // (Their own saying: not another's after them, "For President X, the census shows …; Y says Bolivia …".)
        if (m.t0 > ms[person]!.t1 && (inRelative || !SPEECH_BEFORE.test(gapText(ctx, Math.max(ms[person]!.t1, m.t0 - 2), m.t0)) || anotherSpeakerBetween(ctx, ms, person, m.t0))) return [];
        return ctx.actor(j).filter((e) => ctx.ents.list[e]!.type === 'Country');
      }));
      const announcing = countries.size === 1 ? undefined : stateAnnouncing(ctx, r.t0, ms[person]!.t1);
      // ("President X and her defence minister, Y": the state the one "her" stands for heads.)
      const owners = countries.size === 0 && NATIONAL_OFFICES.has(rel) && rel !== 'PRESIDENT_OF' && rel !== 'PRIME_MINISTER_OF' ? ownerState(ctx, r.t0, pIdx) : undefined;
      if (owners !== undefined) ctx.emit(pIdx, rel, owners, 0.5, props);
      // (No presidency of a state no president rules: "Australia … President X" is another's president.)
      // (Nor a head of state whose state the sentence has another head already: "its President X attended a
      // banquet given by King Y" is no king of X's state.)
      else if (countries.size === 1 && !(rel === 'PRESIDENT_OF' && NO_PRESIDENT.has(ctx.ents.list[[...countries][0]!]!.name)) && !headHeldByAnother(ctx, pIdx, title, [...countries][0]!)) ctx.emit(pIdx, rel, [...countries][0]!, 0.5, props);
      else if (announcing !== undefined) ctx.emit(pIdx, rel, announcing, 0.45, props);
      // Else the state is left to the whole document (bare-offices.ts); not a title another body
      // owns ("the company's president", "its chairman") or one an "of" phrase after the holder places.
      // ("Union president X", "X, president of the mining firm": a body's title, named or described; a
      // noun before "minister" is its portfolio.)
      else if (!/^(?:['’]s|its|their|his|her)$/.test(ctx.s.tokens[r.t0 - 1]?.lower ?? '') && !/^(?:of|at|for)$/.test(ctx.s.tokens[ms[person]!.t1]?.lower ?? '') &&
        !/^(?:of|at|for)$/.test(ctx.s.tokens[r.t1]?.lower ?? '') && (rel === 'MINISTER_OF' || !bodyWordBefore(ctx, r.t0))) ctx.ents.list[pIdx]!.bareOffice ??= { rel, sentence: ctx.index, title: r.role.title };
    }
    // "Government spokesman X", "presidential spokeswoman Y": a spokesperson of the government, its
    // state left to the whole document (bare-offices.ts).
    // (Not a regional or city government's: "the regional government spokesman", "Antofagasta government spokesman".)
    const govWord = ctx.s.tokens[r.t0 - 2];
    if (body === undefined && !r.role.body && rel === 'SPOKESPERSON_OF' && /^(?:government|presidential|presidency|cabinet)$/.test(ctx.s.tokens[r.t0 - 1]?.lower ?? '') &&
      (!govWord || !(govWord.pos === 'PROPN' || govWord.pos === 'ADJ' || /^['’]s$/.test(govWord.text) || /^(?:regional|provincial|state|local|city|municipal|county)$/.test(govWord.lower)))) {
      ctx.ents.list[pIdx]!.bareOffice ??= { rel, sentence: ctx.index, title: r.role.title };
    }
    // "In the Indian state of Kerala, Chief Minister X said": a local title with no body written
    // heads the one place the sentence opens on.
    if (body === undefined && !r.role.body && LOCAL_TITLE.test(r.role.title)) {
      const opening = openingPlace(ctx, ms[person]!.t0);
      if (opening !== undefined) ctx.emit(pIdx, 'HEAD_OF', opening, 0.5, props);
    }
    // "…by the United Nations, Secretary-General X referred…": the head of an international body, with no
    // body written, heads the one body the sentence names before the title.
    if (body === undefined && !r.role.body && BODY_HEAD_TITLE.test(r.role.title)) {
      const orgs = new Set(ms.slice(0, k).flatMap((m, j) => (isBody(m, ctx) ? ctx.actor(j) : [])).filter((e) => ctx.ents.list[e]!.type === 'Organization' && !ctx.ents.list[e]!.tentative));
      if (orgs.size === 1) ctx.emit(pIdx, rel, [...orgs][0]!, 0.5, props);
    }
    // A head of a place ("the mayor of Santiago") heads the city, not the country it is the capital of.
    let heads = body !== undefined && rel === 'HEAD_OF' && ctx.place(body).some((b) => ctx.ents.list[b]!.type === 'Place') ? ctx.place(body) : body !== undefined ? ctx.actor(body) : [];
    // (A faith's head heads a body of faith, or is an official of a state: "the Grand Mufti of Egypt".)
    if (FAITH_HEADS.test(r.role.title)) heads = heads.filter((b) => ctx.ents.list[b]!.type === 'Country' || FAITH_BODY.test(ctx.ents.list[b]!.name));
    for (const b of heads) ctx.emit(pIdx, rel, b, 0.9, props);
    if (bodyEntity !== undefined) {
      ctx.emit(pIdx, rel, bodyEntity, 0.9, props);
      if (body !== undefined) for (const b of ctx.actor(body)) if (ctx.ents.list[b]!.type === 'Country') ctx.emit(bodyEntity, 'PART_OF', b, 0.7);
    }
    if (body === undefined && bodyEntity === undefined && !isCounterpart) {
      ctx.ents.list[pIdx]!.properties.title ??= r.role.title;
    }
    ctx.ents.list[pIdx]!.properties.title ??= r.role.title;
    lastRel = rel;
    // (The state an envoy is sent to is part of the title's phrase, no actor of its own.)
    if (sentTo !== undefined) absorbed.add(sentTo);
    // Fold "Q title" into the person when they precede it directly.
    if (person === k + 1) {
      absorbed.add(k);
      if (body === k - 1 && !listed) absorbed.add(k - 1);
    }
  }
  return absorbed;
}

/** Verbs of speaking out that a state's own leader does at home ("In Chile, President X accused …"). */
const SETTING_SPEECH = new Set(['say', 'accuse', 'tell', 'warn', 'announce', 'criticise', 'criticize', 'condemn', 'deny', 'insist', 'argue', 'vow', 'pledge', 'blame', 'reject', 'dismiss', 'defend', 'promise', 'declare']);

/** Titles of those sent to another state or body. */
const ENVOY_TITLE = /^(?:ambassador|envoy|special envoy|high commissioner|consul|consul general|consul-general|ambassador-at-large|representative|permanent representative)$/i;

/** Words after a state that tell what it will do or has decided: "Chile will …", "Peru plans to …". */
const DECIDING = /^(?:will|would|plans|intends|is to|has decided|decided|has agreed|agreed|is set to)$/;

/**
 * "Chile will lend Peru $9 million, Finance Minister X told reporters": a holder reporting, after the clause,
 * what the state that opens the sentence will do or has decided speaks for that state. The state's
 * index, or undefined. (Only a decision: "Russia shelled Kyiv, President X said" is told by its target.)
 */
function stateAnnouncing(ctx: SentenceContext, titleAt: number, personEnd: number): number | undefined {
  const t = ctx.s.tokens;
  if (t[titleAt - 1]?.text !== ',' || !SPEECH_AFTER_NAME.test(t[personEnd]?.lower ?? '')) return undefined;
  const start = ctx.s.bodyStart ?? 0;
  const first = ctx.s.mentions.find((m) => m.t0 === start || (m.t0 === start + 1 && t[start]!.lower === 'the'));
  if (!first || first.gaz?.kind !== 'name' || first.t1 >= titleAt) return undefined;
  const state = ctx.actor(ctx.s.mentions.indexOf(first)).filter((e) => ctx.ents.list[e]!.type === 'Country');
  if (state.length !== 1) return undefined;
  const one = t[first.t1]?.lower ?? '';
  const two = `${one} ${t[first.t1 + 1]?.lower ?? ''}`;
  const words = DECIDING.test(two) ? 2 : DECIDING.test(one) ? 1 : 0;
  // (Not a foreign threat foretold: "Russia will attack Poland within five years, Prime Minister X said"
  // is told by the threatened state's leader.)
  const verb = t[first.t1 + words]?.lemma ?? t[first.t1 + words]?.lower ?? '';
  return words && !HOSTILE_VERBS.has(verb) ? state[0] : undefined;
}
/** Verbs of force a state may be foretold to use against another. */
const HOSTILE_VERBS = new Set(['attack', 'invade', 'strike', 'bomb', 'shell', 'seize', 'annex', 'occupy', 'blockade', 'destroy', 'crush', 'overrun']);
const SPEECH_AFTER_NAME = /^(?:said|says|told|announced|added)$/;
/** The name at `m` is a speaker's: a verb of saying, or of writing or posting, follows it ("…, Ana Ruiz said"). */
function speaksAfter(ctx: SentenceContext, m: Mention): boolean {
  const w = ctx.s.tokens[m.t1]?.lower ?? '';
  return SPEECH_AFTER_NAME.test(w) || /^(?:wrote|tweeted|posted)$/.test(w);
}

/**
 * The one state named by its name (not a demonym) before token `before`, in the nearest of this
 * sentence and the two before that names any, and that sentence; none when it names two or more
 * ("Chile's exports to Peru rose. The country's president…" could be either's).
 */
function lastNamedState(ctx: SentenceContext, before: number): [number, SentenceContext['s']] | undefined {
  for (let back = 0; back <= 2; back++) {
    const s = back === 0 ? ctx.s : ctx.sentences?.[ctx.index - back];
    if (!s) return undefined;
    const named = new Set(s.mentions.filter((m) => !(back === 0 && m.t0 >= before) && m.gaz?.type === 'Country' && m.gaz.kind === 'name' && m.refs.length === 1 && ctx.ents.list[m.refs[0]!]!.type === 'Country').map((m) => m.refs[0]!));
    if (named.size === 1) return [[...named][0]!, s];
    if (named.size > 1) return undefined;
  }
  return undefined;
}

/** Verbs of going or being sent somewhere ("flown to Spain", "fled to Chile", "deported to Peru"). */
const MOVING = new Set(['fly', 'flown', 'flee', 'fled', 'travel', 'go', 'move', 'send', 'deport', 'exile', 'defect', 'head', 'relocate', 'escape', 'extradite']);

/** Titles of those who receive visitors at home: one of them meeting a president in a capital is the host. */
const HOME_TITLES = /^(?:speaker|senator|congressman|congresswoman|lawmaker|legislator|chancellor|premier|prime minister|king|queen|emir|crown prince|mayor|governor|sultan)$/i;
/** States whose head is no president (monarchies and states led by a governor-general), whose capital makes no one its president. */
const NO_PRESIDENT: ReadonlySet<string> = new Set(['Japan', 'Saudi Arabia', 'United Kingdom', 'Spain', 'Netherlands', 'Belgium', 'Norway', 'Sweden', 'Denmark', 'Canada', 'Australia', 'New Zealand', 'Thailand', 'Jordan', 'Morocco', 'Kuwait', 'Qatar', 'Bahrain', 'Oman', 'Malaysia', 'Cambodia', 'Luxembourg', 'Monaco', 'Liechtenstein', 'Bhutan', 'Brunei', 'Eswatini', 'Lesotho', 'Tonga', 'Vatican City']);

/** Words right before a title holder that make them the one met ("met", "after meeting", "talks with", "received by"). */
const MET_BEFORE = /^(?:met|meet|meets|meeting|with|by)$/;
/** Words before "with" or "by" that tell a meeting ("talks with", "met with", "received by", "hosted by"). */
const MET_WITH_BY = /^(?:met|meet|meets|meeting|talks|talked|spoke|received|hosted|welcomed)$/;

/** Whether the holder spanning `at`…`end` is the one met, in the place mentioned at `place` right after ("met President X in Quito"). */
function metIn(ctx: SentenceContext, at: number, end: number, place: number): boolean {
  const before = ctx.s.tokens[at - 1]?.lower ?? '';
  if (!MET_BEFORE.test(before) || ((before === 'with' || before === 'by') && !MET_WITH_BY.test(ctx.s.tokens[at - 2]?.lower ?? ''))) return false;
  return place === end + 1 && ctx.s.tokens[end]?.lower === 'in';
}

/** Titles of a monarch, whose state has no president. */
const MONARCH_TITLE = /^(?:king|queen|emir|sultan|monarch|grand duke|prince)$/i;

/**
 * A head of state's title whose state a sentence already gave another current head: a president of a
 * state with another president, or a monarch of one with a president.
 */
function headHeldByAnother(ctx: SentenceContext, holder: number, title: string, state: number): boolean {
  const monarch = MONARCH_TITLE.test(title);
  if (!monarch && !/^president$/i.test(title)) return false;
  return (ctx.facts ?? []).some((f) => f.sentence === ctx.index && f.target === state && f.source !== holder && f.type === 'PRESIDENT_OF' && !f.properties?.standing);
}

/**
 * The state whose capital a bare title holder is met in ("Foreign Minister X met President Y in Quito"), or
 * undefined. Not when one of the capital's own state or a leader at home meets them there ("Chinese Premier X
 * met President Y in Beijing", "Speaker X met President Y in Washington"), on a visit, or where no president
 * rules. `k` is the title's mention, `person` its holder's, `at` where the holder's phrase starts, `j` the capital's.
 */
function metInCapital(ctx: SentenceContext, ms: readonly Mention[], k: number, person: number, at: number, j: number, title: string): string | undefined {
  const m = ms[j]!;
  const capitalState = m.gaz?.kind === 'capital' ? m.gaz.country : undefined;
  if (capitalState === undefined || NO_PRESIDENT.has(capitalState)) return undefined;
  // (The capital's state qualifies a title before: "Chinese Premier X", "Peru's foreign minister"; another state's
  // does not make a home title a host: "US Senator X met President Y in Kyiv".)
  const ofState = (o: Mention): boolean => o.kind === 'gaz' && (o.gaz?.country === capitalState || o.gaz?.canonical === capitalState);
  const qualifier = (i: number): Mention | undefined => (ms[i - 1]?.kind === 'gaz' && /^(?:|['’]s)$/.test(gapText(ctx, ms[i - 1]!.t1, ms[i]!.t0)) ? ms[i - 1] : undefined);
  const hostBefore = ms.some((o, i) => {
    if (i === k || o.t0 >= at) return false;
    if (o.kind === 'role') {
      const q = qualifier(i);
      return q ? ofState(q) : o.role?.title === title || HOME_TITLES.test(o.role?.title ?? '');
    }
    return ofState(o) && ms[i + 1]?.kind === 'role' && /^(?:|['’]s)$/.test(gapText(ctx, o.t1, ms[i + 1]!.t0));
  });
  if (hostBefore) return undefined;
  const tokens = ctx.s.tokens;
  // (Nor on a visit to another state, "on a visit to Chile"; a state visit is a head of state's, the one met.)
  const visitElsewhere = tokens.some((t, x) => /^(?:visit|trip)$/.test(t.lower) && tokens[x + 1]?.lower === 'to' && ms.some((o) => o.t0 === x + 2 && o.kind === 'gaz' && !ofState(o)));
  const ownVisit = tokens.some((t, x) => /^(?:visit|trip)$/.test(t.lower) && [x - 1, x - 2].some((y) => /^(?:his|her|state|president['’]s)$/.test(tokens[y]?.lower ?? '')));
  return !visitElsewhere && !ownVisit && metIn(ctx, at, ms[person]!.t1, m.t0) ? capitalState : undefined;
}

/** A visit or trip whose agent follows: "a visit by", "the trip by". */
const VISIT_BY = /\b(?:visit|visits|trip|stopover) by$/;

/** A visit told after its visitor goes "to" a place or state other than the sentence's others: the state the place lies in differs. */
function visitAbroad(ctx: SentenceContext, after: number): boolean {
  const t = ctx.s.tokens;
  if (t[after]?.lower !== 'to') return false;
  const dest = ctx.s.mentions.find((m) => m.t0 === after + 1 || (m.t0 === after + 2 && t[after + 1]?.lower === 'the'));
  if (!dest?.gaz && !dest?.refs.length) return false;
  const where = dest.gaz?.type === 'Country' ? dest.gaz.canonical : dest.gaz?.country ?? worldCountryOf(ctx.ents.list[dest.refs[0] ?? -1]?.name ?? '');
  if (!where) return false;
  return !ctx.s.mentions.some((m) => m !== dest && m.gaz?.type === 'Country' && (m.gaz.country ?? m.gaz.canonical) === where);
}

/**
 * The words t0..t1 sit in a relative clause set off by commas: ", who met … ," with the clause's comma
 * closing after t1 (its antecedent, not the words, is what the sentence goes on about).
 */
function withinRelative(ctx: SentenceContext, t0: number, t1: number): boolean {
  const t = ctx.s.tokens;
  let k = t0 - 1;
  while (k >= 0 && t[k]!.text !== ',') k--;
  if (k < 0 || !/^(?:who|whom|which)$/.test(t[k + 1]?.lower ?? '')) return false;
  for (let q = t1; q < t.length; q++) {
    if (t[q]!.text === ',') return true;
    if (t[q]!.text === '.' || t[q]!.text === ';') return false;
  }
  return false;
}

/** A common noun right before the title at t0, outside any name: the body the title is of ("union president"). */
function bodyWordBefore(ctx: SentenceContext, t0: number): boolean {
  const t = ctx.s.tokens[t0 - 1];
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN') || STATUS.test(t.lower)) return false;
  return !ctx.s.mentions.some((m) => m.t0 < t0 && m.t1 >= t0);
}

/**
 * "foreign ministers Ana Ruiz of Peru and Ivo Kask of Chile", "Presidents A of Chile, B of Peru and C of
 * Bolivia", "the presidents of Chile and Peru, A and B": a plural title over two or more people, each named
 * with the state or body they hold it for.
 */
function pluralTitleList(ctx: SentenceContext, k: number): void {
  const ms = ctx.s.mentions;
  const r = ms[k]!;
  // (Only a state's own office: not "vice presidents" or "deputy prime ministers", nor "rebel" or
  // "opposition" leaders, whose offices are another or none of the state's.)
  if (/\b(?:vice|deputy|assistant|acting)\b/i.test(r.role!.title)) return;
  const before = ctx.s.tokens.slice(Math.max(0, r.t0 - 2), r.t0).map((t) => t.lower).join(' ');
  if (/\b(?:opposition|dissident|exiled|shadow|rebel|vice|deputy)\b/.test(before) || NOT_OF_STATE.test(r.role!.title)) return;
  // ("former presidents", "then prime ministers": offices once held, told as such.)
  const props: Record<string, string> = /\b(?:former|ex|onetime|one-time|erstwhile|retired|late|then)\b/.test(before) ? { role: r.role!.title, standing: 'former' } : { role: r.role!.title };
  // "the presidents of Peru and Chile, A and B" (states, then holders) or "Presidents A of Peru and B of Chile".
  const gap = ms[k + 1] ? gapText(ctx, r.t1, ms[k + 1]!.t0) : undefined;
  const pairs = gap === undefined ? [] : /^of(?: the)?$/.test(gap) ? statesThenHolders(ctx, k + 1) : gap === '' ? holdersOfStates(ctx, k + 1) : [];
  if (pairs.length < 2) return;
  for (const [p, b] of pairs) {
    for (const body of ctx.actor(b)) {
      const type = ctx.ents.list[body]!.type;
      // (A state's offices are of the state; a body's president or chief is of the body.)
      if (type === 'Country' || (type === 'Organization' && !NATIONAL_OFFICES.has(r.role!.rel)) || (type === 'Organization' && r.role!.rel === 'PRESIDENT_OF')) ctx.emit(ms[p]!.refs[0]!, r.role!.rel, body, 0.8, props);
    }
  }
}

/**
 * "X, one of the leaders of the Vega Front,": one of a body's title-holders holds the title there.
 * (Not its founders, who need not run it still.)
 */
function oneOfTitleHolders(ctx: SentenceContext, k: number): void {
  const ms = ctx.s.mentions;
  const r = ms[k]!;
  const p = ms[k - 1];
  const b = ms[k + 1];
  if (!p || !b || !isPerson(p, ctx) || !isBody(b, ctx) || /found/i.test(r.role!.title)) return;
  if (!/^, one of (?:the|its|their)(?: [a-z-]+){0,2}$/.test(gapText(ctx, p.t1, r.t0)) || !/^of(?: the)?$/.test(gapText(ctx, r.t1, b.t0))) return;
  // (Not the owner of a part of it: "one of the leaders of the Front's armed wing".)
  if (/^['’]s?$/.test(ctx.s.tokens[b.t1]?.text ?? '')) return;
  for (const body of ctx.actor(k + 1)) if (ctx.ents.list[body]!.type === 'Organization') ctx.emit(p.refs[0]!, r.role!.rel, body, 0.6, { role: r.role!.title });
}

/** Separators of a list of mentions: ", ", " and ", ", and ". */
const LIST_GAP = /^(?:,|and|, and)$/;

/** "…of Peru, Chile and Bolivia, A, B and C" from mention j: each holder paired with the state in the same place. */
function statesThenHolders(ctx: SentenceContext, j: number): [number, number][] {
  const ms = ctx.s.mentions;
  const bodies: number[] = [];
  while (isBody(ms[j], ctx) && ms[j]!.gaz?.kind !== 'demonym') {
    bodies.push(j);
    if (!ms[j + 1] || !isBody(ms[j + 1], ctx) || !LIST_GAP.test(gapText(ctx, ms[j]!.t1, ms[j + 1]!.t0))) break;
    j++;
  }
  const people: number[] = [];
  if (bodies.length >= 2 && ms[j + 1] && gapText(ctx, ms[j]!.t1, ms[j + 1]!.t0) === ',') {
    j++;
    while (isPerson(ms[j], ctx)) {
      people.push(j);
      if (!ms[j + 1] || !LIST_GAP.test(gapText(ctx, ms[j]!.t1, ms[j + 1]!.t0))) break;
      j++;
    }
  }
  return people.length === bodies.length ? bodies.map((b, i) => [people[i]!, b]) : [];
}

/** "A of Peru, B of Chile and C of Bolivia" from mention j: each holder paired with the state named after them. */
function holdersOfStates(ctx: SentenceContext, j: number): [number, number][] {
  const ms = ctx.s.mentions;
  const pairs: [number, number][] = [];
  while (isPerson(ms[j], ctx) && isBody(ms[j + 1], ctx) && /^of(?: the)?$/.test(gapText(ctx, ms[j]!.t1, ms[j + 1]!.t0))) {
    pairs.push([j, j + 1]);
    if (!ms[j + 2] || !LIST_GAP.test(gapText(ctx, ms[j + 1]!.t1, ms[j + 2]!.t0))) break;
    j += 2;
  }
  return pairs;
}

/** The gap of a title's portfolio before its holder's name: "for Asian affairs, ", "for the Sahel, ". */
const PORTFOLIO_GAP = /^for (?!(?:his|her|its|their|our|my|your|this|that|a|an)\b)(?:the )?(?:[\p{L}-]+ ){0,3}[\p{L}-]+ ?,$/u;

/** The index of the person named right after the title at `k`, its "for" portfolio and a comma, over a place or demonym inside it. */
function portfolioName(ms: readonly Mention[], k: number, ctx: SentenceContext): number | undefined {
  // (A title owned by a body written before it, "Peru's envoy for …", or right before it, "the UN envoy for Syria, X".)
  const owned = /^['’]s?$/.test(ctx.s.tokens[ms[k]!.t0 - 1]?.text ?? '') || (!!ms[k - 1] && isBody(ms[k - 1], ctx) && ms[k - 1]!.t1 === ms[k]!.t0);
  for (let j = k + 1; j < ms.length && j <= k + 3; j++) {
    const m = ms[j]!;
    if (isPerson(m, ctx)) return ctx.s.tokens[m.t0 - 1]?.text === ',' && owned ? j : undefined;
    if (m.kind === 'role' || !(m.gaz?.kind === 'demonym' || m.gaz?.type === 'Place' || m.gaz?.type === 'Country')) return undefined;
  }
  return undefined;
}

/** Military and police ranks, which may stand before a name set off after another title. */
const RANKS = /^(?:captain|major|colonel|lieutenant colonel|general|major general|brigadier general|lieutenant general|admiral|rear admiral|vice admiral|commodore|lt\. gen\.|gen\.|field marshal)$/i;

/** Nouns for a body that a title after "the …'s" belongs to ("the group's spokesman"). */
// (A company's titles are read with "the company" itself, which leaves out public bodies.)
const OWNER_NOUNS = new Set(['group', 'bloc', 'party', 'movement', 'militia', 'alliance', 'coalition', 'junta']);

/** Titles of a faith's head, and the words that name a body of faith. */
const FAITH_HEADS = /^(?:grand imam|grand mufti|chief rabbi)$/i;
const FAITH_BODY = /\b(?:Church|Patriarchate|Synod|Orthodox|Catholic|Mosque|Azhar|Islamic|Muslim|Jewish|Rabbinate|Diocese|Archdiocese|Holy See|Fatwa|Religious|Faith|Ulema|Dar al-Ifta|Council)\b/;

/** Things given or sent to someone ("a gift to President X"): the giver's state is not the holder's. */
const SENT_NOUNS = new Set('favour favor gift letter message boost lifeline concession reply response answer appeal plea petition rebuke snub warning ultimatum'.split(' '));

/** Whether another person or a clause break (";") stands between a holder and what is said after them. */
function anotherSpeakerBetween(ctx: SentenceContext, ms: readonly Mention[], person: number, at: number): boolean {
  const from = ms[person]!.t1;
  if (ctx.s.tokens.slice(from, at).some((t) => t.text === ';')) return true;
  return ms.some((m, j) => j !== person && m.t0 >= from && m.t1 <= at && m.refs.some((e) => ctx.ents.list[e]!.type === 'Person' && e !== ms[person]!.refs[0]));
}

/** Meetings held somewhere, whose place is no participant's state. */
const MEETINGS = new Set(['conference', 'summit', 'meeting', 'talk', 'forum', 'ceremony', 'gathering', 'session', 'round', 'negotiation', 'congress', 'convention', 'retreat']);
/** Nouns that relate a person to another ("aide to", "critic of"): the other is seen from the first one's side. */
const RELATIONAL_NOUNS = new Set('aide adviser advisor ally critic rival opponent successor predecessor son daughter wife husband brother sister confidant protege deputy'.split(' '));

/** Titles that head an international body ("Secretary-General", "Director-General"). */
const BODY_HEAD_TITLE = /^(?:secretary[- ]general|director[- ]general)$/i;

/** Titles of a region's or a city's own head. */
const LOCAL_TITLE = /^(?:governor|mayor|chief minister|premier|prefect|regional president|provincial governor|state governor)$/i;

/** The place a sentence opens on ("In the Indian state of Kerala, …"), when it is one place before `before`. */
function openingPlace(ctx: SentenceContext, before: number): number | undefined {
  const toks = ctx.s.tokens;
  const start = ctx.s.bodyStart ?? 0;
  if (toks[start]?.lower !== 'in') return undefined;
  const comma = toks.findIndex((t, i) => i > start && i < before && t.text === ',');
  if (comma < 0) return undefined;
  const places = ctx.s.mentions.filter((m) => m.t0 > start && m.t1 <= comma && m.refs.length === 1 && ctx.ents.list[m.refs[0]!]!.type === 'Place');
  return places.length === 1 && places[0]!.t1 === comma ? places[0]!.refs[0] : undefined;
}

/** Index of the body in "… <people noun> of <body>, including [role Name,]* <role>" before role mention k. */
function includingBody(ctx: SentenceContext, k: number): number | undefined {
  const ms = ctx.s.mentions;
  for (let j = k - 1; j >= 0; j--) {
    const m = ms[j]!;
    const gap = gapText(ctx, m.t1, ms[k]!.t0);
    // "five Georgian officials, including Interior Minister X": the demonym's country.
    if (m.gaz?.kind === 'demonym' && /^(?:[a-z-]+ )?(?:officials|ministers|leaders|figures|members|diplomats|lawmakers|politicians|generals|officers|commanders|judges) , including\b/.test(gap) && !/[.;]/.test(gap)) return j;
    if (!isBody(m, ctx)) continue;
    // "four Andean Front leaders, including spokesman X": the body named before the people.
    if (/^(?:[a-z-]+ )?(?:officials|leaders|figures|members|commanders|executives) , including\b/.test(gap) && !/[.;]/.test(gap)) return j;
    if (!/^, including\b/.test(gap) || /[.;]/.test(gap)) continue;
    const before = gapText(ctx, Math.max(0, m.t0 - 3), m.t0);
    return /\b(?:of|from)(?: the)?$/.test(before) ? j : undefined;
  }
  return undefined;
}
