/**
 * The synthetic world the corpus talks about: countries (real), and invented people, organizations,
 * treaties, events and places. Actors are made lazily from (pool, rank) with their own forked random
 * stream, so a pool of a million costs nothing until used and rank k is the same actor in every run.
 * Articles draw ranks through a Zipf law: a few actors are everywhere, most appear once or twice.
 */
import type { EntityType, RelationType } from '../../core/index.ts';
import { entityId } from '../../core/index.ts';
import { createRng, createZipf, type Rng, type Zipf } from './prng.ts';
import {
  ARMED_SUFFIXES, BLOC_WORDS, COMPANY_SUFFIXES, COUNTRIES, EVENT_KINDS, MINISTRIES, PARTY_NAMES,
  TREATY_KINDS, TREATY_TOPICS, brandWord, personName, placeName,
} from './names.ts';

/** One thing an article can mention. `links` are facts true of it in every article (roles, seats). */
export interface Actor {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** How prose refers to it after the first mention ("Dravenko", "the ministry"). */
  short: string;
  /** Adjective for countries ("Kenyan"). */
  demonym?: string;
  /** Title used before a person's name ("Foreign Minister"). */
  title?: string;
  /** Standing facts: role of a person, seat of an organization, country of a city. */
  links: { type: RelationType; target: Actor }[];
  kind?: string;
}

export interface WorldOptions {
  seed: number;
  people: number;
  organizations: number;
  places: number;
  treaties: number;
  events: number;
}

export interface World {
  countries: Actor[];
  country(rng: Rng): Actor;
  person(rng: Rng): Actor;
  organization(rng: Rng): Actor;
  place(rng: Rng): Actor;
  treaty(rng: Rng): Actor;
  event(rng: Rng): Actor;
  ministry(country: Actor, portfolio: string): Actor;
  leader(country: Actor): Actor;
}

function actor(type: EntityType, name: string, extra: Partial<Actor> = {}): Actor {
  return { id: entityId(type, name), type, name, aliases: [], short: name, links: [], ...extra };
}

