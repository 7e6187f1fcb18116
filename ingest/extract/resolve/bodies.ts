/**
 * Government bodies named without their country ("Ministry of Foreign Affairs", "the Justice
 * Department") would merge across countries and documents. Their canonical name is normalised
 * ("Foreign Ministry" → "Ministry of Foreign Affairs") and qualified with the country when the text
 * makes it clear: "Ministry of Foreign Affairs (Pakistan)", the bare form kept as an alias.
 */

import { PORTFOLIO } from '../mentions/roles.ts';
import { BODY_PARENTS } from '../mentions/gazetteer/bodies.ts';
import { COUNTRIES } from '../mentions/gazetteer/index.ts';

const PORTFOLIO_FIX: ReadonlyMap<string, string> = new Map([
  ['Foreign', 'Foreign Affairs'], ['External', 'External Affairs'], ['Treasury', 'the Treasury'],
]);

/** Generic ministry/department names: "Ministry of X", "X Ministry", "X Department", "Department of X". */
const GENERIC = /^(?:(?:Ministry|Department) of (?:the )?([A-Z][\w ,&'-]*)|((?:[A-Z][a-z]+ (?:(?:and|&) )?){1,3})(?:Ministry|Department))$/;

/**
 * True for a ministry or department named only by its portfolio ("Foreign Ministry", "Ministry of
 * Health"), which does not say whose it is; a body with a proper name ("X Work Department") is not.
 */
/** Names of bodies of a state (part of it, not merely located in it): ministries, forces, legislatures, services. */
// (Not a union or a trade body, "the X Congress of Trade Unions", whatever its keyword.)
const GOVERNMENT_WORDS = String.raw`^(?!.*\b(?:Trade Unions?|Unions|Workers|Employers|Chamber of Commerce|Bar Association)\b).*\b(?:Ministry|Department|Council|Army|Navy|Agency|Office|Bureau|Commission|Authority|Directorate|Secretariat|Inspectorate|Gendarmerie|Tribunal|Board|Police|Forces|Force|Guard|Guards|Parliament|Cabinet|Government|Administration|Senate|Congress|Assembly|Court|Yuan|Legislature|Command|Service|Embassy|Central Bank|Treasury|Coast Guard|Air Force|Marines?|Intelligence|Diet|Duma|Knesset|Bundestag|Bundesrat|Majlis|Sejm|Riksdag|Storting|Folketing|Eduskunta|Cortes|Lok Sabha|Rajya Sabha|National People's Congress|(?:Joint|General|Military|Defen[cs]e|Army|Armed Forces|Combined|Coordination|National|Operational) Headquarters|General Staff|House of Representatives|House of Commons|House of Lords|House of Councillors|Chamber of Deputies|State Committee)\b`;
/** Well-known bodies of one state whose names carry none of those words ("Mossad", "GRU"). */
const KNOWN_STATE_BODIES = Object.entries(BODY_PARENTS).filter(([, parent]) => COUNTRIES.has(parent)).map(([name]) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/**
 * A state's central bank named by its state ("Bank of Canada", "National Bank of Uruguay", "State Bank of
 * Pakistan"); not the commercial banks named the same way ("Bank of Ireland", "State Bank of India").
 */
const CENTRAL_BANK = String.raw`^(?!State Bank of India$)(?:(?:National|Reserve|State|People's|Central) )?Bank of (?!(?:Ireland|Cyprus|China|America|Communications|Scotland|Baroda|Montreal|New York|Valletta)$)(?:the )?[A-Z][\w' -]+$`;
export const GOVERNMENT_BODY = new RegExp(`${GOVERNMENT_WORDS}|${CENTRAL_BANK}|^(?:${KNOWN_STATE_BODIES.join('|')})$`);

/** Portfolio words that only qualify another ("Public Works", "Public Security"). */
const QUALIFYING_ONLY = new Set(['Public', 'Social', 'National', 'Internal', 'Civil']);

export function isGenericBody(name: string): boolean {
  const m = GENERIC.exec(name);
  if (!m || name.includes('(')) return false;
  const words = (m[1] ?? m[2]!).trim().split(/[ ,]+/).filter((w) => !/^(?:and|&|the|of)$/.test(w));
  return words.length > 0 && words.every((w) => PORTFOLIO.has(w));
}

/** "Foreign Ministry" → "Ministry of Foreign Affairs", "Justice Department" → "Department of Justice". */
export function normaliseBody(name: string): string {
  // ("Energy and Mines Ministry" → "Ministry of Energy and Mines".)
  const m = /^((?:[A-Z][a-z]+ (?:(?:and|&) )?){1,3})(Ministry|Department)$/.exec(name);
  // (A word that only qualifies a portfolio is none alone: "the Public Ministry" is the prosecutors' own name.)
  if (!m || !isGenericBody(name) || QUALIFYING_ONLY.has(m[1]!.trim())) return name;
  const what = m[1]!.trim();
  return `${m[2]} of ${PORTFOLIO_FIX.get(what) ?? what}`;
}

/** "Ministry of Foreign Affairs" + "Pakistan" → "Ministry of Foreign Affairs (Pakistan)". */
export function qualifyBody(name: string, country: string): string {
  return `${normaliseBody(name)} (${country})`;
}

/** The state a qualified body name is qualified by ("Ministry of Finance (Vietnam)" → "Vietnam"), or undefined. */
export function bodyQualifier(name: string): string | undefined {
  return /\(([^()]+)\)$/.exec(name)?.[1];
}

/** The bare body name of a qualified one, or undefined. */
export function bareBody(name: string): string | undefined {
  const m = /^(.*) \([^()]+\)$/.exec(name);
  return m && isGenericBody(m[1]!) ? m[1] : undefined;
}
