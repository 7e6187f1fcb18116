/**
 * The gazetteer as Maps, built once at import: surface form (exact case, tokens joined by one space)
 * → what it denotes. Longest match wins; see `lookupAt`.
 */
import type { EntityType } from '../../../../core/index.ts';
import { COUNTRY_DATA, SEAT_DATA, REGION_NAMES, CITY_DATA } from './countries.ts';
import { BODY_DATA, BODY_PARENTS, AGENCY_DATA, GROUP_DATA, TREATY_DATA } from './bodies.ts';
import { COMPANY_DATA } from './companies.ts';
import { tokenize, type Token } from '../../tokens/sentences.ts';

/** How a surface form relates to its entity. */
export type GazKind = 'name' | 'demonym' | 'capital' | 'seat' | 'city' | 'region';

/** One gazetteer entry. */
export interface GazEntry {
  /** Canonical name of the entity the form denotes (the place itself for capitals/seats/cities). */
  canonical: string;
  type: EntityType;
  kind: GazKind;
  /** For demonyms, capitals, seats and cities: the country they stand for or lie in. */
  country?: string;
  /** ISO code for countries. */
  iso?: string;
}

const entries = new Map<string, GazEntry>();
/** First token → longest entry length in tokens starting with it. */
const maxLen = new Map<string, number>();
/** Canonical country name → ISO code and capitals. */
export const COUNTRIES = new Map<string, { iso: string; capitals: string[]; aliases: string[] }>();
/** Canonical name → known aliases for any gazetteer entity. */
export const KNOWN_ALIASES = new Map<string, string[]>();

function key(surface: string): string {
  return tokenize(surface).map((t) => t.text).join(' ');
}

function add(surface: string, entry: GazEntry): void {
  const k = key(surface);
  if (!k || entries.has(k)) return;
  entries.set(k, entry);
  const first = k.split(' ')[0]!;
  const n = k.split(' ').length;
  if ((maxLen.get(first) ?? 0) < n) maxLen.set(first, n);
}

function split(field: string | undefined): string[] {
  return (field ?? '').split(';').map((s) => s.trim()).filter(Boolean);
}

for (const line of COUNTRY_DATA.trim().split('\n')) {
  const [name, aliases, demonyms, capitals, iso] = line.split('|');
  if (!name) continue;
  const al = split(aliases);
  COUNTRIES.set(name, { iso: iso ?? '', capitals: split(capitals), aliases: al });
  KNOWN_ALIASES.set(name, al);
  add(name, { canonical: name, type: 'Country', kind: 'name', iso: iso ?? '' });
  for (const a of al) add(a, { canonical: name, type: 'Country', kind: 'name', iso: iso ?? '' });
  // ("Trinidad & Tobago", "Antigua & Barbuda": an ampersand for the "and" of a state's name.)
  if (name.includes(' and ')) add(name.replace(' and ', ' & '), { canonical: name, type: 'Country', kind: 'name', iso: iso ?? '' });
  for (const d of split(demonyms)) {
    add(d, { canonical: name, type: 'Country', kind: 'demonym', country: name });
    add(`${d}s`, { canonical: name, type: 'Country', kind: 'demonym', country: name });
  }
  // Spellings of one capital share a canonical name ("Kyiv;Kiev"); a second seat of government is its
  // own city ("Amsterdam;The Hague").
  const caps = split(capitals);
  for (const c of caps) if (c !== name) add(c, { canonical: c.slice(0, 3).toLowerCase() === caps[0]!.slice(0, 3).toLowerCase() ? caps[0]! : c, type: 'Place', kind: 'capital', country: name });
}
for (const line of SEAT_DATA.trim().split('\n')) {
  const [seat, country] = line.split('|');
  if (seat && country) add(seat, { canonical: seat.replace('Élysée', 'Elysee'), type: 'Place', kind: 'seat', country });
}
for (const line of CITY_DATA.trim().split('\n')) {
  const [city, country] = line.split('|');
  if (city && country) add(city, { canonical: city, type: 'Place', kind: 'city', country });
}
for (const r of REGION_NAMES) add(r, { canonical: r, type: 'Place', kind: 'region' });
/** Canonical names of the international bodies and blocs (bodies.ts): no country has one ("Kenya's IMF programme"). */
const international = new Set<string>();
export const INTERNATIONAL_BODIES: ReadonlySet<string> = international;
/** Canonical names of the well-known companies (companies.ts). */
const companies = new Set<string>();
export const KNOWN_COMPANIES: ReadonlySet<string> = companies;
const NAMED: [string, 'Organization' | 'Treaty'][] = [[BODY_DATA, 'Organization'], [AGENCY_DATA, 'Organization'], [GROUP_DATA, 'Organization'], [COMPANY_DATA, 'Organization'], [TREATY_DATA, 'Treaty']];
for (const [data, type] of NAMED) {
  for (const line of data.trim().split('\n')) {
    const [name, aliases] = line.split('|');
    if (!name) continue;
    const al = split(aliases);
    KNOWN_ALIASES.set(name, al);
    if (data === COMPANY_DATA) companies.add(name);
    if (data === BODY_DATA && !COUNTRIES.has(BODY_PARENTS[name] ?? '')) international.add(name);
    add(name, { canonical: name, type, kind: 'name' });
    for (const a of [...al, ...articleForms(name, al)]) add(a, { canonical: name, type, kind: 'name' });
  }
}

/** The Arabic article written every way the press writes it: "al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda". */
function articleForms(name: string, aliases: readonly string[]): string[] {
  const out: string[] = [];
  for (const form of [name, ...aliases]) {
    const m = /^[Aa]l[- ](\p{Lu}.*)$/u.exec(form);
    if (m) for (const lead of ['al-', 'Al-', 'al ', 'Al ']) out.push(lead + m[1]);
  }
  return out.filter((f) => f !== name && !aliases.includes(f));
}

/** Exact lookup of one surface form. */
export function lookup(surface: string): GazEntry | undefined {
  return entries.get(key(surface));
}

/**
 * Longest gazetteer match starting at token `i`: returns the entry and the number of tokens, or null.
 * Possessive "’s" never belongs to a match.
 */
export function lookupAt(tokens: readonly Token[], i: number, limit = tokens.length): { entry: GazEntry; len: number } | null {
  const first = tokens[i];
  if (!first || !first.word) return null;
  const n = maxLen.get(first.text);
  if (!n) return null;
  for (let len = Math.min(n, limit - i); len >= 1; len--) {
    let k = first.text;
    for (let j = 1; j < len; j++) k += ` ${tokens[i + j]!.text}`;
    const e = entries.get(k);
    if (e) return { entry: e, len };
  }
  return null;
}
