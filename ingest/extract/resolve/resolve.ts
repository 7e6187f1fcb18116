/**
 * Within-document resolution: types mentions from context, cleans names (titles, honorifics,
 * possessives), links surnames to full names, acronyms to their definitions, definite descriptions
 * ("the council", "the treaty") and plural descriptions ("two French universities") to the entities
 * they stand for. Fills `mention.refs` with indices into the document's entity table.
 */
import type { EntityType } from '../../../core/index.ts';
import { DocEntities } from './doc-entities.ts';
import type { Mention } from '../mentions/mentions.ts';
import { isNoSubjectName, namedAsCapital, openingClauseEnd, tokenText, type Token } from '../tokens/sentences.ts';
import { FIRST_NAMES, HONORIFICS } from '../mentions/gazetteer/roles.ts';
import { GIVEN_NAMES, genderOfName } from '../mentions/gazetteer/gender.ts';
import { COMMON_GIVEN_NAMES, NOT_NAMES } from '../mentions/gazetteer/given-names.ts';
import { OPENING_OCCUPATIONS, ORG_NOUN_CUES, PARTICLES, PLACE_PREPOSITIONS, makeMention } from '../mentions/mentions.ts';
import { isGenericBody, normaliseBody, qualifyBody } from './bodies.ts';
import { countryOfCity } from '../mentions/gazetteer/world-cities.ts';
import { KNOWN_COMPANIES, lookup } from '../mentions/gazetteer/index.ts';
import { GEO_HEADS, ORG_KEYWORDS, STREET_HEADS } from '../mentions/gazetteer/cues.ts';
import { countryOfRegion, worldCountryOf } from '../mentions/gazetteer/world-regions.ts';
import { pronounFits } from '../mentions/gazetteer/gender.ts';
import { SITE_NOUNS } from '../clauses/nouns.ts';

/** A sentence with its tokens and mentions. */
export interface SentenceInfo {
  start: number;
  end: number;
  tokens: Token[];
  mentions: Mention[];
  /** Token index after a wire dateline ("MANILA —"): relation patterns read the sentence from there. */
  bodyStart?: number;
  /** Set when the sentence opens with "He"/"She" standing for a person of the previous sentence: evidence starts there. */
  evidenceStart?: number;
}

const EAST_ASIAN = /^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$/;

