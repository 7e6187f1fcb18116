/**
 * Generates a large graph in our data model straight into Neo4j (no extraction, no documents):
 * `:Entity:<Type>` nodes with id/name/aliases/aliasText, and typed facts with id, evidenceCount,
 * documentIds and confidence. Endpoints follow a Zipf law, so a few entities (countries first) are
 * hubs with tens of thousands of links and most have a handful. Written in batches of UNWIND rows,
 * one transaction each, into an empty database; the schema (constraints, full-text index) is built
 * afterwards, as a bulk import would, because populating an index once is far cheaper than updating
 * it on every commit. Relationships find their endpoints by the element ids the entity batches
 * returned, and the next batch is generated while the previous ones are being written.
 */
import type { Driver } from 'neo4j-driver';
import type { EntityType, RelationType } from '../../core/index.ts';
import { RELATION_TYPE_NAMES, relationId, slugify } from '../../core/index.ts';
import { COUNTRIES, brandWord, personName, placeName } from '../corpus/names.ts';
import { createRng, createZipf } from '../corpus/prng.ts';
import { applySchema } from '../../ingest/load/index.ts';
import { log, round } from '../lib/stats.ts';

export interface BigGraphOptions {
  entities: number;
  relationships: number;
  seed?: number;
  /** Zipf exponent of relationship endpoints (default 0.8). */
  skew?: number;
  batchSize?: number;
  /** Batches written at the same time (default 2). */
  inFlight?: number;
  /** Stop writing relationships after this long (the result says how many were written). */
  budgetMs?: number;
  /** Stop writing entities after this long; relationships then join only the entities written. */
  entityBudgetMs?: number;
}

export interface BigGraphEntity {
  id: string;
  type: EntityType;
  name: string;
}

export interface BigGraphResult {
  entities: number;
  relationships: number;
  entityMs: number;
  relationshipMs: number;
  entitiesPerSec: number;
  relsPerSec: number;
  /** Time to build the constraints and indexes over the written graph. */
  schemaMs: number;
  /** True when the time budget ended relationship writing before the requested count. */
  truncated: boolean;
  /** Degree of the top hubs (by generation, in + out). */
  hubDegrees: number[];
}

const TYPES_BY_SHARE: [EntityType, number][] = [['Person', 0.45], ['Organization', 0.27], ['Place', 0.13], ['Event', 0.09], ['Treaty', 0.06]];

/** The entity at index `i` (pure: the query benchmark regenerates names to search for). */
export function bigGraphEntity(seed: number, i: number): BigGraphEntity {
  if (i < COUNTRIES.length) {
    const name = COUNTRIES[i]![0];
    return { id: `country:${slugify(name)}`, type: 'Country', name };
  }
  const rng = createRng((seed * 0x51ed27 + i * 0x2c1b3c6d) >>> 0);
  let u = rng.next();
  let type: EntityType = 'Person';
  for (const [t, share] of TYPES_BY_SHARE) {
    if (u < share) {
      type = t;
      break;
    }
    u -= share;
  }
  let name: string;
  if (type === 'Person') {
    const p = personName(rng);
    name = `${p.first} ${p.last}`;
  } else if (type === 'Organization') name = `${brandWord(rng)} ${rng.pick(['Group', 'University', 'Front', 'Party', 'Council', 'Agency'])}`;
  else if (type === 'Place') name = placeName(rng);
  else if (type === 'Event') name = `${placeName(rng)} ${rng.pick(['summit', 'talks', 'forum'])} ${rng.range(2000, 2026)}`;
  else name = `${placeName(rng)} ${rng.pick(['Accord', 'Treaty', 'Pact'])}`;
  // Names repeat in a million draws; the index keeps ids unique, as a real resolver would disambiguate.
  return { id: `${type.toLowerCase()}:${slugify(name)}-${i.toString(36)}`, type, name };
}

function relType(src: EntityType, tgt: EntityType, u: number): RelationType {
  const pickFrom = (types: RelationType[]) => types[Math.floor(u * types.length)]!;
  if (tgt === 'Treaty') return pickFrom(['SIGNED', 'PARTY_TO', 'WITHDREW_FROM']);
  if (tgt === 'Event') return pickFrom(['ATTENDED', 'HOSTED', 'INVOLVED_IN']);
  if (tgt === 'Place') return pickFrom(['LOCATED_IN', 'ATTACKED', 'HOSTED']);
  if (src === 'Person' && tgt === 'Person') return pickFrom(['MET_WITH', 'CRITICIZED', 'ACCUSED', 'THANKED']);
  if (src === 'Person') return pickFrom(['MEMBER_OF', 'HEAD_OF', 'SPOKESPERSON_OF', 'OFFICIAL_OF', 'MINISTER_OF', 'CITIZEN_OF']);
  if (tgt === 'Country') return pickFrom(['PROVIDED_AID_TO', 'SANCTIONED', 'SUPPORTED', 'ACCUSED', 'COOPERATES_WITH', 'SUPPLIED']);
  return pickFrom(['CONTROLLED_BY', 'PART_OF', 'BLACKLISTED', 'SUPPORTED', 'RELATED_TO', 'OPPOSES']);
}

const TYPE_INDEX = new Map(RELATION_TYPE_NAMES.map((t, i) => [t, i]));

const ENTITY_QUERY = `UNWIND $rows AS row
CREATE (e:Entity:$(row.type) {id: row.id, type: row.type, name: row.name, aliases: row.aliases, aliasText: row.aliasText})
RETURN elementId(e) AS eid`;

const REL_QUERY = `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.t
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.p`;