/** Builds the world for a seed and pool sizes. Pure and deterministic. */
export function createWorld(opts: WorldOptions): World {
  const countries = COUNTRIES.map(([name, demonym, , aliases]) => actor('Country', name, { demonym, aliases: [...aliases] }));
  const capitals = COUNTRIES.map(([, , capital], i) => actor('Place', capital, { kind: 'capital', links: [{ type: 'CAPITAL_OF', target: countries[i]! }] }));
  const countryZipf = createZipf(countries.length, 1.1);
  const cache = new Map<string, Actor>();
  const memo = (key: string, make: () => Actor): Actor => {
    let a = cache.get(key);
    if (!a) cache.set(key, (a = make()));
    return a;
  };
  const streamOf = (pool: number, rank: number) => createRng((opts.seed * 7919 + pool * 104729 + rank * 2654435761) >>> 0);
  const countryOf = (r: Rng) => countries[countryZipf.sample(r)]!;

  const ministry = (country: Actor, portfolio: string) =>
    memo(`min:${country.id}:${portfolio}`, () =>
      actor('Organization', `${country.name} Ministry of ${portfolio}`, {
        kind: 'ministry', short: 'the ministry', aliases: [`${country.demonym} ${portfolio} Ministry`],
        links: [{ type: 'PART_OF', target: country }],
      }));

  const place = (rank: number) =>
    memo(`place:${rank}`, () => {
      const r = streamOf(1, rank);
      if (rank < capitals.length) return capitals[rank]!;
      const name = placeName(r);
      return actor('Place', r.chance(0.3) ? `${name} Province` : name, { links: [{ type: 'LOCATED_IN', target: countryOf(r) }] });
    });

  const organization = (rank: number) =>
    memo(`org:${rank}`, () => {
      const r = streamOf(2, rank);
      const c = countryOf(r);
      const u = r.next();
      const seat = place(r.int(Math.min(opts.places, 400)));
      if (u < 0.3) {
        const name = `${brandWord(r)} ${r.pick(COMPANY_SUFFIXES)}`;
        return actor('Organization', name, { kind: 'company', short: name.split(' ')[0]!, links: [{ type: 'LOCATED_IN', target: seat }] });
      }
      if (u < 0.5) {
        const name = r.chance(0.5) ? `${placeName(r)} University` : `University of ${placeName(r)}`;
        return actor('Organization', name, { kind: 'university', short: 'the university', links: [{ type: 'LOCATED_IN', target: c }] });
      }
      if (u < 0.62) {
        const name = `${placeName(r)} ${r.pick(ARMED_SUFFIXES)}`;
        return actor('Organization', name, { kind: 'armed', short: 'the group', links: [{ type: 'LOCATED_IN', target: c }] });
      }
      if (u < 0.72) {
        const name = `${brandWord(r)} News Agency`;
        return actor('Organization', name, { kind: 'agency', short: name.split(' ')[0]!, links: [{ type: 'LOCATED_IN', target: c }] });
      }
      if (u < 0.86) {
        const name = `${c.demonym} ${r.pick(PARTY_NAMES)}`;
        return actor('Organization', name, { kind: 'party', short: 'the party', links: [{ type: 'LOCATED_IN', target: c }] });
      }
      const words = BLOC_WORDS.map((w) => r.pick(w));
      const name = `${words.join(' ')}`;
      const acronym = words.map((w) => w[0]).join('');
      return actor('Organization', name, { kind: 'bloc', short: acronym, aliases: [acronym] });
    });

  const person = (rank: number) =>
    memo(`person:${rank}`, () => {
      const r = streamOf(3, rank);
      const { first, last } = personName(r);
      const c = countryOf(r);
      const u = r.next();
      let title: string;
      let link: Actor['links'][number];
      if (u < 0.35) {
        const portfolio = r.pick(MINISTRIES);
        title = `${portfolio === 'Foreign Affairs' ? 'Foreign' : portfolio} Minister`;
        link = { type: 'MINISTER_OF', target: ministry(c, portfolio) };
      } else if (u < 0.5) {
        title = 'spokesperson';
        link = { type: 'SPOKESPERSON_OF', target: ministry(c, r.pick(MINISTRIES)) };
      } else if (u < 0.62) {
        title = 'Ambassador';
        link = { type: 'OFFICIAL_OF', target: c };
      } else {
        const org = organization(r.int(opts.organizations));
        title = org.kind === 'company' ? 'chief executive' : org.kind === 'university' ? 'rector' : 'leader';
        link = { type: org.kind === 'company' || org.kind === 'university' ? 'HEAD_OF' : 'LEADER_OF', target: org };
      }
      return actor('Person', `${first} ${last}`, { short: last, aliases: [last], title, demonym: c.demonym, links: [link] });
    });

  const leaders = countries.map((c, i) =>
    memo(`leader:${i}`, () => {
      const r = streamOf(4, i);
      const { first, last } = personName(r);
      const president = r.chance(0.6);
      return actor('Person', `${first} ${last}`, {
        short: last, aliases: [last], title: president ? 'President' : 'Prime Minister', demonym: c.demonym,
        links: [{ type: president ? 'PRESIDENT_OF' : 'PRIME_MINISTER_OF', target: c }],
      });
    }));

  const treaty = (rank: number) =>
    memo(`treaty:${rank}`, () => {
      const r = streamOf(5, rank);
      const name = `${placeName(r)} ${r.pick(TREATY_KINDS)}${r.chance(0.5) ? ' ' + r.pick(TREATY_TOPICS) : ''}`;
      return actor('Treaty', name, { short: `the ${name.split(' ')[1]!.toLowerCase()}` });
    });

  const event = (rank: number) =>
    memo(`event:${rank}`, () => {
      const r = streamOf(6, rank);
      const host = place(r.int(Math.min(opts.places, 200)));
      const name = `${host.name.replace(/ Province$/, '')} ${r.pick(EVENT_KINDS)} ${r.range(2015, 2026)}`;
      return actor('Event', name, { short: 'the meeting', links: [{ type: 'LOCATED_IN', target: host }] });
    });

  const draw = (z: Zipf, make: (rank: number) => Actor) => (rng: Rng) => make(z.sample(rng));
  return {
    countries,
    country: countryOf,
    person: draw(createZipf(opts.people, 1.0), person),
    organization: draw(createZipf(opts.organizations, 1.0), organization),
    place: draw(createZipf(opts.places, 1.0), place),
    treaty: draw(createZipf(opts.treaties, 0.9), treaty),
    event: draw(createZipf(opts.events, 0.9), event),
    ministry,
    leader: (c) => leaders[countries.indexOf(c)]!,
  };
}
