/**
 * Definite descriptions as coreference: "the deal", "the bloc", "the same network", "the Japanese
 * company" stand for the last entity of the type their head names, in this sentence before them or
 * in the three before ("Kenya and Peru signed the Lima Accord. … Poland opposes the deal"). The
 * evidence of the sentence then reaches back to the one that names it.
 */
import type { EntityType } from '../../../core/index.ts';
import type { SentenceContext } from '../types.ts';
import type { Unit } from './chunks.ts';
import { datedMention, FRESH, PUBLIC_BODY, type SentenceInfo } from '../resolve/resolve.ts';

/** Head nouns of definite descriptions and the entity type they stand for. */
export const DESCRIBED_TYPES: Readonly<Record<string, EntityType>> = {
  ...Object.fromEntries('deal accord agreement treaty pact framework memorandum convention protocol charter compact document text'.split(' ').map((w) => [w, 'Treaty'])),
  ...Object.fromEntries('bloc alliance company firm militia movement coalition party lender carrier manufacturer maker producer conglomerate insurer operator miner automaker chipmaker court tribunal regulator watchdog junta'.split(' ').map((w) => [w, 'Organization'])),
  ...Object.fromEntries('summit election poll ballot runoff referendum conference storm cyclone hurricane typhoon'.split(' ').map((w) => [w, 'Event'])),
  // "a loan to the country", "troops sent to the nation", "accusing the Baltic nation of …": the state named last before it.
  ...Object.fromEntries('country nation kingdom'.split(' ').map((w) => [w, 'Country'])),
};

/** Papers a text may call "the document" that are no agreement. */
const OTHER_DOCUMENTS = new Set(['report', 'memo', 'memorandum', 'letter', 'dossier', 'file', 'study', 'assessment', 'paper', 'statement', 'cable', 'email']);

/** Verbs that make "the document" an agreement: it is signed, initialled or ratified. */
const SIGNING_LEMMAS = new Set(['sign', 'initial', 'ratify', 'countersign']);

/** Words in the name of a vote that "the poll" or "the ballot" may stand for. */
const VOTE_WORDS = /\b(?:election|vote|poll|ballot|run-?off)s?\b/i;

/** Words in a body's or event's name that say what it is, per description head. */
const NAME_WORDS: Readonly<Record<string, RegExp>> = {
  bloc: /\b(?:Union|Community|Bloc|Association|Organi[sz]ation|Council|Group|Alliance|Pact|Mercosur|ASEAN|BRICS|NATO|ECOWAS)\b/i,
  // "the storm" after "Cyclone Ana": a named storm of any kind; "the hurricane" only a hurricane.
  storm: /^(?:Storm|Tropical Storm|Cyclone|Hurricane|Typhoon) /,
  cyclone: /^Cyclone /,
  court: /\b(?:Court|Tribunal)\b/,
  regulator: /\b(?:Authority|Commission|Board|Agency|Office|Regulator|Administration|Bureau|Directorate|Inspectorate)\b/,
  watchdog: /\b(?:Authority|Commission|Board|Agency|Office|Regulator|Administration|Bureau|Directorate|Inspectorate|Watch)\b/,
  tribunal: /\b(?:Court|Tribunal)\b/,
  hurricane: /^Hurricane /,
  typhoon: /^Typhoon /,
  alliance: /\b(?:Alliance|NATO|Pact|Coalition|Treaty Organi[sz]ation)\b/i,
  party: /\b(?:Party|Front|Movement|Congress|League|Union|Alliance|Dream|Force)\b/i,
  militia: /\b(?:Forces|Militia|Army|Brigade|Front|Movement|Group)\b/i,
  coalition: /\b(?:Coalition|Alliance|Front|Union)\b/i,
  movement: /\b(?:Movement|Front)\b/i,
  // A military government by what soldiers who seize power call themselves.
  junta: /\b(?:Council|Command|Committee|Junta|Front|Authority|Government)\b/i,
  summit: /\bsummit\b/i,
  election: /\belection|vote|poll\b/i,
  // ("the poll", "the ballot" after a named election; "the referendum" only a referendum.)
  poll: VOTE_WORDS,
  ballot: VOTE_WORDS,
  runoff: /\b(?:election|run-?off)s?\b/i,
  referendum: /\b(?:referendum|plebiscite)\b/i,
  conference: /\b(?:conference|COP\d*)\b/i,
  // "the kingdom": a state with a king or queen of its own (world knowledge), not a republic named nearer.
  kingdom: /^(?:Saudi Arabia|Morocco|Jordan|Bahrain|Thailand|Cambodia|Spain|Sweden|Norway|Denmark|Netherlands|Belgium|United Kingdom|Bhutan|Tonga|Eswatini|Lesotho)$/,
};

