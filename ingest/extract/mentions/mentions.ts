/**
 * Candidate mentions in one sentence: gazetteer hits (countries, demonyms, capitals, bodies),
 * role phrases, capitalised name spans (with "of/for/and" inside organization names), acronyms
 * defined in parentheses, and lower-case noun phrases headed by treaty, event or organization nouns
 * ("the 2015 deal", "its summit", "the council", "two French universities"). Typing uses cues only;
 * resolution to entities happens in resolve.ts.
 */
import { nounSingular, triggerNounLemma } from '../lexicon/index.ts';
import type { EntityType } from '../../../core/index.ts';
import { lookup, lookupAt, type GazEntry } from './gazetteer/index.ts';
import { worldCountryOf } from './gazetteer/world-regions.ts';
import {
  ORG_KEYWORDS, EVENT_PREFIXES, GEO_HEADS, GEO_OF_LEADS, GEO_PREFIXES, GROUP_NOUNS, PLACE_NOUN_AFTER, ORG_DESCRIPTORS, ORG_PLURALS, EVENT_HEADS, NAMED_EVENT_HEADS, TREATY_HEADS, NAMED_TREATY_HEADS,
  NON_NAME_WORDS, MONTHS, STREET_HEADS, CREED_PLURALS,
} from './gazetteer/cues.ts';
import { FIRST_NAMES, HONORIFICS } from './gazetteer/roles.ts';
import { GENERAL_BODY, PORTFOLIO, matchRole, type RoleMatch } from './roles.ts';
import { ING_PREPOSITIONS, afterProOrAnti, openingClauseComma, tokenText, type Token } from '../tokens/sentences.ts';
import { GIVEN_NAMES } from './gazetteer/gender.ts';
import { COMMON_GIVEN_NAMES } from './gazetteer/given-names.ts';

export type MentionKind = 'gaz' | 'name' | 'role' | 'np' | 'desc' | 'plural' | 'pronoun';

/** A candidate mention; `refs` is filled by resolution (doc-local entity indices). */
export interface Mention {
  start: number;
  end: number;
  t0: number;
  t1: number;
  kind: MentionKind;
  type: EntityType | null;
  /** Candidate canonical name. */
  name: string;
  /** The text as written. */
  surface?: string;
  /** Owner of an event/treaty noun phrase ("BRICS summit", "Biden’s inauguration"). */
  owner?: Mention;
  /** A treaty/event phrase named by a quote, a year or an owner (not just adjectives). */
  strong?: boolean;
  /** Country folded into an organization name ("Nigerian Army"). */
  country?: string;
  /** Determiner of a noun phrase ("the", "its", "two"). */
  det?: string;
  gaz?: GazEntry;
  role?: RoleMatch;
  /** Head noun of a noun phrase (treaty/event/org descriptor), lower-case singular for org descriptors. */
  head?: string;
  /** Number of entities a plural description stands for ("two universities"). */
  count?: number;
  /** Demonym/country qualifying a plural description ("French universities"). */
  qualifier?: string;
  /** A noun phrase distinctive enough to name an entity on its own. */
  named?: boolean;
  /** An earlier agreement phrase this definite one repeats with fewer words ("the border pact" after "a border demarcation accord"). */
  sameAs?: Mention;
  /** Cue strength for people ("said", title, first name, CJK parenthetical). */
  personCue?: boolean;
  placeCue?: boolean;
  /** Acronym defined right after the name: "National Health Council (NHC)". */
  acronym?: string;
  refs: number[];
}

/** The fields a mention is made with; the rest start undefined. */
export type MentionFields = Omit<Mention, 'start' | 'end' | 't0' | 't1' | 'refs'> & { refs?: number[] };

/**
 * Makes a mention with every field present, in one order, so that all mentions share one hidden
 * class: code that reads them stays monomorphic instead of being recompiled for each new shape.
 */
export function makeMention(start: number, end: number, t0: number, t1: number, f: MentionFields): Mention {
  return {
    start, end, t0, t1, kind: f.kind, type: f.type, name: f.name, surface: f.surface, owner: f.owner, strong: f.strong,
    country: f.country, det: f.det, gaz: f.gaz, role: f.role, head: f.head, count: f.count, qualifier: f.qualifier,
    named: f.named, personCue: f.personCue, placeCue: f.placeCue, acronym: f.acronym, refs: f.refs ?? [],
  };
}

/** Common nouns that open a sentence before "of" + a name ("Officers of the Philippine National Police"). */
const GROUP_OPENERS = new Set('aircraft warplane helicopter drone boat ship officer member leader official troop soldier force resident supporter thousand hundred dozen part head chief representative delegate envoy minister lawmaker worker employee executive fighter militant rebel citizen student vessel warship frigate tanker submarine patrol plane jet unit share stock bond price export import sale'.split(' '));
const BODY_DESCRIPTORS = new Set(['party', 'agency', 'movement', 'coalition', 'alliance', 'group', 'bloc', 'front', 'militia', 'union']);
const ORDER_LEADS = new Set(['New', 'Second', 'First', 'Third', 'Western', 'Eastern', 'Northern', 'Southern', 'Greater', 'Upper', 'Lower']);
/** Fields of a ministry or agency that may follow "and" in its name. */
const PORTFOLIOS = new Set('Cooperation Development Trade Industry Culture Sport Sports Agriculture Technology Science Innovation Security Justice Planning Reconstruction Investment Energy Environment Tourism Commerce Fisheries Forestry Welfare Health Education Transport Communications Information Labour Labor Employment Finance Economy Defence Defense Affairs Infrastructure Mines Mining Resources Water Housing Youth Women'.split(' '));
/**
 * Common nouns that parties, programmes and bodies are named by, coordinated inside one name
 * ("Peace and Progress Party", "Trade and Growth Initiative", "Peace and Development Council").
 */
const ABSTRACT_NAME_WORDS = new Set([...PORTFOLIOS, ...'Concord Harmony Salvation Restoration Liberation Resistance Revival Rebirth Renaissance Recovery Victory Freedom Freedoms Liberty Law Peace Progress Unity Belt Road Democracy Solidarity Renewal Reform Reforms Truth Reconciliation Order Prosperity Growth Equality Dignity Independence Sovereignty Hope Change Life Land Labour Work Faith Homeland Nation Stability Rights Rule Fairness Competition Markets Consumer Consumers Standards Securities Exchange Conduct Data Privacy Protection Customs Excise Ethics Integrity Transparency Accountability Anti-Corruption Corruption Audit Oversight Governance'.split(' ')]);
/** Words parties are named by after a demonym ("Czech Future", "Finnish Alternative"). */
const PARTY_NAME_WORDS = new Set('Dream List Future Alternative Choice Voice Platform Revival Hope Unity Solidarity Renewal Democracy Freedom Homeland Progress Pirates Greens'.split(' '));
/** Branches of armed service that a force's name joins with "and" ("Air and Space Force"). */
const SERVICE_FIELDS = new Set(['Air', 'Space', 'Aerospace', 'Naval', 'Maritime', 'Land', 'Sea', 'Border', 'Coast']);
/** Whether the "and" at `k` joins two fields of one body's name ("Air and Space", "Labour and Welfare"). */
function joinedFields(tokens: readonly Token[], k: number): boolean {
  const field = (w: string | undefined): boolean => !!w && (SERVICE_FIELDS.has(w) || PORTFOLIOS.has(w));
  return tokens[k]?.text === 'and' && field(tokens[k - 1]?.text) && field(tokens[k + 1]?.text);
}

/** "Peace and Progress Party": two abstract nouns joined by "and", then the kind of body they name. */
function abstractJoin(words: readonly string[]): boolean {
  if (words.length < 4 || words.length > 6 || words[1] !== 'and' || !JOINED_BODY_KINDS.has(words[words.length - 1]!)) return false;
  if (words.length === 4) return ABSTRACT_NAME_WORDS.has(words[0]!) && ABSTRACT_NAME_WORDS.has(words[2]!);
  // ("the Fiscal and Customs Fraud Commission": an adjective joined to the words of the body's field.)
  return (ABSTRACT_NAME_WORDS.has(words[0]!) || FIELD_ADJECTIVE.test(words[0]!)) && words.slice(2, -1).every((w) => /^\p{Lu}/u.test(w) && !CONNECTORS.has(w));
}
/** An adjective naming a body's field ("Economic", "Financial", "Political", "Judicial", "Regulatory"). */
const FIELD_ADJECTIVE = /^[A-Z][a-z]+(?:ic|al|ary|ory|ive)$/;
const JOINED_BODY_KINDS = new Set(['Party', 'Initiative', 'Council', 'Front', 'Alliance', 'Movement', 'Union', 'Coalition', 'Committee', 'Commission', 'Forum', 'Programme', 'Program', 'Fund', 'Ministry', 'Department', 'Agency', 'Organisation', 'Organization', 'Authority', 'Board', 'Office', 'Service', 'Bureau']);
/** Words before a name that say it is one thing's own: "the X party", "her X movement", "Luna's X party". */
const OWNING_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', "'s", '’s']);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'al', 'bin', 'van', 'von', 'der', 'on', '&', 'por', 'para', 'pour', 'per']);
/** Name particles: inside a person's name they do not split it ("Lula da Silva", "von der Leyen"). */
export const PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'di', 'del', 'della', 'la', 'le', 'y', 'bint', 'abu']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'both', 'any', 'new', 'another']);
const NP_STOP = new Set(
  `of to in and or with by for on at from as is was were are be been has have had will would could should may might
  that which who whom whose than then also not no but if so it he she they we i you his her its their our this these
  those there here said says say after before since while when where during between among against about over under
  into onto upon within without through across around near including such other more most less many much some all
  each every any both either neither one two three four five six seven eight nine ten first second last next
  yesterday today tomorrow week month year years ago already still just even very only own same held hold holds opened
  open began begin attended attend hosted host signed sign joined join will agreed sent waging wage`.split(/\s+/),
);
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2, several: 0 };
const SPEECH_AFTER = /^(?:said|says|told|added|stated|noted|warned|wrote|announced|according)$/;
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around']);
/** Lower-case nouns right before a name that make it an organization ("airline X", "state agency X"). */
export const ORG_NOUN_CUES = new Set('agency airline carrier company firm group party bank newspaper broadcaster militia rebels insurgents movement university channel outlet startup manufacturer producer operator giant lender conglomerate insurer retailer automaker maker developer club union broadcaster network daily tabloid fund shareholder investor miner regulator watchdog charity opposition'.split(' '));
/** Plural nouns after a region that make it an adjective ("Gulf states"). */
const STATE_GROUPS = new Set(['states', 'nations', 'countries', 'monarchies', 'islands', 'neighbours', 'neighbors', 'allies', 'leaders', 'governments', 'members', 'partners']);
/** Adjectives of regions, continents and creeds: not names before a common noun ("European leaders"). */
const REGIONAL_ADJECTIVES = new Set('African European Asian Arab Arabian Latin Nordic Scandinavian Balkan Baltic Caribbean Pacific Atlantic Mediterranean Gulf Eastern Western Northern Southern Central Sahelian Andean Amazonian Slavic Muslim Christian Jewish Sunni Shia Shiite Islamist Jihadist Jihadi Hindu Buddhist Catholic Orthodox Evangelical Eurasian Transatlantic Middle'.split(' '));
/** Group nouns after which a people's name names an armed group ("Tuareg rebels"), not only people of it ("Chechen fighters"). */
const ARMED_GROUP_NOUNS = new Set(['rebels', 'rebel', 'militia', 'militias', 'separatists', 'insurgents', 'guerrillas']);
/** Peoples (not states' demonyms) whose name stands before a common noun as an adjective does. */
const PEOPLES = new Set('Maori Hutu Tutsi Fulani Peul Pashtun Tuareg Uyghur Uighur Rohingya Hazara Baloch Baluch Amhara Oromo Tigrayan Druze Alawite Yazidi Masalit Zaghawa Dinka Nuer Kikuyu Kalenjin Luo Yoruba Igbo Hausa Maasai Berber Amazigh Sindhi Tamil Sinhalese Chechen Bedouin Maronite Coptic Sikh Ahmadi'.split(' '));
const DIRECTIONS = new Set(['West', 'East', 'North', 'South', 'Southeast', 'Southwest', 'Northeast', 'Northwest', 'Sub-Saharan', 'Central', 'Middle', 'Eastern', 'Western']);
/** Heads of government bodies that a country's possessive or demonym names in lower case. */
const GOVERNMENT_HEADS = new Set(['ministry', 'department']);
const PLACE_NOUN_CUES = /^(?:town|city|village|region|province|district|county|port|capital|island|state|oblast|prefecture|enclave|camp|neighbourhood|neighborhood|suburb|mayor|governor)$/;
const PLACE_SUFFIX = /^(?:State|Province|Region|County|District|Oblast|Prefecture|Island|Islands|Valley|Mountains|River|Lake|Bay|Strait|Peninsula|Desert|Square|Airport|Port|Monastery|Palace|Cathedral|Mosque|Temple|Church|Castle|Stadium|Hotel|Prison)$/;
const WEAK_EVENT_HEADS = new Set(['attack', 'attacks', 'strike', 'strikes', 'vote', 'visit', 'visits', 'session', 'meeting', 'meetings', 'campaign', 'operation', 'ceremony', 'march', 'hearing', 'trial', 'rally', 'rallies', 'raid', 'raids', 'assault', 'collapse', 'downfall', 'withdrawal', 'signing', 'crisis', 'exercise', 'exercises', 'drills', 'convention', 'congress', 'dialogue', 'protest', 'protests', 'games', 'cup', 'bombing', 'shooting', 'crackdown', 'outbreak', 'flood', 'floods']);

/** Event heads that are acts of one side on another ("invasion of", "withdrawal from"). */
const ACT_EVENT_HEADS = new Set(['invasion', 'withdrawal', 'collapse', 'downfall', 'signing', 'crackdown', 'blockade', 'siege', 'visit', 'visits', 'offensive', 'assault', 'attack', 'attacks', 'raid', 'raids', 'bombing', 'strike', 'strikes', 'airstrike', 'airstrikes']);

/** Words closing an institution's name ("Museum", "University"); the first ones are places one visits. */
const INSTITUTION_PLACES = new Set(['Museum', 'Gallery', 'Library', 'Theatre', 'Theater', 'Gardens', 'Garden', 'Palace', 'Cathedral', 'Hall']);
const INSTITUTION_HEADS = new Set([...INSTITUTION_PLACES, 'University', 'College', 'Institute', 'Hospital', 'Foundation', 'Academy', 'Society', 'School']);

/** End of "Callao Museum" after "Lima and": one to three capitalised words an institution's word closes, else -1. */
function institutionEnd(tokens: readonly Token[], k: number): number {
  for (let e = k + 1; e < k + 3 && isCap(tokens[e - 1]) && isCap(tokens[e]); e++) if (INSTITUTION_HEADS.has(tokens[e]!.text)) return e + 1;
  return -1;
}

/** Words of a city's own offices and bodies ("mayor", "city council"). */
const CITY_OFFICES = new Set(['mayor', 'mayors', 'mayoral', 'governor', 'municipality', 'municipal', 'city', 'deputy']);

/** A city's office or body written right after its name, over a possessive ("Lima's mayor", "Lima deputy mayor X"). */
function cityOfficeAt(tokens: readonly Token[], k: number): boolean {
  const at = /^['’]s?$/.test(tokens[k]?.text ?? '') ? k + 1 : k;
  const w = tokens[at]?.lower ?? '';
  if (w === 'deputy') return /^mayor/.test(tokens[at + 1]?.lower ?? '');
  if (w === 'city') return /^(?:council|hall|government|authorities|police)$/.test(tokens[at + 1]?.lower ?? '');
  return CITY_OFFICES.has(w);
}

/** Event heads that are one side's act, never an event named by them ("an official visit", "a crackdown"). */
const OWN_ACT_HEADS = new Set(['visit', 'visits', 'crackdown', 'negotiations']);

/** Event heads that are one side's strikes on another ("Chilean airstrikes", "a Peruvian raid"). */
const ATTACK_HEADS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'bombing', 'bombings', 'assault', 'shelling']);

/** Heads of lower-case noun phrases: treaty, event and organization nouns (one lookup per token). */
const NP_HEADS: ReadonlySet<string> = new Set([...TREATY_HEADS, ...EVENT_HEADS, ...ORG_DESCRIPTORS.keys(), ...ORG_PLURALS.keys()]);

/** "Federation of Farmers and Fishermen Unions": "and" inside an "of" complement that a plural keyword closes. */
function ofAndPlural(words: readonly string[], andAt: number): boolean {
  const of = words.indexOf('of');
  const last = words[words.length - 1]!;
  return of > 0 && of < andAt && /s$/.test(last) && (ORG_KEYWORDS.has(last) || ORG_KEYWORDS.has(last.replace(/ies$/, 'y').replace(/s$/, '')));
}

/** End of "Place Affairs Office" from `k` (a second place, then the body that deals with both), else -1. */
function placesJoinedEnd(tokens: readonly Token[], k: number): number {
  const second = lookupAt(tokens, k);
  if (!second || (second.entry.kind === 'name' && second.entry.type !== 'Country') || tokens[k + second.len]?.text !== 'Affairs') return -1;
  const end = capSpanEnd(tokens, k + second.len);
  return end > k + second.len + 1 && spanKeywordType(tokens.slice(k, end).map((x) => x.text)) === 'Organization' ? end : -1;
}

function isCap(t: Token | undefined): boolean {
  return !!t && t.cap && t.word;
}
/** Capitalised adjectives that are not names alone but open names of bodies and places. */
const NAME_LEADS = new Set('General National International Federal Supreme Central State Western Eastern Northern Southern New Holy Republic Foreign Defense Defence Interior Finance Constitutional Democratic Islamic Revolutionary Royal United Joint Presidential Security Military West East North South'.split(' '));
const isCJK = (s: string): boolean => /^[\u3400-\u9fff]+$/.test(s);
// (Not an adjective made with a hyphen: "a Great Depression-era statute", "a Gaullist-style reform".)
const HYPHEN_ADJECTIVE_TAILS = new Set('era style based led backed born made owned run controlled funded linked friendly like type related level wide aligned leaning held bound built flagged registered listed speaking dominated inspired sponsored allied oriented centred centered focused specific only free rich'.split(' '));
const isHyphenGiven = (s: string): boolean => /^[A-Z][a-z]+-[a-z]+$/.test(s) && !HYPHEN_ADJECTIVE_TAILS.has(s.slice(s.indexOf('-') + 1));

// Tests the loop below makes on every word, as constants: a regex literal is a new object each time it is
// evaluated, and these four made over a million a batch.
const RANK_WORD = /^(?:Justice|General)$/;
const CAPITAL_ARTICLE = /^(?:The|A|An)$/;
const COMPASS_WORD = /^(?:Eastern|Western|Northern|Southern|Northeastern|Northwestern|Southeastern|Southwestern)$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** A model designation ("F-16", "K9", "Su-35"). */
const CODE_NAME = /^[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]*$/;
/** Compass and level words a place's name may open with ("West Tamarit", "Upper Putre"). */
const PLACE_LEAD = /^(?:West|East|North|South|Northern|Southern|Eastern|Western|Central|Upper|Lower|New)$/;

