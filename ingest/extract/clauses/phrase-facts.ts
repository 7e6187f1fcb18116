/**
 * Facts that a noun phrase's own shape states, read from the chunks: a country modifying a body
 * ("Chinese telecom giant Huawei", "Japan's Nippon Steel") locates it there, or makes it part of that
 * state when it is a government body; a demonym before a person with no title gives citizenship
 * ("Irish writer James Joyce"); a place or event followed by a locative ("the town of X in northern
 * Y", "the summit in Vilnius") lies there; an event named by a place ("the Vilnius summit") lies in it.
 */
import type { RelationType } from '../../../core/index.ts';
import type { SentenceContext } from '../types.ts';
import type { Unit } from './chunks.ts';
import { findSubject, groupLeft, groupRight } from './arguments.ts';
import { COPULAS } from './nouns.ts';
import { GOVERNMENT_BODY } from '../resolve/bodies.ts';
import { CREED_PLURALS } from '../mentions/gazetteer/cues.ts';


/** Words that make a body the state's own ("state-owned", "state-run", "state media"). */
const STATE_RUN = /^(?:state|state-owned|state-run|state-controlled|government-owned|government-run|government-controlled)$/;

const LOCATIVE = new Set(['in', 'near', 'outside', 'at', 'inside']);
/** Shares of a place ("two-thirds of", "part of"). */
const SHARES = new Set(['part', 'half', 'third', 'two-third', 'three-quarter', 'quarter', 'fifth', 'much', 'most', 'portion', 'swathe', 'stretch', 'strip', 'corner', 'slice', 'chunk']);
/** What a state's share is of ("Bolivia's land"). */
const LANDS = new Set(['territory', 'land', 'landmass', 'soil', 'coast', 'coastline', 'border', 'north', 'south', 'east', 'west', 'interior']);
/** Kinds of place written after a place's name ("the Vilca region"). */
const PLACE_KINDS = new Set(['region', 'province', 'district', 'state', 'county', 'department', 'governorate', 'prefecture', 'oblast', 'municipality', 'valley', 'area']);

/** Kinds of place a named place is described as, set off after it ("Putre, a mining town in Peru"). */
const SETTLED_KINDS = new Set([...PLACE_KINDS, 'town', 'city', 'village', 'port', 'island', 'islands', 'reef', 'shoal', 'atoll', 'archipelago', 'enclave', 'territory', 'hamlet', 'settlement', 'suburb', 'district', 'neighbourhood', 'neighborhood', 'peninsula', 'oasis', 'outpost', 'stronghold', 'hub', 'capital']);
/** Words that make a city "the main city of" a region, not one city of many ("the main", "the largest", "the second-largest"). */
const MAIN_WORDS = /^(?:main|largest|biggest|chief|principal|second|third|second-largest|second-biggest|provincial|regional)$/;

/** Nouns for a business that "the <demonym> …" may describe. */
const COMPANY_HEADS = new Set('company firm group maker producer manufacturer conglomerate giant carmaker automaker chipmaker lender bank insurer operator miner airline carrier retailer startup'.split(' '));
/** Bodies that are not businesses, by their names. */
const NOT_COMPANY = /\b(?:Union|Organi[sz]ation|Council|Alliance|Party|Front|Movement|Nations|Assembly|Court|Committee|Forces?|Army)\b/;

/**
 * The company a description at token `t0` refers back to: the first organisation named before it in
 * this sentence ("X bought Y, the Finnish company said" is X speaking), else the first in the one
 * before, skipping government bodies, non-businesses and any company
 * already located in a place or in another country than `country`.
 */
function describedCompany(ctx: SentenceContext, t0: number, country: number): number | undefined {
  const placedElsewhere = (e: number) => (ctx.facts ?? []).some((f) => f.source === e && (f.type === 'LOCATED_IN' || f.type === 'PART_OF') && f.target !== country && ['Country', 'Place'].includes(ctx.ents.list[f.target]!.type));
  const here = ctx.s.mentions.filter((m) => m.t1 <= t0);
  const before = ctx.index > 0 ? ctx.sentences?.[ctx.index - 1]?.mentions ?? [] : [];
  for (const [list, back] of [[here, false], [before, true]] as const) {
    for (const m of list) {
      if (m.refs.length !== 1) continue;
      const e = m.refs[0]!;
      const x = ctx.ents.list[e]!;
      if (x.type !== 'Organization' || GOVERNMENT_BODY.test(x.name) || NOT_COMPANY.test(x.name) || placedElsewhere(e)) continue;
      if (back) ctx.s.evidenceStart = Math.min(ctx.s.evidenceStart ?? ctx.s.start, ctx.sentences![ctx.index - 1]!.start);
      return e;
    }
  }
  return undefined;
}

