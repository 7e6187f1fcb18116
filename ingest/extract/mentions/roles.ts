/**
 * Role phrase matching over tokens: "President", "president-elect", "Minister of Foreign Affairs",
 * "Secretary of State", "foreign minister", "spokesman". Plural forms ("the presidents of") are
 * recognised too, so "the presidents of France and Germany" can act for the two countries.
 */
import type { RelationType } from '../../../core/index.ts';
import { ROLE_TITLES } from './gazetteer/roles.ts';
import { lookupAt } from './gazetteer/index.ts';
import { tokenText, type Token } from '../tokens/sentences.ts';

/** A matched role phrase. */
export interface RoleMatch {
  /** Tokens consumed. */
  len: number;
  /** The title as written, e.g. "Minister of Foreign Affairs". */
  title: string;
  rel: RelationType;
  plural: boolean;
  /** "Minister of Education" → "Ministry of Education": the body the title implies. */
  body?: string;
}

const ROLE_MAP = new Map<string, RelationType>();
/** First words of role phrases (singular and plural): a cheap gate before building phrases. */
const FIRST_WORDS = new Set<string>(['minister', 'secretary']);
let ROLE_MAX = 1;
for (const [phrase, rel] of ROLE_TITLES) {
  ROLE_MAP.set(phrase, rel);
  ROLE_MAX = Math.max(ROLE_MAX, phrase.split(' ').length);
  FIRST_WORDS.add(phrase.split(/[ -]/)[0]!);
}
const PLURALS: Record<string, string> = {
  presidents: 'president', leaders: 'leader', ministers: 'minister', 'foreign ministers': 'foreign minister',
  'prime ministers': 'prime minister', spokesmen: 'spokesman', officials: 'official', envoys: 'envoy',
  ambassadors: 'ambassador', diplomats: 'diplomat', lawmakers: 'lawmaker', generals: 'general',
  'defense ministers': 'defense minister', 'defence ministers': 'defence minister', 'heads of state': 'leader',
  negotiators: 'negotiator', chiefs: 'chief', 'finance ministers': 'finance minister',
};
/** Role words that are common nouns/adjectives: only roles when written with a capital or before a name. */
for (const p of Object.keys(PLURALS)) FIRST_WORDS.add(p.split(' ')[0]!);
const PLURAL_MAP: ReadonlyMap<string, string> = new Map(Object.entries(PLURALS));
/** Every leading part of a known phrase: a phrase that is none can grow into no known phrase. */
const PREFIXES = new Set<string>();
for (const k of [...ROLE_MAP.keys(), ...PLURAL_MAP.keys()]) for (let n = 1; n <= k.length; n++) PREFIXES.add(k.slice(0, n));
const WEAK = new Set(['member', 'executive', 'coordinator', 'captain', 'major', 'justice', 'commodore', 'general', 'head', 'chief', 'leader', 'chair', 'official', 'representative', 'speaker', 'director', 'judge', 'king', 'queen', 'counterpart', 'analyst', 'researcher', 'professor', 'adviser', 'advisor', 'founder', 'dean', 'rector', 'fellow']);

/** Levels of government or standing that come before "minister" without being its portfolio. */
const LEVELS = new Set(['state', 'national', 'regional', 'local', 'international', 'social', 'public', 'federal', 'provincial', 'junior', 'senior']);

/** Titles written with the field they serve after "for" ("Commissioner for Trade", "Envoy for Climate"). */
const FOR_TITLES = new Set(['commissioner', 'envoy', 'representative', 'coordinator', 'ambassador', 'rapporteur', 'adviser', 'advisor', 'minister', 'secretary']);

/** Words that make up ministerial portfolios ("Foreign Affairs", "Health and Welfare"). */
export const PORTFOLIO: ReadonlySet<string> = new Set(
  `Foreign Affairs Education Defense Defence Finance Economic Economy Health Welfare Interior Justice Labor Labour Trade
  Industry Commerce Agriculture Energy Environment Culture Transport Transportation Communication Communications Science Technology Home
  Internal External Security National Public Social Development Digital Housing Tourism Sports Youth Women Family
  Information Infrastructure Land Resources Natural Water Mines Petroleum Oil Planning Investment Treasury State Veterans
  Homeland Employment Immigration Integration Research Innovation Fisheries Forestry Ocean Oceans Maritime Heritage
  Religious Overseas Unification Reconciliation Emergency Citizenship Budget Revenue Works Human Rights Legal Climate Change
  Food Safety Migration Refugees Children Local Government Regional Urban Rural Affairs Cooperation International Relations
  Statistics Power Electricity Mineral Minerals Health Care Medical Education Higher Labor Intelligence War Peace Business
  Enterprise Enterprises Small Industrial Strategy Skills Levelling Up Communities Media Sport Arts Tourism Solidarity Equality
  Crisis Management Humanitarian Aid Enlargement Neighbourhood Competition Cohesion Values Transparency Democracy Market Action Jobs
  Space Preparedness Partnerships Mediterranean Disarmament Counterterrorism Terrorism Freedom Religion Sanctions Armed Forces Policing Police Customs Borders Lands Wildlife Agrarian Reform Mining Aviation Shipping Ports Roads Railways Telecommunications Posts`.split(/\s+/),
);