/** Removes honorifics and possessive endings from a name. */
export function cleanName(name: string): string {
  let out = cleanCache.get(name);
  if (out === undefined) {
    const all = name.replace(/\s*['’]s$/, '').split(' ');
    // (Only those leading the name: "Omar Sheikh Ali" keeps the word inside it.)
    let lead = 0;
    // (Not from a place's or body's name: "Imam Khomeini International Airport".)
    const named = all.length >= 3 && (ORG_KEYWORDS.has(all[all.length - 1]!) || GEO_HEADS.has(all[all.length - 1]!) || STREET_HEADS.has(all[all.length - 1]!));
    while (!named && lead < all.length - 1 && HONORIFICS.has(all[lead]!)) lead++;
    // ("Prince Abdulaziz bin Turki al-Faisal": a prince's style before a long name, not "Prince Harry".)
    if (!named && /^Princes?s?$/.test(all[lead] ?? '') && all.length - lead >= 4) lead++;
    let words = all.slice(lead);
    // "Sheikh Amina": an honorific that is part of a one-word name stays.
    if (words.length === 1 && all.length === 2 && NAME_HONORIFICS.has(all[0]!)) words = all;
    out = words.join(' ').replace(/^(?:the|The) /, '');
    if (cleanCache.size > 50000) cleanCache.clear();
    cleanCache.set(name, out);
  }
  return out;
}
const cleanCache = new Map<string, string>();
const NAME_HONORIFICS = new Set(['Sheikh', 'Sheikha']);

/** Surname key of a full person name: first token for East Asian "Wang Hsiao-ming", else last token. */
export function surnameOf(name: string): string {
  const words = name.split(' ');
  const eastAsian = EAST_ASIAN.test(name);
  const last = eastAsian ? words[0]! : words[words.length - 1]!;
  // "Khalid bin Salman": the last word is his father's name, so he is "bin Salman", never "Salman" alone.
  const son = words.length >= 3 && !eastAsian && PATRONYMIC.has(words[words.length - 2]!.toLowerCase()) ? `${words[words.length - 2]!.toLowerCase()} ` : '';
  return son + last.toLowerCase().replace(/^(?:al|el)-/, '');
}

/**
 * Whether two entities of a document are one person: the same entity or full name, or a lone surname
 * and the full name it ends ("Mbeki", "Ruto Mbeki"). Two full names that share a surname are two people.
 */
export function samePerson(ents: DocEntities, a: number, b: number): boolean {
  if (a === b) return true;
  const x = ents.list[a]!.name;
  const y = ents.list[b]!.name;
  if (x.toLowerCase() === y.toLowerCase()) return true;
  return (!x.includes(' ') || !y.includes(' ')) && surnameOf(x) === surnameOf(y);
}

/** Resolves all mentions of one document into `ents`. */
/** The mentions of one document in order, with the sentence each is in. */
interface DocMentions {
  sentences: SentenceInfo[];
  ents: DocEntities;
  all: Mention[];
  /** `sentOf[j]` is the sentence of `all[j]`. */
  sentOf: SentenceInfo[];
  /** A name right after a country or capital's possessive ("China's Ministry of …"): that country. */
  ownerCountry: Map<Mention, string>;
}

/** What resolving typed names learns that untyped ones use. */
interface KnownNames {
  acronyms: Map<string, number>;
  /** Surname → full-name persons. */
  persons: Map<string, Set<number>>;
  /** Countries the document names, by name or demonym. */
  docCountries: Set<string>;
  /** Any later word of a full name → its persons, built on demand (cleared when a person is added). */
  byWord: Map<string, Set<number>> | undefined;
}

export function resolveDocument(sentences: SentenceInfo[], ents: DocEntities): void {
  // One step per function: V8 compiles and re-optimises each alone (one 380-line function cost
  // ~100 ms of compiling every time a rare path deoptimised it).
  const d = collectMentions(sentences, ents);
  typeByApposition(d);
  typeByShortPerson(d);
  typeAfterRoles(d);
  const names = resolveTypedNames(d);
  resolveUntypedNames(d, names);
  joinOneWordPersons(d);
  joinShortPlaces(d);
  resolveNamedPhrases(d);
  resolveDescriptions(d);
  equateNames(d);
  aliasesAsWritten(d);
  countMentions(d);
  resolvePronouns(sentences, ents);
}

/**
 * "Tavita Aumua … Tavita, a former sea captain, …": a person named by one word, when exactly one
 * person named in full has that word first or last, is that person (whichever the text typed first).
 */
function joinOneWordPersons({ all, ents }: DocMentions): void {
  const full = ents.list.map((e, i) => (e.type === 'Person' && e.name.includes(' ') ? i : -1)).filter((i) => i >= 0);
  if (!full.length) return;
  // (Only a full name written before the one word: "Karl, the son of X, … Karl Borg, the minister" are two.)
  const firstAt = new Map<number, number>();
  all.forEach((m, k) => { for (const r of m.refs) if (!firstAt.has(r)) firstAt.set(r, k); });
  const into = new Map<number, number>();
  ents.list.forEach((e, i) => {
    if (e.type !== 'Person' || e.name.includes(' ')) return;
    // (Not the last word after "bin": "Khalid bin Tamer" is not "Tamer", his father.)
    const found = full.filter((k) => ents.list[k]!.name.startsWith(`${e.name} `) || (ents.list[k]!.name.endsWith(` ${e.name}`) && !surnameOf(ents.list[k]!.name).includes(' ')));
    if (found.length === 1 && (firstAt.get(found[0]!) ?? Infinity) < (firstAt.get(i) ?? -1)) into.set(i, found[0]!);
  });
  if (!into.size) return;
  for (const m of all) {
    if (!m.refs.some((r) => into.has(r))) continue;
    m.refs = m.refs.map((r) => into.get(r) ?? r);
    for (const r of m.refs) ents.alias(r, cleanName(m.name));
  }
}

/** Kinds of landform or area a place's name may end in, and be written without ("the Tamarit Heights … the Tamarit"). */
const LANDFORM_KINDS = /^(.+) (?:Heights|Valley|Strip|Peninsula|Islands|Hills|Mountains|Highlands|Desert|Basin|Delta|Plateau|Steppe)$/;

/**
 * "the Tamarit Heights … most of the Tamarit": a place written first with its kind of landform, then as
 * "the" and its name alone, is the same place.
 */
function joinShortPlaces({ all, sentOf, ents }: DocMentions): void {
  const into = new Map<number, number>();
  const firstAt = new Map<number, number>();
  all.forEach((m, k) => { for (const r of m.refs) if (!firstAt.has(r)) firstAt.set(r, k); });
  ents.list.forEach((e, i) => {
    const short = e.type === 'Place' ? LANDFORM_KINDS.exec(e.name)?.[1] : undefined;
    if (!short) return;
    const k = ents.find('Place', short) ?? ents.find('Organization', short);
    if (k === undefined || (firstAt.get(k) ?? -1) < (firstAt.get(i) ?? Infinity)) return;
    // (Each mention of the short name after "the" and as the head, as a place is written: "the Tamarit", not
    // "Tamarit said" nor "the Tamarit treaty".)
    const asPlace = (m: Mention, j: number): boolean => sentOf[j]!.tokens[m.t0 - 1]?.lower === 'the' && !/^(?:NOUN|PROPN)$/.test(sentOf[j]!.tokens[m.t1]?.pos ?? '');
    if (all.every((m, j) => !m.refs.includes(k) || asPlace(m, j))) into.set(k, i);
  });
  if (!into.size) return;
  for (const m of all) {
    if (!m.refs.some((r) => into.has(r))) continue;
    m.refs = m.refs.map((r) => into.get(r) ?? r);
    for (const r of m.refs) ents.alias(r, cleanName(m.name));
  }
}

/** Last words of a scheme's name, a body or an agreement as the text defines it. */
const SCHEME_NAME = / (?:Initiative|Framework|Plan|Programme|Program|Corridor|Mechanism|Process|Arrangement)$/;
/** Sites written after the place they are named by ("the Putre bridge", "the Arica port"). */
const SITE_KINDS = new Set([...SITE_NOUNS, 'steelworks', 'mine']);
/** Kinds of body written after a body's name ("the Tana militia", "the Wagner group"). */
const BODY_KINDS = new Set(['militia', 'movement', 'group', 'cartel', 'faction', 'gang', 'party', 'coalition', 'alliance', 'network', 'organisation', 'organization']);
/** Kinds of region written after a region's name ("the Tacna region", "Cusco province"). */
const REGION_KINDS = new Set(['region', 'province', 'oblast', 'district', 'governorate', 'prefecture', 'county', 'state']);

/**
 * Longer or plainer names the text writes: a place or body written with its kind ("the Tacna region",
 * "the Tana militia"), and a body named with its country first by its own name (see bodyAliases).
 */
function aliasesAsWritten({ all, sentOf, ents }: DocMentions): void {
  for (let j = 0; j < all.length; j++) {
    const m = all[j]!;
    if (m.refs.length !== 1) continue;
    const e = m.refs[0]!;
    const type = ents.list[e]!.type;
    if (type === 'Organization') bodyAliases(ents, e);
    // "the Tacna region", "the Tana militia": also known with its kind written after it.
    const next = sentOf[j]!.tokens[m.t1];
    // (Also a site named by its place, "the Putre bridge", "the Arica port", when the kind word ends the phrase.)
    const kinds = type === 'Place' ? REGION_KINDS : type === 'Organization' ? BODY_KINDS : undefined;
    const after = sentOf[j]!.tokens[m.t1 + 1];
    const site = type === 'Place' && !!next && SITE_KINDS.has(next.text) && !(after?.pos === 'NOUN' || after?.pos === 'PROPN');
    if (next && (kinds?.has(next.text) || site)) ents.alias(e, `${tokenText(sentOf[j]!.tokens, m.t0, m.t1)} ${next.text}`);
  }
}

/**
 * "U.S. Central Intelligence Agency", "Chilean Senate": a body named with its country before its
 * own name is also known by that name alone; "U.N. Security Council" is also "UN Security Council".
 */
function bodyAliases(ents: DocEntities, e: number): void {
  const name = ents.list[e]!.name;
  const undotted = name.replace(/\b([A-Z])\.([A-Z])\./g, '$1$2');
  if (undotted !== name) ents.alias(e, undotted);
  const words = name.split(' ');
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const g = lookup(words.slice(0, n).join(' '));
    if (g && (g.type === 'Country' || g.kind === 'demonym') && words.slice(n).every((w) => /^[A-Z]/.test(w) || /^(?:of|for|and|the|on)$/.test(w))) {
      ents.alias(e, words.slice(n).join(' '));
      return;
    }
  }
}

function collectMentions(sentences: SentenceInfo[], ents: DocEntities): DocMentions {
  // Mentions of the whole document in order; `sentOf[j]` is the sentence of `all[j]`.
  const all: Mention[] = [];
  const sentOf: SentenceInfo[] = [];
  const ownerCountry = new Map<Mention, string>();
  for (const s of sentences) {
    s.mentions.forEach((m, k) => {
      const p = s.mentions[k - 1];
      if (m.kind !== 'name' || !p?.gaz || (p.gaz.type !== 'Country' && p.gaz.kind !== 'capital' && p.gaz.kind !== 'seat')) return;
      const gap = tokenText(s.tokens, p.t1, m.t0, '');
      if (gap === '' || gap === '’s' || gap === "'s") ownerCountry.set(m, p.gaz.country ?? p.gaz.canonical);
    });
    for (const m of s.mentions) all.push(m), sentOf.push(s);
  }
  return { sentences, ents, all, sentOf, ownerCountry };
}

/** Lower-case word before mention j (tokens are not changed during resolution). */
function prevWord({ all, sentOf }: DocMentions, j: number): string {
  const i = all[j]!.t0;
  return i > 0 ? sentOf[j]!.tokens[i - 1]!.text.toLowerCase() : '';
}

/**
 * Whether the mentions coordinated after `j` ("X, Y and Z") reach a city or region, not a capital or state,
 * and the list is no subject of an act ("Santiago, Lima and Cusco criticised …" are governments).
 */
function listGoesOnToPlace(d: DocMentions, j: number): boolean {
  const { all, sentOf } = d;
  const tokens = sentOf[j]!.tokens;
  let place = false;
  let last = j;
  for (let k = j + 1; k < all.length && sentOf[k] === sentOf[j]; k++) {
    const gap = tokens.slice(all[k - 1]!.t1, all[k]!.t0).map((t) => t.lower).join(' ');
    if (!/^(?:,|and|or|, and|, or)$/.test(gap)) break;
    const g = all[k]!.gaz;
    if (g?.type === 'Country' || g?.kind === 'demonym') return false;
    if (g?.type === 'Place' && g.kind !== 'capital' && g.kind !== 'seat') place = true;
    last = k;
  }
  const after = tokens[all[last]!.t1];
  // (A copula or passive after the list is said of places too: "Santiago and Valparaiso were flooded".)
  return place && after?.pos !== 'VERB' && !(after?.pos === 'AUX' && !/^(?:is|are|was|were|be|been|being)$/.test(after.lower));
}

/**
 * A capital written as a place although no preposition comes right before it: the second of
 * places coordinated after one ("in Kyiv and Madrid"), or the modifier of a place noun ("a Berlin park").
 */
function placeInContext(d: DocMentions, j: number, depth = 0): boolean {
  const { all, sentOf } = d;
  const m = all[j]!;
  const tokens = sentOf[j]!.tokens;
  if (PLACE_MODIFIED.has(tokens[m.t1]?.lower ?? '')) return true;
  // "Quito's airport", "Lima's northern suburbs": a capital owning a place in it is the city.
  if (/^['’]s$/.test(tokens[m.t1]?.text ?? '') && (PLACE_MODIFIED.has(tokens[m.t1 + 1]?.lower ?? '') || (tokens[m.t1 + 1]?.pos === 'ADJ' && PLACE_MODIFIED.has(tokens[m.t1 + 2]?.lower ?? '')))) return true;
  // "much of the capital, Lima", "the capital city Dodoma": a capital named as one.
  if (namedAsCapital(tokens, m.t0, m.t1)) return true;
  // "a jet bound for The Hague", "a flight headed for Moscow".
  if (tokens[m.t0 - 1]?.lower === 'for' && /^(?:bound|headed|destined)$/.test(tokens[m.t0 - 2]?.lower ?? '')) return true;
  // "Rosario, Quito and Guayaquil": a list that goes on to a place the gazetteer knows as no capital.
  if (depth === 0 && listGoesOnToPlace(d, j)) return true;
  const before = all[j - 1];
  if (!before || sentOf[j - 1] !== sentOf[j] || !/^(?:and|or|,)$/.test(prevWord(d, j)) || before.t1 !== m.t0 - 1) return false;
  // "in Yaounde, Malabo and Sao Tome": along a list of places that opens with a locative.
  return before.gaz?.type === 'Place' || before.gaz?.kind === 'capital' ? LOCATIVE.has(prevWord(d, j - 1)) || !!before.placeCue || (depth < 6 && placeInContext(d, j - 1, depth + 1)) : false;
}

/** ", the group said", ", a rebel spokesman told Reuters": a speaker named after a clause that ends on a place ("talks in X"), no apposition. */
// (Not "a carmaker said to be worth …", nor a firm speaking of itself: "invested in X, the company said".)
const SPEAKER_TAG = /^, (?:a|an|the) (?:[A-Za-z.-]+ ){0,3}(?:said|says|told|added|announced|reported|wrote|stated|confirmed)\b(?! to\b)/;
const FIRM_TAG = /^, (?:a|an|the) (?:[A-Za-z.-]+ )?(?:company|firm|carmaker|automaker|chipmaker|lender|insurer|airline|carrier|bank|conglomerate|miner|producer|operator|manufacturer|retailer) (?:said|says|told|added|announced|reported|wrote|stated|confirmed)\b/;

/** Heads of an apposition that say its name is a person's ("X, a onetime magazine editor"). */
const APPOSED_PERSON = "(?:prime minister|president|minister|leader|chair|chairperson|treasurer|spokesman|spokeswoman|spokesperson|lawmaker|senator|governor|general|opposition leader|candidate|ambassador|envoy|chief|head|official|chairman|chairwoman|ceo|mayor|judge|commander|founder|activist|journalist|lawyer|economist|politician|diplomat|businessman|businesswoman|billionaire|executive|negotiator|member|critic|ally|son|daughter|wife|husband|widow|fiancee|fiancée|fiance|brother|sister|mother|father|director|secretary|adviser|advisor|aide|rapporteur|professor|cleric|banker|officer|soldier|analyst|coordinator|representative|commissioner|chancellor|premier|speaker|mediator|prosecutor|editor|reporter|writer|novelist|author|poet|columnist|academic|scholar|historian|engineer|doctor|physician|surgeon|teacher|student|priest|bishop|imam|rabbi|tycoon|magnate|entrepreneur|schoolteacher|paratrooper|nurse|dissident|campaigner|colonel|captain|lieutenant|sergeant|pilot|farmer|footballer|athlete|actor|actress|singer)";

/** Body nouns a person's word may qualify ("a student newspaper", "a nurse agency"). */
const BODY_AFTER_HEAD = '(?:newspaper|paper|union|agency|cooperative|co-operative|programme|program|group|company|firm|utility|supplier|association|council|party|movement|network|organi[sz]ation|body|federation|league|club|magazine|journal|station|school|college|university|trust|fund|bank|charity|foundation|institute|academy|guild|syndicate)';
const APPOSED_PERSON_RE = new RegExp(`^, (?:a|an|the|(?:the )?[A-Za-z.]+['’]s|his|her|its|their) (?:former |veteran |longtime |current |deputy |retired |then |late )?(?:(?!(?:whose|who|which|that) )[a-z.-]+ |[A-Z][A-Za-z.-]* ){0,3}(?:[A-Za-z.-]+['’]s )?${APPOSED_PERSON}(?![\\w-])(?!['’]s)(?! ${BODY_AFTER_HEAD}\\b)`);
// (Not a body's word that only qualifies a person's: "X, a onetime magazine editor".)
const APPOSED_BODY_RE = new RegExp(`^, (?:a|an|the) (?:[a-z-]+ ){0,3}(?:agency|airline|carrier|company|firm|group|party|bank|newspaper|broadcaster|militia|movement|producer|operator|manufacturer|lender|insurer|conglomerate|organization|organisation)\\b(?!['’]s)(?! ${APPOSED_PERSON}\\b)`);

/** ", leader of the X", ", founder of Y": a head's word and "of" with no article set off after a name. */
// (Not the leader of a market or field: "X, leader of the Peruvian solar market".)
const TITLE_OF_RE = /^, (?:former |deputy |then |late |co-)?(?:leader|head|chairman|chairwoman|chair|founder|spokesman|spokeswoman|spokesperson|secretary-general|governor|mayor|commander|chief executive|president) of\b(?!(?: the)?(?: [a-z-]+){0,3} (?:market|industry|sector|field|trade|business|pack|race)\b)/;
/**
 * A person's noun set off before a name: "her closest rival ,", "the main challenger ,", "the opposition
 * candidate ,". (A rival, ally or critic only after "his" or "her": a firm has rivals too, "its main rival, X".)
 */
const PERSON_BEFORE_RE = /(?:(?:^|\b)(?:his|her|their|the)(?: [a-z-]+){0,2} (?:challenger|successor|predecessor|lawyer|adviser|advisor|aide|nominee|candidate|son|daughter|wife|husband|brother|sister|father|mother|widow)|(?:^|\b)(?:his|her)(?: [a-z-]+){0,2} (?:rival|opponent|ally|critic|deputy)) ,$/;

function typeByApposition(d: DocMentions): void {
  const { all, sentOf } = d;
  // 0. Appositions that type a name: "X, a former prime minister", "X, the state oil producer".
  for (let j = 0; j < all.length; j++) {
    const m = all[j]!;
    if (m.kind !== 'name' || m.type) continue;
    // Eight words on, so that "X, Canada's foreign minister" and "X, the UN special rapporteur" are seen whole.
    const nx = tokenText(sentOf[j]!.tokens, m.t1, m.t1 + 8, ' ', true).replace(/ (['’])s\b/g, '$1s');
    // (Modifiers may be names: "X, the Nordic Council Arctic adviser".)
    // (Not a speaker's tag closing the clause: "after talks in X, the group said", "near Y, a rebel spokesman said".)
    // (A firm may speak of itself after "in X", unless X is a city the world's data knows: "a plant in Arequipa, the firm said".)
    const prep = sentOf[j]!.tokens[m.t0 - 1]?.lower ?? '';
    if (SPEAKER_TAG.test(nx) && PLACE_PREPOSITIONS.has(prep) && (!FIRM_TAG.test(nx) || prep !== 'in' || worldCountryOf(m.name) !== undefined)) continue;
    // ("Her closest rival, X,", "The main challenger, X,": a person's noun set off right before the name.)
    const pv = tokenText(sentOf[j]!.tokens, Math.max(0, m.t0 - 6), m.t0, ' ', true);
    if (APPOSED_PERSON_RE.test(nx) || TITLE_OF_RE.test(nx) || (PERSON_BEFORE_RE.test(pv) && sentOf[j]!.tokens[m.t1]?.text === ',')) m.type = 'Person';
    else if (APPOSED_BODY_RE.test(nx)) m.type = 'Organization';
  }
}

function typeByShortPerson(d: DocMentions): void {
  const { all } = d;
  // Untyped full names whose last word is a typed one-word person ("Raila Odinga" / "Odinga, a former…").
  const shortPersons = new Set<string>();
  for (const m of all) if (m.kind === 'name' && m.type === 'Person' && !m.name.includes(' ')) shortPersons.add(m.name.toLowerCase());
  for (const m of all) {
    if (m.kind === 'name' && !m.type && m.name.includes(' ') && shortPersons.has(m.name.split(' ').pop()!.toLowerCase())) m.type = 'Person';
  }
}

function typeAfterRoles(d: DocMentions): void {
  const { sentences } = d;
  // 1. Typing from roles: a name right after a role (or "role ,") is a person.
  for (const s of sentences) {
    const ms = s.mentions;
    for (let k = 0; k < ms.length - 1; k++) {
      const r = ms[k]!;
      const nx = ms[k + 1]!;
      if (r.kind !== 'role' || r.role?.plural || nx.kind !== 'name') continue;
      const gap = tokenText(s.tokens, r.t1, nx.t0, '');
      if ((gap === '' || gap === ',') && (nx.type === null || nx.type === 'Person')) nx.type = 'Person', (nx.personCue = true);
    }
  }
}

function resolveTypedNames(d: DocMentions): KnownNames {
  const { all, sentOf, ents, ownerCountry } = d;
  const names: KnownNames = { acronyms: new Map(), persons: new Map(), docCountries: new Set(), byWord: undefined };
  const { acronyms, persons, docCountries } = names;
  // 2. Acronyms defined in the document, and full person names.
  for (const m of all) {
    if (m.kind === 'name' && m.type && m.acronym) {
      const idx = ents.get(m.type, cleanName(m.name));
      acronyms.set(m.acronym, idx);
      ents.alias(idx, m.acronym);
    }
  }
  for (const m of all) if (m.gaz && (m.gaz.type === 'Country' || m.gaz.kind === 'demonym')) docCountries.add(m.gaz.country ?? m.gaz.canonical);
  // "Van der Berg" after "Karl Van der Berg": a name of two words or more that ends exactly one longer person's
  // name in the document, and opens with no given name of its own, is that person.
  const fullNames = [...new Set(all.filter((x) => x.kind === 'name' && x.type === 'Person').map((x) => cleanName(x.name)).filter((n): n is string => !!n && n.includes(' ')))];
  const longerPerson = (name: string): string | undefined => {
    const first = name.split(' ')[0]!;
    if (!PARTICLES.has(first.toLowerCase()) && (COMMON_GIVEN_NAMES.has(first) || FIRST_NAMES.has(first))) return undefined;
    const fits = fullNames.filter((f) => f.endsWith(` ${name}`));
    return fits.length === 1 ? fits[0] : undefined;
  };
  for (let j = 0; j < all.length; j++) {
    const m = all[j]!;
    if (m.kind === 'name' && acronyms.has(m.name)) {
      m.refs = [acronyms.get(m.name)!];
      m.type = ents.list[m.refs[0]!]!.type;
      continue;
    }
    if (m.kind === 'gaz') {
      const g = m.gaz!;
      // A capital or seat of government not introduced by a locative preposition acts for its country.
      if ((g.kind === 'capital' || g.kind === 'seat') && g.country && !LOCATIVE.has(prevWord(d, j)) && !m.placeCue && !(g.kind === 'capital' && placeInContext(d, j))) {
        const actor = ACTOR_OVERRIDE[m.surface ?? ''] ?? ['Country', g.country];
        const c = ents.get(actor[0], actor[1]);
        ents.alias(c, tokensText(m));
        m.refs = [c];
        continue;
      }
      const idx = ents.get(g.type, g.canonical);
      if (g.kind === 'demonym') ents.alias(idx, tokensText(m));
      else ents.alias(idx, tokensText(m));
      if (g.country && g.type === 'Place') ents.list[idx]!.country = g.country;
      // A province or state the gazetteer knows without its country ("Tigray"): the country the
      // document names that has a subdivision of that name.
      else if (g.kind === 'region' && g.type === 'Place') {
        const c = countryOfRegion(g.canonical, docCountries);
        if (c !== undefined) ents.list[idx]!.country ??= c;
      }
      if (g.iso) ents.list[idx]!.properties.iso = g.iso;
      m.refs = [idx];
    } else if (m.kind === 'name' && m.type) {
      const name = cleanName(m.name);
      if (!name) continue;
      // An acronym the text defines as something else: "ZEPA, a regional security pact".
      if (m.type === 'Organization' && /^[A-Z]{2,6}$/.test(name)) {
        const defined = appositionType(sentOf[j]!, m);
        if (defined && defined !== 'Organization') m.type = defined;
      }
      if (m.type === 'Organization' && (/^[A-Z]{2,6}$/.test(name) || BODY_HEADS.has(name))) {
        const org = orgShortForm(all, ents, name);
        if (org !== undefined) {
          m.refs = [org];
          ents.alias(org, name);
          continue;
        }
      }
      // "Korvant" after "Korvant Minerals": the short form of one body named in full before.
      if (m.type === 'Organization' && !name.includes(' ') && !m.acronym) {
        const full = orgShortForm(all.slice(0, j), ents, name);
        if (full !== undefined) {
          m.refs = [full];
          ents.alias(full, name);
          continue;
        }
      }
      // ("the Pacific Salmon Initiative, a deal that …": a scheme's name the text defines as an agreement is one.)
      if (m.type === 'Organization' && SCHEME_NAME.test(name) && appositionType(sentOf[j]!, m) === 'Treaty') m.type = 'Treaty';
      const longer = m.type === 'Person' && name.includes(' ') ? longerPerson(name) : undefined;
      if (longer !== undefined) {
        const idx = ents.get('Person', longer);
        ents.alias(idx, name);
        m.refs = [idx];
        continue;
      }
      let bare = m.type === 'Organization' ? stripCompanySuffix(name) : name;
      let body: string | undefined;
      if (m.type === 'Organization') {
        // "Russian Foreign Ministry", "China's Ministry of Foreign Affairs": a ministry qualified by its country.
        const words = bare.split(' ');
        for (let w = m.country ? 1 : 0; w < words.length - 1 && !body; w++) if (isGenericBody(words.slice(w).join(' '))) body = words.slice(w).join(' ');
        const country = m.country ?? ownerCountry.get(m);
        if (body) bare = country ? qualifyBody(body, country) : normaliseBody(body);
      }
      const idx = ents.get(m.type, bare);
      // "mayor of Seongnam": a town typed by its cue lies in the one country the document names that has it.
      if (m.type === 'Place' && ents.list[idx]!.country === undefined) {
        const city = countryOfCity(bare, docCountries) ?? countryOfRegion(bare, docCountries);
        if (city !== undefined) ents.list[idx]!.country = city;
      }
      if (bare !== name) ents.alias(idx, name);
      if (body) ents.alias(idx, body), ents.alias(idx, normaliseBody(body));
      m.refs = [idx];
      // "Sheikh Tamim …", "King Charles": a royal or honorific style written before the name is also a name.
      if (m.type === 'Person') {
        const toks = sentOf[j]!.tokens;
        for (let t = m.t0 - 1; t <= m.t0; t++) {
          const style = toks[t]?.text;
          if (style && STYLES.has(style) && !name.startsWith(style)) ents.alias(idx, `${style} ${name}`);
        }
      }
      if (m.acronym) {
        acronyms.set(m.acronym, idx);
        ents.alias(idx, m.acronym);
      }
      if (m.type === 'Person' && name.includes(' ')) {
        const key = surnameOf(name);
        if (!persons.has(key)) persons.set(key, new Set());
        persons.get(key)!.add(idx);
      }
    }
  }
  return names;
}

/** Resolves `m` to the one person whose full name `fits`, with `name` as alias; false when none or several fit. */
function onePerson({ ents }: DocMentions, { persons }: KnownNames, m: Mention, name: string, fits: (full: string) => boolean): boolean {
  const found = new Set<number>();
  for (const set of persons.values()) for (const idx of set) if (fits(ents.list[idx]!.name)) found.add(idx);
  if (found.size !== 1) return false;
  const idx = [...found][0]!;
  m.refs = [idx];
  m.type = 'Person';
  ents.alias(idx, name);
  return true;
}

// Any later word of exactly one full name ("Lula" for "Luiz Inacio Lula da Silva"), built on demand.
function nameWords({ ents }: DocMentions, names: KnownNames): Map<string, Set<number>> {
  if (names.byWord) return names.byWord;
  const byWord = (names.byWord = new Map());
  for (const set of names.persons.values()) {
    for (const idx of set) {
      const words = ents.list[idx]!.name.split(' ');
      for (let i = 1; i < words.length; i++) {
        const w = words[i]!;
        // (Nor a father's name after "bin": "Khalid bin Tamer" is not "Tamer".)
        if (w.length < 3 || PARTICLES.has(w) || w.endsWith('.') || PATRONYMIC.has(words[i - 1]!.toLowerCase())) continue;
        const k = w.toLowerCase();
        if (!byWord.has(k)) byWord.set(k, new Set());
        byWord.get(k)!.add(idx);
      }
    }
  }
  return byWord;
}

function resolveUntypedNames(d: DocMentions, names: KnownNames): void {
  const { all, sentOf, sentences, ents } = d;
  const { acronyms, persons, docCountries } = names;
  // 3. Untyped names: acronym, surname, a city of a country the document names, place cue, a bare
  // personal name, else tentative.
  for (let j = 0; j < all.length; j++) {
    const m = all[j]!;
    if (m.kind !== 'name' || m.type) continue;
    const name = cleanName(m.name);
    if (!name) continue;
    const acr = acronyms.get(name);
    if (acr !== undefined) {
      m.refs = [acr];
      m.type = ents.list[acr]!.type;
      continue;
    }
    // "Chilean Renewal" named whole before, read here as a demonym and a name: the whole name, and the
    // demonym is part of it, not its country.
    const led = demonymLed(d, j, name);
    if (led !== undefined) {
      m.refs = [led];
      m.type = ents.list[led]!.type;
      all[j - 1]!.refs = [];
      continue;
    }
    // "Congo" after "the Democratic Republic of Congo": the last word of one country the document names.
    if (!name.includes(' ')) {
      // Also "Melissa" after "Hurricane Melissa", "Sindoor" after "Operation Sindoor".
      const whole = oneEndingIn(ents, name);
      if (whole !== undefined) {
        m.refs = [whole];
        m.type = ents.list[whole]!.type;
        ents.alias(whole, name);
        continue;
      }
    }
    // The same name typed elsewhere in the document ("President Irfaan Ali …; Irfaan Ali and …").
    let known: number | undefined;
    for (const t of TYPED_ORDER) {
      const x = ents.find(t, name);
      if (x !== undefined && !ents.list[x]!.tentative) {
        known = x;
        break;
      }
    }
    if (known !== undefined) {
      m.refs = [known];
      m.type = ents.list[known]!.type;
      continue;
    }
    const words = name.split(' ');
    if (words.length === 1) {
      // Short form of an organization named in full: "Norvik" for "Norvik Energy"; acronym from initials.
      const org = orgShortForm(all, ents, name);
      if (org !== undefined) {
        m.refs = [org];
        m.type = 'Organization';
        ents.alias(org, name);
        continue;
      }
      const cands = persons.get(name.toLowerCase().replace(/^(?:al|el)-/, '')) ?? nameWords(d, names).get(name.toLowerCase());
      if (cands && cands.size === 1) {
        const idx = [...cands][0]!;
        m.refs = [idx];
        m.type = 'Person';
        ents.alias(idx, name);
        continue;
      }
      // "Jorge Vidal … his son, Tomas Vidal … Vidal said": a surname several people share, used alone,
      // is the one the text named first (the others keep their given names to tell them apart).
      if (cands && cands.size > 1 && persons.has(name.toLowerCase())) {
        m.refs = [Math.min(...cands)];
        m.type = 'Person';
        continue;
      }
      // "Abiy" for "Abiy Ahmed", "Yoon" for "Yoon Suk Yeol": the name used alone is the first word of
      // exactly one full name (a given name or a family name written first).
      // (Also a two-letter one, "Wu" for "Wu Tamar": a capital and a small letter is no initialism.)
      if ((name.length >= 3 || /^\p{Lu}\p{Ll}$/u.test(name)) && onePerson(d, names, m, name, (full) => full.startsWith(`${name} `))) continue;
      // "Okafor told reporters he would resign", "Okafor spoke in Abuja. She …": a one-word name acting
      // as a clause's subject that a personal pronoun takes up is a person's.
      if (singleNamePerson(all, j, sentences, sentOf)) {
        namePerson(ents, names, m, name);
        continue;
      }
    } else {
      // "Sheikh Faris" after "Sheikh Faris bin Tamer": a style and one name are the one full name they open.
      // (The first word only: in "Sheikh Omar bin Saif" the last is his father's name, "Sheikh Saif".)
      if (words.length === 2 && STYLES.has(words[0]!) && onePerson(d, names, m, name, (full) => full.startsWith(`${words[1]} `))) continue;
      // A body's name without its kind word. (Not a person's name a foundation bears.)
      const org = m.personCue || FIRST_NAMES.has(words[0]!) || GIVEN_NAMES.has(words[0]!) ? undefined : orgWithoutKind(all, ents, name);
      if (org !== undefined) {
        m.refs = [org];
        m.type = 'Organization';
        ents.alias(org, name);
        continue;
      }
      // "von der Leyen", "da Silva", "Valdes Arancibia" (a double surname): the tail of exactly one full name.
      if (onePerson(d, names, m, name, (full) => full.endsWith(` ${name}`))) continue;
    }
    const city = words.length <= 3 && !m.personCue ? (countryOfCity(name, docCountries) ?? countryOfRegion(name, docCountries)) : undefined;
    // "the Front besieged Bukama": one word besieged, overrun or shelled is a place (not "captured", "seized": people are too).
    const before = sentOf[j]!.tokens[m.t0 - 1];
    // (Not a name an apposition or a possessive follows: "seized Ruiz, a French engineer", "occupied Total's plant".)
    const after = sentOf[j]!.tokens[m.t1];
    const taken = words.length === 1 && !m.personCue && before?.pos === 'VERB' && PLACE_TAKING.has(before.lemma ?? before.lower) && !/^['’]s$/.test(after?.text ?? '') && !(after?.text === ',' && /^(?:a|an|the)$/.test(sentOf[j]!.tokens[m.t1 + 1]?.lower ?? ''));
    if (m.placeCue || city !== undefined || taken) {
      m.type = 'Place';
      const idx = ents.get('Place', name);
      if (city !== undefined) ents.list[idx]!.country ??= city;
      m.refs = [idx];
      continue;
    }
    if ((m.personCue && words.length >= 2 && words.length <= 3) || (barePersonalName(m, words, sentOf[j]!) && personEvidence(all, j, words, sentences, sentOf))) {
      namePerson(ents, names, m, name);
      continue;
    }
    // "ZEPA, a regional security pact", "Kestrel Crop Sciences, a Dutch seed company": the text defines it.
    const defined = appositionType(sentOf[j]!, m);
    if (defined) {
      m.type = defined;
      m.refs = [ents.get(defined, name)];
      continue;
    }
    // "Japan's Yoko Arai, South Korea's Lee Dong-hoon": after a state's possessive, two or three words whose
    // first is a given name the registers know, with no body's word, are a person's.
    // (Not a word that is as often something else, "Ghana's Unity Savings".)
    if (d.ownerCountry.has(m) && words.length >= 2 && words.length <= 3 && genderOfName(name) !== undefined && !NOT_NAMES.has(words[0]!) && !words.some((w) => ORG_KEYWORDS.has(w) || FIRM_TAILS.test(w))) {
      namePerson(ents, names, m, name);
      continue;
    }
    m.refs = [ents.get('Organization', name, true)];
  }
}

/** Words that end a firm's name more often than a person's. */
const FIRM_TAILS = /^(?:Savings|Investments?|Securities|Logistics|Capital|Trust|Partners|Motors|Foods|Brands|Mining|Minerals|Metals|Steel|Power|Solutions|Ventures|Trading|Shipping|Pharma|Telecom|Media|Labs|Digital)$/;

/** Types a name a person's and files it under its surname, for later mentions of the surname alone. */
function namePerson(ents: DocEntities, names: KnownNames, m: Mention, name: string): void {
  m.type = 'Person';
  const idx = ents.get('Person', name);
  m.refs = [idx];
  const key = surnameOf(name);
  if (!names.persons.has(key)) names.persons.set(key, new Set());
  names.persons.get(key)!.add(idx);
  names.byWord = undefined;
}

function resolveNamedPhrases(d: DocMentions): void {
  const { all, ents, sentOf, sentences } = d;
  // Named treaty/event phrases, with their owner's canonical name ("Joe Biden inauguration").
  // A phrase named only by adjectives ("a two-day summit", "a free trade agreement") defers to a
  // strongly named one of the same kind nearby ("the Vilnius summit"); "the 1987 agreement" defers
  // to a treaty with a proper name in the same document.
  all.forEach((m, pos) => {
    if (m.kind !== 'np' || !m.named) return;
    const properTreaty = m.type === 'Treaty' && m.det === 'the' && m.strong && !m.owner
      ? all.find((x) => (x.kind === 'name' || x.kind === 'gaz') && x.type === 'Treaty')
      : undefined;
    if (properTreaty) {
      m.named = false;
      return;
    }
    if (m.strong) return;
    // "a border demarcation accord … the border pact": a definite agreement whose words an earlier
    // one's include, with more of its own, is that one.
    if (m.type === 'Treaty' && m.det === 'the' && !m.owner) {
      const own = matterWords(m);
      // (Within the four sentences before, and not one the phrase gives parties or a date of its own: "the trade
      // agreement that Kenya signed with Tanzania in 2015", "the border accord with Bolivia".)
      const toks = sentOf[pos]!.tokens;
      const after = toks[m.t1]?.lower ?? '';
      const ownParties = /^(?:that|signed|concluded)$/.test(after) || (/^(?:with|between)$/.test(after) && /^\p{Lu}/u.test(toks[m.t1 + 1]?.text ?? '') && toks[m.t1 + 1]?.lower !== 'the');
      if (own.size && !ownParties) {
        for (let j = pos - 1; j >= 0; j--) {
          const x = all[j]!;
          if (x.kind !== 'np' || !x.named || x.type !== 'Treaty' || x.name === m.name) continue;
          if (sentenceGap(sentences, sentOf[j]!, sentOf[pos]!) > 4) break;
          const theirs = matterWords(x);
          if (theirs.size > own.size && [...own].every((w) => theirs.has(w))) return void (m.sameAs = x);
        }
      }
    }
    // (Not to one whose own words name another matter: "a trade treaty" is not "the 2021 fishing agreement".)
    // (Nor an indefinite one after a dated one, which tells another: "a 2019 trade deal … on Monday Peru signed a digital trade deal".)
    const another = (x: Mention, j: number): boolean => m.type === 'Treaty' && j < pos && /^(?:a|an)$/.test(m.det ?? '') && /(?:^|\s)(?:19|20)\d\d(?:\s|$)/.test(x.name) && sentOf[j] !== sentOf[pos];
    const near = all.find((x, j) => x !== m && x.kind === 'np' && x.strong && x.type === m.type && Math.abs(j - pos) <= 12 && (m.type === 'Treaty' || x.head === m.head) && !otherMatter(m, x) && !another(x, j));
    if (near) m.named = false;
  });
  for (const m of all) {
    if (m.kind !== 'np' || !m.named) continue;
    if (m.sameAs?.refs.length) {
      m.refs = [...m.sameAs.refs];
      continue;
    }
    const o = m.owner?.refs[0];
    const ownerName = o !== undefined ? ents.list[o]!.name : m.owner ? cleanName(m.owner.name) : '';
    const idx = ents.get(m.type!, `${ownerName} ${m.name}`.trim().replace(/\s+/g, ' '));
    m.refs = [idx];
    // The phrase as the article writes it ("Senegal's presidential election" → "presidential election",
    // "G20 summit" for the "Group of 20 summit").
    if (ownerName) ents.alias(idx, m.name);
    const surface = m.owner?.surface ?? m.owner?.name;
    if (surface && surface !== ownerName && !/['’]s$/.test(surface)) ents.alias(idx, `${surface} ${m.name}`.replace(/\s+/g, ' '));
  }
}

/** Whether "a group of …" is written between the mentions at `j` and `pos`: "the group" is then that nearer group ("kidnapped a group of tourists"). */
function groupOfBetween(d: DocMentions, all: Mention[], j: number, pos: number): boolean {
  const from = all[j]!.end;
  const to = all[pos]!.start;
  for (const s of d.sentences) {
    if (s.end < from || s.start > to) continue;
    for (let k = 1; k + 1 < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      if (t.start >= from && t.end <= to && t.lower === 'group' && s.tokens[k + 1]!.lower === 'of' && /^(?:a|another|one)$/.test(s.tokens[k - 1]!.lower)) return true;
    }
  }
  return false;
}

/** Last words of a firm's or an institute's name, which "the group" may stand for instead of an armed one. */
const FIRM_NAME_END = /\b(?:Holdings|Group|Bank|Inc|Ltd|Corp|Corporation|Company|Co|Oil|Gas|Energy|Mining|Mines|Resources|Motors|Airlines|Watch|Institute|Foundation|Fund|Capital|Partners|Industries|Systems)$/;

/** Names of armed or political groups "the group" may stand for. */
const GROUPISH_NAME = /\b(?:Front|Frente|Army|Ejército|Movement|Movimiento|Mouvement|Brigades?|Forces|Fuerzas|Militia|Jihad|Liberation|Resistance|Rebels|Insurgents|Mujahideen)\b|^(?:Hamas|Hezbollah|Houthis|al-Shabaab|Taliban|M23|ELN|FARC|Wagner)$/;
/** A state's own forces, not a group: "Lebanese Armed Forces", "the Chilean Army". */
const STATE_FORCE = /^(?:[A-Z][a-z]+ )?(?:Armed|Defence|Defense|Self-Defense|Security|Land|Air|Naval) Forces$|^[A-Z][a-z]+(?:an|ian|ese|ish|i) Army$/;

/** How many sentences lie between the mentions at `a` and `b` (0 in the same sentence). */
function sentenceGap(sentences: readonly SentenceInfo[], x: SentenceInfo, y: SentenceInfo): number {
  // (By each sentence's place in the document, sentences that name no one counted too.)
  return Math.abs(sentences.indexOf(y) - sentences.indexOf(x));
}

/** The words of an agreement or event phrase before its head, less years and words of time or praise. */
function matterWords(m: Mention): Set<string> {
  return new Set(m.name.toLowerCase().split(/\s+/).slice(0, -1).filter((w) => !/^(?:19|20)\d\d$/.test(w) && !/^(?:new|first|second|landmark|historic|proposed|planned|final|draft|initial|interim|and)$/.test(w)));
}

/**
 * Whether two agreement or event phrases each have words of their own and share none ("security treaty",
 * "policing agreement"), or the strong one `b` is dated and `a` names a matter it does not ("a border and
 * policing agreement" is not "an older 2019 policing pact").
 */
function otherMatter(a: Mention, b: Mention): boolean {
  const wa = matterWords(a);
  const wb = matterWords(b);
  // (Only two matters joined by "and" against one of them: "the bilateral trade pact" is still "the 2019 trade deal".)
  if (wa.size > 0 && /(?:^|\s)(?:19|20)\d\d(?:\s|$)/.test(b.name) && / and /.test(a.name) && [...wa].some((w) => !wb.has(w))) return true;
  return wa.size > 0 && wb.size > 0 && ![...wa].some((w) => wb.has(w));
}

// "the government" with no named government: the document's clearly dominant country.
// The dateline's country counts two mentions more: a story filed from Lusaka that names Malawi twice
// is still about Zambia's government.
function dominantCountry({ all, ents, sentOf }: DocMentions, cache: { dominant?: number | null }): number | undefined {
  if (cache.dominant !== undefined) return cache.dominant ?? undefined;
  const counts = new Map<number, number>();
  all.forEach((m, j) => {
    if (m.refs.length === 1 && ents.list[m.refs[0]!]!.type === 'Country') counts.set(m.refs[0]!, (counts.get(m.refs[0]!) ?? 0) + 1);
    const home = sentOf[j]!.tokens[m.t0]?.dateline && m.gaz ? (m.gaz.type === 'Country' ? m.gaz.canonical : m.gaz.country) : undefined;
    const c = home !== undefined ? ents.find('Country', home) : undefined;
    if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 2);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  cache.dominant = ranked[0] && ranked[0][1] >= 2 && ranked[0][1] >= 1.5 * (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
  return cache.dominant ?? undefined;
}

function resolveDescriptions(d: DocMentions): void {
  const { all, sentOf, ents } = d;
  const cache: { dominant?: number | null } = {};
  // 4. Descriptions, in document order (antecedent first, else the next match).
  all.forEach((m, pos) => {
    if (m.kind === 'desc') {
      // (A well-known body only when no other body is named between: "HSBC said the bank…" is not the World Bank's.)
      let idx = findNear(all, pos, (x, j) => x.type === 'Organization' && (x.kind === 'name' || (x.kind === 'gaz' && !bodyBetween(all, j, pos))) && x.refs.length === 1 &&
        ents.list[x.refs[0]!]!.name.split(' ').includes(m.head!) && !ents.list[x.refs[0]!]!.tentative);
      // "the government in Santiago": the state whose capital or city the description is placed in.
      const next = all[pos + 1];
      const placedIn = m.head === 'Government' && next && sentOf[pos + 1] === sentOf[pos] && sentOf[pos]!.tokens[m.t1]?.lower === 'in' && next.t0 === m.t1 + 1 && next.gaz?.type === 'Place' && next.gaz.country ? ents.find('Country', next.gaz.country) : undefined;
      if (idx === undefined && placedIn !== undefined) idx = placedIn;
      if (idx === undefined && m.head === 'Government' && dominantCountry(d, cache) !== undefined) idx = dominantCountry(d, cache);
      // "the group": the last armed or political body named in this sentence or the two before, whatever its
      // name ("the Vega Front, an armed group, … accused the group of shelling").
      // (Not "the group of donors", nor past a firm or body named nearer: "Vega Holdings said the group would …".)
      // (A gerund after "of" is what it is accused of: "accused the group of shelling".)
      const groupOf = sentOf[pos]!.tokens[m.t1]?.lower === 'of' && !/ing$/.test(sentOf[pos]!.tokens[m.t1 + 1]?.lower ?? '');
      if (idx === undefined && m.head === 'Group' && !groupOf) idx = findNear(all, pos, (x, j) => x.type === 'Organization' && x.refs.length === 1 && (x.kind === 'name' || x.kind === 'gaz') && GROUPISH_NAME.test(ents.list[x.refs[0]!]!.name) && !STATE_FORCE.test(ents.list[x.refs[0]!]!.name) && !ents.list[x.refs[0]!]!.tentative && j < pos && sentenceGap(d.sentences, sentOf[j]!, sentOf[pos]!) <= 2 && !groupOfBetween(d, all, j, pos) && !all.slice(j + 1, pos).some((y) => y.type === 'Organization' && y.refs.length > 0 && FIRM_NAME_END.test(ents.list[y.refs[0]!]!.name)));
      // "the legislature": the last chamber named, whatever its name ("Congress", "the Diet").
      if (idx === undefined && m.head === 'Legislature') idx = findNear(all, pos, (x) => x.type === 'Organization' && x.refs.length === 1 && LEGISLATURE_NAME.test(ents.list[x.refs[0]!]!.name));
      if (idx === undefined && /^(?:Alliance|Bloc|Organization|Organisation|Union)$/.test(m.head!)) {
        // A body of states, by its name or an acronym ("the bloc" is not the World Bank).
        idx = findNear(all, pos, (x) => x.kind === 'gaz' && x.gaz?.type === 'Organization' && x.gaz.kind === 'name' && x.refs.length === 1 && BLOC_NAME.test(ents.list[x.refs[0]!]!.name));
      }
      // "the company", "the firm": the last body named before that is no public one (a company's
      // name need not say it is one: "Halden Energy").
      if (idx === undefined && m.head === 'Company') {
        for (let j = pos - 1; j >= 0 && sentOf[j]!.start >= (sentOf[pos]!.start - 600); j--) {
          const x = all[j]!;
          if (x.kind !== 'name' || x.type !== 'Organization' || x.refs.length !== 1 || ents.list[x.refs[0]!]!.tentative) continue;
          if (!PUBLIC_BODY.test(ents.list[x.refs[0]!]!.name)) idx = x.refs[0];
          break;
        }
      }
      if (idx !== undefined) m.refs = [idx];
    } else if (m.kind === 'np' && !m.named && m.det !== 'its' && m.det !== 'another') {
      // ("another summit" is not the one named before.)
      // "the new agreement" is not the one named by its year ("the 2015 accord"): that is the old one.
      const fresh = FRESH.test(m.surface ?? m.name);
      // (A name after the description only from the lead or within three sentences: "The deal … The Lima Accord,
      // signed …", not a treaty named paragraphs later when the one meant was never named.)
      const lead = d.sentences.indexOf(sentOf[pos]!) === 0;
      const fits = (x: Mention, j: number) => ((x.kind === 'np' && x.named === true) || (x.kind === 'name' && m.type === 'Treaty')) && x.type === m.type && (m.type === 'Treaty' || x.head === m.head) && !(fresh && datedMention(sentOf[j]!, x)) &&
        (j < pos || lead || sentenceGap(d.sentences, sentOf[pos]!, sentOf[j]!) <= 3);
      // ("the treaty" is the treaty named last, before a pact or a deal named since.)
      const idx = (m.type === 'Treaty' ? findNear(all, pos, (x, j) => fits(x, j) && x.kind === 'np' && x.head === m.head) : undefined) ?? findNear(all, pos, fits);
      if (idx !== undefined) m.refs = [idx];
    } else if (m.kind === 'plural' && !m.count && m.det === 'the') {
      for (let j = pos - 1; j >= 0; j--) if (all[j]!.kind === 'plural' && all[j]!.refs.length) return void (m.refs = [...all[j]!.refs]);
    } else if (m.kind === 'np' && m.det === 'its' && !m.named) {
      for (let j = pos - 1; j >= 0; j--) {
        const x = all[j]!;
        // (Not the agency a dateline credits: "(Reuters) - … over its military offensive"; nor a body when a state
        // is named nearer and the act is a state's, "the UN urged Israel to halt its offensive".)
        if (x.refs.length === 1 && NEWS_AGENCY.test(ents.list[x.refs[0]!]!.name)) continue;
        if (x.refs.length === 1 && ents.list[x.refs[0]!]!.type === 'Country' && STATE_ACT_HEADS.has(m.head ?? '')) break;
        if (x.refs.length === 1 && ents.list[x.refs[0]!]!.type === 'Organization' && !ents.list[x.refs[0]!]!.tentative) {
          m.refs = [ents.get(m.type!, `${ents.list[x.refs[0]!]!.name} ${m.name}`)];
          m.named = true;
          break;
        }
      }
    } else if (m.kind === 'plural' && m.count) {
      const found: number[] = [];
      for (let j = pos - 1; j >= 0 && found.length < m.count; j--) {
        const x = all[j]!;
        const r = x.refs[0];
        if (x.kind === 'name' && r !== undefined && ents.list[r]!.type === 'Organization' && ents.list[r]!.name.endsWith(m.head!) && !found.includes(r)) found.push(r);
      }
      if (found.length < m.count) {
        for (let j = pos + 1; j < all.length && found.length < m.count; j++) {
          const x = all[j]!;
          const r = x.refs[0];
          if (x.kind === 'name' && r !== undefined && ents.list[r]!.type === 'Organization' && ents.list[r]!.name.endsWith(m.head!) && !found.includes(r)) found.push(r);
        }
      }
      if (found.length === m.count) m.refs = found.reverse();
    }
  });
}

/** Acts a state rather than a body does, so an "its" before them with a state named nearer is the state's. */
const STATE_ACT_HEADS = new Set(['offensive', 'election', 'referendum', 'war', 'invasion', 'campaign', 'operation', 'attack', 'strike', 'blockade', 'occupation', 'incursion', 'crackdown', 'vote', 'census', 'budget']);

/** News agencies a dateline credits ("(Reuters)"), never the owner an "its" names. */
const NEWS_AGENCY = /^(?:Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|Xinhua|TASS|Interfax|Anadolu|Kyodo|Yonhap|EFE|ANSA|dpa|PTI)$/;

function equateNames(d: DocMentions): void {
  const { sentences, ents } = d;
  // Names the text equates: "the Pretoria agreement, formally the Agreement for Lasting Peace…",
  // "the bloc, known as the Alliance of Sahel States": one entity, the second name an alias.
  for (const s of sentences) {
    for (let k = 0; k + 1 < s.mentions.length; k++) {
      const a = s.mentions[k]!;
      const b = s.mentions[k + 1]!;
      if (a.refs.length !== 1 || b.refs.length !== 1 || a.refs[0] === b.refs[0]) continue;
      const ta = ents.list[a.refs[0]!]!.type;
      if (ta !== ents.list[b.refs[0]!]!.type || (ta !== 'Treaty' && ta !== 'Organization' && ta !== 'Event')) continue;
      // (Over a time phrase after the first name and an amount before the second: "signed the Lima Accord on
      // Friday, a $40 million border pact".)
      const gap = tokenText(s.tokens, a.t1, b.t0, ' ', true).replace(/^(?:on|in|last|this) [a-z]+(?: \d{1,2})?(?: \d{4})? (?=,)/, '').replace(/^(, (?:a|an|the)) (?:[a-z]{0,3}\$|€|£)?[\d.,]+(?: (?:million|billion|trillion))?(?: (?:dollars?|euros?|pounds?|yuan|rupees?))?$/, '$1');
      // ("the Lima Accord, the trade agreement that Peru concluded with Chile": a named treaty and a definite
      // description of it set off right after it.)
      const described = ta === 'Treaty' && a.kind !== 'np' && b.kind === 'np' && gap === ',' && b.det === 'the';
      if (!EQUATING.test(gap) && !described && !(b.kind === 'np' && (/^, (?:a|an)$/.test(gap) || (gap === ',' && (b.det === 'a' || b.det === 'an'))))) continue;
      ents.alias(a.refs[0]!, ents.list[b.refs[0]!]!.name);
      // (The second name used again later is the same entity: "the Vilca Force, known as VIFOR, … VIFOR said";
      // only two names equated by "known as" or "also called", the second no owner of what follows it.)
      const second = b.refs[0]!;
      const named = (x: Mention): boolean => x.kind === 'name' || x.kind === 'gaz';
      if (named(a) && named(b) && KNOWN_AS.test(gap) && !/^(?:['’]s|of)$/.test(s.tokens[b.t1]?.lower ?? '')) {
        for (const m of d.all) if (m.refs.length === 1 && m.refs[0] === second) m.refs = [a.refs[0]!];
      }
      b.refs = [a.refs[0]!];
    }
  }
}

function countMentions(d: DocMentions): void {
  const { all, ents } = d;
  // 5. Mention counts and aliases.
  const lastSentence = new Map<number, SentenceInfo>();
  all.forEach((m, k) => {
    for (const r of m.refs) {
      const e = ents.list[r]!;
      if (e.first < 0) e.first = k;
      e.mentions++;
      if (lastSentence.get(r) !== d.sentOf[k]) e.sentences++, lastSentence.set(r, d.sentOf[k]!);
    }
    if (m.kind === 'name' && m.refs.length === 1) ents.alias(m.refs[0]!, cleanName(m.name));
  });
}

/** The entity the document names "Demonym Name" when mention j is `name` right after that demonym. */
function demonymLed({ all, sentOf, ents }: DocMentions, j: number, name: string): number | undefined {
  const p = all[j - 1];
  if (!p || p.kind !== 'gaz' || p.gaz?.kind !== 'demonym' || sentOf[j - 1] !== sentOf[j] || p.t1 !== all[j]!.t0) return undefined;
  const full = `${tokensText(p)} ${name}`;
  for (const t of TYPED_ORDER) {
    const x = t === 'Country' ? undefined : ents.find(t, full);
    if (x !== undefined && !ents.list[x]!.tentative) return x;
  }
  return undefined;
}

/** The one country (or storm or operation) whose name ends with the word `name`, if exactly one does. */
function oneEndingIn(ents: DocEntities, name: string): number | undefined {
  let found: number | undefined;
  for (let k = 0; k < ents.list.length; k++) {
    const e = ents.list[k]!;
    if (!(e.type === 'Country' || (e.type === 'Event' && /^(?:Hurricane|Cyclone|Typhoon|Storm|Operation) /.test(e.name))) || e.name === name || !e.name.endsWith(` ${name}`)) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/**
 * "He accused Russia of…": a sentence opening with He/She stands for the one person named in the
 * previous sentence. The pronoun becomes a mention of that person and the evidence of the sentence
 * starts at the previous one, so it still names both ends of every relation.
 */
function resolvePronouns(sentences: SentenceInfo[], ents: DocEntities): void {
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    const t = s.tokens[0];
    if (!t || (t.text !== 'He' && t.text !== 'She') || !/^[a-z]/.test(s.tokens[1]?.text ?? '')) continue;
    const prev = sentences[k - 1]!;
    // A chain: the sentence before went on about someone as "he"/"she" too ("Abroad she was known as
    // X's envoy. She later chaired…"): the same one, not the person it named.
    const opened = prev.mentions[0]?.kind === 'pronoun' ? prev.mentions[0].refs[0] : undefined;
    const fits = (i: number) => pronounFits(t.lower, ents.list[i]!.name);
    // (Also one that opens the clause after a phrase of time or place, before anyone that sentence names:
    // "On a visit to Lima, she signed … with Y. She then flew…" goes on about her, not Y.)
    const firstPerson = prev.mentions.find((m) => m.refs.length === 1 && ents.list[m.refs[0]!]!.type === 'Person')?.t0 ?? Infinity;
    const subjectPronoun = prev.tokens.findIndex((x, i) => (x.lower === 'he' || x.lower === 'she') && (i < 4 || (i < firstPerson && prev.tokens[i - 1]?.text === ',')));
    let chained = opened ?? (subjectPronoun >= 0 ? topicPerson(ents) : undefined);
    if (chained !== undefined && !fits(chained)) chained = undefined;
    // Only people the pronoun can stand for: "She" is not a man the given name says is one.
    const people = new Set(prev.mentions.flatMap((m) => (m.refs.length === 1 && ents.list[m.refs[0]!]!.type === 'Person' && fits(m.refs[0]!) ? m.refs : [])));
    // (Of several, the subject of the sentence before: its first person named outside an opening clause
    // and a prepositional phrase, "X beat Y in the run-off. He will …" is X.)
    const subject = people.size > 1 ? prev.mentions.find((m) => m.refs.length === 1 && people.has(m.refs[0]!) && m.t0 >= openingClauseEnd(prev.tokens, prev.bodyStart ?? 0) && !isNoSubjectName(prev.tokens, m.t0, m.t1))?.refs[0] : undefined;
    if (chained === undefined && people.size !== 1 && subject === undefined) continue;
    const idx = chained ?? subject ?? [...people][0]!;
    s.mentions.unshift(makeMention(t.start, t.end, 0, 1, { kind: 'pronoun', type: 'Person', name: ents.list[idx]!.name, surface: t.text, refs: [idx] }));
    s.evidenceStart = prev.start;
  }
}

/** The person the document names most often (the one a running pronoun chain is about), if any. */
export function topicPerson(ents: DocEntities): number | undefined {
  let best: number | undefined;
  ents.list.forEach((e, i) => {
    // (Counted by sentences, a title and the name it is given counting once; of as many, the one named
    // first, whom the text opens on.)
    const b = best === undefined ? undefined : ents.list[best]!;
    if (e.type === 'Person' && (!b || e.sentences > b.sentences || (e.sentences === b.sentences && e.first >= 0 && (b.first < 0 || e.first < b.first)))) best = i;
  });
  return best;
}

/** Endings of company and union names, not of surnames ("Dassault Aviation", "United Steelworkers"). */
const ORG_TAIL = /(?:tion|ment|ics|ware|works|workers|ways|lines|tech|group|soft|corp|bank|energy|steel|motors|systems|foods|media|labs|partners|holdings|capital|pharma|power|oil|gas|mobile|telecom|air|link|net|com|minerals|mining|metals|resources|industries|logistics|shipping|chemicals|materials|electronics|robotics|aerospace|defence|defense|insurance|securities|ventures|brands|solutions|services|networks|petroleum|lithium|cement|textiles|airways|rail|railways)$/i;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;
/** Particles that make a name a person's by its structure: "son of" in Arabic names. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/**
 * A name with no cue that still reads as a person's: two or three capitalised words the tagger calls
 * proper nouns, none of them an organisation or place word (those were typed before), not after
 * "the" ("the Baltic Wind" is not a person), not a single run of capitals. Bodies usually carry a
 * keyword or an article; two or three bare name words are, in news and profiles, mostly people.
 */
function barePersonalName(m: Mention, words: string[], s: SentenceInfo): boolean {
  // "Abdullatif bin Rashid Al Zayani": a patronymic chain runs longer.
  const patronymic = words.some((w) => PATRONYMIC.has(w.toLowerCase()));
  if (words.length < 2 || words.length > (patronymic ? 6 : 3) || m.placeCue) return false;
  if (!words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w))) return false;
  if (PARTICLES.has(words[words.length - 1]!) || ORG_TAIL.test(words[words.length - 1]!)) return false;
  for (let t = m.t0; t < m.t1; t++) {
    const tok = s.tokens[t]!;
    if (tok.word && tok.pos !== 'PROPN' && !PARTICLES.has(tok.text)) return false;
  }
  const before = s.tokens[m.t0 - 1];
  if (before && (before.lower === 'the' || (before.text === '-' && before.end === m.start))) return false;
  // "the deputy leader of Forza Chilena", "a founder of X": what one leads or belongs to is a body.
  if (before?.lower === 'of' && BODY_OF_NOUNS.has(s.tokens[m.t0 - 2]?.lemma ?? s.tokens[m.t0 - 2]?.lower ?? '')) return false;
  const after = s.tokens[m.t1];
  if (after && ((after.text === '-' && after.start === m.end) || after.pos === 'PROPN')) return false;
  return true;
}

/** Plural nouns for people, after which a list of names is of people ("three students, X, Y and Z"). */
const PEOPLE_PLURALS = new Set('engineers workers nurses doctors teachers tourists fishermen sailors pilots missionaries volunteers employees monks nuns athletes players protesters demonstrators captives abductees victims survivors pilgrims migrants refugees children sons daughters brothers sisters men women journalists reporters activists dissidents lawyers officials ministers leaders lawmakers legislators senators politicians diplomats soldiers officers prisoners detainees hostages candidates opponents defendants suspects judges executives businessmen bankers economists scientists researchers academics students priests clerics nationals citizens'.split(' '));

/** Nouns whose "of" complement is a body, never a person ("leader of", "member of", "founder of"). */
const BODY_OF_NOUNS = new Set(['leader', 'head', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'member', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary-general']);

/** Modifiers that set a description against an older one of its kind ("the new agreement"). */
export const FRESH = /\b(?:new|latest|fresh|revised|renewed)\b/i;
const YEAR = /\b(?:1[89]|20)\d\d\b/;

/** A mention dated by a year in its name or among the words before it ("the 2015 Algiers peace accord"). */
export function datedMention(s: SentenceInfo, m: Mention): boolean {
  if (YEAR.test(m.name)) return true;
  const t = s.tokens;
  for (let k = m.t0 - 1; k >= Math.max(0, m.t0 - 3) && !/^(?:the|a|an|its|their|this|that)$/.test(t[k]!.lower); k--) if (YEAR.test(t[k]!.text)) return true;
  return false;
}

/** Verbs whose object, one bare word, is a place taken or struck ("besieged Bukama", "shelled Zirok"). */
const PLACE_TAKING = new Set(['recapture', 'retake', 'overrun', 'occupy', 'besiege', 'encircle', 'shell', 'bomb', 'liberate']);

/** Whether another body is named between mentions a and b. */
function bodyBetween(all: readonly Mention[], a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (all[k]!.type === 'Organization' && (all[k]!.kind === 'name' || all[k]!.kind === 'gaz')) return true;
  return false;
}

/** Names of legislative chambers: "the legislature" may stand for them. */
const LEGISLATURE_NAME = /\b(?:Congress|Parliament|Assembly|Senate|Diet|Duma|Knesset|Majlis|Legislature|Sejm|Storting|Riksdag|Bundestag|Chamber of Deputies|House of Representatives|Lok Sabha)\b/;

/** Names of bodies of states: "the bloc" or "the alliance" may stand for them. */
const BLOC_NAME = /\b(?:Union|Community|Alliance|Organi[sz]ation|Bloc|Pact|Council|Association|League|Cooperation|Partnership|Forum|Group of|Treaty)\b|^[A-Z]{3,}$/;

const EQUATING = /^, (?:formally|officially|also known as|known as|also called|called|or)(?: the)?$/;
/** The gaps that make a second name the same entity wherever it is used: "X, known as Y". */
const KNOWN_AS = /^, (?:also known as|known as|also called)(?: the)?$/;
/** Head nouns of a defining apposition and the type they give. */
const DEFINING_HEADS: Readonly<Record<string, EntityType>> = {
  pact: 'Treaty', treaty: 'Treaty', agreement: 'Treaty', accord: 'Treaty', convention: 'Treaty', deal: 'Treaty', protocol: 'Treaty',
  company: 'Organization', firm: 'Organization', group: 'Organization', party: 'Organization', alliance: 'Organization', bloc: 'Organization',
  organisation: 'Organization', organization: 'Organization', agency: 'Organization', startup: 'Organization', bank: 'Organization',
  militia: 'Organization', movement: 'Organization', union: 'Organization', body: 'Organization', association: 'Organization',
  network: 'Organization', coalition: 'Organization', producer: 'Organization', maker: 'Organization', manufacturer: 'Organization',
  conglomerate: 'Organization', charity: 'Organization', university: 'Organization', newspaper: 'Organization', broadcaster: 'Organization',
  town: 'Place', city: 'Place', village: 'Place', region: 'Place', province: 'Place', district: 'Place', port: 'Place', island: 'Place',
  residence: 'Place', palace: 'Place', estate: 'Place', compound: 'Place', prison: 'Place', jail: 'Place', airport: 'Place', hotel: 'Place', venue: 'Place', retreat: 'Place', base: 'Place',
  summit: 'Event', conference: 'Event', forum: 'Event', festival: 'Event',
  economist: 'Person', politician: 'Person', lawyer: 'Person', activist: 'Person', journalist: 'Person', writer: 'Person',
  banker: 'Person', businessman: 'Person', businesswoman: 'Person', diplomat: 'Person', billionaire: 'Person', general: 'Person',
  ...Object.fromEntries(
    `justice judge lawmaker legislator senator minister official adviser advisor aide envoy ambassador spokesman spokeswoman spokesperson representative
    commander chairman chairwoman prosecutor scientist researcher professor academic author novelist poet artist actor actress singer
    athlete footballer coach priest cleric bishop imam rabbi doctor surgeon officer colonel veteran dissident entrepreneur investor engineer
    mayor governor candidate nominee negotiator mediator historian philosopher physicist chemist biologist linguist sociologist
    anthropologist mathematician composer painter sculptor filmmaker director-general`.split(/\s+/).map((w) => [w, 'Person']),
  ),
};

/** The type a defining apposition gives a name: ", a regional security pact", ", an agritech startup". */
function appositionType(s: SentenceInfo, m: Mention): EntityType | undefined {
  const t = s.tokens;
  if (t[m.t1]?.text !== ',' || !/^(?:a|an|the)$/.test(t[m.t1 + 1]?.lower ?? '')) return undefined;
  for (let k = m.t1 + 2; k < Math.min(t.length, m.t1 + 8); k++) {
    const x = t[k]!;
    // "X, the opposition party's leader": a possessor before the head is not what X is.
    if (/^['’]s$/.test(x.text)) continue;
    if (!x.word || x.lower === 'of' || x.lower === 'that' || x.lower === 'which' || x.pos === 'VERB' || x.pos === 'ADP') {
      const head = t[k - 1]!;
      return DEFINING_HEADS[head.lemma ?? head.lower];
    }
  }
  return undefined;
}

const TYPED_ORDER: EntityType[] = ['Person', 'Organization', 'Country', 'Place', 'Treaty', 'Event'];
/** Verbs whose passive subject is a person (not "was defeated", "was appointed", "was elected": parties and firms are too). */
const PERSON_PASSIVE = new Set('arrest detain jail imprison kill assassinate murder execute pardon free release sentence convict sack marry interview abduct kidnap extradite'.split(' '));
const PERSON_OBJECT = new Set('arrest detain jail imprison kill assassinate murder execute appoint nominate elect succeed replace pardon free release sentence convict interview marry killing arrest arrested detention assassination murder execution release defeat unseat name meet host congratulate thank telephone phone sack dismiss fire'.split(' '));
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
/** Verbs whose subject is a person: born, died, resigned, conceded, graduated… (lemmas; not "testify", "plead" or "travel", which firms and teams do too). */
const PERSON_SUBJECT = new Set(['bear', 'die', 'resign', 'concede', 'graduate', 'study', 'marry', 'abdicate', 'retire']);
/** Adjectives of a person that may stand between "and" and the name ("X and incumbent Y"). */
const PERSON_ADJECTIVES = new Set(['incumbent', 'outgoing', 'jailed', 'exiled', 'detained', 'imprisoned', 'ousted', 'late', 'former', 'veteran', 'embattled', 'deposed', 'interim', 'acting']);
/** Verbs by which a person takes or holds an office, between a name and the title ("was elected president"). */
const OFFICE_TAKING = new Set(['elected', 're-elected', 'reelected', 'became', 'becomes', 'become', 'served', 'serves', 'serving', 'sworn', 'appointed', 'named', 'installed', 'inaugurated', 'chosen', 'nominated']);
/** Words that may sit around those verbs: auxiliaries, "as", articles and time qualifiers of the title. */
const OFFICE_LINKS = new Set(['was', 'is', 'has', 'had', 'have', 'been', 'be', 'will', 'would', 'later', 'then', 'also', 'twice', 'briefly', 'in', 'as', 'the', 'a', 'an', 'its', 'their', 'former', 'first', 'new', 'interim', 'acting', 'eventually', 'finally', 'subsequently']);

/**
 * Evidence in the document that a bare name is a person's: its last word used alone as a name
 * elsewhere ("… Faye said"), or a personal pronoun opening the next sentence or soon after it.
 */
/**
 * Whether mention j is in a list of names set off after a plural title over a list of states: "the
 * presidents of Bosnia, Croatia and Serbia, A, B and C" (the holders, in the order of their states).
 */
function heldTitleList(all: Mention[], j: number, sentOf: SentenceInfo[]): boolean {
  const s = sentOf[j]!;
  const sep = (a: Mention, b: Mention): boolean => s.tokens.slice(a.t1, b.t0).every((t) => t.text === ',' || t.lower === 'and') && b.t0 > a.t1;
  let i = j;
  while (i - 1 >= 0 && sentOf[i - 1] === s && all[i - 1]!.kind === 'name' && (all[i - 1]!.type === null || all[i - 1]!.type === 'Person') && sep(all[i - 1]!, all[i]!)) i--;
  let k = i - 1;
  if (k < 0 || sentOf[k] !== s || all[k]!.type !== 'Country' || tokenText(s.tokens, all[k]!.t1, all[i]!.t0) !== ',') return false;
  while (k - 1 >= 0 && sentOf[k - 1] === s && all[k - 1]!.type === 'Country' && sep(all[k - 1]!, all[k]!)) k--;
  const title = all[k - 1];
  return !!title && sentOf[k - 1] === s && title.kind === 'role' && !!title.role?.plural && /^of(?: the)?$/.test(tokenText(s.tokens, title.t1, all[k]!.t0));
}

function personEvidence(all: Mention[], j: number, words: string[], sentences: SentenceInfo[], sentOf: SentenceInfo[]): boolean {
  const last = words[words.length - 1]!;
  for (let k = 0; k < all.length; k++) {
    if (k === j) continue;
    const x = all[k]!;
    if (x.kind === 'name' && cleanName(x.name) === last) return true;
  }
  const s = sentOf[j]!;
  const m = all[j]!;
  // The object of a verb or noun that only people undergo: "arrested X", "the killing of X", "succeeded X".
  const prev = s.tokens[m.t0 - 1];
  // (Not a name right before a title and its holder, the body the title is of: "elected Vega Unida leader X".)
  const titleAfter = all[j + 1] && sentOf[j + 1] === s && all[j + 1]!.kind === 'role' && all[j + 1]!.t0 === m.t1 && all[j + 2] && sentOf[j + 2] === s && all[j + 2]!.kind === 'name' && all[j + 2]!.t0 === all[j + 1]!.t1;
  if (prev && !titleAfter && (PERSON_OBJECT.has(prev.lemma ?? prev.lower) || (prev.lower === 'of' && PERSON_OBJECT.has(s.tokens[m.t0 - 2]?.lemma ?? '')))) return true;
  // ", who …", ", whom …", "(born 1938)": words only people take.
  const a1 = s.tokens[m.t1];
  const a2 = s.tokens[m.t1 + 1];
  if (a1 && a2 && ((a1.text === ',' && (a2.lower === 'who' || a2.lower === 'whom')) || (a1.text === '(' && /^(?:born|b\.|\d{4})/.test(a2.lower)))) return true;
  // "Abdullatif bin Rashid Al Zayani": a patronymic is a person's name; "signed by X on behalf of Y": a delegate.
  if (words.some((w) => PATRONYMIC.has(w.toLowerCase()))) return true;
  if (a1?.lower === 'on' && a2?.lower === 'behalf') return true;
  // A title just before or an apposition with a title just after: "Presidents X and Y", "X, a former president of…".
  const prevMention = all[j - 1];
  if (prevMention && sentOf[j - 1] === s && prevMention.kind === 'role' && prevMention.t1 >= m.t0 - 3) return true;
  const nextMention = all[j + 1];
  if (nextMention && sentOf[j + 1] === s && nextMention.kind === 'role' && nextMention.t0 <= m.t1 + 4 && s.tokens[m.t1]?.text === ',') return true;
  // Coordinated with a person: "Abdullah bin Zayed and Abdullatif bin Rashid", "X and Nicolas Maduro met".
  // Also over one adjective of the second name ("X and incumbent Y", "X and the jailed Y").
  const linking = (t: Token, k: number): boolean => t.text === 'and' || t.text === ',' || (k === m.t0 - 1 && PERSON_ADJECTIVES.has(t.lower));
  if (prevMention && sentOf[j - 1] === s && prevMention.type === 'Person' && s.tokens.slice(prevMention.t1, m.t0).every((t, i) => linking(t, prevMention.t1 + i))) return true;
  // Each with its own state: "A of Peru and B of Chile", "A of Peru, B of Chile and …" (B's "of" keeps the list parallel).
  if (prevMention && sentOf[j - 1] === s && s.tokens[m.t1]?.lower === 'of' && s.tokens.slice(prevMention.t1, m.t0).every((t) => t.text === 'and' || t.text === ',')) {
    const of = s.tokens[prevMention.t0 - 1]?.lower === 'the' ? prevMention.t0 - 2 : prevMention.t0 - 1;
    const holder = all[j - 2];
    // (After a plural title only: "Presidents A of Peru and B of Chile", not "Ana Ruiz of Vega Oil and Minera Sur of Chile".)
    const title = all[j - 3];
    const titled = !!title && sentOf[j - 3] === s && title.kind === 'role' && !!title.role?.plural && title.t1 >= (holder?.t0 ?? 0) - 1;
    // (Or each of a state, the next name's too: "Ana Ruiz of Peru and Ollanta Kask of Chile met".)
    const nextOf = all[j + 1];
    const states = prevMention.type === 'Country' && !!nextOf && sentOf[j + 1] === s && nextOf.type === 'Country' && nextOf.t0 <= m.t1 + 2;
    if ((titled || states) && s.tokens[of]?.lower === 'of' && holder && sentOf[j - 2] === s && holder.type === 'Person' && holder.t1 === of) return true;
  }
  if (nextMention && sentOf[j + 1] === s && nextMention.kind === 'name' && nextMention.type === 'Person' && s.tokens.slice(m.t1, nextMention.t0).every((t) => t.text === 'and' || t.text === ',')) return true;
  if (heldTitleList(all, j, sentOf)) return true;
  // An occupation written just before the name: "billionaire X", "reporter X" (one of them, not "heads X").
  if (prev && (prev.pos === 'NOUN' || (prev.pos === 'ADJ' && s.tokens[m.t0 - 2]?.cap)) && !prev.cap && !/[^s]s$/.test(prev.lower) && !ORG_NOUN_CUES.has(prev.lower) && !/^(?:city|town|province|region|state|district|port|village|island|county|party|group|company|firm|bank|agency|union|alliance|coalition|movement|airline|carrier|opposition|rebel|militant|separatist|jihadist|insurgent|paramilitary)$/.test(prev.lower) && !/(?:maker|producer|manufacturer|operator|miner|lender|insurer|retailer|developer|exporter|importer|trader|conglomerate|giant|startup|brand|supplier|shipper|builder|refiner|chain)$/.test(prev.lower)) return true;
  // "X was elected president", "X became prime minister", "X served as foreign minister": an office taken or held.
  const roleAt = [j + 1, j + 2].find((k) => all[k]?.kind === 'role' && sentOf[k] === s && all[k]!.t0 <= m.t1 + 7);
  const role = roleAt === undefined ? undefined : all[roleAt]!;
  if (role && role.t0 > m.t1) {
    const between = s.tokens.slice(m.t1, role.t0).map((t) => t.lower);
    if (between.some((w) => OFFICE_TAKING.has(w)) && between.every((w) => OFFICE_TAKING.has(w) || OFFICE_LINKS.has(w))) return true;
  }
  // "X was arrested", "X was freed on Monday": the subject of a passive of a verb only people undergo.
  if (/^(?:was|were)$/.test(a1?.lower ?? '') && a2 && PERSON_PASSIVE.has(a2.lemma ?? a2.lower) && a2.pos === 'VERB') return true;
  // "X resigned", "X was born in …", "X conceded": acts only people do, with the name as the clause's
  // subject (over auxiliaries and an adverb). (Not "won the election": parties win them too.)
  let v = m.t1;
  while (v < Math.min(s.tokens.length, m.t1 + 3) && (s.tokens[v]!.pos === 'AUX' || s.tokens[v]!.pos === 'ADV')) v++;
  const verb = s.tokens[v];
  if (verb?.pos === 'VERB' && PERSON_SUBJECT.has(verb.lemma ?? verb.lower)) return true;
  // "three students, X, Y and Z", "both pilots, X and Y": names listed after a plural noun for people.
  let b = m.t0 - 1;
  while (b > 0 && s.tokens[b]!.lower !== 'and' && s.tokens[b]!.text !== ',' && s.tokens[b]!.pos === 'PROPN') b--;
  while (b > 0 && (s.tokens[b]!.text === ',' || s.tokens[b]!.lower === 'and' || s.tokens[b]!.pos === 'PROPN')) b--;
  if (b < m.t0 - 1 && PEOPLE_PLURALS.has(s.tokens[b]!.lower) && s.tokens[b + 1]!.text === ',') return true;
  // "the chief negotiator of Peru, X": a name set off after a title "of" a state or body.
  const owner = all[j - 1];
  if (prev?.text === ',' && owner && sentOf[j - 1] === s && owner.t1 === m.t0 - 1) {
    const of = s.tokens[owner.t0 - 1]?.lower === 'the' ? owner.t0 - 2 : owner.t0 - 1;
    const title = all[j - 2];
    if (s.tokens[of]?.lower === 'of' && ((title && sentOf[j - 2] === s && title.kind === 'role' && title.t1 === of) || DEFINING_HEADS[s.tokens[of - 1]?.lower ?? ''] === 'Person')) return true;
  }
  // "X's government": whose government it is, a leader's.
  // (Right after it: "X's coalition government" may be a party's.)
  if (/^['’]s$/.test(a1?.text ?? '') && /^(?:government|administration|regime|cabinet)$/.test(a2?.lower ?? '')) return true;
  // "Novelist X spoke…": an occupation opening the sentence, capitalised there.
  if (m.t0 === 1 && prev && (OPENING_OCCUPATIONS.has(prev.text) || DEFINING_HEADS[prev.lower] === 'Person')) return true;
  // "his deputy, X", "her lawyer, X": what a person has, set off before the name, is a person.
  if (prev?.text === ',' && s.tokens[m.t0 - 2]?.pos === 'NOUN' && /^(?:his|her)$/.test(s.tokens[m.t0 - 3]?.lower ?? '')) return true;
  // "led by X", "headed by X": bodies are led by people.
  if (prev?.lower === 'by' && /^(?:led|headed|chaired|founded|co-founded)$/.test(s.tokens[m.t0 - 2]?.lower ?? '')) return true;
  // (Further on in the sentence too, when no other name comes between: "X sat in jail for weeks until the ballot that made him president".)
  // (Not a possessive so far off, nor when a person is named before it in the sentence: "X said Y had failed …, a charge his critics …".)
  for (let t = m.t1; t < Math.min(s.tokens.length, m.t1 + 12); t++) if (PERSONAL_PRONOUNS.has(s.tokens[t]!.lower)) return true;
  if (s.tokens.length > m.t1 + 12 && !all.some((x, k) => k < j && sentOf[k] === s && x.type === 'Person')) {
    const nextName = all.find((x, k) => k > j && sentOf[k] === s && (x.kind === 'name' || x.type === 'Person'))?.t0 ?? s.tokens.length;
    for (let t = m.t1 + 12; t < Math.min(nextName, m.t1 + 25); t++) if (/^(?:he|she|him)$/.test(s.tokens[t]?.lower ?? '')) return true;
  }
  // The next sentence opening with a personal pronoun: not when a person is named before it in its
  // own ("met X, who leads the Tana Front. She …": she is the one named before).
  if (all.some((x, k) => sentOf[k] === s && x.t0 < m.t0 && x.type === 'Person')) return false;
  const next = sentences[sentences.indexOf(s) + 1];
  return !!next && PERSONAL_PRONOUNS.has(next.tokens[0]?.lower ?? '');
}

/** Third-person pronouns: the first one after a subject tells whether it is a person ("he", "her") or not ("it", "their"). */
const THIRD_PERSON = new Set(['he', 'she', 'his', 'her', 'him', 'it', 'its', 'they', 'their', 'them']);

/**
 * A one-word name with no cue is a person's when it is a clause's subject (a verb follows it, or an
 * aside set off by commas and then a verb) and a personal pronoun takes it up: the first third-person
 * pronoun after it in its sentence, with no other name between, is "he", "she", "his", "her" or
 * "him"; or, when it opens its sentence and no other name is in it, the next sentence opens with
 * "He" or "She". Bodies are "it" and "they".
 */
function singleNamePerson(all: Mention[], j: number, sentences: SentenceInfo[], sentOf: SentenceInfo[]): boolean {
  const m = all[j]!;
  const s = sentOf[j]!;
  const t = s.tokens;
  const w = t[m.t0]!.text;
  if (m.t1 - m.t0 !== 1 || !NAME_WORD.test(w) || t[m.t0]!.pos !== 'PROPN' || m.placeCue) return false;
  // "Voters said …": a plural agent noun opening a sentence is no name.
  if (m.t0 === 0 && /(?:ers|ors|ists|ians|ants|ents)$/.test(w)) return false;
  // The last word of a longer name in the document: the full name's person, read elsewhere.
  if (all.some((x) => x.kind === 'name' && x.name.endsWith(` ${w}`))) return false;
  const before = t[m.t0 - 1];
  if (before && /^(?:the|a|an|of|in|at|from|to)$/.test(before.lower)) return false;
  let v = m.t1;
  // "Okafor, who took office in May, said …": over the aside to the verb.
  if (t[v]?.text === ',' && t[v + 1]?.lower === 'who') {
    while (v < t.length && !(t[v]!.text === ',' && v > m.t1)) v++;
    v++;
  }
  if (t[v]?.pos !== 'VERB' && t[v]?.pos !== 'AUX') return false;
  const others = (to: number): boolean => all.some((x, k) => k !== j && sentOf[k] === s && x.kind === 'name' && x.t0 > m.t0 && x.t0 < to);
  // Not when a person was named just before ("X was arrested. Norvex said he had resigned": he is X).
  const at = sentences.indexOf(s);
  const prev = sentences[at - 1];
  if (all.some((x, k) => x.type === 'Person' && ((sentOf[k] === s && x.t0 < m.t0) || (prev && sentOf[k] === prev)))) return false;
  for (let k = v; k < t.length; k++) {
    if (!THIRD_PERSON.has(t[k]!.lower)) continue;
    return PERSONAL_PRONOUNS.has(t[k]!.lower) && !others(k);
  }
  if (m.t0 !== 0 || all.some((x, k) => k !== j && sentOf[k] === s && (x.kind === 'name' || x.type === 'Person'))) return false;
  const next = sentences[at + 1];
  return !!next && /^(?:he|she)$/.test(next.tokens[0]?.lower ?? '');
}

const COMPANY_SUFFIX = / (?:Corp\.?|Inc\.?|Ltd\.?|Co\.|PLC|plc|LLC|Limited|Incorporated)$/;

/** "Nippon Steel Corp" → "Nippon Steel": legal-form suffixes are not part of the canonical name. */
export function stripCompanySuffix(name: string): string {
  const bare = name.replace(COMPANY_SUFFIX, '');
  return bare.length >= 2 ? bare : name;
}

/** Styles that, written before a name, are part of how the person is named ("King Charles", "Sheikh Tamim"). */
const STYLES = new Set(['Sheikh', 'Sheikha', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sultan', 'Pope', 'Crown Prince']);

/** Nouns a place name modifies as a place ("a Berlin park", "the Manila hotel"), not as a government. */
const PLACE_MODIFIED = new Set('park airport hotel suburb suburbs district street square hospital prison jail neighbourhood neighborhood stadium station apartment harbour harbor port metro subway restaurant cafe market mall residents resident streets skyline traffic'.split(' '));
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'inside', 'around', 'across', 'of', 'via', 'toward', 'towards', 'visited', 'visit', 'visiting', 'visits']);
const ACTOR_OVERRIDE: Record<string, ['Organization' | 'Country', string]> = { Brussels: ['Organization', 'European Union'] };

const BODY_HEADS = new Set(['Commission', 'Council', 'Court', 'Parliament', 'Assembly', 'Bank', 'Fund', 'Agency', 'Front', 'Alliance', 'Union', 'Congress', 'Senate', 'Tribunal', 'Committee', 'Board', 'Authority', 'Service', 'Office', 'Institute']);

/** "Norvik" → "Norvik Energy" (first word of exactly one organization), "RSF" → "Rapid Support Forces". */
function orgShortForm(all: Mention[], ents: DocEntities, name: string): number | undefined {
  const found = new Set<number>();
  const acronym = /^[A-Z]{2,6}$/.test(name);
  for (const x of all) {
    const r = x.refs[0];
    if (r === undefined || (x.kind !== 'name' && x.kind !== 'gaz') || found.has(r)) continue;
    const e = ents.list[r]!;
    if (e.type !== 'Organization') continue;
    const sp = e.name.indexOf(' ');
    if (sp < 0) continue;
    // An organisation typed only by default ("Korvant Minerals") still has its first word as short form.
    if (e.tentative && !(x.kind === 'name' && ORG_TAIL.test(e.name) && e.name.slice(0, sp) === name)) continue;
    // (A known company too: "Lockheed" after "Lockheed Martin".)
    if (!acronym && e.name.slice(0, sp) === name && (x.kind === 'name' || (x.kind === 'gaz' && KNOWN_COMPANIES.has(e.name)))) found.add(r);
    // "the Commission" for the European Commission: the last word of one body, when it names a kind of body.
    if (!acronym && BODY_HEADS.has(name) && e.name.endsWith(` ${name}`)) found.add(r);
    if (acronym && e.name[0] === name[0] && initialsOf(e.name) === name) found.add(r);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The one body named in full as `name` and a kind word after it ("Ruby Dawn Party" for "Ruby Dawn"), if any. */
function orgWithoutKind(all: Mention[], ents: DocEntities, name: string): number | undefined {
  const found = new Set<number>();
  for (const x of all) {
    const r = x.refs[0];
    if (r === undefined || x.kind !== 'name') continue;
    const e = ents.list[r]!;
    if (e.type !== 'Organization' || e.tentative || !e.name.startsWith(`${name} `)) continue;
    const rest = e.name.slice(name.length + 1);
    if (!rest.includes(' ') && (ORG_KEYWORDS.has(rest) || ORG_TAIL.test(rest))) found.add(r);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const initialsCache = new Map<string, string>();
/** "Rapid Support Forces" → "RSF" (function words skipped). */
function initialsOf(name: string): string {
  let out = initialsCache.get(name);
  if (out === undefined) {
    out = name.split(' ').filter((w) => !/^(?:of|and|for|the|on|&)$/.test(w)).map((w) => w[0]).join('');
    if (initialsCache.size > 50000) initialsCache.clear();
    initialsCache.set(name, out);
  }
  return out;
}

function tokensText(m: Mention): string {
  return m.surface ?? m.name;
}

/** Nearest earlier mention satisfying `ok`, else the nearest later one; returns its first ref. */
/** Words that name a public body, a party or an armed group, never a company. */
export const PUBLIC_BODY = /\b(?:Ministry|Department|Headquarters|Army|Navy|Air Force|Police|Court|Tribunal|Council|Parliament|Assembly|Congress|Senate|Party|Front|Movement|Commission|Committee|Agency|University|Government|Office|Bureau|Forces|Nations|Fund|Organi[sz]ation|Alliance|Community|League|Guard|Brigades?|Militia|Authority|Cabinet|Central Bank|Reserve|Union|Federation|Coalition)\b/;

function findNear(all: Mention[], pos: number, ok: (m: Mention, j: number) => boolean): number | undefined {
  for (let j = pos - 1; j >= 0; j--) if (ok(all[j]!, j) && all[j]!.refs.length) return all[j]!.refs[0];
  for (let j = pos + 1; j < all.length; j++) if (ok(all[j]!, j) && all[j]!.refs.length) return all[j]!.refs[0];
  return undefined;
}