/** Detects mentions in the tokens of one sentence. */
export function detectMentions(tokens: readonly Token[], text: string): Mention[] {
  const out: Mention[] = [];
  const n = tokens.length;
  let i = 0;
  const push = (t0: number, t1: number, m: Omit<Mention, 'start' | 'end' | 't0' | 't1' | 'refs'>): Mention => {
    const mention = makeMention(tokens[t0]!.start, tokens[t1 - 1]!.end, t0, t1, m);
    // Token texts are joined by spaces; an inner possessive keeps to its word ("People's").
    if (mention.kind === 'name' && mention.name.includes(' ’s ')) mention.name = mention.name.replace(/ ’s /g, '’s ');
    if (mention.kind === 'name' && mention.name.includes(" 's ")) mention.name = mention.name.replace(/ 's /g, "'s ");
    mention.surface = text.slice(mention.start, mention.end);
    out.push(mention);
    return mention;
  };
  while (i < n) {
    const t = tokens[i]!;
    if (!t.word) {
      i++;
      continue;
    }
    // 1. Role phrases.
    let role = matchRole(tokens, i);
    // ("the General Agreement on …": a rank's word opening a treaty's name is no title.)
    if (role && role.len === 1 && t.cap && NAMED_TREATY_HEADS.has(tokens[i + 1]?.text ?? '')) role = null;
    // (A rank's word that may open a party's name joined by "and": "the Justice and … Party".)
    const rankOpensName = RANK_WORD.test(t.text);
    if (role && role.len === 1 && t.cap && (isCap(tokens[i + 1]) || (rankOpensName && tokens[i + 1]?.lower === 'and' && isCap(tokens[i + 2])))) {
      let e = capSpanEnd(tokens, i);
      // ("the Justice and Renewal Party", "the General Workers and Farmers Party": a rank's
      // word opening a party's or council's name joined by "and"; not two titles joined, "President and
      // Vega Party leader X", "General and Vega Front commander Y".)
      const partyEnd = (end: number): boolean => /^(?:Party|Front|Movement|Alliance|League|Congress|Council|Committee|Commission)$/.test(tokens[end - 1]!.text) && !matchRole(tokens, end);
      if (rankOpensName && tokens[e]?.lower === 'and' && isCap(tokens[e + 1]) && partyEnd(capSpanEnd(tokens, e + 1))) e = capSpanEnd(tokens, e + 1);
      const withAnd = tokens.slice(i, e).some((x) => x.lower === 'and');
      const joined = withAnd && rankOpensName && partyEnd(e);
      // ("the General Staff": a body of officers, not a rank before a name.)
      if (e - i >= 2 && e - i <= (joined ? 6 : 4) && (!withAnd || joined) && (spanKeywordType(tokens.slice(i, e).map((x) => x.text)) === 'Organization' || (e - i === 2 && tokens[i + 1]!.text === 'Staff'))) {
        const m = push(i, e, { kind: 'name', type: 'Organization', name: tokenText(tokens, i, e) });
        i = shortFormAfter(tokens, e, m);
        continue;
      }
    }
    if (role && (role.plural || t.cap || role.len > 1 || !NP_STOP.has(t.text))) {
      push(i, i + role.len, { kind: 'role', type: null, name: role.title, role });
      i += role.len;
      // "Chile's ambassador to Peru, Olo Venn, said": a short name set off after an envoy's title and the
      // state it is sent to is the envoy's.
      if (!role.plural && /^(?:ambassador|envoy|special envoy|high commissioner|consul|ambassador-at-large)$/i.test(role.title) && tokens[i]?.lower === 'to') {
        const at = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
        const g = lookupAt(tokens, at);
        const c = g ? at + g.len : -1;
        if (g && tokens[c]?.text === ',' && isCap(tokens[c + 1]) && !lookupAt(tokens, c + 1) && !matchRole(tokens, c + 1)) {
          const e = capSpanEnd(tokens, c + 1);
          if (e - c - 1 >= 2 && e - c - 1 <= 4 && tokens[e]?.text === ',') {
            push(at, c, { kind: 'gaz', type: g.entry.type, name: g.entry.canonical, gaz: g.entry });
            push(c + 1, e, { kind: 'name', type: 'Person', name: tokenText(tokens, c + 1, e) }).personCue = true;
            i = e;
            continue;
          }
        }
      }
      // "Minister April Nkosi", "envoy Friday Adeyemi": after a title, a day's or month's name that a
      // name follows is a given name.
      const d = tokens[i];
      if (!role.plural && d && isMonthOrDay(d.text) && /^[A-Z][a-z]+$/.test(tokens[i + 1]?.text ?? '') && isCap(tokens[i + 1]) && !isMonthOrDay(tokens[i + 1]!.text) && !lookupAt(tokens, i + 1)) {
        const e = capSpanEnd(tokens, i + 1);
        // (A day and one name: "spokesman Friday Adeyemi"; not "spokesman Friday Tomas Vidal", a date.)
        if (e - i === 2) {
          push(i, e, { kind: 'name', type: 'Person', name: tokenText(tokens, i, e) }).personCue = true;
          i = e;
        }
      }
      // "General Secretary To Huy": after a title, a capitalised function word that a name word follows
      // opens a name (a short one, with running text after it: not a title-case headline).
      // (Not a word that is never a family name: not "Minister At Large"; "To", "So", "In", "Than" are.)
      if (!role.plural && d && d.cap && i > 0 && NP_STOP.has(d.lower) && !/^(?:at|of|for|by|with|from|and|or|into|over|under|about|after|before|between|against|but|if|the|this|that|these|those|which|who)$/.test(d.lower) && /^[A-Z][a-z]+$/.test(tokens[i + 1]?.text ?? '') && !lookupAt(tokens, i + 1)) {
        const e = capSpanEnd(tokens, i + 1);
        const after = tokens[e];
        if (e - i <= 3 && after && !after.cap && (after.word || /^[,.;:)]$/.test(after.text)) && tokens.slice(e).some((x) => x.word && /^[a-z]/.test(x.text))) {
          push(i, e, { kind: 'name', type: 'Person', name: tokenText(tokens, i, e) }).personCue = true;
          i = e;
        }
      }
      continue;
    }
    // "Eastern Libyan commander X", "Southern Yemeni forces": a region of a state's people, not the state's own.
    // (Also after a capitalised article opening the sentence: "The Eastern Libyan government …".)
    const compassAt = CAPITAL_ARTICLE.test(t.text) ? i + 1 : i;
    const people = COMPASS_WORD.test(tokens[compassAt]?.text ?? '') ? lookupAt(tokens, compassAt + 1) : null;
    if (people?.entry.kind === 'demonym' && !isCap(tokens[compassAt + 1 + people.len])) {
      i = compassAt + 1 + people.len;
      continue;
    }
    // 2. Gazetteer (longest match), possibly extended into a longer organization name.
    // ("Israel Katz", "Santiago Pena": a place that is also a given name, then a surname, is a name.)
    const gaz = placeAsGivenName(tokens, i, out[out.length - 1]?.kind === 'role' && out[out.length - 1]!.t1 === i) ? null : lookupAt(tokens, i);
    // "Central American", "Latin American", "North American": a region's people, not one country's.
    if (gaz?.entry.kind === 'demonym' && REGION_QUALIFIERS.has(tokens[i - 1]?.text ?? '')) {
      i += gaz.len;
      continue;
    }
    // "the anti-Russian President X": a demonym after "pro-"/"anti-" names a side, not whose office or people follow.
    if (gaz?.entry.kind === 'demonym' && afterProOrAnti(tokens, i)) {
      i += gaz.len;
      continue;
    }
    if (gaz) {
      // "Gulf of Guinea": a feature word known alone ("Gulf") opening an "X of Y" name.
      let after = GEO_OF_LEADS.has(t.text) && gaz.len === 1 && tokens[i + 1]?.text === 'of' && isCap(tokens[i + 2]) ? capSpanEnd(tokens, i) : capSpanEnd(tokens, i + gaz.len);
      // ("the anti-Taliban National Front": the side a "pro-"/"anti-" word names is not the start of the name after it.)
      if (afterProOrAnti(tokens, i)) after = i + gaz.len;
      after = missionEnd(tokens, after);
      // "Malawian Energy Minister X": a portfolio and its title after the country are no body's name.
      const titleAfter = matchRole(tokens, i + gaz.len);
      if (titleAfter && titleAfter.len >= 2 && /^(?:minister|secretary)$/.test(tokens[i + gaz.len + titleAfter.len - 1]?.lower ?? '')) after = i + gaz.len;
      // ("Lima Mayor Ana Ruiz of the Vega Party": a title and a name after a place are no body's name, whatever
      // body closes the span after "of"; not a body's own words, "the Andes Justice Initiative".)
      const named = tokens[i + gaz.len + (titleAfter?.len ?? 0)];
      const ofAfterName = tokens.slice(i + gaz.len, after).some((x) => x.text === 'of');
      if (titleAfter && ofAfterName && isCap(named) && !ORG_KEYWORDS.has(tokens[i + gaz.len]!.text) && !ORG_KEYWORDS.has(named!.text) && !lookupAt(tokens, i + gaz.len + titleAfter.len)) after = i + gaz.len;
      // ("the Lima and Callao Museum", "the Arica and Putre Hospital": a place joined to other capitalised words
      // that an institution's word closes is one name, no place of its own.)
      // (Only after "the", and with its "of" phrase: "visited Tokyo and Kyoto University" names two; "the Lima
      // and Callao Institute of Tropical Medicine" one.)
      let institution = tokens[i + gaz.len]?.text === 'and' && gaz.entry.type !== 'Country' && tokens[i - 1]?.lower === 'the' ? institutionEnd(tokens, i + gaz.len + 1) : -1;
      if (institution > 0) {
        const head = tokens[institution - 1]!.text;
        if (tokens[institution]?.text === 'of' && isCap(tokens[institution + 1])) institution = capSpanEnd(tokens, institution - 1);
        push(i, institution, { kind: 'name', type: INSTITUTION_PLACES.has(head) ? 'Place' : 'Organization', name: tokenText(tokens, i, institution) });
        i = institution;
        continue;
      }
      // "the Tibet and Xinjiang Affairs Office": two places joined, then a body's name, are one name.
      const joined = after === i + gaz.len && tokens[after]?.text === 'and' ? placesJoinedEnd(tokens, after + 1) : -1;
      const placesJoined = joined > 0;
      if (placesJoined) after = joined;
      const andAt = placesJoined ? -1 : tokens.slice(i + gaz.len, after).findIndex((x) => x.text === 'and');
      // ("Peruvian Air and Space Force", "Chilean Ministry of Labour and Welfare": "and" between two fields of one body stays inside its name.)
      const fieldsJoined = andAt > 0 && joinedFields(tokens, i + gaz.len + andAt) && spanKeywordType(tokens.slice(i, after).map((x) => x.text)) === 'Organization' && after > i + gaz.len + andAt + 2 && !/^(?:Minister|Secretary)$/.test(tokens[after - 1]!.text);
      // (Nor an "and" inside a known body's name after "of": "the Ethics Panel of the Organization for Security and Co-operation in Europe".)
      const ofKnown = tokens.slice(i + gaz.len, after).findIndex((x) => x.text === 'of');
      const knownAt = ofKnown >= 0 ? i + gaz.len + ofKnown + (tokens[i + gaz.len + ofKnown + 1]?.text === 'the' ? 2 : 1) : -1;
      const known = knownAt > 0 ? lookupAt(tokens, knownAt) : null;
      const insideKnown = !!known && known.entry.type === 'Organization' && andAt >= 0 && i + gaz.len + andAt > knownAt && knownAt + known.len === after;
      // ("Wuhan Vega Science and Technology": a place, a firm's own word, then two trades joined by "and".)
      const tradesJoined = andAt >= 2 && i + gaz.len + andAt + 2 === after && isTradeWord(tokens[i + gaz.len + andAt - 1]!.text) && isTradeWord(tokens[after - 1]!.text) &&
        !isTradeWord(tokens[i + gaz.len]!.text) && !tokens.slice(i + gaz.len, after).some((x) => CONNECTORS.has(x.text) && x.text !== 'and');
      if (andAt >= 0 && !fieldsJoined && !insideKnown && !tradesJoined) after = i + gaz.len + andAt;
      // ("the Lima Contact Group of the African Union": a body of a known body is a name of its own.)
      const ofBody = bodyOfKnownBody(tokens, i, after);
      if (ofBody > 0) after = i + ofBody;
      const extended = after > i + gaz.len ? tokens.slice(i, after).map((x) => x.text) : null;
      // "the Taiwan Affairs Office" deals with Taiwan: it is not Taiwan's (nor, for a region, its country's).
      const about = placesJoined || tokens[i + gaz.len]?.text === 'Affairs';
      // "the Chilean Renewal party", "the UK Maritime Trade Operations agency": a descriptor after the span
      // makes the whole span a body's name.
      // ("Czech Future": a demonym and one word that names parties, the whole a party's name.)
      // (Not a modifier of a noun after it: "the Chilean Spring offensive".)
      const partyName = extended?.length === 2 && gaz.entry.kind === 'demonym' && PARTY_NAME_WORDS.has(extended[1]!) && !isCap(tokens[after]) && tokens[after]?.pos !== 'NOUN';
      const described = (extended && !tokens[after]?.cap && BODY_DESCRIPTORS.has(tokens[after]?.lower ?? '')) || partyName ? 'Organization' : null;
      // ("Boeing Commercial Airplanes", "Vega Defence Systems": a known firm's division named by a trade word.)
      const division = extended && gaz.entry.type === 'Organization' && gaz.entry.kind === 'name' && extended.length <= gaz.len + 3 && !(tokens[after]?.text === 'and' && /^(?:Space|Security|Technology|Technologies|Defence|Defense|Aerospace|Systems|Services)$/.test(tokens[after + 1]?.text ?? '')) && (COMPANY_WORD.test(extended[extended.length - 1]!) || DIVISION_WORDS.has(extended[extended.length - 1]!)) ? 'Organization' : null;
      // ("Chile's state-run Chilean Aero Industry": a demonym, then two words or more that a firm's word closes.)
      const demonymFirm = extended && gaz.entry.kind === 'demonym' && extended.length >= gaz.len + 2 && (COMPANY_WORD.test(extended[extended.length - 1]!) || DIVISION_WORDS.has(extended[extended.length - 1]!) || extended[extended.length - 1] === 'Industry') && tokens[after]?.pos !== 'NOUN';
      const extendedType = extended ? (spanKeywordType(extended) ?? described ?? division ?? (tradesJoined || demonymFirm ? 'Organization' : null)) : null;
      if (extended && extendedType === 'Organization' && gaz.entry.type === 'Organization' && gaz.entry.kind === 'name' && !matchRole(tokens, i + gaz.len)) {
        // "UN Central Emergency Response Fund": a body of a known body.
        const m = push(i, after, { kind: 'name', type: 'Organization', name: tokenText(tokens, i, after) });
        i = shortFormAfter(tokens, after, m);
        continue;
      }
      if (extended && extendedType && gaz.entry.kind !== 'name') {
        // (A forum named after the city it first met in is not located there: "the Lima Contact Group", "the Quito Club".)
        const forum = /^(?:Group|Club|Process|Format|Initiative|Consensus)$/.test(extended[extended.length - 1]!) && gaz.entry.type === 'Place';
        const m = push(i, after, { kind: 'name', type: extendedType, name: tokenText(tokens, i, after), ...(gaz.entry.country && extendedType === 'Organization' && !about && !forum ? { country: gaz.entry.country } : {}) });
        i = shortFormAfter(tokens, after, m);
        continue;
      }
      if (extended && (extendedType === 'Treaty' || extendedType === 'Event') && gaz.entry.type === 'Organization') {
        push(i, after, { kind: 'name', type: extendedType, name: tokenText(tokens, i, after) });
        i = after;
        continue;
      }
      if (extended && extendedType && gaz.entry.type === 'Country') {
        // "US Army", "Russian Foreign Ministry" keep the qualifier; a country before a person name does not.
        // (Not a body another body owns: "the UN's Haiti Force" is no part of Haiti.)
        const ownedByBody = /^['’]s$/.test(tokens[i - 1]?.text ?? '') && lookupAt(tokens, i - 2)?.entry.type === 'Organization';
        const m = push(i, after, { kind: 'name', type: extendedType, name: tokenText(tokens, i, after), ...(extendedType === 'Organization' && !about && !ownedByBody ? { country: gaz.entry.canonical } : {}) });
        i = shortFormAfter(tokens, after, m);
        continue;
      }
      if (extended && (gaz.entry.kind === 'seat' || gaz.entry.kind === 'city') && !matchRole(tokens, i + gaz.len)) {
        push(i, after, { kind: 'name', type: 'Place', name: tokenText(tokens, i, after) });
        i = after;
        continue;
      }
      // "Patagonia Lumen", "Siberia Vostok Timber": a region that opens a longer name no kind word types is
      // part of that name (a body's or a company's, told by what the text says of it), not the region.
      // (Not "Sahel Islamists" or a region before a day or a place: those words are no names.)
      const last = extended?.[extended.length - 1] ?? '';
      // (Nor after a preposition, where the region is a place: "the envoy for Asia Lena Marsh"; unless a firm's word
      // closes the name.)
      // (A title word before a body's kind is part of the name: "the Andes Justice Initiative".)
      const titleInName = !!titleAfter && titleAfter.len === 1 && JOINED_BODY_KINDS.has(tokens[i + gaz.len + 1]?.text ?? '');
      if (extended && gaz.entry.kind === 'region' && !t.dateline && (!titleAfter || titleInName) && after - i <= 4 && !GEO_HEADS.has(last) && !PLACE_SUFFIX.test(last) && !/(?:ists|ians|ans|ers|ites|is)$/.test(last) &&
        (tokens[i - 1]?.pos !== 'ADP' || (COMPANY_WORD.test(last) && tokens[after]?.pos !== 'NOUN')) && !STATE_GROUPS.has(tokens[after]?.text ?? '') && extended.slice(gaz.len).every((w, k) => /^[A-Z][a-z]+$/.test(w) && !lookupAt(tokens, i + gaz.len + k) && !isMonthOrDay(w) && !FIRST_NAMES.has(w) && !GIVEN_NAMES.has(w))) {
        // (A code name after "code-named" is an operation's or exercise's: "drills code-named Condor Shield".)
        const m = push(i, after, { kind: 'name', type: codeNamedEvent(tokens, i) ? 'Event' : null, name: tokenText(tokens, i, after) });
        i = shortFormAfter(tokens, after, m);
        continue;
      }
      // "the Gulf states", "Baltic nations", "Pacific islands": a region as the adjective of a group of states.
      if (gaz.entry.kind === 'region' && STATE_GROUPS.has(tokens[i + gaz.len]?.text ?? '')) {
        i += gaz.len;
        continue;
      }
      const gm = push(i, i + gaz.len, { kind: 'gaz', type: gaz.entry.type, name: gaz.entry.canonical, gaz: gaz.entry });
      const after1 = tokens[i + gaz.len];
      if (t.dateline || (after1 && !after1.cap && (EVENT_HEADS.has(after1.lower) || TREATY_HEADS.has(after1.lower)) && gaz.entry.type === 'Place')) gm.placeCue = true;
      // ("Lima Mayor X", "Lima's mayor", "the Tokyo city council": the city's own office or body, not its state acting.)
      if ((gaz.entry.kind === 'capital' || gaz.entry.kind === 'city') && cityOfficeAt(tokens, i + gaz.len)) gm.placeCue = true;
      // "Tokyo-based X": a capital where a body is based is a place, not its state acting.
      if ((gaz.entry.kind === 'capital' || gaz.entry.kind === 'city') && after1?.text === '-' && /^(?:based|headquartered|registered)$/.test(tokens[i + gaz.len + 1]?.lower ?? '')) gm.placeCue = true;
      i += gaz.len;
      continue;
    }
    // "von der Leyen", "da Silva" written without the given name.
    if (PARTICLES.has(t.text) && !isCap(tokens[i - 1]) && (i === 0 || tokens[i - 1]!.text !== 'of')) {
      let e = i;
      while (e < n && PARTICLES.has(tokens[e]!.text)) e++;
      if (e > i && e - i <= 2 && isCap(tokens[e]) && !lookupAt(tokens, e) && /^[A-Z][a-z]+$/.test(tokens[e]!.text) && !isCap(tokens[e + 1])) {
        push(i, e + 1, { kind: 'name', type: null, name: tokenText(tokens, i, e + 1) });
        i = e + 1;
        continue;
      }
    }
    // Model designations ("F-16", "K9", "Su-35") are not names.
    // (Not a group's code name that an apposition defines: "traced to KV7731, a hacking group".)
    if (t.cap && CODE_NAME.test(t.text) && tokens[i + 1]?.text !== '(' && !definedAsBody(tokens, i + 1)) {
      i++;
      continue;
    }
    // "the 5th Battalion", "the 12th Mountain Division": a unit named by its number is a body named whole.
    if (ORDINAL.test(t.text) && isCap(tokens[i + 1]) && !lookupAt(tokens, i + 1)) {
      const e = capSpanEnd(tokens, i + 1);
      const words = tokens.slice(i + 1, e).map((x) => x.text);
      // (Not a meeting: "the 20th Party Congress".)
      if (e - i <= 5 && spanKeywordType(words) === 'Organization' && !/^(?:Congress|Plenum|Session|Conference|Summit|Games|Anniversary)$/.test(words[words.length - 1]!)) {
        push(i, e, { kind: 'name', type: 'Organization', name: tokenText(tokens, i, e) });
        i = e;
        continue;
      }
    }
    // "Channel 4", "Route 9", "Camp 5": a name completed by its number.
    const numbered = t.cap ? NUMBERED_NAMES[t.text] : undefined;
    if (numbered && /^\d{1,4}$/.test(tokens[i + 1]?.text ?? '') && !isCap(tokens[i - 1])) {
      push(i, i + 2, { kind: 'name', type: numbered, name: tokenText(tokens, i, i + 2) });
      i += 2;
      continue;
    }
    // "Latin American leaders": a region's people, no name (the demonym alone is skipped above).
    const regional = REGION_QUALIFIERS.has(t.text) ? lookupAt(tokens, i + 1) : null;
    if (regional?.entry.kind === 'demonym' && !isCap(tokens[i + 1 + regional.len])) {
      i += 1 + regional.len;
      continue;
    }
    // 3. Capitalised spans.
    // ("Government of Southern Salvation": a body's keyword that "of" and a name that is no state's or place's follow names it.)
    const bodyOf = t.cap && ORG_KEYWORDS.has(t.text) && tokens[i + 1]?.text === 'of' && isCap(tokens[i + 2]) && !lookupAt(tokens, i + 2);
    if (t.cap && !(NON_NAME_WORDS.has(t.text) && !isCap(tokens[i + 1]) && !bodyOf) && !isSentenceStartWord(tokens, i, text)) {
      let s = i;
      // A leading adjective stays when the span names a body or place: "Supreme Court", "National Action Party".
      const placeLead = PLACE_LEAD.test(t.text) && isCap(tokens[i + 1]) &&
        (PLACE_PREPS.has(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.text === 'of' && PLACE_NOUN_CUES.test(tokens[i - 2]?.text ?? '')) ||
          // "Sudan's North Kordofan state", "the West Java region": before the kind of place it names.
          PLACE_NOUN_AFTER.has(tokens[capSpanEnd(tokens, i + 1)]?.text ?? ''));
      // Ordinals and directions before a name are part of it: "Second Thomas Shoal", "New START", "Western Sahara".
      const orderLead = ORDER_LEADS.has(t.text) && isCap(tokens[i + 1]) && !matchRole(tokens, i + 1);
      // ("the National Andean Voice party": a lead word of a body that a descriptor after the name calls one.)
      // ("Uruguay's General Security": "General" before a body's word opens its name.)
      // ("the All Andean Workers Congress": "All" opening a body's name the gazetteer does not know.)
      // (Only inside a sentence, after a lower-case word: "All National Assembly members voted" opens with a determiner.)
      const allLead = t.text === 'All' && !!tokens[i - 1] && /^[a-z]/.test(tokens[i - 1]!.text) && isCap(tokens[i + 1]) && !lookupAt(tokens, i + 1) && spanKeywordType(tokens.slice(i + 1, capSpanEnd(tokens, i + 1)).map((x) => x.text)) === 'Organization';
      const keepLead = placeLead || orderLead || allLead || (t.text === 'General' && GENERAL_BODY.test(tokens[i + 1]?.text ?? '')) || (NAME_LEADS.has(t.text) && isCap(tokens[i + 1]) && (spanKeywordType(tokens.slice(i, capSpanEnd(tokens, i)).map((x) => x.text)) !== null || BODY_DESCRIPTORS.has(tokens[capSpanEnd(tokens, i)]?.text ?? '')));
      // Honorifics before a name are left out, except one that is part of a one-word name ("Sheikh Amina").
      const honorificName = (tokens[s]!.text === 'Sheikh' || tokens[s]!.text === 'Sheikha') && isCap(tokens[s + 1]) && !isCap(tokens[s + 2]);
      // ("Imam Khomeini International Airport", "Sheikh Zayed Road": an honorific inside a place's or body's name stays.)
      const facilityName = honorificOpensPlaceName(tokens, i);
      // ("the pro-Kurdish Vega Party": the side a "pro-"/"anti-" word names is no part of the name after it.)
      while (!keepLead && !honorificName && !bodyOf && !facilityName && s < n && (HONORIFICS.has(tokens[s]!.text) || (NON_NAME_WORDS.has(tokens[s]!.text) && s === i) || partyMemberBefore(tokens, s) || (s === i && afterProOrAnti(tokens, i) && isCap(tokens[i + 1])))) s++;
      if (s >= n || !isCap(tokens[s])) {
        i = Math.max(s, i + 1);
        continue;
      }
      if (!keepLead && s > i && (lookupAt(tokens, s) || matchRole(tokens, s))) {
        i = s;
        continue;
      }
      if (/^[A-Z][a-z]+-[a-z]+$/.test(tokens[s]!.text) || tokens[s]!.text.includes('$')) {
        i = s + 1;
        continue;
      }
      // "Ships of the China Coast Guard…", "Members of the Liberal Party…": a common noun that opens the
      // sentence before "of" is not part of the name after it.
      if (opensSentence(tokens, s) && tokens[s + 1]?.text === 'of' && GROUP_OPENERS.has(tokens[s]!.lower.replace(/s$/, ''))) {
        i = s + 1;
        continue;
      }
      let e = capSpanEnd(tokens, s);
      if (e <= s) {
        i = s + 1;
        continue;
      }
      // Shouted headline words ("STILL COMMITTED") are not names; single acronyms are.
      if (e - s >= 2 && tokens.slice(s, e).every((x) => !/[a-z]/.test(x.text)) && !lookupAt(tokens, s)) {
        i = e;
        continue;
      }
      const words = tokens.slice(s, e).map((x) => x.text);
      // "Peru's Energy ministry", "the Energy and Mines ministry": capitalised portfolios before a lower-case
      // "ministry" name that body ("Energy and Mines Ministry").
      const govHead = tokens[e];
      // (A "department" only after a state's name or demonym, firms have them too, "Vega Oil's Legal department";
      // "of" after it only a state's, "the Energy ministry of Peru", not "the Finance ministry of Vega Oil".)
      const stateBefore = (): boolean => lookupAt(tokens, s - 1)?.entry.type === 'Country' || (/^['’]s$/.test(tokens[s - 1]?.text ?? '') && lookupAt(tokens, s - 2)?.entry.type === 'Country');
      const ofState = (): boolean => tokens[e + 1]?.lower !== 'of' || lookupAt(tokens, e + 2)?.entry.type === 'Country';
      if (govHead && !govHead.cap && (govHead.lower === 'ministry' || (govHead.lower === 'department' && stateBefore())) && ofState() && words.every((w) => PORTFOLIO.has(w) || w === 'and') && PORTFOLIO.has(words[0]!) && PORTFOLIO.has(words[words.length - 1]!)) {
        const m = push(s, e + 1, { kind: 'name', type: 'Organization', name: `${words.join(' ')} ${govHead.lower === 'ministry' ? 'Ministry' : 'Department'}` });
        m.surface = tokenText(tokens, s, e + 1);
        i = e + 1;
        continue;
      }
      // "West African leaders", "European officials", "Islamist fighters": a regional or group adjective
      // before a common noun is no name.
      // (Also a people's name: "Fulani herders", "Chechen fighters"; before an armed group's noun it names the group, "Hutu militias".)
      const peoples = PEOPLES.has(words[words.length - 1]!) && !ARMED_GROUP_NOUNS.has(tokens[e]?.lower ?? '');
      if ((REGIONAL_ADJECTIVES.has(words[words.length - 1]!) || peoples) && words.every((w) => REGIONAL_ADJECTIVES.has(w) || PEOPLES.has(w) || DIRECTIONS.has(w)) && tokens[e] && !isCap(tokens[e]) && tokens[e]!.word) {
        i = e;
        continue;
      }
      // ("the Kurdish-led forces", "a Tamil-backed party": an adjective of a people, shaped as one, before
      // "-led" or "-backed" is no name; a name is, "Houthi-led", "Wagner-backed".)
      if (words.length === 1 && /^[A-Z][a-z]+(?:ish|ian|ese|ic)$/.test(words[0]!) && tokens[e]?.text === '-' && /^(?:led|backed|run|dominated|controlled|majority|speaking)$/.test(tokens[e + 1]?.lower ?? '')) {
        i = e;
        continue;
      }
      let type = spanKeywordType(words);
      // "the Voice of Chile party", "her Dawn of Peru movement": a descriptor right after the span names a body
      // (after "the" or an owner; "a New Year party" is a gathering).
      if (!type && words.length >= 2 && BODY_DESCRIPTORS.has(tokens[e]?.lower ?? '') && !isCap(tokens[e]) && OWNING_DETERMINERS.has(tokens[s - 1]?.lower ?? '')) type = 'Organization';
      // "senator Jane Roe of the Green Party": a person named before "of" is not part of the body's name.
      const ofAt = words.indexOf('of');
      if (type === 'Organization' && ofAt >= 2 && !words.slice(0, ofAt).some((w) => ORG_KEYWORDS.has(w)) &&
        (spanTypeByShape(tokens.slice(s, s + ofAt)) === 'Person' || (s > 0 && matchRole(tokens, s - 1) !== null) || nameBeforeBody(tokens, s, ofAt, words))) {
        e = s + ofAt;
        words.length = ofAt;
        type = null;
      }
      // "the Patriots of Vilca": a party named by its members' creed ends before "of" and its own name.
      if (type === 'Organization' && ofAt >= 1 && CREED_PLURALS.has(words[ofAt - 1]!) && isCap(tokens[s + ofAt + 1])) {
        e = s + ofAt;
        words.length = ofAt;
      }
      // "Halden Holdings of Oslo": a company's name ends before "of" and the place it is from.
      if (type === 'Organization' && ofAt >= 2 && COMPANY_ENDINGS.has(words[ofAt - 1]!)) {
        const where = lookupAt(tokens, s + ofAt + 1);
        if (where && (where.entry.type === 'Place' || where.entry.type === 'Country') && where.entry.kind !== 'demonym' && s + ofAt + 1 + where.len === e) {
          e = s + ofAt;
          words.length = ofAt;
        }
      }
      let andAt = words.indexOf('and');
      // "Rishi Sunak and European Commission President …": a person's name before "and" ends there,
      // even when a body's keyword follows it.
      const titledBefore = [1, 2, 3].some((d) => s - d >= 0 && matchRole(tokens, s - d)?.len === d);
      if (type && andAt > 0 && andAt <= 4 && !spanKeywordType(words.slice(0, andAt)) && (titledBefore || spanTypeByShape(tokens.slice(s, s + andAt)) === 'Person')) {
        e = s + andAt;
        words.length = andAt;
        type = null;
        andAt = -1;
      }
      // "BYD and SAIC Motor": a one-word name before "and" is a name of its own; an abstract noun is not
      // ("Peace and Progress Party", "Trade and Growth Initiative").
      if (type && andAt === 1 && !spanKeywordType(words.slice(0, 1)) && spanKeywordType(words.slice(2)) && !abstractJoin(words)) {
        e = s + 1;
        words.length = 1;
        type = null;
        andAt = -1;
      }
      // "Department of International Relations and Cooperation": a portfolio after "and" stays in the name;
      // so does a coordination inside "of" that a plural keyword closes ("Federation of X and Y Unions").
      // So do two abstract nouns joined after "for" or "of" ("Union for Unity and Progress").
      const abstractPairAfter = andAt === words.length - 2 && ABSTRACT_NAME_WORDS.has(words[andAt + 1]!) && ABSTRACT_NAME_WORDS.has(words[andAt - 1]!) && (words.includes('for') || words.includes('of'));
      // ("the Embassy of Sao Tome and Principe": a state whose own name has "and" stays whole after "of".)
      const ofBeforeAnd = andAt > 0 ? words.lastIndexOf('of', andAt) : -1;
      const stateWithAnd = ofBeforeAnd > 0 && !!lookup(words.slice(words[ofBeforeAnd + 1] === 'the' ? ofBeforeAnd + 2 : ofBeforeAnd + 1).join(' '));
      // ("the Agreement on Trade and Investment", "a Treaty of Friendship and Cooperation": matters joined after a treaty's "on" or "of".)
      const onAt = andAt > 0 ? Math.max(words.lastIndexOf('on', andAt), words.lastIndexOf('of', andAt)) : -1;
      // (Only matters after "and", not a name that begins the next clause: "the Convention on Fishing and Korea followed".)
      const treatyMatters = onAt > 0 && NAMED_TREATY_HEADS.has(words[onAt - 1]!) && words.slice(onAt + 1).every((w) => w === 'and' || (/^\p{Lu}/u.test(w) && !lookup(w))) &&
        (words.slice(andAt + 1).every((w) => ABSTRACT_NAME_WORDS.has(w) || TREATY_MATTERS.has(w)) ||
          // (Or other capitalised matters that end the sentence's phrase, "on Wetlands and Waterfowl.": not a given name, nor before a verb, a comma or "'s".)
          (!COMMON_GIVEN_NAMES.has(words[andAt + 1]!) && !/^(?:VERB|AUX)$/.test(tokens[s + words.length]?.pos ?? '') && !/^(?:,|['’]s)$/.test(tokens[s + words.length]?.text ?? '')));
      // "Vega Science and Technology", "Tacna Oil and Gas": a name closed by two trades joined by "and" is one firm's.
      const tradesPair = andAt >= 2 && andAt === words.length - 2 && isTradeWord(words[andAt - 1]) && isTradeWord(words[andAt + 1]) && !isTradeWord(words[0]) &&
        !words.slice(0, andAt).some((w) => CONNECTORS.has(w)) && !lookupAt(tokens, s + andAt - 1) && !lookupAt(tokens, s, s + andAt - 1);
      if (tradesPair) type = 'Organization';
      if (type && andAt > 0 && !stateWithAnd && !treatyMatters && !tradesPair && spanKeywordType(words.slice(0, andAt)) && !ofAndPlural(words, andAt) && !(andAt === words.length - 2 && PORTFOLIOS.has(words[andAt + 1]!) && words.includes('of')) && !abstractPairAfter && !abstractJoin(words)) {
        e = s + andAt;
        type = spanKeywordType(words.slice(0, andAt));
      } else if (type === 'Organization' && andAt >= 2 && words.length - andAt - 1 >= 2 && COMPANY_WORD.test(words[words.length - 1]!) && !words.includes('of') && !words.includes('for') &&
        words.every((w, k) => k === andAt || /^\p{Lu}/u.test(w)) && !ABSTRACT_NAME_WORDS.has(words[andAt - 1]!) && !ABSTRACT_NAME_WORDS.has(words[andAt + 1]!)) {
        // "Kessel Robotics and Nordvik Grain Trading": two names of two words or more joined by "and",
        // a company word closing the second, are two firms, the first read on its own.
        e = s + andAt;
        words.length = andAt;
        type = null;
      }
      // Without a keyword, connectors do not glue names together: "France and Germany", "Tomb of X".
      if (!type) {
        // Two names joined by "and" are cut there first; a particle chain inside each stays ("Abdullah bin Zayed Al Nahyan").
        const and = words.indexOf('and');
        // "the Trade and Growth Initiative": abstract nouns joined inside one name, not two names.
        const abstractPair = and === 1 && abstractJoin(words);
        // "Procter & Gamble", "Marks & Spencer": names joined by an ampersand are one firm's.
        const amp = words.indexOf('&');
        // (Not places joined so: "Trinidad & Tobago", "Jammu & Kashmir"; each side a whole place, not "Vilca Wind & Solar Power".)
        const placesJoinedByAmp = amp > 0 && (!!lookup(words.join(' ').replace(' & ', ' and ')) || lookupAt(tokens, s, s + amp)?.len === amp || lookupAt(tokens, s + amp + 1, e)?.len === e - s - amp - 1);
        // "Citizens for Progress", "Lawyers for Justice and Peace": people named as standing for an ideal are a body.
        const forAt = words.indexOf('for');
        const forIdeal = forAt > 0 && /s$/.test(words[forAt - 1]!) && words.slice(0, forAt).every((w) => /^\p{Lu}/u.test(w)) && !lookupAt(tokens, s, s + forAt) &&
          words.slice(forAt + 1).every((w) => ABSTRACT_NAME_WORDS.has(w) || w === 'and') && ABSTRACT_NAME_WORDS.has(words[words.length - 1]!);
        // ("Vilca Wind & Solar Power of Peru": the firm's name ends before an "of" after it.)
        const ampOf = amp > 0 ? words.indexOf('of', amp) : -1;
        const ampEnd = ampOf > amp + 1 ? ampOf : words.length;
        if (amp > 0 && amp < ampEnd - 1 && (and < 0 || and > ampEnd) && !placesJoinedByAmp && !words.slice(0, ampEnd).some((w, k) => k !== amp && CONNECTORS.has(w))) {
          type = 'Organization';
          e = s + ampEnd;
          words.length = ampEnd;
        }
        else if (abstractPair || forIdeal) type = 'Organization';
        else if (and > 0) {
          e = s + and;
          words.length = and;
        }
        // A particle run stays when the name ends soon after it or goes on only to "of …" ("Mohammed bin Salman of Saudi Arabia").
        const restFrom = (k: number): number => { let q = k + 1; while (q < words.length && (PARTICLES.has(words[q]!) || isCap(tokens[s + q]))) q++; return q; };
        const particleRun = (k: number): boolean => PARTICLES.has(words[k]!) && (isCap(tokens[s + k + 1]) || (PARTICLES.has(words[k + 1] ?? '') && isCap(tokens[s + k + 2]))) && (k + 3 >= words.length - 1 || words[restFrom(k)] === 'of');
        const cut = words.findIndex((w, k) => k > 0 && CONNECTORS.has(w) && !particleRun(k) && !(k > 1 && PARTICLES.has(words[k - 1]!) && particleRun(k - 1)));
        if (cut > 0 && !abstractPair && type !== 'Organization') e = s + cut;
      }
      // ("the Ethics Committee of the African Union": a body of a known body is a name of its own.)
      const ofBody = bodyOfKnownBody(tokens, s, e);
      if (ofBody > 0) {
        e = s + ofBody;
        words.length = ofBody;
        type = 'Organization';
      }
      if (type === 'Organization' || type === 'Treaty') e = missionEnd(tokens, e, s);
      const nameTokens = tokens.slice(s, e);
      const name = tokenText(tokens, s, e);
      // ("the Vilca Act", "the Andean Trade Act": a law is no entity.)
      if (!type && e - s >= 2 && tokens[e - 1]!.text === 'Act') {
        i = e;
        continue;
      }
      const m = push(s, e, { kind: 'name', type: type ?? spanTypeByShape(nameTokens), name });
      // "Archbishop X Y", "Imam X Y": a name after an honorific is a person's.
      if (!m.type && s > i && HONORIFICS.has(tokens[s - 1]!.text) && e - s >= 2) m.type = 'Person', (m.personCue = true);
      // ("President Ana Kofi Mills": a given name and surnames right after a title are a person's, whatever word ends them.)
      const titled = out.length >= 2 && out[out.length - 2]!.kind === 'role' && out[out.length - 2]!.t1 === s;
      // (Only a body's word that is also a surname: not "President Ana Ruiz Foundation".)
      if (m.type === 'Organization' && titled && e - s >= 2 && e - s <= 4 && COMMON_GIVEN_NAMES.has(tokens[s]!.text) && tokens.slice(s, e).every((x) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(x.text)) && SURNAME_KEYWORDS.has(tokens[e - 1]!.text) && !tokens.slice(s, e - 1).some((x) => ORG_KEYWORDS.has(x.text))) m.type = 'Person';
      // Cues around the span.
      const next = tokens[e];
      const prev = tokens[s - 1];
      if (next?.text === '(' && tokens[e + 2]?.text === ')' && isCJK(tokens[e + 1]!.text)) m.personCue = true, (m.type = m.type ?? 'Person');
      // "X was sworn in": only a person takes an oath of office.
      const sworn = /^(?:was|is)$/.test(next?.lower ?? '') ? e + 1 : /^(?:will|has|had)$/.test(next?.lower ?? '') && /^(?:be|been)$/.test(tokens[e + 1]?.lower ?? '') ? e + 2 : -1;
      if (!m.type && sworn > 0 && tokens[sworn]?.lower === 'sworn' && nameTokens.length >= 2) m.type = 'Person', (m.personCue = true);
      if (next && SPEECH_AFTER.test(next.text) && nameTokens.length >= 2 && !/^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$/.test(nameTokens[0]!.text)) m.personCue = true;
      // ("a stake in X", "shares in Y": what one holds part of is a firm, not a place.)
      const heldIn = stakeHeldIn(tokens, s);
      if (heldIn && !m.type) m.type = 'Organization';
      else if (prev && PLACE_PREPS.has(prev.text)) m.placeCue = true;
      // "the village of Ban Khao Lak": a place even when its first word is also a given name.
      if (prev?.text === 'of' && PLACE_NOUN_CUES.test(tokens[s - 2]?.text ?? '')) m.placeCue = true, (m.type = m.type === 'Person' || !m.type ? 'Place' : m.type);
      // (Not the subject of a relative clause with no relative word and no object: "the party Kask founded
      // and leads", "the party Kask founded won".)
      if (!m.type && prev && ORG_NOUN_CUES.has(prev.text) && !objectGapAfter(tokens, e, opensClause(tokens, s - 1))) m.type = 'Organization';
      // ("the Arica-based government": where a body is based is a place.)
      // (Only before a government's or force's noun: "a Telegram-based news channel" is no place's.)
      if (!m.type && tokens[e]?.text === '-' && /^(?:based|headquartered)$/.test(tokens[e + 1]?.lower ?? '') && /^(?:government|administration|authorities|authority|parliament|council|forces|militia|army|command|cabinet)$/.test(tokens[e + 2]?.lower ?? '')) m.type = 'Place';
      // "drills code-named Condor Shield", "an operation codenamed Y": a code name names an operation or exercise.
      if (codeNamedEvent(tokens, s) && (!m.type || (m.type === 'Person' && !m.personCue))) m.type = 'Event';
      // "blamed on the militant group Fursan al-Jabal", "Saraf al-Din, an armed movement active near …": a group's
      // kind before the name or defining it outweighs the name's shape (an "al-" chain reads as a person's).
      // So does a firm's kind ("the Italian carmaker X", "X, a Danish shipping company"), for a name of no type yet too.
      // (A firm's kind right before the name outweighs a verb of speech after it: firms speak too.)
      const firmBefore = !!prev && FIRM_KIND_NOUNS.has(prev.text) && !relativeSubject(tokens, s, e);
      if ((m.type === 'Person' || !m.type) && !type && (firmBefore || (!m.personCue && ((prev && BODY_KIND_NOUNS.has(prev.text) && !relativeSubject(tokens, s, e)) || definedAsBody(tokens, e))))) m.type = 'Organization', (m.personCue = false);
      // "Tamarit candidate Ana Ruiz", "state-owned Ondara", "a coalition with Tamarit", "Kavbank": a body by the
      // words around it, for a name of no type yet that reads as no person's.
      if (!m.type && !m.personCue && bodyByContext(tokens, s, e, text)) m.type = 'Organization';
      // "Lisbon-based X": a body, unless the name reads as a person's (people are "-based" too).
      if (prev && /^(?:based|headquartered|registered)$/.test(prev.lower) && tokens[s - 2]?.text === '-' && !m.personCue && !m.type) m.type = 'Organization';
      if (!m.type && PLACE_SUFFIX.test(nameTokens[nameTokens.length - 1]!.text) && e - s > 1) m.type = 'Place';
      // "Sebha-based X": where a body is based is a place.
      // (Before a name only: "a Telegram-based news channel" names no place.)
      if (!m.type && next?.text === '-' && next.start === m.end && /^(?:based|headquartered)$/.test(tokens[e + 1]?.lower ?? '') && isCap(tokens[e + 2])) m.type = 'Place', (m.placeCue = true);
      if (!m.type && next && PLACE_NOUN_AFTER.has(next.text)) m.type = 'Place';
      /** The name goes on over the next words ("Kaya airport", "the Tamba copper mine", "Houthi rebels"). */
      const absorbNext = (word: string, count = 1): void => {
        m.name = `${name} ${word}`;
        e += count;
        m.t1 = e;
        m.end = tokens[e - 1]!.end;
        m.surface = text.slice(m.start, m.end);
      };
      // "Kaya airport", "the Tamba copper mine", "the Kaya border crossing": the facility is the place,
      // named with its noun.
      const facility = facilityWords(tokens, e);
      // (A body's name stays a body before other facilities: "a BASF chemical plant" is BASF's.)
      if (facility > 0 && e - s <= 3 && (!m.type || m.type === 'Place' || (m.type === 'Organization' && /^(?:airport|airbase)$/.test(tokens[e]!.text)))) {
        m.type = 'Place';
        absorbNext(tokens.slice(e, e + facility).map((x) => x.text).join(' '), facility);
      }
      if (t.dateline && (!m.type || m.type === 'Organization')) m.type = 'Place';
      // "Houthi rebels", "Kurdish militants": a group noun after a name makes it an armed or political group.
      if ((!m.type || m.type === 'Person') && next && GROUP_NOUNS.has(next.lower) && e - s <= 3) {
        m.type = 'Organization';
        if (e - s === 1 && (/(?:ish|ist|ic|an|ese)$/.test(name) || PEOPLES.has(name))) absorbNext(next.lower);
      }
      if (!m.type && /^[A-Z][a-z]+[A-Z]+$/.test(name)) m.type = 'Organization';
      // "Los Halcones", "Las Tias": a Spanish plural article before a plural names a group, not a person.
      // (Not a place so named: "in Las Tunas", "Las Palmas, Spain".)
      const placeLike = (prev && (PLACE_PREPS.has(prev.lower) || /^(?:from|to|into)$/.test(prev.lower))) || (next?.text === ',' && lookupAt(tokens, e + 1)?.entry.type === 'Country');
      if (!m.type && e - s === 2 && /^(?:Los|Las)$/.test(tokens[s]!.text) && /[a-z]s$/.test(tokens[s + 1]!.text) && !placeLike) m.type = 'Organization';
      // "the centre-right Somos Peru party", "the Wagner group": a body's descriptor after the name.
      if ((!m.type || m.type === 'Person') && next && /^(?:party|alliance|coalition|bloc|company|firm|bank|union|federation|agency|network|foundation|institute|university)$/.test(next.text) && tokens[s - 1]?.pos !== 'PROPN') m.type = 'Organization';
      // "in Lima, Cusco and Puno": a list of places shares the preposition; a name after a comma that
      // a verb follows is a clause's subject after an opening phrase ("Speaking in Quito, Mbatha said").
      if (prev?.text === 'and' || (prev?.text === ',' && next?.pos !== 'VERB' && next?.pos !== 'AUX')) {
        const before = out[out.length - 2];
        if ((before?.placeCue || (before?.kind === 'gaz' && before.type === 'Place' && PLACE_PREPS.has(tokens[before.t0 - 1]?.text ?? ''))) && before.t1 === s - 1) m.placeCue = true;
      }
      i = shortFormAfter(tokens, m.t1, m);
      continue;
    }
    // 4. Lower-case noun phrases headed by treaty / event / organization nouns.
    // (Not a modifier of a noun after it: "a ceasefire proposal" is a proposal, "war crimes" are crimes.)
    // (Nor a month's name before a year, a day or the noun it dates: "Peru's March 2031 election", "the March coup".)
    if (NP_HEADS.has(t.lower) && !compoundModifier(tokens, i) && !(t.cap && isMonthOrDay(t.text) && i > 0 && (tokens[i + 1]?.pos === 'NUM' || (tokens[i + 1]?.pos === 'NOUN' && !tokens[i + 1]!.cap)))) {
      nounPhrase(tokens, i, out, text);
    }
    i++;
  }
  distributePlurals(tokens, out);
  possessiveOffices(tokens, out, text);
  // A capitalised word opening the sentence that the tagger reads as a verb, adverb or preposition
  // ("Born in…", "Despite…") is not a name; nor are query-language keywords ("MATCH", "RETURN") or
  // the words of a heading in capitals ("ANALYSIS", "WHAT HAPPENS NEXT").
  const heading = tokens.some((x) => x.word) && tokens.every((x) => !x.word || !/[a-z]/.test(x.text));
  return out.filter((x) => {
    if (x.kind !== 'name') return true;
    // ("the 2024 Baltic Trade Forum", "the annual X Forum", "addressed the X Forum", "the X Forum opened":
    // a forum dated, held or addressed is one meeting of it.)
    if (x.type === 'Organization' && / Forum$/.test(x.name) && forumMeeting(tokens, x.t0, x.t1)) x.type = 'Event';
    if (!x.type && x.t1 - x.t0 === 1 && (x.t0 === 0 || tokens[x.t0 - 1]!.text === '"' || tokens[x.t0 - 1]!.text === '“') && NOT_NAME_POS.has(tokens[x.t0]!.pos ?? '')) return false;
    if (x.t1 - x.t0 === 1 && QUERY_WORDS.has(tokens[x.t0]!.text)) return false;
    return !heading;
  });
}
/** Verbs of holding, attending or opening a meeting. */
const MEETING_VERBS = new Set(['address', 'attend', 'host', 'open', 'close', 'convene', 'hold', 'speak']);

/** Whether the forum named at t0..t1 is told as one meeting: dated, annual, held, addressed or opened. */
function forumMeeting(tokens: readonly Token[], t0: number, t1: number): boolean {
  const before = tokens[t0 - 1]?.lower === 'the' ? tokens[t0 - 2] : tokens[t0 - 1];
  if (/^(?:19|20)\d\d$/.test(tokens[t0 - 1]?.text ?? '') || tokens[t0 - 1]?.lower === 'annual') return true;
  if (before?.pos === 'VERB' && MEETING_VERBS.has(before.lemma ?? before.lower)) return true;
  // ("opened on Monday", not "opened an office").
  const after = tokens[t1];
  return after?.pos === 'VERB' && /^(?:open|close|convene|begin|start|end)$/.test(after.lemma ?? '') && !['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(tokens[t1 + 1]?.pos ?? '');
}

/** Keywords of query languages, written in capitals in technical text: not names. */
const QUERY_WORDS = new Set('MATCH RETURN WHERE OPTIONAL WITH CREATE MERGE DELETE DETACH SET UNWIND CALL YIELD SELECT FROM JOIN LIMIT ORDER GROUP BY INSERT UPDATE LOAD CSV EXPLAIN PROFILE'.split(' '));
const NOT_NAME_POS = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'ADJ']);

/** The sentence's first word (also the first after a wire dateline: "QUITO, June 4 (AP) - Troops of …"). */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  // (The dateline first: the dash is looked for only in a sentence that has one.)
  return i === 0 || (i === 1 && !tokens[0]!.word) || (!!tokens[0]!.dateline && /^[—–-]$/.test(tokens[i - 1]?.text ?? ''));
}

/** Sentence-initial capitalised word that is a common word (participle, adverb). */
function isSentenceStartWord(tokens: readonly Token[], i: number, text: string): boolean {
  if (!opensSentence(tokens, i)) return false;
  const w = tokens[i]!.text;
  if (/(?:ing|ed|ly)$/.test(w) && !isCap(tokens[i + 1])) return true;
  if (ING_PREPOSITIONS.has(w.toLowerCase())) return true;
  // "Visiting Lima on Monday, X said…", "Meeting Ivo Kask in Quito, Y…": a verb's -ing form opening a
  // participle clause that ends at a comma before its subject governs the name after it.
  // (Not the first word of a body's name, "Leading Edge Capital, a fund, said…"; nor a preposition in
  // -ing, "Excluding Russia, the members…".)
  if (/^[A-Z][a-z]+ing$/.test(w) && tokens[i]!.pos === 'VERB' && !ING_PREPOSITIONS.has(w.toLowerCase()) && openingClause(tokens, i + 1)) {
    const words = tokens.slice(i, capSpanEnd(tokens, i)).map((x) => x.text);
    if (spanKeywordType(words) === null && !COMPANY_WORD.test(words[words.length - 1]!)) return true;
  }
  const next = tokens[i + 1];
  // "Novelist X said…", "Journalist X was detained…": an occupation before the person it
  // describes (not a body's name: "Singer Holdings", "Economist Intelligence Unit").
  if (OPENING_OCCUPATIONS.has(w) && isCap(next)) {
    const e = capSpanEnd(tokens, i + 1);
    if (e - i - 1 >= 1 && e - i - 1 <= 3 && spanKeywordType(tokens.slice(i + 1, e).map((x) => x.text)) === null && !COMPANY_WORD.test(tokens[e - 1]!.text) && !/^(?:Intelligence|Unit|Group)$/.test(tokens[e - 1]!.text)) return true;
  }
  // "Neighbouring Bolivia and Ecuador…", "Tiny Qatar…": a describing adjective before a place the gazetteer knows.
  if (PLACE_DESCRIBERS.has(w) && isCap(next) && lookupAt(tokens, i + 1)) return true;
  if (!next || isCap(next) || lookupAt(tokens, i) || !/^[A-Z][a-z]+$/.test(w)) return false;
  // "Investigators detained…", "Protesters gathered…": a plural agent noun opening the sentence before
  // a verb is a common noun, not a name.
  // So is one before a place or topic phrase: "Critics in Libreville say…", "Analysts at the bank expect…".
  if (/^[A-Z][a-z]{4,}(?:ors|ers|ists|ysts|ians|ants|ents|ives|ities|eers|men|ics)$/.test(w) && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) return true;
  if (/^[A-Z][a-z]{4,}(?:ors|ers|ists|ysts|ians|ants|ents|ives|eers|men|ics)$|^[A-Z][a-z]{2,}(?:ists|ysts|ics)$/.test(w) && next.pos === 'ADP' && /^(?:in|at|from|across|inside|outside|of|on)$/.test(next.lower)) return true;
  // "Police in Chile detained…", "Authorities said…": the people who act for a state, named by their kind.
  if (STATE_AGENT_OPENERS.has(w)) return true;
  // ("Markets fell after …", "Prices soared because …": a plural the tagger reads as a common noun before its verb.)
  if (/^[A-Z][a-z]{3,}[^s]s$/.test(w) && tokens[i]!.pos === 'NOUN' && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  // "Relief crews…", "Border guards fired…", "Opposition lawmakers said…": a common noun
  // modifying the people who act.
  if (COMMON_MODIFIERS.has(w) && next.pos === 'NOUN' && !next.cap) return true;
  // ("Labour unions staged a strike": a party's name before a lower-case plural is a modifier.)
  // (Not the party's own people: "Labour lawmakers", "Labour members".)
  if ((w === 'Labour' || w === 'Labor') && next.pos === 'NOUN' && !next.cap && /s$/.test(next.lower) && !PARTY_PEOPLE.has(next.lower)) return true;
  // "Gunmen from X attacked…", "Rebels seized…": a group noun opening the sentence is a common noun.
  if (GROUP_NOUNS.has(w.toLowerCase()) && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || next.pos === 'ADP')) return true;
  // "Negotiations in Geneva…", "Skirmishes between…", "Rival clans met…": an event or trigger noun of the
  // relation lexicon, or an adjective that sets one group against another, opening the sentence is a
  // common word. (The noun only before a preposition: "Levy accused…", "Congress approved…", "Case, a
  // lawyer, said…" are names.)
  if (next.pos === 'ADP') {
    const lw = w.toLowerCase();
    const one = nounSingular(lw);
    if (triggerNounLemma(lw) !== undefined || EVENT_HEADS.has(lw) || TREATY_HEADS.has(lw) || EVENT_HEADS.has(one) || TREATY_HEADS.has(one)) return true;
  }
  // ("Sanctions hit…", "Clashes erupted…", "Floods killed…": such a noun in the plural before a verb too.)
  if ((next.pos === 'VERB' || next.pos === 'AUX') && /[^s]s$/.test(w)) {
    const one = nounSingular(w.toLowerCase());
    if (one !== w.toLowerCase() && (triggerNounLemma(one) !== undefined || EVENT_HEADS.has(one) || DISASTER_NOUNS.has(one))) return true;
  }
  if (OPENING_ADJECTIVES.has(w)) return true;
  // "Police said…" where the article also writes "police": a common noun the sentence opens with.
  return writesWord(text, w.toLowerCase());
}

/** A clause from k that ends at a comma with no finite verb before it, and goes on after it. */
function openingClause(tokens: readonly Token[], k: number): boolean {
  const j = openingClauseComma(tokens, k);
  return j > k && j + 2 < tokens.length;
}

/** A party's own people, after which the party's name is the party ("Labour lawmakers criticised…"). */
const PARTY_PEOPLE = new Set(['members', 'lawmakers', 'mps', 'ministers', 'leaders', 'councillors', 'councilors', 'candidates', 'voters', 'supporters', 'activists', 'politicians', 'senators', 'deputies']);

/** Natural disasters, which open sentences in the plural ("Floods killed…"). */
const DISASTER_NOUNS = new Set(['flood', 'earthquake', 'quake', 'storm', 'wildfire', 'fire', 'landslide', 'drought', 'cyclone', 'hurricane', 'typhoon', 'tornado', 'mudslide', 'avalanche', 'aftershock', 'tremor', 'rain', 'downpour', 'heatwave']);

/** Words that make a demonym after them a region's ("Central American", "Latin American", "Pan-African"). */
const REGION_QUALIFIERS = new Set(['Central', 'Latin', 'North', 'South', 'East', 'West', 'Pan', 'Sub-Saharan', 'Southeast', 'Northeast', 'Anglo', 'Afro', 'Indo', 'Ibero']);

/** Nouns for those who act for a state that open sentences as common nouns ("Police in X said"). */
/**
 * Where "of the" opens a body the gazetteer knows that ends the span, after a name of two words or more
 * with a body's keyword ("the Ethics Panel of the Organization for …", "the Ethics Committee of the
 * African Union"): the length of the name before "of", else -1. (Not "the Council of the European
 * Union", one word before "of"; nor "the Armed Forces of the Philippines", a state after it.)
 */
function bodyOfKnownBody(tokens: readonly Token[], s: number, e: number): number {
  for (let k = s + 2; k + 2 < e; k++) {
    if (tokens[k]!.text !== 'of' || tokens[k + 1]!.text !== 'the') continue;
    const known = lookupAt(tokens, k + 2);
    if (!known || known.entry.type !== 'Organization' || known.entry.kind !== 'name' || k + 2 + known.len !== e) return -1;
    const head = tokens.slice(s, k);
    return head.every((t) => isCap(t) || t.text === 'and') && head.some((t) => ORG_KEYWORDS.has(t.text)) && !head.some((t) => t.text === 'of') ? k - s : -1;
  }
  return -1;
}

/** -ing nouns that name what an agreement is about ("a policing agreement", "a fishing pact"). */

/** A lower-case matter before "and" inside an agreement's name: "border and policing", "arms and training", "fishing and shipping". */
function matterBefore(t: Token | undefined): boolean {
  if (!t || !t.word || t.cap || NP_STOP.has(t.lower) || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && !MATTER_ING.has(t.lower))) return false;
  return MATTER_ING.has(t.lower) || PLURAL_MATTERS.has(t.lower) || (!/[^s]s$/.test(t.lower) && !/(?:ed|ing)$/.test(t.lower));
}

/** Second parts of a hyphenated -ing word that name a matter ("power-sharing", "peace-keeping", "confidence-building"), not how ("far-reaching"). */
const COMPOUND_MATTER_ING = new Set(['sharing', 'keeping', 'swapping', 'trading', 'fishing', 'mining', 'policing', 'lending', 'financing', 'monitoring', 'processing', 'refining', 'training', 'shipping', 'basing', 'pricing', 'licensing', 'crossing', 'gathering', 'restructuring', 'servicing', 'exporting', 'importing', 'smuggling', 'trafficking']);
/** First parts of a hyphenated -ing word that name a matter ("border-crossing", "debt-restructuring"), not a judgement ("face-saving"). */
const MATTER_FIRST_PARTS = new Set('border power water arms debt intelligence information data cost revenue profit burden risk gas oil grain land peace confidence capacity nation state security drug crime tax trade fish fishing tuna timber ship cargo prisoner hostage refugee migrant visa customs port rail road pipeline grid energy carbon emission emissions climate forest mineral ore lithium copper gold wheat food fertiliser fertilizer aid loan currency'.split(' '));
/** Plural matters that may stand before "and" in an agreement's name ("an arms and training agreement"). */
const PLURAL_MATTERS = new Set(['arms', 'goods', 'services', 'fisheries', 'minerals', 'weapons', 'ports', 'borders', 'rights', 'migrants', 'refugees', 'prisoners', 'visas', 'customs', 'investments', 'tariffs']);

const MATTER_ING = new Set('policing peacekeeping fishing shipping trading mining lending financing funding farming banking licensing grazing logging drilling refining processing manufacturing pricing basing training housing patrolling monitoring sharing routing boarding landing overflight'.split(' '));

/** Adjectives that describe a state or place written before its name ("Neighbouring Chile"). */
const PLACE_DESCRIBERS = new Set(['Neighbouring', 'Neighboring', 'Nearby', 'Fellow', 'Landlocked', 'Tiny', 'Oil-rich', 'Gas-rich', 'Resource-rich', 'Impoverished', 'War-torn', 'Cash-strapped', 'Isolated', 'Mineral-rich']);
const STATE_AGENT_OPENERS = new Set(['Police', 'Authorities', 'Officials', 'Troops', 'Forces', 'Soldiers', 'Security', 'Government', 'Army', 'Military', 'Prosecutors', 'Residents', 'Witnesses', 'Lawmakers', 'Diplomats']);

/** Last words of a body's name that a country it works in may follow ("Mission", "Delegation", "Operation"). */
const MISSION_WORD = /^(?:Mission|Delegation|Operation)$/;

/**
 * "the UN Verification Mission in Colombia", "the EU Training Mission in Mali": a mission or office named for the
 * country it works in goes on over "in" and that country. Returns the new end of the name.
 */
function missionEnd(tokens: readonly Token[], e: number, s = -1): number {
  // (Also "the Treaty on Open Borders in Europe": a treaty "on" its matter, where it holds.)
  const treatyOn = s >= 0 && NAMED_TREATY_HEADS.has(tokens[s]!.text) && tokens[s + 1]?.text === 'on' && tokens[e]?.text === 'in' && isCap(tokens[e + 1]);
  if (treatyOn) {
    // (Over a region, "in Europe"; not a city where it was signed or is held, "in Vienna".)
    const where = lookupAt(tokens, e + 1);
    return where && where.entry.type === 'Place' && where.entry.kind === 'region' ? e + 1 + where.len : e;
  }
  if (!MISSION_WORD.test(tokens[e - 1]?.text ?? '') || !isCap(tokens[e - 2]) || tokens[e]?.text !== 'in') return e;
  const where = lookupAt(tokens, e + 1);
  return where && where.entry.type === 'Country' && where.entry.kind !== 'demonym' ? e + 1 + where.len : e;
}

/** Last words of a company's own name, before "of" and where it is from. */
const COMPANY_ENDINGS = new Set(['Holdings', 'Holding', 'Group', 'Inc', 'Ltd', 'Partners', 'Capital', 'Ventures', 'Investments', 'Industries', 'Enterprises', 'Trading', 'Energy', 'Resources', 'Airways', 'Airlines']);

/** Words that name a broadcaster, road or site together with the number after them ("Channel 4", "Route 9"). */
const NUMBERED_NAMES: Readonly<Record<string, EntityType>> = { Channel: 'Organization', Route: 'Place', Highway: 'Place', Camp: 'Place', Gate: 'Place', Sector: 'Place', Block: 'Place', Checkpoint: 'Place' };

/** Adjectives that open sentences before the people or acts they qualify ("Rival factions", "Heavy fighting"). */
const OPENING_ADJECTIVES = new Set(['Rival', 'Heavy', 'Fierce', 'Fresh', 'Renewed', 'Deadly', 'Armed', 'Masked', 'Unidentified', 'Suspected', 'Hardline', 'Separatist', 'Jihadist', 'Islamist', 'Rebel-held', 'Striking', 'Angry', 'Thousands', 'Hundreds', 'Dozens', 'Tens']);

/** Occupations written before a name, capitalised when they open the sentence. */
export const OPENING_OCCUPATIONS = new Set('Dissident Journalist Activist Lawyer Economist Blogger Reporter Photographer Novelist Author Writer Poet Artist Singer Rapper Actor Actress Filmmaker Businessman Businesswoman Billionaire Tycoon Cleric Scientist Researcher Academic Professor Entrepreneur Investor Banker Diplomat Politician Lawmaker Senator Veteran'.split(' '));

/** Common nouns that open sentences as modifiers of the people who act ("Relief crews", "Border guards"). */
const COMMON_MODIFIERS = new Set(['Rescue', 'Opposition', 'Aid', 'Relief', 'Emergency', 'Border', 'Health', 'Election', 'Defence', 'Defense', 'Foreign', 'Trade', 'Peace', 'Coalition', 'Militia', 'Rebel', 'Protest', 'Union', 'Campaign', 'Party', 'Naval', 'State', 'Local', 'Regional', 'Federal', 'Provincial', 'Tribal', 'Industry', 'Company', 'Ministry', 'Court', 'Hospital', 'Airline', 'Shipping', 'Energy', 'Mining', 'Presidential', 'Government', 'Military', 'Senior', 'Interim', 'Acting', 'Palace', 'Cabinet', 'Parliamentary', 'Diplomatic', 'Security', 'Intelligence', 'Judicial', 'Rights', 'Human', 'Advocacy', 'Lobby', 'Business', 'Farm', 'Environmental', 'Civil', 'Student', 'Consumer', 'Press', 'Pressure',
  // Goods and arms that open a sentence about their trade ("Arms sales to Lima…", "Grain exports fell").
  'Arms', 'Weapons', 'Weapon', 'Missile', 'Drone', 'Ammunition', 'Oil', 'Gas', 'Fuel', 'Grain', 'Wheat', 'Rice', 'Food', 'Steel', 'Coal', 'Copper', 'Gold', 'Lithium', 'Uranium', 'Fertiliser', 'Fertilizer', 'Timber', 'Cotton', 'Export', 'Import', 'Tariff', 'Tax', 'Water', 'Power', 'Chip', 'Car', 'Vaccine']);

/**
 * Whether the document writes `word` as a whole run of letters, as written (a letter run of the text, not
 * part of a longer one). Searched for the word itself: a document asks a few words, and collecting all its
 * letter runs cost more.
 */
function writesWord(text: string, word: string): boolean {
  // (Answers are kept for the document last asked about: its sentences open with the same words again,
  // and each answer is a scan of the whole text.)
  if (written.text !== text) (written.text = text), written.words.clear();
  let out = written.words.get(word);
  if (out === undefined) {
    // (Letters only, so the word needs no escaping; "u" reads the boundaries by whole code points.)
    out = LETTERS.test(word) && new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(text);
    written.words.set(word, out);
  }
  return out;
}
const written = { text: '', words: new Map<string, boolean>() };
const LETTERS = /^\p{L}+$/u;

/** Plurals of people a body may be named for with a bare apostrophe ("Magistrates' Court", "Teachers' Union"), not a surname ("Torres'"). */
const COLLECTIVE_PLURALS = /^(?:Magistrates|Teachers|Employers|Traders|Miners|Journalists|Nurses|Doctors|Lawyers|Students|Mothers|Pensioners|Peasants|Growers|Producers|Consumers|Drivers|Pilots|Officers|Soldiers|Citizens|Taxpayers|Voters|Owners|Builders|Fishermen|Seafarers|Dockers|Editors|Writers|Artists|Judges)$/;
/** Collective nouns that own a body's name ("People's", "Workers'"). */
const COLLECTIVE_OWNERS = new Set(['People', 'Peoples', 'Workers', 'Women', 'Farmers', 'Children', 'Veterans', 'Patriots', 'Prosecutor', 'Prosecutors', 'General', 'Ombudsman', 'Auditor', 'Commissioner']);

/** Heads of bodies named by their aim after "to" ("the Committee to Defend Reporters"). */
const AIM_BODY_HEADS = new Set(['Committee', 'Campaign', 'Coalition', 'Movement', 'Society', 'Fund', 'League', 'Alliance', 'Foundation', 'Initiative', 'Association', 'Council', 'Network', 'Center', 'Centre']);

/** A possessive "'s" token (a constant: capSpanEnd tests it at every word of a span). */
const POSSESSIVE_S = /^['’]s$/;

/** End (exclusive) of a capitalised span starting at s, with connectors allowed between capitals. */
function capSpanEnd(tokens: readonly Token[], s: number): number {
  // "In May Chile signed…": the month after a word of time, not a name ("Theresa May" still is one).
  if (tokens[s]?.text === 'May' && /^(?:in|since|until|till|by|from|last|next|early|late|mid|during|through|of|on|before|after)$/i.test(tokens[s - 1]?.text ?? '')) return s;
  let e = s;
  while (e < tokens.length) {
    const t = tokens[e]!;
    // "named X Chile's ambassador": a state's name before a possessive opens a phrase of its own.
    if (e > s && POSSESSIVE_S.test(tokens[e + 1]?.text ?? '') && tokens[e - 1]!.text !== 'of' && lookupAt(tokens, e)?.entry.type === 'Country' && lookupAt(tokens, e)!.len === 1) break;
    // A word that is no name alone may end one after "of" in a body's name ("Ministry of Defence").
    // Also after a body keyword and "of/for/on" and a word ("Office for High-ranking Officials").
    const portfolio = (e > s + 1 && tokens[e - 1]!.text === 'of' && ORG_KEYWORDS.has(tokens[s]!.text)) ||
      (e > s + 2 && /^(?:of|for|on)$/.test(tokens[e - 2]!.text) && ORG_KEYWORDS.has(tokens[e - 3]!.text) && isCap(tokens[e - 1]));
    const role = e > s ? matchRole(tokens, e) : null;
    // "the Office of the Fiji Trade Representative": a title that closes the name of a body "of" it
    // is part of that name (a capitalised word after it would be the holder's name).
    // (Also one with its own "of": "the Office of the Director of Public Prosecutions".)
    const titleOfBody = role && ORG_KEYWORDS.has(tokens[s]!.text) && tokens[s + 1]?.text === 'of' && (!isCap(tokens[e + role.len]) || tokens[e + role.len - 1]?.text === 'of');
    // "Law and Justice": an abstract noun after "and" inside a name is no judge's title.
    const coordinated = role && tokens[e - 1]!.text === 'and' && ABSTRACT_NAME_WORDS.has(t.text) && role.len === 1;
    // "Movement for Justice and Equality": an abstract noun after "for" or "of" in a body's name is no title.
    const abstractAfter = role && /^(?:for|of)$/.test(tokens[e - 1]!.text) && ORG_KEYWORDS.has(tokens[s]!.text) && ABSTRACT_NAME_WORDS.has(t.text) && role.len === 1;
    // A portfolio with its title ("Energy Minister") ends a name even when the portfolio can end a company's.
    const ministerial = role && role.len >= 2 && /^(?:minister|secretary)$/.test(tokens[e + role.len - 1]?.lower ?? '');
    // "the Andean Council Leaders Summit": "Leaders" before a meeting's word is part of its name.
    const leadersMeeting = role && t.text === 'Leaders' && e > s && NAMED_EVENT_HEADS.has(tokens[e + 1]?.text ?? '');
    // ("Karl Major", "Ines May": a word right after a given name that closes the name may be a surname.)
    const closesGivenName = e === s + 1 && COMMON_GIVEN_NAMES.has(tokens[s]!.text) && !isCap(tokens[e + 1]);
    // (A one-word title so: "Karl Major".)
    const surname = role && role.len === 1 && closesGivenName;
    if (role?.rel && (!ORG_KEYWORDS.has(t.text) || ministerial) && !(portfolio && isCap(t) && !isCap(tokens[e + role.len])) && !titleOfBody && !coordinated && !abstractAfter && !leadersMeeting && !surname) break;
    if (t.text.includes('$')) break;
    // (A month or a weekday so: "Ines May", "Karl Friday"; a weekday only when a comma sets the name off, and
    // never after a title: "King Karl Friday hosted …".)
    const calendarSurname = closesGivenName &&
      (t.text === 'May' || (isMonthOrDay(t.text) && !DAYS.has(t.text)) || (DAYS.has(t.text) && tokens[e + 1]?.text === ',' && !isCap(tokens[s - 1])));
    if (isCap(t) && ((e === s || !NON_NAME_WORDS.has(t.text) || isCap(tokens[e + 1]) || particlesThenCap(tokens, e + 1) || ORG_KEYWORDS.has(t.text) || PLACE_SUFFIX.test(t.text) || portfolio || titleOfBody) && !isMonthOrDay(t.text) || calendarSurname)) {
      e++;
      continue;
    }
    // "Tigray People's Liberation Front", "Workers' Party": a possessive inside a body's name.
    // Also a place named with a possessive before its kind: "Gorkha's Gate district".
    // ("the Magistrates' Court", "the Farmers' Union": a plural's bare apostrophe, written against it, before a capitalised word.)
    if (e > s && (t.text === '’' || t.text === "'") && tokens[e - 1]!.end === t.start && isCap(tokens[e + 1]) && (COLLECTIVE_OWNERS.has(tokens[e - 1]!.text) || COLLECTIVE_PLURALS.test(tokens[e - 1]!.text) || (/(?:ers|ors|ists|ians|ants|ents|ates)$/.test(tokens[e - 1]!.text) && /^(?:Union|Association|Federation|Council|Court|Party|Front|Congress|League|Alliance|Movement|Chamber|Syndicate|Guild|Confederation)$/.test(tokens[e + 1]!.text)))) {
      e++;
      continue;
    }
    if (e > s && (t.text === '’s' || t.text === "'s") && isCap(tokens[e + 1]) && (COLLECTIVE_OWNERS.has(tokens[e - 1]!.text) ||
      (e === s + 1 && PLACE_NOUN_CUES.test(tokens[e + 2]?.text ?? '') && !lookupAt(tokens, s) && !lookupAt(tokens, e + 1)))) {
      e++;
      continue;
    }
    // "the Committee to Defend Reporters", "the Fund to Save Andean Forests": a body named by
    // its aim, "to" and a capitalised verb with its capitalised object (not one the gazetteer knows:
    // "asked the Council to Approve Vega Oil's plan" in a title-case headline).
    if (e > s && t.text === 'to' && AIM_BODY_HEADS.has(tokens[e - 1]!.text) && e === s + 1 && tokens[s - 1]?.lower === 'the' && tokens[e + 1]?.pos === 'VERB' && isCap(tokens[e + 1]) && isCap(tokens[e + 2]) && !lookupAt(tokens, e + 2)) {
      e++;
      continue;
    }
    if (e > s && (CONNECTORS.has(t.text) || PARTICLES.has(t.text)) && isCap(tokens[e + 1]) && !isMonthOrDay(tokens[e + 1]!.text)) {
      // allow "of the X"
      e++;
      continue;
    }
    // "the Ethics Panel of the Organization for Security and Co-operation in Europe": a body the
    // gazetteer knows after "of the" closes the span whole, whatever words its own name holds (the
    // span is then cut before "of", see bodyOfKnownBody).
    if (e > s && t.text === 'of' && tokens[e + 1]?.text === 'the') {
      const known = lookupAt(tokens, e + 2);
      if (known && known.entry.type === 'Organization' && known.entry.kind === 'name' && known.len > 2) return e + 2 + known.len;
    }
    // "of the X", "for the X" inside a name; never "and the", which joins two names ("Harvard and the MIT").
    if (e > s && CONNECTORS.has(t.text) && t.text !== 'and' && tokens[e + 1]?.text === 'the' && isCap(tokens[e + 2])) {
      e += 2;
      continue;
    }
    if (e > s && (PARTICLES.has(t.text) || CONNECTORS.has(t.text)) && t.text !== 'and' && PARTICLES.has(tokens[e + 1]?.text ?? '') && isCap(tokens[e + 2])) {
      e += 2;
      continue;
    }
    break;
  }
  while (e > s && (CONNECTORS.has(tokens[e - 1]!.text) || PARTICLES.has(tokens[e - 1]!.text))) e--;
  return e;
}

const DAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const monthOrDayCache = new Map<string, boolean>();
/** "de la Republica", "para la Paz": a name's particles at k, then a capitalised word. */
function particlesThenCap(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (!PARTICLES.has(w) && !(CONNECTORS.has(w) && w !== 'and' && w !== 'the')) return false;
  return isCap(tokens[k + 1]) || (PARTICLES.has(tokens[k + 1]?.text ?? '') && isCap(tokens[k + 2]));
}

function isMonthOrDay(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  let out = monthOrDayCache.get(w);
  if (out === undefined) {
    out = DAYS.has(w) || (w !== 'May' && MONTHS.has(w.toLowerCase().replace(/\.$/, '')));
    if (monthOrDayCache.size > 50000) monthOrDayCache.clear();
    monthOrDayCache.set(w, out);
  }
  return out;
}

/** Capitalised matters a treaty's name may join by "and" after its "on" or "of" ("on Trade and Investment"). */
const TREATY_MATTERS = new Set('Trade Investment Investments Cooperation Co-operation Friendship Development Security Migration Fisheries Fishing Shipping Ports Energy Commerce Navigation Transit Mutual Assistance Partnership Political Economic Social Cultural Civil Defence Defense Technology Science Border Borders Tariffs Environment Climate Health Education Good-Neighbourliness Neighbourliness Neighborliness Non-Aggression Arbitration Conciliation Disarmament Verification Safeguards Payments Services Goods Maritime Air Space Outer Collaboration Integration Finance Industry Agriculture Water Rivers Resources Minerals Mining'.split(' '));

/** Words of kind that may open a treaty's name before its head ("General Agreement on …", "Framework Convention on …"). */
const TREATY_KIND_WORDS = new Set(['General', 'Framework', 'Comprehensive', 'Final', 'Joint', 'Additional', 'Optional', 'International', 'European', 'American', 'African', 'Inter-American', 'Single', 'Basic', 'Global', 'Universal', 'Regional', 'Bilateral', 'Multilateral', 'Strategic', 'Partial']);

/** Type from keywords inside a capitalised span, or null. */
export function spanKeywordType(words: readonly string[]): EntityType | null {
  const last = words[words.length - 1]!;
  // ("Agreement for Andean Concord": a treaty's head, then what it is for.)
  if (NAMED_TREATY_HEADS.has(last) || NAMED_TREATY_HEADS.has(words[0]!) && (words[1] === 'of' || words[1] === 'on' || words[1] === 'for' || words.includes('of'))) return 'Treaty';
  // "Quito Declaration of Principles", "Lima Convention on Fisheries", "General Agreement on …": a place or a
  // word of kind, then a treaty's head and its "of"/"on".
  if (words.length >= 4 && NAMED_TREATY_HEADS.has(words[1]!) && (words[2] === 'of' || words[2] === 'on') && (lookup(words[0]!)?.type === 'Place' || TREATY_KIND_WORDS.has(words[0]!))) return 'Treaty';
  // "National Assembly", "African National Congress" are bodies; "20th Party Congress" is a meeting.
  if ((last === 'Assembly' || last === 'Congress') && words.length > 1 && !words.some((w) => /^\d/.test(w) || w === 'Party')) return 'Organization';
  // "World Economic Forum", "Baltic Sea Forum": a forum named so is the standing body that meets,
  // unless a year or an ordinal names one meeting of it ("the 2024 Boao Forum").
  if (last === 'Forum' && words.length > 1) return words.some((w) => /^\d/.test(w)) ? 'Event' : 'Organization';
  // ("Office for Victims of the Border War": an event word inside a body's "of"/"for" complement.)
  const conn = words.findIndex((w) => w === 'of' || w === 'for');
  if (NAMED_EVENT_HEADS.has(last) && conn > 0 && words.slice(0, conn).some((w) => ORG_KEYWORDS.has(w))) return 'Organization';
  if (NAMED_EVENT_HEADS.has(last) && words.length > 1) return 'Event';
  // ("Second Andean Conference on Water for Farmers": a meeting's head, then what it is on or for.)
  // (A conference only as one meeting counted by its ordinal or year, "Third Andean Conference on …"; one with
  // no count is as often a standing body, "Conference on Disarmament".)
  const counted = (k: number): boolean => words.slice(0, k).some((w) => ORDINAL_WORD.test(w));
  const meetingAt = words.findIndex((w, k) => MEETING_HEADS.has(w) && (w === 'Summit' || counted(k)) && (words[k + 1] === 'on' || words[k + 1] === 'for') && k + 2 < words.length && !words.includes('and'));
  if (meetingAt >= 0 && !words.slice(0, meetingAt).some((w) => ORG_KEYWORDS.has(w))) return 'Event';
  if (EVENT_PREFIXES.has(words[0]!) && words.length > 1 && words.length <= 3) return 'Event';
  // "Bay of Tana Shipping Council": a body named after a place.
  if (words.length > 2 && ORG_KEYWORDS.has(last) && !GEO_HEADS.has(last)) return 'Organization';
  // ("Popular Party of the Vilca Coast", "University of the Putre Coast": a body's keyword before "of" names a body, whatever place follows.)
  const ofAt = words.indexOf('of');
  if (ofAt > 0 && ORG_KEYWORDS.has(words[ofAt - 1]!) && !GEO_HEADS.has(words[ofAt - 1]!) && !GEO_OF_LEADS.has(words[ofAt - 1]!) && GEO_HEADS.has(last)) return 'Organization';
  if (words.length > 1 && (GEO_HEADS.has(last) || (GEO_OF_LEADS.has(words[0]!) && words[1] === 'of') || GEO_PREFIXES.has(words[0]!))) return 'Place';
  // ("Movement-in-Opposition": a keyword opening a hyphenated word.)
  // (A legislature's own name counts last only: "State Duma", not "Sejm Halvo", a person's.)
  // ("Television footage", "Radio contact": a medium's word alone names no body.)
  if (words.length === 1 && MEDIA_WORDS.has(last)) return null;
  if (words.some((w) => (ORG_KEYWORDS.has(w) && !(LAST_ONLY_KEYWORDS.has(w) && w !== last)) || (w.includes('-') && ORG_KEYWORDS.has(w.slice(0, w.indexOf('-')))))) return 'Organization';
  return null;
}

/** Body keywords that are also surnames ("Ana Kofi Mills", "Ivo Banks"). */
const SURNAME_KEYWORDS = new Set(['Mills', 'Banks', 'Post', 'Times', 'Court', 'Church', 'Fleet', 'Guard', 'Trust', 'Board', 'Mission', 'Union', 'Reserve']);

/** Heads of a meeting whose name goes on with its matter ("Conference on …", "Summit for …"). */
const MEETING_HEADS = new Set(['Conference', 'Summit']);
/** A word that counts one meeting of a series: "Fourth", "21st", "2025". */
const ORDINAL_WORD = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d+(?:st|nd|rd|th)|(?:19|20)\d\d)$/;

/** Words of a medium that name a body only with a name beside them ("Radio Andina", "Vega Television"). */
const MEDIA_WORDS = new Set(['Radio', 'Television']);
/** Body keywords that are also given names or surnames, counted only as a name's last word. */
const LAST_ONLY_KEYWORDS = new Set(['Duma', 'Yuan', 'Diet', 'Majlis', 'Sejm', 'Knesset', 'Storting', 'Riksdag']);

/**
 * Places that are also given names ("Israel Katz", "Jordan Bardella", "Santiago Pena", "Salvador Illa"):
 * general knowledge of names, not of any article.
 */
const PLACE_GIVEN_NAMES = new Set('Israel Jordan Chad Santiago Salvador Milan Florence Sydney Victoria Paris Austin Georgia Lincoln Adelaide Regina Charlotte Jackson Sofia Mercedes Guadalupe Carolina India Valencia Lorraine Madison Orlando Savannah Aurora Beverly Marion Cleveland Eugene Tyler Kingsley Vienna Siena Roma Dakota Rosario Dolores Lourdes Asuncion Concepcion Pilar Soledad Trinidad Florencia'.split(' '));

/**
 * A place that is also a given name, at `i`, followed by a surname-like word and no kind of place or
 * body (two, after a title: "President Santiago Pena Palacios").
 */
function placeAsGivenName(tokens: readonly Token[], i: number, titled: boolean): boolean {
  const t = tokens[i]!;
  if (!PLACE_GIVEN_NAMES.has(t.text)) return false;
  const e = capSpanEnd(tokens, i);
  if (e - i < 2 || e - i > (titled ? 3 : 2)) return false;
  const rest = tokens.slice(i + 1, e);
  // (After a title, surnames with accents too: "President Santiago Núñez".)
  const surname = titled ? /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u : /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
  if (!rest.every((x) => surname.test(x.text) && x.pos === 'PROPN' && !lookupAt(tokens, tokens.indexOf(x)))) return false;
  const words = tokens.slice(i, e).map((x) => x.text);
  return spanKeywordType(words) === null && !PLACE_SUFFIX.test(words[words.length - 1]!) && !PLACE_NOUN_AFTER.has(tokens[e]?.text ?? '');
}

/** Last words of company names that are no body's keyword ("Clyde Alloys", "Halvard Agri"). */
const COMPANY_WORD = /^(?:Agri|Agro|Alloys|Metals|Mining|Minerals|Ore|Lithium|Cobalt|Nickel|Platinum|Uranium|Coal|Diamonds|Copper|Resources|Holdings|Partners|Ventures|Capital|Foods|Farms|Textiles|Motors|Steel|Energy|Power|Oil|Gas|Solar|Wind|Shipping|Logistics|Airways|Air|Media|Tech|Labs|Systems|Trading|Traders|Brands|Retail|Pharma|Chemicals|Cement|Telecom|Mobile|Digital|Software|Robotics|Finance|Securities|Insurance|Construction|Engineering|Industries|Enterprises|Lines|Marine|Seafoods|Fisheries|Timber|Paper|Glass|Rail|Automotive)$/;

/** Last words of a known firm's division ("Boeing Commercial Airplanes", "Airbus Helicopters"). */
const DIVISION_WORDS = new Set(['Airplanes', 'Aircraft', 'Aviation', 'Aerospace', 'Helicopters', 'Defence', 'Defense', 'Electronics', 'Semiconductor', 'Semiconductors', 'Pharmaceuticals', 'Technologies', 'Technology', 'Solutions', 'Services', 'Networks', 'Vehicles', 'Trucks', 'Shipbuilding', 'Shipyards', 'Renewables', 'Upstream', 'Downstream', 'Chemical', 'Biosciences']);

/** An honorific at `i` opens a place's or body's name of three words or more ("Imam X Airport", "Sheikh Y Road"). */
function honorificOpensPlaceName(tokens: readonly Token[], i: number): boolean {
  if (!HONORIFICS.has(tokens[i]!.text) || !isCap(tokens[i + 1])) return false;
  const e = capSpanEnd(tokens, i);
  if (e - i < 3) return false;
  const words = tokens.slice(i, e).map((x) => x.text);
  if (STREET_HEADS.has(words[words.length - 1]!)) return true;
  const kind = spanKeywordType(words);
  return kind !== null && kind !== 'Person';
}

/**
 * A verb at `e` whose object is missing, as in a relative clause with no relative word: the next word
 * is another verb, or "and" and a verb before a verb or the clause's end ("the party X founded won",
 * "the party X founded and leads.").
 */
function objectGapAfter(tokens: readonly Token[], e: number, opening: boolean): boolean {
  if (tokens[e]?.pos !== 'VERB') return false;
  const verbal = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';
  // (A verb that cannot go without its object, at the sentence's end, after a phrase that does not open
  // the clause: "…, the party Kask leads."; "The party Vega leads." is the party's own lead.)
  if (!opening && OBJECT_VERBS.has(tokens[e]!.lemma ?? '') && /^[.;]$/.test(tokens[e + 1]?.text ?? '')) return true;
  if (!/(?:ed|en|t)$/.test(tokens[e]!.lower)) return false;
  if (verbal(tokens[e + 1])) return true;
  return tokens[e + 1]?.lower === 'and' && tokens[e + 2]?.pos === 'VERB' && (verbal(tokens[e + 3]) || /^[,.;]$/.test(tokens[e + 3]?.text ?? '.'));
}

/**
 * Whether the noun phrase ending in the body noun at `k` opens its clause as a subject ("The party Vega
 * joined, …"), where a verb after the name is the clause's own; not after a verb, a preposition or a
 * comma ("…, the party Kask leads.").
 */
function opensClause(tokens: readonly Token[], k: number): boolean {
  let d = k - 1;
  while (d >= 0 && (tokens[d]!.pos === 'ADJ' || tokens[d]!.pos === 'NOUN' || tokens[d]!.pos === 'DET')) d--;
  const before = tokens[d];
  return !before || !(before.text === ',' || before.pos === 'VERB' || before.pos === 'ADP' || before.pos === 'AUX' || /^(?:whose|which|that)$/.test(before.lower));
}

/** Verbs of founding, leading and owning, which take an object ("the party X leads" lacks it: a relative clause). */
const OBJECT_VERBS = new Set(['found', 'co-found', 'lead', 'head', 'own', 'chair', 'create', 'control', 'back', 'fund', 'establish']);

/**
 * Whether the name at s..e is the subject of a relative clause after the group noun before it, a verb
 * with no object following ("the movement Moqtada al-Sadr founded"): when the group noun is itself an
 * object ("backed the movement X founded") or another verb follows ("The movement X founded won").
 */
function relativeSubject(tokens: readonly Token[], s: number, e: number): boolean {
  if (tokens[e]?.pos !== 'VERB' || ['DET', 'PROPN', 'NOUN', 'NUM', 'PRON', 'ADJ'].includes(tokens[e + 1]?.pos ?? '')) return false;
  let d = s - 2;
  while (d >= 0 && (tokens[d]!.pos === 'ADJ' || tokens[d]!.pos === 'NOUN')) d--;
  if (tokens[d]?.pos === 'DET') d--;
  if (tokens[d]?.pos === 'VERB' || tokens[d]?.pos === 'ADP') return true;
  for (let q = e + 1; q < Math.min(tokens.length, e + 6); q++) {
    if (tokens[q]!.pos === 'VERB' || tokens[q]!.pos === 'AUX') return true;
    if (['DET', 'NOUN', 'PROPN', 'PRON'].includes(tokens[q]!.pos ?? '')) return false;
  }
  return false;
}

/** Nouns of an armed or political body that type a name after them or in apposition to it. */
const BODY_KIND_NOUNS = new Set(['group', 'movement', 'militia', 'faction', 'organisation', 'organization', 'coalition', 'network', 'outfit', 'rebels', 'insurgents']);

/** Nouns of a kind of firm that type a name after them or in apposition to it. */
/** (Not "miner" or "broadcaster", which are people too: "coal miner X".) */
const FIRM_KIND_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'chipmaker', 'lender', 'insurer', 'airline', 'conglomerate', 'retailer', 'manufacturer', 'shipbuilder', 'refiner', 'startup', 'exporter']);

/** A state's bodies, which a name stands in apposition to after the state's possessive ("the Sejmik, Peru's parliament"). */
const STATE_BODY_NOUNS = new Set(['parliament', 'legislature', 'senate', 'congress', 'assembly', 'army', 'navy', 'police', 'gendarmerie', 'court', 'regulator', 'agency', 'broadcaster']);
/** A party's people after its name, singular or plural ("Tamarit candidate Ana Ruiz", "Tamarit lawmakers"). */
/** (Not "leaders", "members", "voters": peoples and regions have those too, "Kanak leaders".) */
const PARTY_PERSON_NOUNS = new Set(['candidate', 'candidates', 'lawmaker', 'lawmakers', 'mp', 'mps', 'senator', 'senators', 'deputy', 'deputies', 'councillor', 'councillors', 'councilor', 'councilors']);
/** Words of ownership before a firm's name ("state-owned Ondara", "the state-run X"). */
const OWNED_BEFORE = new Set(['state-owned', 'state-run', 'state-controlled', 'government-owned', 'government-run', 'family-owned', 'privately-owned', 'publicly-listed', 'publicly-traded', 'privately-held']);
/** Nouns of a pact between bodies, whose "with" names a body ("a coalition with X", "its alliance with Y"). */
const PACT_WITH_NOUNS = new Set(['coalition', 'alliance', 'merger', 'joint-venture', 'partnership']);

/**
 * Whether words around the name at s..e make it a body: a party's people after it ("Tamarit candidate X",
 * "Tamarit lawmakers"), ownership before it ("state-owned X"), a coalition or merger "with" it, a firm's or
 * group's noun before it across a comma at the end of a clause ("its parent company, Ondara."), or a
 * lender's compound name ("Kavbank").
 */
function bodyByContext(tokens: readonly Token[], s: number, e: number, text: string): boolean {
  const next = tokens[e];
  const prev = tokens[s - 1];
  const name = tokenText(tokens, s, e);
  // (Not an adjective's capital: "Conservative lawmakers", "Independent candidate X"; nor a people's, "Maori lawmakers";
  // nor the surname of someone the text names in full, "Ines Paz … Paz lawmakers".)
  // (The document is searched only for a name the words after it would make a party's.)
  const surname = (): boolean => e - s === 1 && new RegExp(`\\p{Lu}\\p{Ll}+ ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text);
  if (next && !next.cap && PARTY_PERSON_NOUNS.has(next.lower) && (next.lower.endsWith('s') || isCap(tokens[e + 1])) && !/(?:ive|ent|al|ic|ist|ish|an|ior|ate)$/.test(tokens[e - 1]!.text) && !PEOPLES.has(name) && !surname()) return true;
  if (prev && OWNED_BEFORE.has(prev.lower)) return true;
  // (Not a possessor: "the coalition with Kask's party"; nor a person set off by what they are, "an alliance with X, a mayor".)
  const described = next?.text === ',' && /^(?:a|an|the)$/.test(tokens[e + 1]?.lower ?? '');
  if (prev?.lower === 'with' && PACT_WITH_NOUNS.has(tokens[s - 2]?.lower ?? '') && !/^['’]s?$/.test(next?.text ?? '') && !described) return true;
  // (Not apposed to a person before it: "a senior commander of the militia, X".)
  if (prev?.text === ',' && (FIRM_KIND_NOUNS.has(tokens[s - 2]?.lower ?? '') || BODY_KIND_NOUNS.has(tokens[s - 2]?.lower ?? '')) && /^(?:[.,;)]|)$/.test(next?.text ?? '') && !SPEECH_AFTER.test(tokens[e + 1]?.text ?? '')) {
    let k = s - 3;
    while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || /^['’]s?$/.test(tokens[k]!.text))) k--;
    return tokens[k - 1]?.lower !== 'of';
  }
  // (Not a common compound: "Riverbank", "Sandbank".)
  return e - s === 1 && /^\p{Lu}\p{Ll}{2,}bank$/u.test(tokens[s]!.text) && !/^(?:River|Sand|Snow|Food|Blood|Data|Piggy|West|Left|Mountain|Cloud|Sperm)bank$/.test(tokens[s]!.text);
}

/** Whether the name at `s` is what a stake is held in ("a stake in X", "shares in A and B"). */
function stakeHeldIn(tokens: readonly Token[], s: number): boolean {
  let k = s - 1;
  // (Back over the names listed before it: "shares in A, B and C".)
  while (k > 0 && (tokens[k]!.text === ',' || tokens[k]!.text === 'and') && isCap(tokens[k - 1])) {
    k--;
    while (k > 0 && isCap(tokens[k - 1])) k--;
    k--;
  }
  return tokens[k]?.text === 'in' && /^(?:stake|stakes|shares|shareholding|holding|holdings)$/.test(tokens[k - 1]?.lower ?? '');
}

/** Prepositions of place, before a name that ends at `e` ("talks in X", "fighting near Y"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'into', 'around', 'across', 'inside']);
/** Where the run of capitalised words that ends at `e` starts. */
function capRunStart(tokens: readonly Token[], e: number): number {
  let s = e - 1;
  while (s > 0 && tokens[s - 1]!.cap) s--;
  return s;
}
function placePrepositionBefore(tokens: readonly Token[], e: number): string | undefined {
  const p = tokens[capRunStart(tokens, e) - 1]?.lower ?? '';
  return PLACE_PREPOSITIONS.has(p) ? p : undefined;
}
/** The capitalised words that end at `e`, as written. */
function nameBefore(tokens: readonly Token[], e: number): string {
  return tokens.slice(capRunStart(tokens, e), e).map((t) => t.text).join(' ');
}

/** ", an insurgent group linked to …", ", the armed movement that …", ", a Danish shipping company": an apposition whose head is a body's kind. */
function definedAsBody(tokens: readonly Token[], e: number): boolean {
  if (tokens[e]?.text !== ',') return false;
  // (Also "X, its holding company", "X, Peru's state oil firm".)
  const det = /^(?:a|an|the|its|their)$/.test(tokens[e + 1]?.lower ?? '') ? 1 : isCap(tokens[e + 1]) && /^['’]s?$/.test(tokens[e + 2]?.text ?? '') ? 2 : 0;
  if (!det) return false;
  const owned = det === 2 || /^(?:its|their)$/.test(tokens[e + 1]!.lower);
  for (let k = e + 1 + det; k < Math.min(tokens.length, e + 5 + det); k++) {
    const x = tokens[k]!;
    // (Not the group's title: "X, the group's commander"; nor a person's post in one: "X, a spokesman for the militia".)
    // (Nor the speaker closing a clause that ends on a place: "after talks in X, the company said".)
    // (A firm may speak of itself: "invested in X, the company said"; "said to be" is no speaker.)
    // (A firm only after "near", "outside"…, or after "in" a city the world's data knows.)
    const prep = placePrepositionBefore(tokens, e);
    const speaker = SPEECH_AFTER.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.lower !== 'to' && !!prep &&
      (BODY_KIND_NOUNS.has(x.lower) || prep !== 'in' || worldCountryOf(nameBefore(tokens, e)) !== undefined);
    // (After "its" or a state's possessive, only a body's noun that ends the apposition: "X, Peru's army chief" is a person.)
    if (BODY_KIND_NOUNS.has(x.lower) || FIRM_KIND_NOUNS.has(x.lower) || (det === 2 && STATE_BODY_NOUNS.has(x.lower))) {
      return !speaker && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'PROPN' && !/^['’]s?$/.test(tokens[k + 1]?.text ?? '') && (!owned || !tokens[k + 1] || /^[,.;:)]$/.test(tokens[k + 1]!.text) || tokens[k + 1]!.pos === 'ADP' || /^(?:since|for|in|of|from)$/.test(tokens[k + 1]!.lower));
    }
    // (Only modifiers of the body's noun: not "a lawyer representing the militia", "a cleric leading a militia".)
    const modifier = x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'PROPN' || (x.pos === 'ADV' && /ly$/.test(x.lower)) || (x.pos === 'VERB' && /ing$/.test(x.lower) && (tokens[k + 1]?.pos === 'NOUN' || BODY_KIND_NOUNS.has(tokens[k + 1]?.lower ?? '')));
    if (!modifier) return false;
  }
  return false;
}

/**
 * "Tui Leota of the Unity Party": two or three bare name words (no body's or abstract word) before "of"
 * and a name that is a body by its own keyword are a person's name and the body they belong to.
 * (Not "Friends of the Earth": nothing after "of" is a body.)
 */
/** Words of a body's branch named before "of" its parent ("the Military Wing of the X Party"). */
const BRANCH_WORDS = new Set(['Wing', 'Youth', 'Branch', 'Arm', 'Section', 'Division', 'Cell', 'League', 'Guard', 'Bureau', 'Committee', 'Council', 'Faction']);

function nameBeforeBody(tokens: readonly Token[], s: number, ofAt: number, words: readonly string[]): boolean {
  if (ofAt > 3) return false;
  for (let k = s; k < s + ofAt; k++) if (tokens[k]!.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(tokens[k]!.text) || ABSTRACT_NAME_WORDS.has(tokens[k]!.text) || COMPANY_WORD.test(tokens[k]!.text) || BRANCH_WORDS.has(tokens[k]!.text)) return false;
  // (A plural is a body's members, not a person: "Young Pioneers of the Communist Party".)
  if (/s$/.test(tokens[s + ofAt - 1]!.text)) return false;
  const after = words.slice(words[ofAt + 1] === 'the' ? ofAt + 2 : ofAt + 1);
  // (Or a party named for its members' creed alone: "Tui Leota of the Greens".)
  return (after.length >= 2 || (after.length === 1 && CREED_PLURALS.has(after[0]!))) && spanKeywordType(after) === 'Organization';
}


/** Nouns of a facility or site written after its name ("Kaya airport", "the Rufi dam"). */
const FACILITY_NOUNS = new Set(['airport', 'airbase', 'mine', 'reservoir', 'dam', 'basin', 'refinery', 'oilfield', 'gasfield', 'rainforest', 'crossing', 'plant', 'field', 'palace', 'camp', 'terminal', 'base', 'park', 'zone', 'site', 'complex']);
/** Facility nouns that name a place only after a kind ("the Tarka gas field", "the Vega military base", not "the Chile field"). */
const KIND_ONLY_FACILITIES = new Set(['plant', 'field', 'crossing', 'base', 'park', 'zone', 'site', 'complex', 'terminal', 'camp']);
/** Words that may stand between a name and its facility noun ("copper mine", "nuclear power plant", "border crossing"). */
const FACILITY_KINDS = new Set(['copper', 'gold', 'coal', 'diamond', 'lithium', 'iron', 'uranium', 'cobalt', 'nickel', 'silver', 'zinc', 'bauxite', 'oil', 'gas', 'nuclear', 'power', 'border', 'hydroelectric', 'hydropower', 'solar', 'steel', 'chemical',
  'military', 'naval', 'air', 'industrial', 'free', 'economic', 'enrichment', 'container', 'test', 'refugee', 'displacement', 'detention', 'storage', 'fuel', 'ammunition', 'space', 'missile', 'launch', 'research', 'export', 'fishing', 'training', 'army']);

/**
 * How many words after a name at `e` name a facility with it: a facility noun, after up to two of its
 * kinds. "plant" and "field" only after a kind ("the Tarka gas field", not "the Chile field").
 */
function facilityWords(tokens: readonly Token[], e: number): number {
  let k = e;
  while (k < e + 2 && FACILITY_KINDS.has(tokens[k]?.text ?? '')) k++;
  const noun = tokens[k]?.text ?? '';
  if (!FACILITY_NOUNS.has(noun) || (KIND_ONLY_FACILITIES.has(noun) && k === e)) return 0;
  // (Not a verb: "as the Chile mine workers …" is rare; a facility noun followed by "of" is the head of another phrase.)
  if (tokens[k + 1]?.text === 'of') return 0;
  return k - e + 1;
}

/** Words for a party's member, or "fellow", written before a person's name ("fellow Democrat X", "Tory MP Y"). */
const MEMBER_NOUNS = new Set(['Fellow', 'Democrat', 'Republican', 'Tory', 'Socialist', 'Communist', 'Conservative', 'Liberal', 'Labourite', 'Peronist', 'Gaullist']);

/** Plurals that make a party's name ("Christian Democrats"), not a person's surname. */
const PARTY_PLURALS = new Set(['Democrats', 'Republicans', 'Socialists', 'Liberals', 'Conservatives', 'Communists', 'Greens', 'Nationalists', 'Friends']);

/** Whether the word at s names a party's member before a bare name of two or three words ("fellow Democrat Ana Ruiz"). */
function partyMemberBefore(tokens: readonly Token[], s: number): boolean {
  if (!MEMBER_NOUNS.has(tokens[s]!.text)) return false;
  const e = capSpanEnd(tokens, s + 1);
  const words = tokens.slice(s + 1, e).map((x) => x.text);
  // (Not a body's name: "Conservative Friends of Israel", "Christian Democrats".)
  return words.length >= 2 && words.length <= 3 && spanKeywordType(words) === null && !words.includes('of') && !PARTY_PLURALS.has(words[words.length - 1]!);
}

/** Last words of a scheme or policy named after its author ("Marshall Plan", "Monroe Doctrine"), never a person's. */
const SCHEME_WORDS = new Set(['Plan', 'Doctrine', 'Initiative', 'Programme', 'Program', 'Strategy', 'Agenda', 'Formula', 'Corridor', 'Line', 'Report']);

/** A trade or field a firm's name may close with ("Science", "Technology", "Oil", "Gas"); not an ideal ("Unity"). */
const FIRM_FIELDS = new Set(['Science', 'Sciences', 'Technology', 'Technologies', 'Engineering', 'Development', 'Investment', 'Industry', 'Manufacturing', 'Exploration', 'Production', 'Services', 'Construction', 'Innovation', 'Research', 'Transport', 'Commerce', 'Trade', 'Infrastructure', 'Electronics', 'Chemical']);
function isTradeWord(w: string | undefined): boolean {
  return !!w && (FIRM_FIELDS.has(w) || COMPANY_WORD.test(w));
}

/** Type from the shape of a name without keywords. */
function spanTypeByShape(tokens: readonly Token[]): EntityType | null {
  const words = tokens.map((t) => t.text).filter((w) => !PARTICLES.has(w));
  if (/^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$/.test(words[0] ?? '')) return null;
  // (Not a scheme named after someone: "the Marshall Plan", "the Monroe Doctrine".)
  if (SCHEME_WORDS.has(words[words.length - 1]!)) return null;
  if (words.length >= 2 && words.length <= 4 && (FIRST_NAMES.has(words[0]!) || GIVEN_NAMES.has(words[0]!) || /^[A-Z]\.$/.test(words[0]!))) return 'Person';
  // A common given name before one or two more name words ("Lena Marsh"), none a body's word.
  // (Not a company named after someone: "Clyde Alloys", "Halvard Agri".)
  if (words.length >= 2 && words.length <= 3 && COMMON_GIVEN_NAMES.has(words[0]!) && words.slice(1).every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !ORG_KEYWORDS.has(w)) && !COMPANY_WORD.test(words[words.length - 1]!)) return 'Person';
  if (words.length >= 2 && words.length <= 3 && words.slice(1).some(isHyphenGiven)) return 'Person';
  if (words.length === 1 && /^[A-Z][A-Z&]{1,7}$/.test(words[0]!)) return 'Organization';
  if (words.length >= 2 && words.length <= 4 && words.slice(1).some((w) => /^(?:al|el|bin|ibn|abu|bint)-[A-Z]/i.test(w) || /^(?:bin|ibn)$/.test(w))) return 'Person';
  return null;
}

/** Builds a noun-phrase mention around the head noun at index h. */
function nounPhrase(tokens: readonly Token[], h: number, out: Mention[], text: string): void {
  const head = tokens[h]!.lower;
  let s = h;
  let quoted = false;
  let year: string | undefined;
  let det: string | undefined;
  let count: number | undefined;
  let qualifier: string | undefined;
  // A quoted phrase ending at the head may hold capitals: “Pacific copper accord”.
  for (let q = h - 1; q >= Math.max(0, h - 7); q--) {
    const tq = tokens[q]!.text;
    if (tq === '“' || tq === '‘' || tq === '"') {
      if (/[”’"]/.test(tokens[h + 1]?.text ?? '') && tokens.slice(q + 1, h).every((t) => t.word)) {
        while (out.length && out[out.length - 1]!.t0 > q) out.pop();
        const name = tokenText(tokens, q + 1, h + 1);
        const type: EntityType = TREATY_HEADS.has(head) ? 'Treaty' : 'Event';
        if (ORG_PLURALS.has(head) || ORG_DESCRIPTORS.has(head)) break;
        out.push(makeMention(tokens[q]!.start, tokens[h + 1]!.end, q, h + 2, { kind: 'np', type, name, head: head.replace(/s$/, ''), named: true, strong: true, surface: text.slice(tokens[q]!.start, tokens[h + 1]!.end) }));
        return;
      }
      break;
    }
    if (!tokens[q]!.word) break;
  }
  let prevMention = out[out.length - 1];
  // "two French universities": the demonym qualifies the plural and is folded into it.
  if (ORG_PLURALS.get(head) && prevMention?.gaz?.kind === 'demonym' && prevMention.t1 === h) {
    qualifier = prevMention.gaz.country;
    s = prevMention.t0;
    out.pop();
    prevMention = out[out.length - 1];
  }
  // Walk back over modifiers.
  while (s > 0 && h - s < 5) {
    const p = tokens[s - 1]!;
    const pl = p.text.toLowerCase();
    if (prevMention && p.end <= prevMention.end && p.start >= prevMention.start) break;
    if (p.text === '“' || p.text === '‘' || p.text === '"') {
      quoted = true;
      break;
    }
    if (DETERMINERS.has(pl) || NUMBER_WORDS[pl] !== undefined || /^\d+$/.test(pl)) {
      // "the June 2031 coup", "the November 3 election": a month before a year or a day names it with them.
      // (Not a month word already read as a name: "The May 2020 talks" at a sentence's start.)
      const monthTaken = !!prevMention && tokens[s - 2] !== undefined && tokens[s - 2]!.start >= prevMention.start && tokens[s - 2]!.end <= prevMention.end;
      const month = tokens[s - 2]?.cap && MONTHS.has(tokens[s - 2]!.lower) && !monthTaken ? tokens[s - 2]!.text : undefined;
      if (/^(19|20)\d\d$/.test(pl) || (month && /^(?:[1-9]|[12]\d|3[01])$/.test(pl))) {
        year = month ? `${month} ${p.text}` : pl;
        s -= month ? 2 : 1;
        continue;
      }
      det = pl;
      if (NUMBER_WORDS[pl] !== undefined) count = NUMBER_WORDS[pl];
      else if (/^\d+$/.test(pl)) count = Number(pl);
      s--;
      break;
    }
    // "a security and migration treaty", "an oil and gas deal": two modifiers joined by "and" name it together.
    const before = tokens[s - 2];
    // (So do two portfolios before a ministry: "Peru's energy and mines ministry".)
    const portfolioWord = (t: Token | undefined): boolean => !!t && !t.cap && PORTFOLIOS.has(t.text.charAt(0).toUpperCase() + t.text.slice(1));
    if (pl === 'and' && s < h && ((TREATY_HEADS.has(head) && !/s$/.test(head) && matterBefore(before)) || (GOVERNMENT_HEADS.has(head) && portfolioWord(before) && portfolioWord(tokens[s])))) {
      s -= 2;
      continue;
    }
    // ("the signing ceremony", "the opening session": an -ing word that names a kind of event; not before
    // an agreement, "after signing agreements".)
    // (Nor an -ing word right before an agreement after a determiner that names its matter: "the policing
    // agreement", "a fishing pact", or after another matter and "and": "a border and policing pact"; not
    // "after signing agreements".)
    const eventKind = (/^(?:signing|opening|closing|founding)$/.test(pl) && !TREATY_HEADS.has(head)) || (TREATY_HEADS.has(head) && MATTER_ING.has(pl) && s === h && (/^(?:DET|NUM|ADJ)$/.test(tokens[s - 2]?.pos ?? '') || (tokens[s - 2]?.pos === 'NOUN' && tokens[s - 2]!.word && !tokens[s - 2]!.cap) || /^['’]s$/.test(tokens[s - 2]?.text ?? '') || (tokens[s - 2]?.lower === 'and' && matterBefore(tokens[s - 3]))));
    // ("a closely fought election": an adverb or a participle describes the event, it does not name it.)
    const participle = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || /ed$/.test(t.lower));
    const described = (p.pos === 'ADV' && participle(tokens[s])) || (p.pos === 'VERB' && !/(?:ed|ing)$/.test(pl));
    // ("a power-sharing deal", "an intelligence-sharing pact": a noun joined to an -ing word names its matter;
    // not "a far-reaching deal".)
    const matterCompound = TREATY_HEADS.has(head) && /^[a-z]+-[a-z]+ing$/.test(pl) && (COMPOUND_MATTER_ING.has(pl.split('-')[1]!) || MATTER_FIRST_PARTS.has(pl.split('-')[0]!) || (/^(?:making|building|disarming|producing|manufacturing)$/.test(pl.split('-')[1]!) && !/^(?:history|headline|epoch|news|record|trouble|money|noise|loss|profit)$/.test(pl.split('-')[0]!)));
    if (!p.word || p.cap || NP_STOP.has(pl) || described || /(?:ed|ing)$/.test(pl) && !/^(?:united|armed|proposed|planned|detailed|landmark|liquefied|enhanced|integrated)$/.test(pl) && !eventKind && !matterCompound) break;
    s--;
  }
  // Quoted phrase that ends at the head: “comprehensive economic partnership agreement”.
  const closeQuote = tokens[h + 1]?.text;
  if (quoted && closeQuote && /[”’"]/.test(closeQuote)) quoted = true;
  else quoted = false;
  const modStart = det !== undefined ? s + 1 : s;
  // Years name the phrase apart; durations ("six-month", "two-day") describe it and are not part of its name.
  // Nor do amounts ("a $1.1 billion investment agreement", "a 500 million euro deal").
  const dated = year !== undefined && /\s/.test(year);
  const mods = tokens.slice(modStart, h).filter((t) => t.word).map((t) => t.text.toLowerCase()).filter((w) => !/^(19|20)\d\d$/.test(w) && !(dated && (MONTHS.has(w) || /^\d{1,2}$/.test(w))) && !/^[a-z0-9]+-(?:hour|day|week|month|year|decade)(?:-long|-old)?$|^(?:hour|day|week|month|year|decade)-old$/.test(w) && !AMOUNT_WORDS.test(w));
  // "the Maputo security agreement", "the Lome trade talks": a place before the modifiers is part of the
  // phrase's name (not its owner, not a party).
  // So is a code name with a number ("the COP31 climate talks"), a mention or not.
  const kinded = mods.length > 0 && (TREATY_HEADS.has(head) || EVENT_HEADS.has(head));
  const namer = prevMention && ((prevMention.kind === 'gaz' && prevMention.gaz?.type === 'Place') || (prevMention.kind === 'name' && !prevMention.type && /\d/.test(prevMention.name) && prevMention.t1 - prevMention.t0 === 1));
  let placeNamed: { t0: number; t1: number } | undefined = kinded && namer && prevMention!.t1 === modStart && tokens[prevMention!.t0 - 1]?.lower === 'the' ? prevMention : undefined;
  if (placeNamed) {
    out.pop();
    prevMention = undefined;
  } else if (kinded && (!prevMention || prevMention.t1 < modStart) && /^[A-Z][A-Za-z]*\d+$/.test(tokens[modStart - 1]?.text ?? '') && tokens[modStart - 2]?.lower === 'the') {
    placeNamed = { t0: modStart - 1, t1: modStart };
  }
  // (Not the side a "pro-"/"anti-" word names: "an anti-Chile protest" is nobody's protest by that name.)
  const sided = !!prevMention && afterProOrAnti(tokens, prevMention.t0);
  const owner = prevMention && !sided && prevMention.kind !== 'role' && !ORG_PLURALS.get(head) && (mods.length === 0 || /['’]s/.test(tokens[prevMention.t1]?.text ?? '')) && tokens[modStart - 1] && prevMention.t1 >= modStart - 2 &&
    (prevMention.t1 === modStart || tokens[prevMention.t1]?.text === '’s' || tokens[prevMention.t1]?.text === "'s") ? prevMention : undefined;
  if (owner?.gaz?.kind === 'demonym' && (ORG_PLURALS.get(head) || ORG_DESCRIPTORS.get(head))) qualifier = owner.gaz.country;
  // "a memorandum of understanding", "a declaration of principles": an agreement named by its "of" noun.
  const ofNoun = tokens[h + 1]?.text === 'of' && /^[a-z]+$/.test(tokens[h + 2]?.text ?? '') && tokens[h + 2]!.pos === 'NOUN' && tokens[h + 3]?.pos !== 'NOUN' && tokens[h + 3]?.pos !== 'PROPN' ? tokens[h + 2]!.text : undefined;
  const namedByOf = ofNoun !== undefined && TREATY_HEADS.has(head) && !PROCLAIMED.has(ofNoun) && (!head.startsWith('memorand') || ofNoun === 'understanding');
  // "an accord on river fishing", "an agreement on grazing rights": an agreement named by its matter
  // (lower-case nouns after "on", not a day or "the sidelines").
  // (Only one signed or reached, with no words of its own before the head: "drafted a memorandum on
  // fishing" names no agreement, and "a joint communique on quotas" is named by "joint".)
  let onEnd = -1;
  // (Over a describing word the name leaves out: "reached a far-reaching deal on river management".)
  const sealer = tokens[s - 1]?.pos === 'ADJ' && /^(?:a|an|the)$/.test(tokens[s - 2]?.lower ?? '') ? tokens[s - 3] : tokens[s - 1];
  const sealed = sealer?.pos === 'VERB' && SEALING_VERBS.has(sealer.lemma ?? '');
  if (!namedByOf && !quoted && sealed && mods.length === 0 && TREATY_HEADS.has(head) && !/s$/.test(head) && tokens[h + 1]?.lower === 'on') {
    let k = h + 2;
    // (Nouns, adjectives, an -ing noun, and "and" between them: "on water sharing", "on migration and security".)
    const word = (x: Token | undefined): boolean => !!x && /^[a-z][a-z-]*$/.test(x.text) && !NP_STOP.has(x.lower) && (x.pos === 'NOUN' || x.pos === 'ADJ' || (x.pos === 'VERB' && /ing$/.test(x.lower)));
    while (k < h + 7 && (word(tokens[k]) || (tokens[k]?.lower === 'and' && k > h + 2 && word(tokens[k + 1])))) k++;
    const lastWord = tokens[k - 1];
    if (k > h + 2 && lastWord && (lastWord.pos === 'NOUN' || /ing$/.test(lastWord.lower)) && !TIME_WORDS_AFTER_ON.has(lastWord.lower) && !ON_IDIOMS.has(tokens[h + 2]!.lower) && !(tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN')) onEnd = k;
  }
  const namedByOn = onEnd > 0;
  const start = quoted ? tokens[s - 1]!.start : tokens[placeNamed ? placeNamed.t0 : s]!.start;
  const end = quoted ? tokens[h + 1]!.end : namedByOf ? tokens[h + 2]!.end : namedByOn ? tokens[onEnd - 1]!.end : tokens[h]!.end;
  const t0 = quoted ? s - 1 : placeNamed ? placeNamed.t0 : s;
  const t1 = quoted ? h + 2 : namedByOf ? h + 3 : namedByOn ? onEnd : h + 1;
  const phrase = text.slice(tokens[modStart]!.start, tokens[h]!.end).replace(/\s+/g, ' ');
  if (ORG_PLURALS.get(head)) {
    if (count !== undefined || qualifier || det === 'the') out.push(makeMention(start, end, t0, t1, { kind: 'plural', type: 'Organization', name: phrase, head: ORG_PLURALS.get(head), count, qualifier, det }));
    return;
  }
  // "China's foreign ministry", "the Mexican trade ministry": a government body written in lower case
  // after its country is that country's body, named as if capitalised ("Foreign Ministry").
  // ("Peru's energy and mines ministry": two portfolios joined by "and".)
  const portfolioPair = mods.length === 3 && mods[1] === 'and' && [mods[0]!, mods[2]!].every((w) => PORTFOLIOS.has(w.charAt(0).toUpperCase() + w.slice(1)));
  if (GOVERNMENT_HEADS.has(head) && owner?.gaz?.type === 'Country' && ((mods.length >= 1 && mods.length <= 2 && mods.every((w) => /^[a-z-]+$/.test(w))) || portfolioPair)) {
    const name = phrase.replace(/(^|[\s-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()).replace(/ And /g, ' and ');
    out.push(makeMention(tokens[modStart]!.start, tokens[h]!.end, modStart, h + 1, { kind: 'name', type: 'Organization', name, surface: phrase }));
    return;
  }
  if (ORG_DESCRIPTORS.get(head)) {
    if (det === 'the' && mods.length <= 1) out.push(makeMention(start, end, t0, t1, { kind: 'desc', type: 'Organization', name: phrase, head: ORG_DESCRIPTORS.get(head), qualifier }));
    return;
  }
  const type: EntityType = TREATY_HEADS.has(head) ? 'Treaty' : 'Event';
  // ("a beauty contest": only a leadership contest is a vote.)
  if (head === 'contest' && tokens[h - 1]?.lower !== 'leadership') return;
  // (Nor words that judge or size an act: "Russia's full-scale invasion", "its unprovoked attack".)
  const generic = new Set(['new', 'broad', 'historic', 'landmark', 'same', 'proposed', 'planned', 'previous', 'latest', 'final', 'first', 'recent', 'formal', 'draft', 'possible', 'major', 'key', 'the', 'a', 'an',
    'full-scale', 'all-out', 'unprovoked', 'illegal', 'brutal', 'ongoing', 'continuing', 'bloody', 'devastating', 'deadly', 'failed', 'alleged', 'so-called', 'large-scale', 'massive', 'renewed', 'fresh']);
  const distinctive = mods.filter((w) => !generic.has(w));
  // "the war in Ukraine", "the civil war in Sudan": a definite event placed by "in" and a state or place is named by it.
  const placedIn = type === 'Event' && det === 'the' && !WEAK_EVENT_HEADS.has(head) && tokens[h + 1]?.lower === 'in' ? lookupAt(tokens, h + 2) : null;
  const placeName = placedIn && (placedIn.entry.type === 'Country' || placedIn.entry.type === 'Place') && placedIn.entry.kind !== 'demonym' ? placedIn.entry.canonical : undefined;
  const strong = quoted || year !== undefined || (owner !== undefined && owner.kind !== 'desc') || placeName !== undefined || placeNamed !== undefined;
  // An event written in lower case is an entity only when something names it (an owner, a year, quotes):
  // "a civil war" or "accession talks" are not; a treaty may be named by its adjectives ("a free trade agreement").
  // "a presidential election", "the snap parliamentary elections": a vote named by its kind is the event
  // the article is about, as a treaty named by its adjectives is.
  // ("a party leadership contest": a contest named by the office it fills.)
  const votedKind = ((head === 'election' || head === 'elections' || head === 'referendum') && distinctive.some((w) => ELECTION_KINDS.has(w))) || (head === 'contest' && distinctive.includes('leadership'));
  // "hosted reconciliation talks", "convened the founding session": an event someone hosts or attends is one the
  // article speaks of, named by its words.
  const verbBefore = tokens[s - 1];
  // (A bare "the summit" still refers back to the summit named before.)
  // (Not an indefinite one, "convened an emergency meeting", whose words name no one event; nor one "of"
  // a body, "the annual meeting of the Forum".)
  const attended = type === 'Event' && distinctive.length > 0 && det !== 'a' && det !== 'an' && tokens[h + 1]?.lower !== 'of' &&
    verbBefore?.pos === 'VERB' && ATTENDING_VERBS.has(verbBefore.lemma ?? '') && !ACT_EVENT_HEADS.has(head);
  const named = strong || (distinctive.length > 0 && !WEAK_EVENT_HEADS.has(head) && type === 'Treaty') || namedByOf || namedByOn || votedKind || attended;
  if (type === 'Event' && WEAK_EVENT_HEADS.has(head) && !owner && !attended) return;
  // "the declaration of martial law", "a declaration of independence": a proclamation, no agreement.
  if (head === 'declaration' && tokens[h + 1]?.lower === 'of' && PROCLAIMED.has(tokens[h + 2]?.lower === 'a' ? (tokens[h + 3]?.lower ?? '') : (tokens[h + 2]?.lower ?? ''))) return;
  // "Chile's invasion of Peru", "Peru's withdrawal from the pact": an act its relation already tells,
  // with nothing else naming it (no year, no modifier), is no event of its own.
  if (type === 'Event' && ACT_EVENT_HEADS.has(head) && !year && !quoted && !distinctive.length && tokens[h + 1] && /^(?:of|from|to|on|against|into)$/.test(tokens[h + 1]!.lower)) return;
  // "Israeli strikes killed …", "a Chilean raid": an attack named only by the demonym of who made it is
  // that side's act, told by its relation, not an event with a name.
  if (type === 'Event' && ATTACK_HEADS.has(head) && owner?.gaz?.kind === 'demonym' && !year && !quoted && !distinctive.length) return;
  // ("Ruiz's first official visit", "the president's immigration crackdown": one side's act, told by its
  // relation, not an event with a name of its own.)
  // (Only one someone's possessive owns, with no name of its own: "the Vienna negotiations", "the Tiananmen
  // Square crackdown" are events.)
  if (type === 'Event' && OWN_ACT_HEADS.has(head) && owner !== undefined && /^['’]s?$/.test(tokens[owner.t1]?.text ?? '') && !quoted && !year && !tokens.slice(owner.t1 + 1, h).some((x) => isCap(x))) return;
  // ("upheld Ruiz's election as president": a person's coming to an office, no vote of its own name.)
  if (type === 'Event' && /^(?:election|re-election|reelection)$/.test(head) && tokens[h + 1]?.lower === 'as' && /^['’]s$/.test(tokens[h - 1]?.text ?? '')) return;
  // ("dismissed the pact as "the worst bargain in history"": a deal named only by a judgement is what one calls another.)
  // (Only what one calls it, a judgement in quotes or after "called": "quit the best pact of all, the X Accord" names one.)
  const calledSo = quoted || tokens.slice(Math.max(0, t0 - 4), t0).some((x) => /^(?:call|brand|label|dub|term|describe)$/.test(x.lemma ?? x.lower));
  if (type === 'Treaty' && calledSo && mods.length && mods.every((w) => /^(?:worst|best|bad|good|terrible|great|greatest|lousy|disastrous|horrible|awful|fantastic|wonderful|beautiful)$/.test(w)) && !year) return;
  // "until it inks any defence deal", "rejected any truce": "any" names no one agreement or event.
  if (det === 'any' && !year && !quoted) return;
  // "must seek Lima's agreement before…", "without Chile's agreement": consent sought or lacked, no accord.
  if (head === 'agreement' && owner && !mods.length && !year && !quoted && /^['’]s$/.test(tokens[owner.t1]?.text ?? '') && tokens[h + 1]?.lower !== 'with' && CONSENT_SEEKING.has((tokens[owner.t0 - 1]?.lower === 'the' ? tokens[owner.t0 - 2] : tokens[owner.t0 - 1])?.lemma ?? '')) return;
  // "signed energy deals with Peru", "trade agreements": agreements in the plural with no determiner,
  // owner, year or number are a kind of deal, not one the text names.
  // (Not what "a series of" or "a set of" counts, which a copula may equate with a name.)
  if (type === 'Treaty' && /s$/.test(head) && !det && !owner && !year && !quoted && count === undefined && !tokens.slice(Math.max(0, t0 - 2), t0 + 1).some((x) => /^(?:of|the|these|those|its|their|his|her|both|all)$/.test(x.lower))) return;
  // "a further peace agreement", "a similar deal", "the landmark accord": words that set one
  // agreement against others or praise it do not name it ("peace agreement").
  // ("the country's third general election": an ordinal counts the event, it is no part of its name.)
  const naming = type === 'Treaty' ? mods.filter((w) => !UNNAMING_MODIFIERS.has(w)) : mods.filter((w) => !/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/.test(w));
  const name = [year, placeNamed ? tokenText(tokens, placeNamed.t0, placeNamed.t1) : undefined, ...naming, namedByOf ? `${head} of ${ofNoun}` : namedByOn ? `${head} ${tokenText(tokens, h + 1, onEnd)}` : head, ...(placeName ? ['in', placeName] : [])].filter(Boolean).join(' ');
  out.push(makeMention(start, end, t0, t1, { kind: 'np', type, name, head: head.replace(/s$/, ''), named, strong, det, surface: text.slice(start, end), owner }));
}

/** The word before a code name. */
const CODE_NAMED = /^(?:code-?named|codenamed)$/i;
/** Nouns of what a code name names as an event: operations and exercises, not agents or informants. */
const CODE_NAMED_EVENTS = new Set(['drill', 'drills', 'exercise', 'exercises', 'operation', 'operations', 'offensive', 'mission', 'campaign', 'manoeuvres', 'maneuvers', 'raid', 'raids', 'attack', 'assault', 'games', 'deployment', 'patrol', 'patrols', 'sweep', 'crackdown']);
/** Whether the code name at `i` follows "code-named" after an operation's or exercise's noun ("the drills, code-named X"). */
function codeNamedEvent(tokens: readonly Token[], i: number): boolean {
  if (!CODE_NAMED.test(tokens[i - 1]?.text ?? '')) return false;
  // (Over a place or a day after the noun: "an offensive in the north, code-named X", "an operation on Monday code-named Y".)
  for (let k = i - 2; k >= Math.max(0, i - 9); k--) {
    if (CODE_NAMED_EVENTS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || /^[.;:!?]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Words that open an idiom after "on", no matter of an agreement ("signed on board", "on schedule"). */
const ON_IDIOMS = new Set(['board', 'stage', 'camera', 'site', 'schedule', 'principle', 'terms', 'video', 'air', 'television', 'tv', 'radio', 'line', 'display', 'average', 'balance', 'deadline', 'arrival', 'request', 'demand', 'account', 'purpose', 'foot', 'trial', 'loan', 'hand', 'top', 'par', 'target', 'screen', 'tape', 'film', 'camera']);

/** Words before a state's "agreement" that make it consent ("seek Lima's agreement", "without Peru's agreement"). */
const CONSENT_SEEKING = new Set(['seek', 'need', 'require', 'obtain', 'win', 'get', 'secure', 'without', 'gain', 'have', 'lack']);

/** Verbs that make an agreement: what they make is one the text names. */
const SEALING_VERBS = new Set(['sign', 'ink', 'conclude', 'initial', 'reach', 'seal', 'strike', 'clinch', 'ratify', 'finalise', 'finalize']);

/** Nouns of time after "on" that date an agreement rather than name its matter ("a deal on weekends"). */
const TIME_WORDS_AFTER_ON = new Set(['independence', 'arrival', 'completion', 'entry', 'signing', 'expiry', 'accession', 'ratification', 'day', 'days', 'weekend', 'weekends', 'morning', 'evening', 'night', 'afternoon', 'sidelines', 'margins', 'record', 'paper', 'condition', 'behalf', 'hold', 'track', 'course', 'time']);

/** A treaty or event noun that only qualifies the noun after it ("a ceasefire proposal", "treaty obligations", "war crimes"). */
function compoundModifier(tokens: readonly Token[], i: number): boolean {
  if (!TREATY_HEADS.has(tokens[i]!.lower) && !EVENT_HEADS.has(tokens[i]!.lower)) return false;
  // (Not a relative clause's subject after it: "the water treaty rights groups had opposed".)
  const next = tokens[i + 1]?.lower ?? '';
  if (TIE_NOUNS.has(next) && /^(?:VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')) return false;
  // (A dated event keeps its name, "the 1995 war veterans"; "leaders of Peru" after it head a phrase of their own.)
  if (/^(?:19|20)\d\d$/.test(tokens[i - 1]?.text ?? '') || (next === 'leaders' && tokens[i + 2]?.lower === 'of')) return false;
  return QUALIFIED_NOUNS.has(next);
}
/** Nouns a treaty word qualifies as a tie ("treaty ally", "treaty rights"), which may also open a relative clause. */
const TIE_NOUNS = new Set(['ally', 'allies', 'partner', 'partners', 'rights', 'organisation', 'organization', 'body', 'bodies']);
/** Nouns a treaty or event noun can qualify without naming an event itself (not "results": "the election results" still tell of the election). */
const QUALIFIED_NOUNS = new Set(['proposal', 'proposals', 'plan', 'plans', 'offer', 'draft', 'framework', 'terms', 'obligation', 'obligations', 'deadline', 'violation', 'violations', 'monitor', 'monitors', 'mechanism', 'text', 'crimes', 'criminal', 'criminals', 'bid', 'demand', 'demands', 'negotiator', 'negotiators', 'ally', 'allies', 'partner', 'partners', 'commitment', 'commitments', 'partnerships', 'organisation', 'organization', 'body', 'bodies', 'rights',
  // ("Russia's war economy", "the war effort", "war reparations", "Chile's war zone", "the coup plotters":
  // a thing or people of the event, not the event; see compoundModifier for a dated one.)
  'economy', 'economies', 'effort', 'efforts', 'chest', 'footing', 'reparations', 'zone', 'zones', 'damage', 'victims', 'refugees', 'plotters', 'leaders']);

/** Words of an amount of money written before a noun ("$1.1 billion", "500 million euro"). */
const AMOUNT_WORDS = /^(?:[\d.,]+(?:bn|m|k)?|million|billion|trillion|bn|dollars?|euros?|pounds?|yuan|yen|rupees?|francs?|won|pesos?|rand|riyals?|dirhams?|[$€£¥][\d.,]*)$/;

/** Verbs of hosting or attending an event ("hosted talks", "attended the ceremony"), as the lexicon reads them. */
const ATTENDING_VERBS = new Set(['host', 'attend', 'convene', 'organise', 'organize', 'stage']);

/** Kinds of vote that name an election ("presidential", "snap", "parliamentary"). */
const ELECTION_KINDS = new Set(['presidential', 'parliamentary', 'general', 'legislative', 'snap', 'local', 'regional', 'municipal', 'midterm', 'provincial', 'national', 'constitutional', 'consultative', 'early', 'by-election', 'runoff', 'run-off', 'senate', 'gubernatorial', 'mayoral', 'leadership']);

/** What a "declaration of …" proclaims when it is no agreement ("of martial law", "of a state of emergency"). */
const PROCLAIMED = new Set(['martial', 'war', 'emergency', 'state', 'independence', 'bankruptcy', 'candidacy', 'victory', 'sovereignty', 'assets', 'interest']);

/** Modifiers of an agreement written in lower case that compare or praise it rather than name it. */
const UNNAMING_MODIFIERS = new Set(['further', 'similar', 'same', 'previous', 'latest', 'recent', 'possible', 'proposed', 'planned', 'final', 'landmark', 'historic', 'new', 'broad', 'major', 'key', 'formal', 'another', 'separate', 'fresh', 'renewed', 'revised', 'long-awaited']);

/**
 * "Harvard and Yale universities": names coordinated before a plural organization noun each get the
 * singular noun appended and become organizations; the plural mention itself is dropped.
 */
/** Heads of a body named after its holder: "the Prosecutor's Office", "the President's Office". */
const HOLDER_BODY_HEADS = new Set(['Office', 'Bureau', 'Secretariat', 'Chancellery']);

/**
 * "The Higher Public Prosecutor's Office", "the Attorney General's Office": a body named by its holder's
 * title and "'s" is one organisation, named whole, not a bare "Office" shared by every such body.
 */
function possessiveOffices(tokens: readonly Token[], out: Mention[], text: string): void {
  for (const m of out) {
    if (m.kind !== 'name' || m.t1 - m.t0 !== 1 || !HOLDER_BODY_HEADS.has(m.name)) continue;
    const apostrophe = tokens[m.t0 - 1]?.text;
    if (apostrophe !== "'s" && apostrophe !== '’s') continue;
    let s0 = m.t0 - 1;
    while (s0 > 0 && isCap(tokens[s0 - 1]) && tokens[s0 - 1]!.pos !== 'DET' && !lookupAt(tokens, s0 - 1)) s0--;
    if (s0 === m.t0 - 1) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k] !== m && out[k]!.t0 >= s0 && out[k]!.t1 <= m.t0) out.splice(k, 1);
    m.t0 = s0;
    m.start = tokens[s0]!.start;
    m.surface = text.slice(m.start, m.end);
    m.name = m.surface.replace(/\s+/g, ' ');
    m.type = 'Organization';
  }
}

function distributePlurals(tokens: readonly Token[], out: Mention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k]!;
    if (m.kind !== 'name') continue;
    const next = tokens[m.t1];
    const singular = next ? ORG_PLURALS.get(next.text.toLowerCase()) : undefined;
    if (!singular) continue;
    const group = [m];
    let j = k - 1;
    while (j >= 0) {
      const sep = tokenText(tokens, out[j]!.t1, group[0]!.t0);
      if (out[j]!.kind === 'name' && /^(?:,|and|, and|&)$/.test(sep)) group.unshift(out[j]!), j--;
      else break;
    }
    if (group.length < 2) continue;
    for (const g of group) {
      g.name = `${g.name} ${singular}`;
      g.type = 'Organization';
    }
    // drop a plural mention starting on the noun
    const pi = out.findIndex((x) => x.kind === 'plural' && x.t1 === m.t1 + 1);
    if (pi >= 0) out.splice(pi, 1);
  }
}

/**
 * A short form defined in parentheses right after a name: "Huta Stalowa Wola (HSW)", "United States
 * Steel Corp (U.S. Steel)". Records it on the mention (and types an untyped name as an organization);
 * returns the token index after the closing parenthesis, or `e` when there is none.
 */
function shortFormAfter(tokens: readonly Token[], e: number, m: Mention): number {
  if (tokens[e]?.text !== '(') return e;
  let c = e + 1;
  while (c < tokens.length && c - e <= 5 && tokens[c]!.text !== ')') c++;
  if (tokens[c]?.text !== ')' || c === e + 1) return e;
  const inner = tokens.slice(e + 1, c);
  if (!inner.every((t) => isCap(t) && !isCJK(t.text)) || !/[A-Z]{2}|[A-Z]\.[A-Z]/.test(inner.map((t) => t.text).join(''))) return e;
  if (m.type === 'Person' || m.type === 'Place') return e;
  m.acronym = tokenText(tokens, e + 1, c);
  if (!m.type) m.type = 'Organization';
  return c + 1;
}
