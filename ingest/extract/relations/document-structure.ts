/**
 * Facts of a whole document that general world knowledge states once both ends are in it: a city or
 * region lies in its country (the gazetteer knows where), a known body belongs to its parent ("UN
 * Security Council" → United Nations), a body qualified by its country ("Ministry of Finance
 * (Vietnam)") is part of it, and a seat of power that acted for its country ("the Kremlin said") is
 * an organisation of that country. Each is tied to the first sentence that names its source.
 */
import { BODY_PARENTS } from '../mentions/gazetteer/bodies.ts';
import { worldCountryOf } from '../mentions/gazetteer/world-regions.ts';
import type { DocEntities } from '../resolve/doc-entities.ts';
import type { SentenceInfo } from '../resolve/resolve.ts';
import { officesOfTheOneState } from './bare-offices.ts';
import { NATIONAL_OFFICES } from './role-relations.ts';
import type { LocalRelation } from '../types.ts';

const QUALIFIED = / \(([^()]+)\)$/;
/** Places that span or lie between states: seas, straits, mountain ranges, deserts, regions of the world. */
const SPANNING_PLACE = /\b(?:Sea|Ocean|Strait|Straits|Gulf|Bay|Channel|Canal|River|Lake|Mountains|Range|Desert|Basin|Delta|Corridor|Peninsula|Arctic|Antarctic|Atlantic|Pacific|Sahel|Sahara|Horn|Balkans|Caucasus|Himalayas?|Andes|Alps|Africa|Asia|Europe|America|Americas|Middle East|Levant|Maghreb|Gulf States|Indo-Pacific|Eurasia|Scandinavia|Amazon|Mediterranean|Caribbean|Baltic|Aegean|Adriatic|Caspian|Danube|Nile|Mekong|Rhine|Euphrates|Tigris|Zambezi|Indus|Ganges|Brahmaputra|Jordan Valley)\b/;
/** Words of the names of a state's institutions named only by their kind ("Supreme Court", "National Assembly", "Foreign Office"). */
const INSTITUTION_WORDS = new Set('National Supreme Constitutional Federal High Court Senate Congress Parliament Assembly House of Representatives Commons Lords Foreign Office Ministry Department Central Bank Army Navy Air Force Police Electoral Commission Council Security Intelligence Service Guard Coast Presidential Cabinet Treasury Justice Defence Defense Interior Finance Trade Health Affairs General Prosecutor\'s Attorney the and Upper Lower Chamber Deputies'.split(' '));
/** Head words one of which such a name must have. */
const INSTITUTION_HEADS = /\b(?:Court|Senate|Congress|Parliament|Assembly|House|Office|Ministry|Department|Bank|Army|Navy|Force|Police|Commission|Council|Service|Guard|Cabinet|Treasury|Chamber)\b/;
function isInstitutionName(name: string): boolean {
  return INSTITUTION_HEADS.test(name) && name.split(' ').every((w) => INSTITUTION_WORDS.has(w));
}

/**
 * The one country a sentence names as an owner, by a demonym ("Chileans", "the Peruvian army") or a
 * possessive ("Peru's president"); undefined when there is none or more than one.
 */
