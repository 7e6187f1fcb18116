/**
 * Name material for the synthetic corpus: invented people, cities, companies and groups built from
 * syllable tables (never real people), plus general world knowledge (countries, demonyms, capitals)
 * so that articles read like real international news.
 */
import type { Rng } from './prng.ts';

/** name, demonym, capital, aliases */
export const COUNTRIES: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['United States', 'American', 'Washington', ['US', 'U.S.']],
  ['United Kingdom', 'British', 'London', ['UK', 'Britain']],
  ['France', 'French', 'Paris', []],
  ['Germany', 'German', 'Berlin', []],
  ['Russia', 'Russian', 'Moscow', []],
  ['China', 'Chinese', 'Beijing', []],
  ['Japan', 'Japanese', 'Tokyo', []],
  ['India', 'Indian', 'New Delhi', []],
  ['Brazil', 'Brazilian', 'Brasilia', []],
  ['Iran', 'Iranian', 'Tehran', []],
  ['Turkey', 'Turkish', 'Ankara', ['Turkiye']],
  ['Egypt', 'Egyptian', 'Cairo', []],
  ['Nigeria', 'Nigerian', 'Abuja', []],
  ['Kenya', 'Kenyan', 'Nairobi', []],
  ['South Africa', 'South African', 'Pretoria', []],
  ['Mexico', 'Mexican', 'Mexico City', []],
  ['Canada', 'Canadian', 'Ottawa', []],
  ['Australia', 'Australian', 'Canberra', []],
  ['Indonesia', 'Indonesian', 'Jakarta', []],
  ['Vietnam', 'Vietnamese', 'Hanoi', []],
  ['Philippines', 'Philippine', 'Manila', []],
  ['South Korea', 'South Korean', 'Seoul', []],
  ['Pakistan', 'Pakistani', 'Islamabad', []],
  ['Saudi Arabia', 'Saudi', 'Riyadh', []],
  ['Ukraine', 'Ukrainian', 'Kyiv', []],
  ['Poland', 'Polish', 'Warsaw', []],
  ['Italy', 'Italian', 'Rome', []],
  ['Spain', 'Spanish', 'Madrid', []],
  ['Argentina', 'Argentine', 'Buenos Aires', []],
  ['Chile', 'Chilean', 'Santiago', []],
  ['Colombia', 'Colombian', 'Bogota', []],
  ['Ethiopia', 'Ethiopian', 'Addis Ababa', []],
  ['Morocco', 'Moroccan', 'Rabat', []],
  ['Qatar', 'Qatari', 'Doha', []],
  ['Norway', 'Norwegian', 'Oslo', []],
  ['Sweden', 'Swedish', 'Stockholm', []],
  ['Greece', 'Greek', 'Athens', []],
  ['Thailand', 'Thai', 'Bangkok', []],
  ['Malaysia', 'Malaysian', 'Kuala Lumpur', []],
  ['Kazakhstan', 'Kazakh', 'Astana', []],
  ['Peru', 'Peruvian', 'Lima', []],
  ['Ghana', 'Ghanaian', 'Accra', []],
];

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'sh', 'ch', 'th', 'gr', 'vl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'm', 'nd', 'rt', 'sk', 'v'];
const SURNAME_ENDINGS = ['ov', 'ez', 'son', 'ari', 'ski', 'ani', 'ek', 'ura', 'berg', 'enko', 'ides', 'oglu', 'ardo', 'ssen', 'ova', 'elli', 'in', 'ato'];
const PLACE_ENDINGS = ['ia', 'or', 'grad', 'abad', 'ville', 'heim', 'pur', 'stan', 'ora', 'en', 'ton', 'ka'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function syllables(rng: Rng, min: number, max: number): string {
  let out = '';
  const n = rng.range(min, max);
  for (let i = 0; i < n; i++) out += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === n - 1 ? rng.pick(CODAS) : '');
  return out;
}

/** An invented given name and surname, e.g. "Kalo Dravenko". */
export function personName(rng: Rng): { first: string; last: string } {
  return { first: cap(syllables(rng, 1, 2)), last: cap(syllables(rng, 1, 2) + rng.pick(SURNAME_ENDINGS)) };
}

/** An invented place name, e.g. "Tresgrad". */
export function placeName(rng: Rng): string {
  return cap(syllables(rng, 1, 2) + rng.pick(PLACE_ENDINGS));
}

/** An invented brand-like word, e.g. "Voltar". */
export function brandWord(rng: Rng): string {
  return cap(syllables(rng, 2, 3));
}

export const MINISTRIES = ['Foreign Affairs', 'Defence', 'Finance', 'Trade', 'Energy', 'Education', 'Health', 'Interior', 'Justice'];
export const COMPANY_SUFFIXES = ['Industries', 'Holdings', 'Group', 'Energy', 'Aerospace', 'Shipping', 'Telecom', 'Mining', 'Dynamics'];
export const PARTY_NAMES = ['National Renewal Party', "People's Unity Party", 'Democratic Progress Party', 'Liberal Alliance', 'Workers Party', 'Green Future Party', 'Conservative Union', 'Social Democratic Front'];
export const BLOC_WORDS = [['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Atlantic', 'Pacific', 'Maritime', 'Continental'], ['Economic', 'Security', 'Trade', 'Energy', 'Defence', 'Development'], ['Alliance', 'Union', 'Council', 'Forum', 'Community', 'Pact']] as const;
export const ARMED_SUFFIXES = ['Liberation Front', 'Brigades', 'Resistance Movement', 'Revolutionary Army', 'Defence Forces'];
export const TREATY_KINDS = ['Accord', 'Treaty', 'Agreement', 'Protocol', 'Declaration', 'Pact'];
export const TREATY_TOPICS = ['on Strategic Partnership', 'on Maritime Cooperation', 'on Energy Security', 'on Trade and Investment', 'on Arms Control', 'on Border Demarcation', 'on Nuclear Cooperation', 'on Climate Finance'];
export const EVENT_KINDS = ['summit', 'talks', 'conference', 'forum', 'peace talks', 'ministerial meeting'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