/** The description's head fits the entity's name (any body for heads with no name words). */
export function describes(head: string, name: string): boolean {
  // ("the company" is no ministry, party or army named before it.)
  // (Unless a company's word names it too: "Alliance Motors".)
  if (COMPANY_HEADS.has(head) && PUBLIC_BODY.test(name) && !CORPORATE.test(name)) return false;
  const words = NAME_WORDS[head];
  return !words || words.test(name);
}

const CORPORATE = /\b(?:Motors|Corp|Corporation|Inc|Ltd|Limited|Holdings?|Group|Company|Co|PLC|AG|SA|Energy|Oil|Petroleum|Airlines|Airways|Industries|Technologies|Systems|Resources|Mining|Minerals|Logistics|Shipping|Steel|Pharmaceuticals|Bank)\b/;
/** Heads that describe a business. */
const COMPANY_HEADS = new Set('company firm lender carrier manufacturer maker producer conglomerate insurer operator miner automaker chipmaker'.split(' '));

/** Plural nouns for an armed group's members, which stand for the group. */
const ARMED_PLURALS = new Set(['rebels', 'insurgents', 'militants', 'separatists', 'jihadists', 'guerrillas', 'guerillas', 'paramilitaries']);
const ARMED_NAME = /\b(?:Front|Army|Forces|Movement|Brigades?|Militia|Liberation|Rebels?|Insurgents?|Militants?)\b/;

/** Whether the sentence calls something "a group" before token `limit` that no name right before owns. */
function unnamedGroup(s: SentenceInfo, limit: number): boolean {
  return s.tokens.some((t, k) => k < limit && (t.lower === 'group' || t.lower === 'groups') && !s.mentions.some((m) => m.t1 <= k && k - m.t1 <= 2));
}

/** The one organization the sentence or the two before called by `stem` ("M23 rebel group", "Houthi rebels") or named as armed. */
function armedGroup(ctx: SentenceContext, stem: string, notThese: readonly number[], calledOnly = false, before = Infinity): number[] {
  if (!ctx.sentences) return [];
  for (let back = 0; back <= 2 && ctx.index - back >= 0; back++) {
    const s: SentenceInfo = back === 0 ? ctx.s : ctx.sentences[ctx.index - back]!;
    const found = new Set<number>();
    // (With `calledOnly`, a group no name owns told nearer is the one meant: "kidnapped a group of
    // tourists …; the group was freed", "formed a contact group … praised the group".)
    if (calledOnly && unnamedGroup(s, back === 0 ? before : Infinity)) return [];
    for (const m of s.mentions) {
      const e = m.refs.length === 1 ? m.refs[0]! : undefined;
      if (e === undefined || ctx.ents.list[e]!.type !== 'Organization' || notThese.includes(e) || ctx.ents.list[e]!.tentative) continue;
      const after = `${s.tokens[m.t1]?.lower ?? ''} ${s.tokens[m.t1 + 1]?.lower ?? ''}`;
      // (With `calledOnly`, only a body the text called so: "the group" is no state's armed forces.)
      if (after.includes(stem) || (!calledOnly && ARMED_NAME.test(ctx.ents.list[e]!.name))) found.add(e);
    }
    if (found.size === 1) {
      if (back > 0) ctx.s.evidenceStart = Math.min(ctx.s.evidenceStart ?? ctx.s.start, s.start);
      return [...found];
    }
    if (found.size > 1) return [];
  }
  return [];
}

/** How many sentences back a description may reach. */
const REACH = 3;