function ownerCountry(s: SentenceInfo, ents: DocEntities): number | undefined {
  const found = new Set<number>();
  for (const m of s.mentions) {
    if (m.refs.length !== 1 || ents.list[m.refs[0]!]!.type !== 'Country') continue;
    const next = s.tokens[m.t1]?.text;
    if (m.gaz?.kind === 'demonym' || next === "'s" || next === '’s') found.add(m.refs[0]!);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The one state whose offices the text gives the people who ran in vote `vote` ("Lee, who lost the
 * presidential election…" where Lee is South Korea's president): the vote was held there.
 */
function candidatesCountry(vote: number, ents: DocEntities, out: readonly LocalRelation[]): number | undefined {
  const people = new Set(out.filter((r) => r.type === 'INVOLVED_IN' && r.target === vote && ents.list[r.source]!.type === 'Person').map((r) => r.source));
  if (!people.size) return undefined;
  const states = new Set(out.filter((r) => people.has(r.source) && NATIONAL_OFFICES.has(r.type) && ents.list[r.target]!.type === 'Country').map((r) => r.target));
  return states.size === 1 ? [...states][0] : undefined;
}

/** Events that are votes ("presidential election", "2022 referendum"). */
const VOTE = /\b(?:elections?|referendum|vote|polls?|run-?off|primary)$/;

/**
 * Adds the document-level structural facts to `out` (those already found by a sentence are kept as
 * they are). `homeCountry` is the country of the document's dateline, if it has one.
 */
export function documentStructure(sentences: SentenceInfo[], ents: DocEntities, out: LocalRelation[], homeCountry?: number): void {
  const have = new Set(out.map((r) => `${r.source}|${r.type}|${r.target}`));
  const first = new Map<number, number>();
  /** Seats of power that acted for their country, with that country's name. */
  const seats: [number, string][] = [];
  sentences.forEach((s, i) => {
    for (const m of s.mentions) {
      for (const r of m.refs) if (!first.has(r)) first.set(r, i);
      // A seat of power that acted for its country: the body itself, part of that country.
      if (m.gaz?.kind === 'seat' && m.gaz.country && m.refs.length === 1 && ents.list[m.refs[0]!]!.type === 'Country') {
        const seat = ents.get('Organization', m.gaz.canonical);
        ents.list[seat]!.mentions++;
        if (!first.has(seat)) first.set(seat, i);
        seats.push([seat, m.gaz.country]);
      }
    }
  });
  const add = (source: number, type: 'LOCATED_IN' | 'PART_OF', target: number, confidence: number): void => {
    const key = `${source}|${type}|${target}`;
    if (source === target || have.has(key) || !first.has(target)) return;
    have.add(key);
    out.push({ source, type, target, confidence, properties: {}, sentence: first.get(source)! });
  };
  ents.list.forEach((e, i) => {
    if (!first.has(i)) return;
    if (e.type === 'Place' && e.country) {
      const c = ents.find('Country', e.country);
      if (c !== undefined) add(i, 'LOCATED_IN', c, 0.5);
    }
    if (e.type !== 'Organization') return;
    const parent = BODY_PARENTS[e.name];
    if (parent) {
      const p = ents.find('Organization', parent) ?? ents.find('Country', parent);
      if (p !== undefined) add(i, 'PART_OF', p, 0.6);
    }
    const q = QUALIFIED.exec(e.name)?.[1];
    if (q) {
      const c = ents.find('Country', q);
      if (c !== undefined) add(i, 'PART_OF', c, 0.6);
    }
  });
  // A vote with no place told lies in the one country its first sentence names as an owner (a
  // demonym or a possessive: "Chileans voted in a referendum", "Peru's president … after an election"),
  // not a state named as another side ("the United States said the referendum was not free").
  const placed = new Set(out.filter((r) => r.type === 'LOCATED_IN').map((r) => r.source));
  ents.list.forEach((e, i) => {
    if (e.type !== 'Event' || placed.has(i) || !VOTE.test(e.name) || !first.has(i)) return;
    const c = ownerCountry(sentences[first.get(i)!]!, ents) ?? candidatesCountry(i, ents, out);
    if (c !== undefined) add(i, 'LOCATED_IN', c, 0.5);
  });
  // A state's institution named only by its kind ("the Senate", "Congress") is part of the one
  // country its first sentence names as an owner; under a dateline, only when that is the dateline's
  // country (a court in a report from one capital is not that of a state said to have meddled).
  const owned = new Set(out.filter((r) => r.type === 'PART_OF' || r.type === 'LOCATED_IN').map((r) => r.source));
  ents.list.forEach((e, i) => {
    if (e.type !== 'Organization' || owned.has(i) || !first.has(i) || !isInstitutionName(e.name)) return;
    const c = ownerCountry(sentences[first.get(i)!]!, ents);
    if (c !== undefined && (homeCountry === undefined || homeCountry === c)) add(i, 'PART_OF', c, 0.5);
  });
  // A town or district the gazetteer does not know, in a text that names one state and no other,
  // lies in that state ("fighting near the village of X", in a report about one country). Not a sea,
  // strait or region that spans states, nor a place the text has already put somewhere.
  const states = ents.list.flatMap((e, i) => (e.type === 'Country' && first.has(i) && !e.onlyDemonyms ? [i] : []));
  if (states.length === 1) {
    const placed2 = new Set(out.filter((r) => r.type === 'LOCATED_IN' || r.type === 'CAPITAL_OF' || r.type === 'CONTROLLED_BY').map((r) => r.source));
    const state = ents.list[states[0]!]!.name;
    ents.list.forEach((e, i) => {
      if (e.type !== 'Place' || e.country || placed2.has(i) || !first.has(i) || e.tentative || SPANNING_PLACE.test(e.name)) return;
      // (Nor a region or city the world's data puts in another state: "Ontario" in a text naming Peru.)
      const elsewhere = worldCountryOf(e.name);
      if (elsewhere && elsewhere !== state) return;
      add(i, 'LOCATED_IN', states[0]!, 0.4);
    });
  }
  // A state's office a title gave with no state written is of the one state a text names.
  officesOfTheOneState(sentences, ents, out, states, first);
  // Seats of power: "Kremlin" → Russia.
  for (const [seat, country] of seats) {
    const c = ents.find('Country', country);
    if (c !== undefined) add(seat, 'PART_OF', c, 0.6);
  }
}