/** The portfolio words in lower case: the cheap gate before a portfolio is looked for at a token. */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([...PORTFOLIO].map((w) => w.toLowerCase()));

/** Whether the words ending before token `end` name a state ("Mexico", "South Africa"). */
function stateBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    const hit = lookupAt(tokens, k, end);
    if (hit && k + hit.len === end) return hit.entry.type === 'Country' && hit.entry.kind !== 'demonym';
  }
  return false;
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.cap && t.word;
}

/** "the head of the Andean Forum, Ana Ruiz": at token `k`, "of", a name, and its holder's name set off after a comma. */
function ofNameThenHolder(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'of') return false;
  let j = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  if (!isCapWord(tokens[j])) return false;
  const end = Math.min(tokens.length, j + 8);
  while (j < end && (isCapWord(tokens[j]) || (/^(?:of|for|and)$/.test(tokens[j]!.lower) && isCapWord(tokens[j + 1])))) j++;
  return tokens[j]?.text === ',' && isCapWord(tokens[j + 1]) && isCapWord(tokens[j + 2]);
}

/** Matches a role phrase at token i (case-insensitive), longest first. */
/** Body words "General" opens a name with, as no rank ("General Directorate of …", "General Staff"). */
export const GENERAL_BODY = /^(?:Directorate|Secretariat|Assembly|Command|Administration|Department|Council|Intelligence|Security|Inspectorate|Bureau|Authority|Confederation|Federation|Union|Office|Prosecutor's|Prosecutor)$/;

export function matchRole(tokens: readonly Token[], i: number): RoleMatch | null {
  if (tokens[i]?.text === 'General' && GENERAL_BODY.test(tokens[i + 1]?.text ?? '')) return null;
  const r = matchRoleWords(tokens, i);
  // "Special Envoy for Humanitarian Aid": a title of several words goes on over "for" and its field.
  if (r && r.len > 1 && tokens[i + r.len]?.text === 'for' && FOR_TITLES.has(tokens[i + r.len - 1]!.lower) && tokens[i]!.cap) {
    let j = i + r.len + 1;
    while (j < tokens.length && isCapWord(tokens[j]) && PORTFOLIO.has(tokens[j]!.text)) j++;
    if (j > i + r.len + 1) return { ...r, len: j - i, title: tokenText(tokens, i, j) };
  }
  // "Assistant Secretary of Labor", "Deputy Minister of Finance": a title of several words ending in one
  // that takes a portfolio goes on over "of" and it; the body is that portfolio's ministry or department.
  const lastWord = r && r.len > 1 ? tokens[i + r.len - 1]!.lower : '';
  if (r && (lastWord === 'secretary' || lastWord === 'minister') && tokens[i + r.len]?.text === 'of' && tokens[i]!.cap) {
    let j = i + r.len + 1;
    while (j < tokens.length && isCapWord(tokens[j]) && PORTFOLIO.has(tokens[j]!.text)) j++;
    const portfolio = tokenText(tokens, i + r.len + 1, j);
    if (j > i + r.len + 1 && portfolio !== 'State') return { ...r, len: j - i, title: tokenText(tokens, i, j), body: `${lastWord === 'minister' ? 'Ministry' : 'Department'} of ${portfolio}` };
    if (portfolio === 'State') return { ...r, len: j - i, title: tokenText(tokens, i, j) };
  }
  return r;
}

function matchRoleWords(tokens: readonly Token[], i: number): RoleMatch | null {
  const t0 = tokens[i];
  if (!t0 || !t0.word) return null;
  const lower0 = t0.lower;
  const titleWord = FIRST_WORDS.has(lower0) || (lower0.includes('-') && FIRST_WORDS.has(lower0.split('-')[0]!));
  if (!titleWord && !PORTFOLIO_WORDS.has(lower0)) return null;
  // "Minister/Secretary of <Capitalised words>", "Minister for Home Affairs", "Commissioner for Trade",
  // "Envoy for Climate"
  const forTitle = FOR_TITLES.has(lower0) && t0.cap && tokens[i + 1]?.text === 'for';
  if (((lower0 === 'minister' || lower0 === 'secretary') && (tokens[i + 1]?.text === 'of' || tokens[i + 1]?.text === 'for') || forTitle) && isCapWord(tokens[i + 2])) {
    let j = i + 2;
    const words: string[] = [];
    while (j < tokens.length && ((isCapWord(tokens[j]) && PORTFOLIO.has(tokens[j]!.text)) || (['and', '&'].includes(tokens[j]!.text) && PORTFOLIO.has(tokens[j + 1]?.text ?? '')))) {
      words.push(tokens[j]!.text);
      j++;
    }
    const what = words.join(' ');
    // "Secretary of State John Smith": stop the portfolio before a following person name.
    if (!what) return null;
    const portfolio = lower0 === 'secretary' && words[0] === 'State' ? 'State' : what;
    const len = 2 + portfolio.split(' ').length;
    const title = `${t0.text[0]!.toUpperCase()}${lower0.slice(1)} ${tokens[i + 1]!.text} ${portfolio}`;
    if (lower0 === 'secretary' && portfolio === 'State') return { len, title, rel: 'MINISTER_OF', plural: false };
    if (forTitle && lower0 !== 'minister' && lower0 !== 'secretary') return { len, title, rel: ROLE_MAP.get(lower0) ?? 'OFFICIAL_OF', plural: false };
    // ("Minister for Home Affairs": a style that names no ministry of that name.)
    const forStyle = tokens[i + 1]!.text === 'for';
    return { len, title, rel: 'MINISTER_OF', plural: false, body: forStyle ? undefined : lower0 === 'minister' ? `Ministry of ${portfolio}` : `Department of ${portfolio}` };
  }
  // "Sports Minister", "Foreign Affairs Minister", "Health Secretary": a capitalised portfolio before the title.
  if (t0.cap && PORTFOLIO.has(t0.text)) {
    let j = i + 1;
    // ("Mining and Petroleum Minister": two portfolios joined by "and" or "&", only where the
    // title opens: not a name's last word, "Vega Oil and Finance Minister X", nor after "of", "the Ministry
    // of Defence and Interior Minister Y".)
    const opens = !isCapWord(tokens[i - 1]) && !/^(?:of|for|and|&)$/.test(tokens[i - 1]?.lower ?? '');
    while (j < tokens.length && j - i < 5) {
      if (isCapWord(tokens[j]) && PORTFOLIO.has(tokens[j]!.text)) j++;
      else if (opens && (tokens[j]!.lower === 'and' || tokens[j]!.text === '&') && isCapWord(tokens[j + 1]) && PORTFOLIO.has(tokens[j + 1]!.text)) j += 2;
      else break;
    }
    const head = tokens[j]?.lower;
    if (head === 'minister' || head === 'secretary') {
      return { len: j - i + 1, title: tokenText(tokens, i, j + 1), rel: 'MINISTER_OF', plural: false };
    }
    // "Trade Commissioner X", "Energy Commissioner X": an official of the body that names the portfolio.
    if (head === 'commissioner') return { len: j - i + 1, title: tokenText(tokens, i, j + 1), rel: ROLE_MAP.get('commissioner') ?? 'OFFICIAL_OF', plural: false };
    // A portfolio word that is also a title alone ("Justice Luiz Fux") is read as a title below.
    if (!FIRST_WORDS.has(lower0)) return null;
  }
  // "its fisheries minister", "Kenya's mines minister": a portfolio written in lower case before "minister"
  // (not "secretary", which parties and unions have too, nor a level of government, "regional minister").
  // ("Peru's energy secretary": after a state's possessive, a lower-case portfolio before "secretary" too.)
  if (!t0.cap && PORTFOLIO.has(t0.text.charAt(0).toUpperCase() + t0.text.slice(1)) && !LEVELS.has(lower0)) {
    const head = tokens[i + 1]?.lower;
    const minister = head === 'minister' && !ROLE_MAP.has(`${lower0} minister`);
    const secretary = head === 'secretary' && /^['’]s$/.test(tokens[i - 1]?.text ?? '') && stateBefore(tokens, i - 1);
    if (minister || secretary) return { len: 2, title: tokenText(tokens, i, i + 2), rel: 'MINISTER_OF', plural: false };
  }
  if (!titleWord) return null;
  const phrases: string[] = [lower0];
  const maxLen = Math.min(ROLE_MAX, tokens.length - i);
  for (let j = 1; j < maxLen && PREFIXES.has(phrases[j - 1]!); j++) {
    const tj = tokens[i + j]!;
    phrases.push(phrases[j - 1]! + (tj.text === '-' ? '-' : ` ${tj.lower}`));
  }
  for (let len = phrases.length; len >= 1; len--) {
    const phrase = phrases[len - 1]!;
    const rel = ROLE_MAP.get(phrase);
    if (rel) {
      // ("a researcher at the Baltic Institute": a weak title before "at" and a name is one's post there.)
      const atName = tokens[i + 1]?.lower === 'at' && (isCapWord(tokens[i + 2]) || (tokens[i + 2]?.lower === 'the' && isCapWord(tokens[i + 3])));
      if (len === 1 && WEAK.has(phrase) && !t0.cap && !isCapWord(tokens[i + 1]) && !(tokens[i + 1]?.text === ',' && isCapWord(tokens[i + 2])) && !atName && !ofNameThenHolder(tokens, i + 1)) return null;
      // ("fellow Democrat X" is no title: a fellow only at a body.)
      if (phrase === 'fellow' && !atName) return null;
      // ("a director at X": one of its officials, not its head.)
      const oneOf = atName && rel === 'HEAD_OF' && /^(?:a|an)$/.test(tokens[i - 1]?.lower ?? '');
      return { len, title: tokenText(tokens, i, i + len), rel: oneOf ? 'OFFICIAL_OF' : rel, plural: false };
    }
    const singular = PLURAL_MAP.get(phrase);
    if (singular) {
      return { len, title: singular, rel: ROLE_MAP.get(singular) ?? 'OFFICIAL_OF', plural: true };
    }
  }
  return null;
}