/** Heads of a party's phrase ("the Green party", "a farmers' movement"). */
export const PARTY_HEADS = /^(?:party|movement|front|alliance|coalition|bloc|union|league)$/;
/** Names that end as a party's do ("… Party", "… Congress"), not as a union of states ("European Union"). */
const PARTY_ENDING = /\b(?:Party|Front|Movement|Congress)$/;
/** Names of political parties and movements ("… Party", "… Front", "… League"). */
// (Also one named in its own language: "Partido Verde", "Parti socialiste", "Hizb al-Umma".)
const PARTY_NAME = /\b(?:Party|Front|League|Movement|Alliance|Congress|Union)$|^(?:Partido|Movimiento|Movimento|Mouvement|Parti|Partito|Partij|Frente|Alianza|Rassemblement|Hizb)\b/;

/**
 * A party: one a state's name or demonym qualifies ("Georgia's ruling X party",
 * "the Bolivian Workers' Party") is of that state's politics, not a body "located" there.
 */
/** A name that ends with its members' creed ("Peru Democrats", "the Greens"). */
const CREED_NAME = new RegExp(`\\b(?:${[...CREED_PLURALS].join('|')})$`);

export function isPartyName(name: string): boolean {
  // (Or a union, front or league named by a political creed: "… African National Union", "Patriotic Front".)
  // (Or one named for its members by their creed: "Peru Democrats", "the Social Democrats", "the Greens".)
  return CREED_NAME.test(name) || /\bParty\b|^(?:Partido|Parti|Partito|Partij|Hizb)\b|\b(?:National|People's|Patriotic|Democratic|Socialist|Liberal|Conservative|Republican|Progressive|Popular|Nationalist|Communist) (?:Union|Front|Alliance|League|Congress|Rally)\b/.test(name);
}

/** A party's name, or a coalition's, movement's or bloc's ("Civic Coalition"): bodies with no mayor or governor. */
export function isPartyOrBloc(name: string): boolean {
  return isPartyName(name) || /\b(?:Coalition|Alliance|Movement|Front|League|Bloc|Platform|Rally)$/.test(name);
}

/** A party's head word after its name ("the ruling Vega party"); not "front" or "alliance", which firms and armed groups share. */
export const PARTY_WORD = /^party$/;

/** Words before a name that make its body a party ("Peru's ruling Andean Alliance", "the opposition Broad Front"). */
export const PARTY_CUE = /^(?:ruling|governing|opposition)$/;

/** Parties named for their cause ("Front for National Unity", "Movement for Change"). */
const PARTY_FOR = /^(?:[A-Z][\w'-]* ){0,2}(?:Party|Front|Movement|League|Rally) for\b/;

/** Heads of a body's own parties ("the three founding members of the Andean Forum, …"). */
const FOUNDING_HEADS = new Set(['member', 'founder', 'signatory']);
/** Nouns for one of a party's people ("a councillor from the Farmers Party"). */
const PARTY_PEOPLE = new Set(['lawmaker', 'legislator', 'politician', 'activist', 'candidate', 'figure', 'stalwart', 'loyalist', 'deputy', 'senator', 'councillor', 'councilor', 'organiser', 'organizer', 'campaigner', 'veteran']);

/** The states before a noun phrase's head, as possessor or modifier. */
function stateModifiers(ctx: SentenceContext, u: Unit): number[] {
  const np = u.np!;
  // (Most phrases have none: the sentence's mentions are not searched then.)
  if (!np.poss.length && !np.pre.length) return [];
  // Modifiers joined by a hyphen ("Iran-backed", "U.S.-made") say who backs or made it, not where it is.
  const hyphenated = new Set<number>();
  for (const m of ctx.s.mentions) if (m.t0 >= u.t0 && m.t1 < u.t1 && ctx.s.tokens[m.t1]?.text === '-') for (const r of m.refs) hyphenated.add(r);
  return [...np.poss, ...np.pre].filter((e) => ctx.ents.list[e]!.type === 'Country' && !hyphenated.has(e));
}

/** Emits the phrase-shape facts of one sentence. */
export function phraseFacts(ctx: SentenceContext, units: Unit[]): void {
  const type = (e: number): string => ctx.ents.list[e]!.type;
  units.forEach((u, i) => {
    const np = u.np;
    if (!np) return;
    // "the Andean Forum's other members, Peru and Bolivia,": those set off after a body's members are members.
    if (np.head === 'member' && !np.headIsEntity && np.poss.length && /s$/.test(ctx.s.tokens[u.t1 - 1]!.lower) && units[i + 1]?.kind === 'comma' && units[i + 2]?.np?.headIsEntity) {
      const g = groupRight(units, i + 2);
      const close = units[g[g.length - 1]! + 1];
      const named = g.flatMap((k) => units[k]!.np?.actors ?? []);
      if ((close?.kind === 'comma' || close?.kind === 'stop') && g.every((k) => units[k]!.np?.headIsEntity) && named.every((e) => type(e) === 'Country' || type(e) === 'Organization')) {
        // (Only a body named there, not one a description stands for: "the bloc's members" may be another bloc's.)
        const written = (b: number): boolean => ctx.s.mentions.some((m) => m.t0 >= u.t0 && m.t1 <= u.t1 && m.refs.includes(b) && /^\p{Lu}/u.test(ctx.s.tokens[m.t0]!.text));
        for (const b of np.poss) if (type(b) === 'Organization' && written(b)) for (const e of named) if (e !== b) ctx.emit(e, 'MEMBER_OF', b, 0.6);
      }
    }
    const heads = np.headIsEntity ? (np.places.length ? np.places : np.actors) : [];
    const modifiers = stateModifiers(ctx, u);
    // "Poland's state-owned X", "Bolivian state agency X": the state controls the body too.
    // (Read only for a head with a state modifier, the one place it is asked.)
    const stateRun = heads.length > 0 && modifiers.length > 0 && ctx.s.tokens.slice(u.t0, u.t1).some((t) => STATE_RUN.test(t.lower));
    for (const h of heads) {
      const t = type(h);
      for (const c of modifiers) {
        if (c === h) continue;
        if (t === 'Organization' && stateRun && !GOVERNMENT_BODY.test(ctx.ents.list[h]!.name)) ctx.emit(h, 'CONTROLLED_BY', c, 0.6);
        if (t === 'Organization' && GOVERNMENT_BODY.test(ctx.ents.list[h]!.name)) ctx.emit(h, 'PART_OF', c, 0.6);
        else if (t === 'Organization' && !isPartyName(ctx.ents.list[h]!.name) && !PARTY_WORD.test(np.head) && !ctx.s.tokens.slice(u.t0, u.t1).some((x) => PARTY_CUE.test(x.lower))) ctx.emit(h, 'LOCATED_IN', c, 0.6);
        else if (t === 'Place') ctx.emit(h, 'LOCATED_IN', c, 0.6);
        // (Not the state an envoy is sent to: "ambassador to Peru Ivo Kask".)
        else if (t === 'Person' && !np.titled && !(ctx.s.tokens[u.t0 - 1]?.lower === 'to' && /^(?:ambassador|envoy|commissioner|consul|representative)$/.test(ctx.s.tokens[u.t0 - 2]?.lower ?? ''))) ctx.emit(h, 'CITIZEN_OF', c, 0.55);
      }
      // "the Lima Contact Group of the African Union", "the Ethics Committee of the Andean Council": a body named, then
      // "of the" and a body, is part of it (the mention finder cut it so only before a known body).
      if (t === 'Organization' && np.mentions === 1 && units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of' && ctx.s.tokens[units[i + 2]?.t0 ?? -1]?.lower === 'the' && units[i + 2]?.np?.headIsEntity && units[i + 2]!.np!.mentions === 1) {
        for (const o of units[i + 2]!.np!.actors) if (o !== h && type(o) === 'Organization' && ctx.s.mentions.some((m) => m.t0 === u.t1 + 2 && m.kind === 'gaz')) ctx.emit(h, 'PART_OF', o, 0.6);
      }
      // "the Vilnius summit": an event named by a place lies in it.
      if (t === 'Event') for (const p of np.pre) if (type(p) === 'Place') ctx.emit(h, 'LOCATED_IN', p, 0.55);
      // "Luna's Popular Renewal Party": a party a person is said to have is theirs.
      if (t === 'Organization' && PARTY_NAME.test(ctx.ents.list[h]!.name)) for (const p of np.poss) if (type(p) === 'Person') ctx.emit(p, 'MEMBER_OF', h, 0.55);
      // So is one after "whose": "Luna, whose Popular Renewal party won".
      if (t === 'Organization' && (PARTY_NAME.test(ctx.ents.list[h]!.name) || np.head === 'party') && units[i - 1]?.kind === 'rel' && units[i - 1]!.word === 'whose' && units[i - 2]?.kind === 'comma') {
        for (const p of units[i - 3]?.np?.headIsEntity ? units[i - 3]!.np!.actors : []) if (type(p) === 'Person') ctx.emit(p, 'MEMBER_OF', h, 0.55);
      }
    }
    // "Luna's Popular Front government": the party whose government a person has, the person leads.
    if (!np.headIsEntity && np.poss.length && (np.head === 'government' || np.head === 'administration' || np.head === 'regime')) {
      const ruling = np.pre.filter((e) => !np.poss.includes(e));
      if (ruling.length === 1 && PARTY_NAME.test(ctx.ents.list[ruling[0]!]!.name)) for (const p of np.poss) if (type(p) === 'Person') ctx.emit(p, 'LEADER_OF', ruling[0]!, 0.55);
    }
    // "Nelson Mandela was a South African activist", "X, a Kenyan economist": a demonym describing a
    // person by apposition or copula, with no title, gives citizenship.
    // (Not a language's speaker: "a native Russian speaker".)
    if (!np.headIsEntity && !np.titled && !np.poss.length && modifiers.length === 1 && np.pre.length === 1 && /^(?:a|an)$/.test(ctx.s.tokens[u.t0]!.lower) && np.head !== 'speaker') {
      let people: number[] = [];
      const before = units[i - 1];
      if (before?.kind === 'comma' && units[i - 2]?.np) people = units[i - 2]!.np!.actors;
      else if (before?.kind === 'vg' && COPULAS.has(before.vg!.lemma) && !before.vg!.negated) people = findSubject(units, i - 1).subject.flatMap((k) => units[k]!.np?.actors ?? []);
      for (const h of people) if (type(h) === 'Person') ctx.emit(h, 'CITIZEN_OF', modifiers[0]!, 0.55);
    }
    // "…, the South Korean company said": a definite company described only by its country, as the
    // subject of a verb, locates the company that sentence is about (one already placed elsewhere is
    // not it; as an object, "accusing the South Korean company", it is more often another).
    if (!np.headIsEntity && COMPANY_HEADS.has(np.head) && ctx.s.tokens[u.t0]!.lower === 'the' && modifiers.length === 1 && np.pre.length === 1 && !np.poss.length && u.t1 - u.t0 <= 5 && units[i + 1]?.kind === 'vg') {
      const company = describedCompany(ctx, u.t0, modifiers[0]!);
      if (company !== undefined) ctx.emit(company, 'LOCATED_IN', modifiers[0]!, 0.55);
    }
    // "Chilean carmakers such as X and Y", "Peruvian miners, like X": businesses named as examples
    // of a country's kind of business lie in that country.
    if (COMPANY_HEADS.has(np.head) && !np.headIsEntity && !np.poss.length && modifiers.length === 1 && np.pre.length === 1) {
      const t = ctx.s.tokens;
      const at = t[u.t1]?.text === ',' ? u.t1 + 1 : u.t1;
      const k = t[at]?.lower === 'such' && t[at + 1]?.lower === 'as' ? at + 2 : t[at]?.lower === 'including' || t[at]?.lower === 'like' ? at + 1 : -1;
      const from = k > 0 ? units.findIndex((x) => x.t0 === k) : -1;
      if (from >= 0 && units[from]!.np) {
        for (const j of groupRight(units, from)) for (const e of units[j]!.np?.actors ?? []) if (type(e) === 'Organization' && !NOT_COMPANY.test(ctx.ents.list[e]!.name)) ctx.emit(e, 'LOCATED_IN', modifiers[0]!, 0.55);
      }
    }
    // "Ana Ruiz of the Green party", "Diaz, of the opposition Andean Renewal
    // Congress,": a person of a party is its member.
    // (Also over an age set off: "Diaz, 85, of the Andean Renewal Congress".)
    const age = units[i + 1]?.kind === 'comma' && units[i + 2]?.t1 === (units[i + 2]?.t0 ?? 0) + 1 && /^\d{2,3}$/.test(ctx.s.tokens[units[i + 2]!.t0]!.text) && units[i + 3]?.kind === 'comma';
    const ofAt = age ? i + 4 : units[i + 1]?.kind === 'comma' ? i + 2 : i + 1;
    const of = units[ofAt + 1];
    const partyAt = (k: number): boolean => {
      const x = units[k]?.np;
      return !!x?.headIsEntity && (PARTY_HEADS.test(x.head) || x.actors.some((o) => PARTY_ENDING.test(ctx.ents.list[o]!.name) || PARTY_FOR.test(ctx.ents.list[o]!.name)));
    };
    /** Each person of `people` is a member of each body the party phrase at unit k names. */
    const join = (people: readonly number[], k: number): void => {
      for (const h of people) if (type(h) === 'Person') for (const o of units[k]!.np!.actors) if (type(o) === 'Organization') ctx.emit(h, 'MEMBER_OF', o, 0.6);
    };
    if (units[ofAt]?.kind === 'p' && units[ofAt]!.word === 'of' && partyAt(ofAt + 1)) {
      // ("Police held X and Y of the Green party": two untitled people joined by a bare "and" right
      // before it; not "talks between President X and Y of the party", nor "Chile's president, X, and Y".)
      const pair = ofAt === i + 1 && units[i - 1]?.kind === 'cc' && units[i - 1]!.word === 'and' && units[i - 2]?.np?.headIsEntity && np.headIsEntity ? [i - 2, i] : [i];
      const prior = units[pair[0]! - 1];
      const listed = pair.length === 2 && pair.every((j) => !units[j]!.np!.titled) && !(prior?.kind === 'p' && /^(?:between|with|and)$/.test(prior.word ?? ''));
      const named = listed ? pair.flatMap((j) => units[j]!.np!.actors) : heads;
      join(named, ofAt + 1);
    }
    // "X and Y, both of the Green party": each one named before "both of" a party is its member.
    const q = units[i + 2];
    if (units[i + 1]?.kind === 'comma' && q && /^(?:both|all)$/.test(ctx.s.tokens[q.t0]?.lower ?? '') && q.t1 - q.t0 === 1 && units[i + 3]?.kind === 'p' && units[i + 3]!.word === 'of' && partyAt(i + 4)) {
      join(groupLeft(units, i).flatMap((j) => (units[j]!.np?.headIsEntity ? units[j]!.np!.actors : [])), i + 4);
    }
    // "X, a councillor from the Farmers Party", "X, an activist of the Andean Front": one of a party's
    // people, described so, is its member.
    const desc = units[i + 2]?.np;
    // (Not "a former councillor from the Farmers Party": one who may have left it.)
    // (Read only for a phrase set off by a comma, which this needs: it runs for every noun phrase.)
    const former = desc && units[i + 1]?.kind === 'comma' && ctx.s.tokens.slice(units[i + 2]!.t0, units[i + 2]!.t1).some((t) => t.lower === 'former' || t.lower === 'ex');
    if (units[i + 1]?.kind === 'comma' && desc && !former && !desc.headIsEntity && !desc.actors.length && PARTY_PEOPLE.has(desc.head) && units[i + 3]?.kind === 'p' && /^(?:from|of)$/.test(units[i + 3]!.word ?? '') && partyAt(i + 4)) {
      join(heads, i + 4);
    }

    // "the three founding members of the Andean Forum, Chile, Peru and Bolivia".
    if (FOUNDING_HEADS.has(np.head) && !np.actors.length && units[i + 1]?.word === 'of' && of?.np && units[i + 3]?.kind === 'comma' && units[i + 4]?.np) {
      const bodies = of.np.actors.filter((e) => type(e) === 'Organization');
      const list: number[] = [];
      for (let k = i + 4; k < units.length; k += 2) {
        const x = units[k];
        if (!x?.np) break;
        list.push(...x.np.actors);
        const sep = units[k + 1];
        if (!sep || (sep.kind !== 'comma' && !(sep.kind === 'cc' && sep.word === 'and'))) break;
      }
      for (const m of list) for (const b of bodies) if (m !== b && type(m) !== 'Place') ctx.emit(m, 'MEMBER_OF', b, 0.6);
    }
    // "the United States under Donald Trump": a state under a person is led by them.
    // (Not a state an act was aimed at when another state named before acts: "Chile halted loans to Peru
    // under President X" is Chile's act, and X no leader of Peru.)
    // (Searched only for a phrase before "under".)
    const otherState = (): boolean => ctx.s.mentions.some((m) => m.t1 <= u.t0 && m.refs.some((e) => type(e) === 'Country' && !heads.includes(e)));
    if (units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'under' && of?.np?.headIsEntity && !(units[i - 1]?.kind === 'p' && /^(?:to|from|against|on|into|toward|towards)$/.test(units[i - 1]!.word ?? '') && otherState())) {
      for (const h of heads) if (type(h) === 'Country') for (const o of of.np.actors) if (type(o) === 'Person') ctx.emit(o, 'LEADER_OF', h, 0.55);
    }
    // "signed by X on behalf of the Congolese government": a person acting for a state or body is its official.
    if (units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'on' && units[i + 2]?.np?.head === 'behalf' && units[i + 3]?.word === 'of' && units[i + 4]?.np) {
      const body = units[i + 4]!.np!;
      for (const h of heads) if (type(h) === 'Person') for (const b of new Set([...body.actors, ...body.pre])) if (type(b) === 'Country' || type(b) === 'Organization') ctx.emit(h, 'OFFICIAL_OF', b, 0.55);
    }
    // "Popular Force, the party of Keiko Fujimori": the person a party is named after leads it.
    if (units[i + 1]?.kind === 'comma' && units[i + 2]?.np && /^(?:party|movement)$/.test(units[i + 2]!.np!.head) && !units[i + 2]!.np!.actors.length && units[i + 3]?.word === 'of' && units[i + 4]?.np?.headIsEntity) {
      for (const h of heads) if (type(h) === 'Organization') for (const o of units[i + 4]!.np!.actors) if (type(o) === 'Person') ctx.emit(o, 'LEADER_OF', h, 0.55);
    }
    // "the Vilca region of Tacna", "the Putre province of Bolivia": a named place of a kind, "of" a place.
    if (PLACE_KINDS.has(np.head) && ctx.s.tokens[u.t1 - 1]!.lower === np.head && units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of' && units[i + 2]?.np) {
      const named = [...np.places, ...np.prePlaces].filter((h) => type(h) === 'Place');
      const of = units[i + 2]!.np!;
      if (named.length === 1) for (const w of (of.places.length ? of.places : of.actors).filter((e) => type(e) === 'Place' || type(e) === 'Country')) if (w !== named[0]) ctx.emit(named[0]!, 'LOCATED_IN', w, 0.55);
    }
    // "the Putre region, two-thirds of Bolivia's land", "Putre, part of Bolivia": a share of a place set off after a place.
    const share = units[i + 2]?.np;
    const whole = units[i + 4]?.np;
    // (Set off, not one of a list: "controls Crimea, most of Luhansk and half of Donetsk".)
    const closed = !units[i + 5] || ['comma', 'vg', 'stop'].includes(units[i + 5]!.kind);
    if (units[i + 1]?.kind === 'comma' && share && !share.actors.length && SHARES.has(share.head) && units[i + 3]?.kind === 'p' && units[i + 3]!.word === 'of' && whole && closed && units[i - 1]?.kind !== 'comma') {
      const named = [...np.places, ...np.prePlaces].filter((h) => type(h) === 'Place');
      const where = whole.poss.length && LANDS.has(whole.head) ? whole.poss : whole.headIsEntity ? (whole.places.length ? whole.places : whole.actors) : [];
      if (named.length === 1) for (const w of where) if ((type(w) === 'Country' || type(w) === 'Place') && w !== named[0]) ctx.emit(named[0]!, 'LOCATED_IN', w, 0.55);
    }
    // "the Chilean island of Putre", "Bolivia's border town of Putre": the place of a kind a state qualifies lies in that state.
    if (!np.headIsEntity && SETTLED_KINDS.has(np.head) && ctx.s.tokens[u.t1 - 1]!.lower === np.head && units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of' && units[i + 2]?.np?.places.length === 1 && !units[i + 2]!.np!.poss.length) {
      // (Not a state that built, controls or once held it: "the Chinese-built port of X", "the former Bolivian port of X".)
      const place = units[i + 2]!.np!.places[0]!;
      const once = ctx.s.tokens.slice(u.t0, u.t1).some((t) => /^(?:former|once|ex|then)$/.test(t.lower));
      if (modifiers.length === 1 && !once && type(place) === 'Place') ctx.emit(place, 'LOCATED_IN', modifiers[0]!, 0.55);
    }
    // "Putre, a mining town in southern Peru", "Putre, the main city of Vilca": a place set off by a kind of
    // place "in" another, or a main city "of" it, lies in that other.
    const kind = units[i + 2]?.np;
    const where = units[i + 4]?.np;
    if (units[i + 1]?.kind === 'comma' && kind && !kind.actors.length && SETTLED_KINDS.has(kind.head) && units[i + 3]?.kind === 'p' && where && units[i - 1]?.kind !== 'comma') {
      const article = ctx.s.tokens[units[i + 2]!.t0]!.lower;
      const word = units[i + 3]!.word;
      const mainOf = word === 'of' && article === 'the' && MAIN_WORDS.test(ctx.s.tokens[units[i + 2]!.t0 + 1]?.lower ?? '');
      if ((word === 'in' && /^(?:a|an)$/.test(article)) || mainOf) {
        const named = [...np.places, ...np.prePlaces].filter((h) => type(h) === 'Place');
        // ("in Peru's Vilca region": the region the phrase names, else its owner when the phrase is a kind of
        // place or land; not "a port in Bolivia's plans", "the main port of Bolivia's foreign trade".)
        const landish = PLACE_KINDS.has(where.head) || LANDS.has(where.head);
        const named2 = where.places.length ? where.places : landish ? where.prePlaces : [];
        const inside = (named2.length ? named2 : where.headIsEntity ? where.actors : landish ? where.poss : []).filter((e) => type(e) === 'Place' || type(e) === 'Country');
        if (named.length === 1) for (const w of inside) if (w !== named[0]) ctx.emit(named[0]!, 'LOCATED_IN', w, 0.55);
      }
    }
    // "X in (northern) Y", "the summit at Camp David".
    const p = units[i + 1];
    const next = units[i + 2];
    if (p?.kind === 'p' && LOCATIVE.has(p.word!) && next?.np) {
      // ("in Peru's Vilca region": the region a kind of place names, for a place or event in it.)
      const inner = next.np.places.length || !PLACE_KINDS.has(next.np.head) ? next.np.places : next.np.prePlaces;
      const where = (inner.length ? inner : next.np.actors).filter((e) => type(e) === 'Place' || type(e) === 'Country');
      const regionOnly = !next.np.places.length && inner.length > 0;
      for (const h of heads) {
        const t = type(h);
        if (t !== 'Place' && t !== 'Event' && t !== 'Organization') continue;
        if (t === 'Organization' && (p.word !== 'in' || regionOnly)) continue;
        for (const w of where) if (w !== h && !(type(h) === 'Country')) ctx.emit(h, 'LOCATED_IN', w, 0.5);
      }
    }
  });
  partyNominees(ctx);
}

/** Nouns for a party's runner in a vote, between the party's name and the person's ("Tamarit candidate Ana Ruiz"). */
const NOMINEE_NOUNS = new Set(['candidate', 'nominee']);

/** "Tamarit candidate Ana Ruiz", "the Vega Party nominee X": the body named before the noun is the person's party. */
function partyNominees(ctx: SentenceContext): void {
  const { mentions, tokens } = ctx.s;
  for (const m of mentions) {
    const noun = tokens[m.t0 - 1];
    if (!noun || noun.cap || !NOMINEE_NOUNS.has(noun.lower)) continue;
    const party = mentions.find((x) => x.t1 === m.t0 - 1);
    if (!party) continue;
    for (const pe of m.refs) for (const o of party.refs) if (ctx.ents.list[pe]!.type === 'Person' && ctx.ents.list[o]!.type === 'Organization' && !ctx.ents.list[o]!.tentative) ctx.emit(pe, 'MEMBER_OF', o, 0.6);
  }
}