/** Heads of descriptions a hyphened name may lead ("the Turkish-led alliance"). */
const LED_HEADS = new Set(['bloc', 'alliance', 'coalition']);

/** "the Turkish-led alliance": a bloc or alliance described by the state that leads it, not that state. */
export function isLedDescription(ctx: SentenceContext, u: Unit): boolean {
  const np = u.np;
  return !!np && np.mentions > 0 && !np.headIsEntity && LED_HEADS.has(np.head) && ctx.s.tokens[u.t0]?.lower === 'the' && hyphenModifiersOnly(ctx, u);
}

/** Participles a name is joined to by a hyphen to say who leads, backs or owns something ("Turkish-led"). */
const HYPHEN_PARTICIPLES = /^(?:led|backed|owned|run|controlled|dominated|funded|financed|sponsored|supported|aligned|allied|based|headquartered)$/;

/** Every name inside unit `u` is joined by a hyphen to such a participle. */
export function hyphenModifiersOnly(ctx: SentenceContext, u: Unit): boolean {
  const t = ctx.s.tokens;
  const inside = ctx.s.mentions.filter((m) => m.t0 >= u.t0 && m.t1 <= u.t1);
  return inside.length > 0 && inside.every((m) => t[m.t1]?.text === '-' && HYPHEN_PARTICIPLES.test(t[m.t1 + 1]?.lower ?? '') && m.t1 + 2 < u.t1);
}

