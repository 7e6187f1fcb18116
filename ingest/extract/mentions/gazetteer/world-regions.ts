/**
 * First-level regions of every country (states, provinces, regions, oblasts…), from the
 * country-region-data package (MIT, offline in its npm package), for regions the small gazetteer does
 * not list. Like the world cities, used only where the document itself names the region's country:
 * "Borno State" in an article that names Nigeria lies in Nigeria. Loaded on first use.
 */
import { createRequire } from 'node:module';
import { COUNTRIES } from './index.ts';
import { countryOfCity } from './world-cities.ts';

interface CountryRegions {
  countryShortCode: string;
  regions: { name: string }[];
}

/** Words after a region's name in English news ("Borno State", "Malvo province"). */
const REGION_SUFFIX = / (?:State|state|Province|province|Region|region|Oblast|oblast|Prefecture|prefecture|Governorate|governorate|District|district|County|county|Department|department|Territory)$/;
/** Romanised administrative suffixes the data keeps and English news drops ("Gyeonggi-do"). */
const LOCAL_SUFFIX = /-(?:do|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi|ken|to|fu)$/;

let byName: Map<string, Set<string>> | undefined;

/** The forms a region is written in: as listed, without a local suffix or parenthesis, "St." for "Saint". */
function forms(name: string): string[] {
  const base = name.replace(/ \([^)]*\)$/, '').replace(LOCAL_SUFFIX, '');
  const out = new Set([name, base]);
  for (const f of [...out]) if (/^Saint /.test(f)) out.add(f.replace(/^Saint /, 'St. ')).add(f.replace(/^Saint /, 'St '));
  return [...out];
}

function load(): Map<string, Set<string>> {
  if (byName) return byName;
  const require = createRequire(import.meta.url);
  const data = require('country-region-data/data.json') as CountryRegions[];
  const isoToCountry = new Map<string, string>();
  for (const [country, { iso }] of COUNTRIES) if (iso) isoToCountry.set(iso, country);
  byName = new Map();
  for (const c of data) {
    const country = isoToCountry.get(c.countryShortCode);
    if (!country) continue;
    for (const r of c.regions) {
      for (const f of forms(r.name)) {
        let set = byName.get(f);
        if (!set) byName.set(f, (set = new Set()));
        set.add(country);
      }
    }
  }
  return byName;
}

/**
 * The one country among `allowed` that has a first-level region called `name` (a trailing "State",
 * "province"… is read as part of the name or not), or undefined when none or several do.
 */
export function countryOfRegion(name: string, allowed: ReadonlySet<string>): string | undefined {
  const map = load();
  const bare = name.replace(REGION_SUFFIX, '');
  const found = new Set<string>();
  for (const n of bare === name ? [name] : [name, bare]) for (const c of map.get(n) ?? []) if (allowed.has(c)) found.add(c);
  return found.size === 1 ? [...found][0] : undefined;
}

let allCountries: ReadonlySet<string> | undefined;

/** The one country the world's data puts a region or city called `name` in, whatever the text names. */
export function worldCountryOf(name: string): string | undefined {
  allCountries ??= new Set(COUNTRIES.keys());
  return countryOfRegion(name, allCountries) ?? countryOfCity(name, allCountries);
}

/** The country a place lies in: the one its document gave it, else the one the world's data puts it in. */
export function placeCountry(place: { readonly name: string; readonly country?: string }): string | undefined {
  return place.country ?? worldCountryOf(place.name);
}