async function write(driver: Driver, query: string, rows: unknown[]): Promise<string[]> {
  const session = driver.session({ database: 'neo4j' });
  try {
    const res = await session.executeWrite((tx) => tx.run(query, { rows }));
    return res.records.map((r) => r.get(0) as string);
  } finally {
    await session.close();
  }
}

/** Keeps up to `limit` writes running; `push` waits only when that many are already running. */
function writeQueue(limit: number) {
  const running = new Set<Promise<unknown>>();
  return {
    async push(job: () => Promise<unknown>): Promise<void> {
      while (running.size >= limit) await Promise.race(running);
      const p: Promise<unknown> = job().finally(() => running.delete(p));
      running.add(p);
    },
    async drain(): Promise<void> {
      await Promise.all(running);
    },
  };
}

/**
 * Writes the graph. Relationships are generated source by source (out-degree ∝ Zipf weight, targets
 * drawn from the same Zipf), so duplicates are removed with a per-source set and memory stays small.
 */
export async function generateBigGraph(driver: Driver, opts: BigGraphOptions): Promise<BigGraphResult> {
  const seed = opts.seed ?? 7;
  let n = opts.entities;
  const batchSize = opts.batchSize ?? 10_000;
  const types: EntityType[] = new Array(n);
  const ids: string[] = new Array(n);
  const eids: string[] = new Array(n);
  const queue = writeQueue(Math.max(1, opts.inFlight ?? 2));

  let t0 = performance.now();
  const entityDeadline = t0 + (opts.entityBudgetMs ?? Infinity);
  let rows: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const e = bigGraphEntity(seed, i);
    types[i] = e.type;
    ids[i] = e.id;
    const aliases = e.type === 'Person' ? [e.name.split(' ').pop()!] : i < COUNTRIES.length ? [...COUNTRIES[i]![3]] : [];
    rows.push({ id: e.id, type: e.type, name: e.name, aliases, aliasText: [e.name, ...aliases].join(' | ') });
    if (rows.length === batchSize || i === n - 1) {
      const batch = rows;
      const first = i + 1 - batch.length;
      await queue.push(async () => (await write(driver, ENTITY_QUERY, batch)).forEach((eid, k) => (eids[first + k] = eid)));
      rows = [];
      if ((i + 1) % (batchSize * 20) === 0) log(`big graph: ${i + 1} entities (${round((i + 1) / ((performance.now() - t0) / 1000))}/s)`);
      if (performance.now() > entityDeadline && i < n - 1) {
        n = i + 1;
        break;
      }
    }
  }
  await queue.drain();
  const entityMs = performance.now() - t0;

  // Fewer entities than asked (budget): keep the asked ratio of relationships per entity.
  const target = Math.round((opts.relationships * n) / opts.entities);
  const skew = opts.skew ?? 0.8;
  const zipf = createZipf(n, skew);
  let weightSum = 0;
  for (let k = 1; k <= n; k++) weightSum += 1 / Math.pow(k, skew);
  const rng = createRng(seed ^ 0xbadc0de);
  const degree = new Uint32Array(Math.min(n, 20));
  t0 = performance.now();
  let written = 0;
  let carry = 0;
  // Sources in a fixed pseudo-random order, so a run cut short by its budget is a fair sample.
  const step = n % 1_000_003 === 0 ? 999_983 : 1_000_003;
  const deadline = performance.now() + (opts.budgetMs ?? Infinity);
  let truncated = false;
  for (let k = 0; k < n && written < target; k++) {
    if (performance.now() > deadline) {
      truncated = true;
      break;
    }
    const s = (k * step) % n;
    const exact = (target * (1 / Math.pow(s + 1, skew))) / weightSum + carry;
    let out = Math.floor(exact);
    carry = exact - out;
    out = Math.min(out, target - written);
    const seen = new Set<number>();
    for (let j = 0, tries = 0; j < out && tries < out * 4; tries++) {
      const t = zipf.sample(rng);
      const u = rng.next();
      const type = relType(types[s]!, types[t]!, u);
      const key = t * 64 + TYPE_INDEX.get(type)!;
      if (t === s || seen.has(key)) continue;
      seen.add(key);
      const id = relationId(ids[s]!, type, ids[t]!);
      const p: Record<string, unknown> = { id, evidenceCount: 1 + (rng.int(8) === 0 ? rng.int(5) : 0), documentIds: [`syn-${rng.int(1_000_000)}`], confidence: 0.5 + rng.int(50) / 100 };
      if (type === 'PROVIDED_AID_TO') p.amount = `US$${rng.range(1, 900)} million`;
      rows.push({ s: eids[s], t: eids[t], type, p });
      if (s < degree.length) degree[s]!++;
      if (t < degree.length) degree[t]!++;
      written++;
      j++;
      if (rows.length === batchSize) {
        const batch = rows;
        await queue.push(() => write(driver, REL_QUERY, batch));
        rows = [];
        if (written % (batchSize * 50) === 0) log(`big graph: ${written} relationships (${round(written / ((performance.now() - t0) / 1000))}/s)`);
      }
    }
  }
  if (rows.length) await write(driver, REL_QUERY, rows);
  await queue.drain();
  const relationshipMs = performance.now() - t0;
  t0 = performance.now();
  await applySchema(driver);
  const schemaMs = performance.now() - t0;
  log(`big graph: constraints and indexes built in ${round(schemaMs / 1000)} s`);
  return {
    entities: n,
    relationships: written,
    entityMs: round(entityMs),
    relationshipMs: round(relationshipMs),
    entitiesPerSec: round(n / (entityMs / 1000)),
    relsPerSec: round(written / (relationshipMs / 1000)),
    schemaMs: round(schemaMs),
    truncated: truncated || n < opts.entities,
    hubDegrees: [...degree].slice(0, 5),
  };
}