/** The entity a definite description at unit `u` stands for, or none; never one of `notThese`. */
export function describedAntecedent(ctx: SentenceContext, u: Unit, notThese: readonly number[] = []): number[] {
  const np = u.np;
  if (!np) return [];
  const tokens = ctx.s.tokens;
  // "the Turkish-led alliance": a description whose only names lead or back what it describes.
  // (Only a bloc or alliance, which a text names before it describes it so; "the Chinese-owned company"
  // is as often a new one.)
  const led = isLedDescription(ctx, u);
  // ("the Baltic state", "the Andean nation": a region before a state's description names where it lies, no entity of its own.)
  const regional = DESCRIBED_TYPES[np.head] === 'Country' && !np.actors.length && np.places.length > 0 && np.places.length === np.mentions;
  if (!led && !regional && (np.mentions || np.actors.length)) return [];
  if (tokens[u.t0]?.lower !== 'the' || u.t1 - u.t0 > (led ? 6 : 4)) return [];
  // "the rebels", "the militants": the armed group the text called so ("the Front rebel group", "Houthi rebels").
  if (ARMED_PLURALS.has(tokens[u.t1 - 1]!.lower) && u.t1 - u.t0 <= 2) return armedGroup(ctx, np.head, notThese);
  // "the group": the one body the text called a group ("the Andean rebel group") or named as armed.
  if (np.head === 'group' && u.t1 - u.t0 === 2) return armedGroup(ctx, 'group', notThese, true, u.t0);
  // "the deal", "the same network", "the regional bloc": "the", at most two modifiers, a singular head last.
  if (tokens[u.t1 - 1]?.lower !== np.head) return [];
  const type = DESCRIBED_TYPES[np.head];
  if (!type || !ctx.sentences) return [];
  // ("the state of emergency", "the Republic of Chile": a state's "of" phrase names another thing, or the state itself.)
  // (Not a verb's "of" before a gerund: "accusing the state of supplying …".)
  if (type === 'Country' && tokens[u.t1]?.lower === 'of' && tokens[u.t1 + 1]?.pos !== 'VERB') return [];
  // ("the document" is an agreement only where it is signed or ratified: a report or memo is one too.)
  // (In this sentence or the one before: "X and Y signed a pact. Z welcomed the document.")
  const signing = (ts: readonly { lemma?: string; lower: string }[]): boolean => ts.some((t) => SIGNING_LEMMAS.has(t.lemma ?? t.lower));
  // (Nor where a report or memo is named before it in its sentence: "published a report …, and Chile rejected the document".)
  if (np.head === 'document' && ((!signing(tokens) && !signing(ctx.sentences[ctx.index - 1]?.tokens ?? [])) || tokens.slice(0, u.t0).some((t) => OTHER_DOCUMENTS.has(t.lower)))) return [];
  // ("the text" only where its own sentence signs, initials or ratifies it: "X signed the text with Y".)
  // (Not "the text of" another paper.)
  if (np.head === 'text' && (!signing(tokens) || u.t1 - u.t0 !== 2 || (tokens[u.t1]?.lower === 'of' && /^(?:a|an)$/.test(tokens[u.t1 + 1]?.lower ?? '')))) return [];
  // ("the poll" is an opinion poll where its own words say so: "the latest poll", "the poll, published by X".)
  if (np.head === 'poll' && (/^(?:opinion|latest|new|recent|exit)$/.test(tokens[u.t1 - 2]?.lower ?? '') || /^(?:published|conducted|carried|by|of|showed|shows|found|finds|suggested|suggests|released)$/.test((tokens[u.t1]?.text === ',' ? tokens[u.t1 + 1] : tokens[u.t1])?.lower ?? ''))) return [];
  // "the new agreement" is not the one named by its year ("the 2015 accord"): that is the old one.
  // (Nor is "the text" one signs now.)
  const fresh = tokens.slice(u.t0 + 1, u.t1 - 1).some((t) => FRESH.test(t.lower)) || np.head === 'text';
  // ("the Turkish-led alliance" stands for a body only when one body it can describe is in reach.)
  if (led) {
    const found = new Set<number>();
    let from = ctx.index;
    // (Only a body named in this sentence or the one before: further back, "the Saudi-led bloc" is as
    // often the camp the state leads.)
    for (let back = 0; back <= 1 && ctx.index - back >= 0; back++) {
      const s: SentenceInfo = back === 0 ? ctx.s : ctx.sentences[ctx.index - back]!;
      for (const m of s.mentions) {
        const e = m.refs.length === 1 ? m.refs[0]! : -1;
        if (e < 0 || (back === 0 && m.t0 >= u.t0) || m.gaz?.kind === 'demonym' || notThese.includes(e) || ctx.ents.list[e]!.type !== type || !describes(np.head, ctx.ents.list[e]!.name)) continue;
        if (!found.has(e)) from = ctx.index - back;
        found.add(e);
      }
    }
    // (With no body in reach, the camp the state leads is that state's: "criticised the Saudi-led bloc".
    // With two, the text does not say which.)
    if (found.size === 0) return [...new Set([...np.actors, ...np.pre])];
    if (found.size > 1) return [];
    if (from < ctx.index) ctx.s.evidenceStart = Math.min(ctx.s.evidenceStart ?? ctx.s.start, ctx.sentences[from]!.start);
    return [...found];
  }
  for (let back = 0; back <= REACH && ctx.index - back >= 0; back++) {
    const s: SentenceInfo = back === 0 ? ctx.s : ctx.sentences[ctx.index - back]!;
    for (let i = s.mentions.length - 1; i >= 0; i--) {
      const m = s.mentions[i]!;
      if ((back === 0 && m.t0 >= u.t0) || m.refs.length !== 1 || m.gaz?.kind === 'demonym') continue;
      const e = m.refs[0]!;
      if (ctx.ents.list[e]!.type !== type || notThese.includes(e) || m.t0 < (s.bodyStart ?? 0)) continue;
      // A body is described by what it is: "the bloc" is not the last company named.
      if (type !== 'Treaty' && !describes(np.head, ctx.ents.list[e]!.name)) continue;
      if (fresh && datedMention(s, m)) continue;
      if (back > 0) ctx.s.evidenceStart = Math.min(ctx.s.evidenceStart ?? ctx.s.start, s.start);
      return [e];
    }
  }
  return [];
}


/** "the country's", "the nation's" opening a phrase at token `t`: the state a description stands for. */
export function countryPossessor(tokens: SentenceContext['s']['tokens'], t: number): boolean {
  return tokens[t]?.lower === 'the' && /^(?:country|nation)$/.test(tokens[t + 1]?.lower ?? '') && /^['’]s$/.test(tokens[t + 2]?.text ?? '');
}
