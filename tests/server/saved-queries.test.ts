/**
 * Every saved query runs against a real Neo4j holding the sample corpus (read, extracted and loaded
 * like the product does). Expectations are derived from the extraction result, so each test checks
 * that the query finds exactly what the graph holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult, RelationRecord } from '../../core/index.ts';
import { factClass } from '../../ingest/load/plan-batch.ts';
import { loadSavedQueries } from '../../server/cypher-loader.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-client.ts';
import { loadSampleCorpus } from './sample-corpus.ts';

type Row = unknown[];
type Item = { id: string; name: string; type: string };

describe('saved queries on the sample corpus', () => {
  let driver: Driver;
  let api: TestApi;
  let data: ExtractionResult;
  const tested = new Set<string>();

  const run = async (name: string, params: Record<string, unknown> = {}) => {
    tested.add(name);
    const res = await api.post(`/api/queries/${name}`, { params });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { columns: string[]; rows: Row[]; graph: { nodes: Item[]; edges: Item[] }; truncated: boolean };
  };
  const col = (result: { columns: string[]; rows: Row[] }, column: string) => {
    const i = result.columns.indexOf(column);
    expect(i, column).toBeGreaterThanOrEqual(0);
    return result.rows.map((r) => r[i]);
  };
  const relsOf = (types: string[]) => data.relations.filter((r) => types.includes(r.type));
  const involves = (r: RelationRecord, id: string) => r.source === id || r.target === id;
  /** The class the loader stores for a fact of the extraction result, as `{cameo, quadClass}`. */
  const expectedClass = (relId: string) => factClass(data.relations.find((r) => r.id === relId)!);
  const classesOf = (result: { columns: string[]; rows: Row[] }) => {
    const quad = col(result, 'quadClass');
    return col(result, 'cameo').map((cameo, i) => ({ cameo, quadClass: quad[i] }));
  };
  const mentionedIn = (docId: string) =>
    new Set(data.entities.filter((e) => e.mentions?.[docId]).map((e) => e.id));

  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
    data = await loadSampleCorpus(driver);
    // This file runs more saved queries than one client may per minute (RATE_LIMIT_MAX).
    api = await startTestApi(driver, { rateLimit: { windowMs: 60_000, max: 1000 } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists every saved query with typed parameters', async () => {
    const { status, body } = await api.get('/api/queries');
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThanOrEqual(12);
    const links = body.find((q: { name: string }) => q.name === 'links-between-actors');
    expect(links.params).toContainEqual({ name: 'limit', type: 'integer', default: 50, description: 'paths returned' });
    expect(links.params.find((p: { name: string }) => p.name === 'actorA').default).toBeUndefined();
  });

  it('validates parameters against their declared types', async () => {
    const bad = [
      ['links-between-actors', { actorA: 'x' }],
      ['recent-documents', { limit: 'many' }],
      ['recent-documents', { limit: 2.5 }],
      ['recent-documents', { limit: 5, extra: true }],
      ['accusations-and-attacks', { actor: 42 }],
    ] as const;
    for (const [name, params] of bad) {
      const res = await api.post(`/api/queries/${name}`, { params });
      expect(res.status, `${name} ${JSON.stringify(params)}`).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
    }
    expect((await api.post('/api/queries/no-such-query', {})).status).toBe(404);
    const asText = await run('recent-documents', { limit: '2' });
    expect(asText.rows).toHaveLength(2);
  });

  it('links-between-actors: direct facts first, then links through one intermediary', async () => {
    const direct = relsOf(Object.keys(Object.fromEntries(data.relations.map((r) => [r.type, 1])))).filter(
      (r) => r.source.startsWith('country:') && r.target.startsWith('country:'),
    );
    const pair = direct[0]!;
    const res = await run('links-between-actors', { actorA: pair.source, actorB: pair.target });
    const hops = col(res, 'hops') as number[];
    const expectedDirect = data.relations.filter((r) => involves(r, pair.source) && involves(r, pair.target));
    expect(hops.filter((h) => h === 1)).toHaveLength(expectedDirect.length);
    expect([...hops].sort()).toEqual(hops);
    const viaIds = new Set(res.graph.nodes.map((n) => n.id));
    expect(viaIds.has(pair.source) && viaIds.has(pair.target)).toBe(true);
    const byName = await run('links-between-actors', {
      actorA: data.entities.find((e) => e.id === pair.source)!.name.toUpperCase(),
      actorB: pair.target,
    });
    expect(byName.rows).toHaveLength(res.rows.length);
  });

  it('country-treaties: treaties of a country with the other parties', async () => {
    const treatyRels = relsOf(['SIGNED', 'PARTY_TO', 'JOINED', 'WITHDREW_FROM']).filter(
      (r) => r.source.startsWith('country:') && r.target.startsWith('treaty:'),
    );
    const country = treatyRels[0]!.source;
    const res = await run('country-treaties', { country });
    const expected = treatyRels.filter((r) => r.source === country);
    expect((col(res, 'link') as Item[]).map((l) => l.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const row of res.rows) {
      const treaty = (row[0] as Item).id;
      const others = new Set(
        relsOf(['SIGNED', 'PARTY_TO', 'JOINED']).filter((r) => r.target === treaty && r.source !== country).map((r) => r.source),
      );
      expect((row[2] as string[]).length).toBe(others.size);
    }
  });

  it('aid-and-support-flows: every aid, supply and support fact, with amounts', async () => {
    const expected = relsOf(['PROVIDED_AID_TO', 'SUPPLIED', 'SUPPORTED']);
    expect(expected.length).toBeGreaterThan(0);
    const all = await run('aid-and-support-flows');
    expect((col(all, 'link') as Item[]).map((l) => l.id).sort()).toEqual(expected.map((r) => r.id).sort());
    const withAmount = expected.find((r) => r.properties?.['amount']);
    if (withAmount) {
      const row = all.rows.find((r) => (r[5] as Item).id === withAmount.id)!;
      expect(row[2]).toBe(withAmount.properties!['amount']);
    }
    const actor = expected[0]!.target;
    const one = await run('aid-and-support-flows', { actor });
    expect(one.rows).toHaveLength(expected.filter((r) => involves(r, actor)).length);
  });

  it('officials-by-country: office holders of a country', async () => {
    const offices = ['PRESIDENT_OF', 'PRIME_MINISTER_OF', 'LEADER_OF', 'MINISTER_OF', 'SPOKESPERSON_OF', 'HEAD_OF', 'OFFICIAL_OF'];
    const direct = relsOf(offices).filter((r) => r.target.startsWith('country:'));
    const country = direct[0]!.target;
    const res = await run('officials-by-country', { country });
    const officials = new Set((col(res, 'official') as Item[]).map((o) => o.id));
    for (const r of direct.filter((d) => d.target === country)) expect(officials.has(r.source), r.id).toBe(true);
    const all = await run('officials-by-country');
    expect(all.rows.length).toBe(relsOf(offices).length);
    const ofCountry = (rows: Row[]) => rows.map((r) => (r[5] as Item).id).sort();
    const name = data.entities.find((e) => e.id === country)!.name;
    expect(ofCountry(res.rows)).toEqual(ofCountry(all.rows.filter((r) => r[0] === name)));
    expect(ofCountry((await run('officials-by-country', { country: name.toUpperCase() })).rows)).toEqual(ofCountry(res.rows));
  });

  it('government-linked-organizations: bodies controlled by or part of a country', async () => {
    const tied = relsOf(['CONTROLLED_BY', 'PART_OF']).filter((r) => r.target.startsWith('country:') && r.source.startsWith('organization:'));
    const country = tied[0]!.target;
    const res = await run('government-linked-organizations', { country });
    const orgs = new Set((col(res, 'organization') as Item[]).map((o) => o.id));
    for (const r of tied.filter((t) => t.target === country)) expect(orgs.has(r.source), r.id).toBe(true);
    expect(res.graph.edges.length).toBeGreaterThan(0);
  });

  it('accusations-and-attacks: every hostile act, optionally for one actor', async () => {
    const hostile = relsOf(['ACCUSED', 'ATTACKED', 'INVADED', 'SANCTIONED', 'BLACKLISTED', 'CRITICIZED', 'OPPOSES']);
    expect(hostile.length).toBeGreaterThan(0);
    const all = await run('accusations-and-attacks');
    expect((col(all, 'link') as Item[]).map((l) => l.id).sort()).toEqual(hostile.map((r) => r.id).sort());
    // Each act with the CAMEO root and QuadClass the loader stored for it.
    expect(classesOf(all)).toEqual((col(all, 'link') as Item[]).map((l) => expectedClass(l.id)));
    expect((col(all, 'quadClass') as unknown[]).some((q) => q === 'verbal-conflict' || q === 'material-conflict')).toBe(true);
    const target = hostile[0]!.target;
    const one = await run('accusations-and-attacks', { actor: target });
    expect(one.rows).toHaveLength(hostile.filter((r) => involves(r, target)).length);
  });

  it('most-connected-actors: ranked by distinct fact partners', async () => {
    const partners = new Map<string, Set<string>>();
    for (const r of data.relations) {
      if (r.source === r.target) continue;
      partners.set(r.source, (partners.get(r.source) ?? new Set()).add(r.target));
      partners.set(r.target, (partners.get(r.target) ?? new Set()).add(r.source));
    }
    const max = Math.max(...[...partners.values()].map((s) => s.size));
    const res = await run('most-connected-actors', { limit: 5 });
    const counts = col(res, 'partners') as number[];
    expect(counts[0]).toBe(max);
    expect(partners.get((res.rows[0]![0] as Item).id)!.size).toBe(max);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const people = await run('most-connected-actors', { type: 'Person' });
    expect((col(people, 'type') as string[]).every((t) => t === 'Person')).toBe(true);
  });

  it('shared-entities-between-documents: the intersection of what two articles mention', async () => {
    const ids = data.documents.map((d) => d.id);
    let best: [string, string, Set<string>] = [ids[0]!, ids[1]!, new Set()];
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const common = new Set([...mentionedIn(a)].filter((e) => mentionedIn(b).has(e)));
        if (common.size > best[2].size) best = [a, b, common];
      }
    expect(best[2].size).toBeGreaterThan(0);
    const res = await run('shared-entities-between-documents', { documentA: best[0], documentB: best[1] });
    expect((col(res, 'entity') as Item[]).map((e) => e.id).sort()).toEqual([...best[2]].sort());
    const title = data.documents.find((d) => d.id === best[0])!.title;
    const byTitle = await run('shared-entities-between-documents', { documentA: title, documentB: best[1] });
    expect((col(byTitle, 'entity') as Item[]).map((e) => e.id).sort()).toEqual([...best[2]].sort());
  });

  it('co-mentioned-actors: pairs named in one sentence with no fact between them, by sentences', async () => {
    const pairs = data.coMentions ?? [];
    expect(pairs.length).toBeGreaterThan(0);
    const max = Math.max(...pairs.map((c) => c.count));
    const res = await run('co-mentioned-actors', { limit: 1000 });
    expect(res.rows).toHaveLength(pairs.length);
    expect((col(res, 'sentences') as number[])[0]).toBe(max);
    expect((col(res, 'link') as Item[]).map((l) => l.id).sort()).toEqual(pairs.map((c) => c.id).sort());
    const most = Math.max(...pairs.map((c) => c.documents.length));
    const strict = await run('co-mentioned-actors', { minDocuments: most, limit: 1000 });
    expect(strict.rows).toHaveLength(pairs.filter((c) => c.documents.length === most).length);
    const a = pairs.find((c) => c.count === max)!.source;
    const one = await run('co-mentioned-actors', { actor: a, limit: 1000 });
    expect((col(one, 'actor') as Item[]).every((x) => x.id === a)).toBe(true);
    expect(one.rows).toHaveLength(pairs.filter((c) => c.source === a || c.target === a).length);
  });

  it('claims-and-denials: every sentence alleging or denying an act involving an actor, or claimed by it', async () => {
    const told = (r: RelationRecord, v: RelationRecord['evidence'][number]) => v.status ?? r.status ?? 'asserted';
    const counts = new Map<string, number>();
    for (const r of data.relations) for (const v of r.evidence) {
      const ids = new Set<string>(v.claimedBy ?? []);
      if (['alleged', 'denied', 'negated'].includes(told(r, v)) && ['alleged', 'denied', 'negated'].includes(r.status ?? 'asserted')) ids.add(r.source).add(r.target);
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const actor = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? data.relations[0]!.source;
    const res = await run('claims-and-denials', { actor, limit: 1000 });
    expect(res.rows).toHaveLength(counts.get(actor) ?? 0);
    expect((col(res, 'status') as string[]).every((st) => ['alleged', 'denied', 'negated', 'planned', 'asserted'].includes(st))).toBe(true);
  });

  it('cooperation-vs-conflict: events between two actors per month and QuadClass', async () => {
    const classed = data.relations.filter((r) => factClass(r).quadClass && ['asserted', 'alleged'].includes(r.status ?? 'asserted') && r.source !== r.target);
    const byPair = new Map<string, RelationRecord[]>();
    for (const r of classed) {
      const key = [r.source, r.target].sort().join(' ');
      byPair.set(key, [...(byPair.get(key) ?? []), r]);
    }
    const [pair, rels] = [...byPair.entries()].sort((x, y) => y[1].length - x[1].length)[0]!;
    const [a, b] = pair.split(' ');
    const res = await run('cooperation-vs-conflict', { countryA: a, countryB: b });
    const sentences = col(res, 'sentences') as number[];
    expect(sentences.reduce((x, y) => x + y, 0)).toBe(rels.reduce((n, r) => n + r.evidence.length, 0));
    const quads = new Set(col(res, 'quadClass') as string[]);
    expect(quads).toEqual(new Set(rels.map((r) => factClass(r).quadClass)));
    const months = col(res, 'month') as Array<string | null>;
    expect(months.every((m) => m === null || /^\d{4}-\d{2}$/.test(m))).toBe(true);
  });

  it('actor-timeline: every asserted or alleged fact of an actor with its sentence, oldest first', async () => {
    const degree = new Map<string, number>();
    for (const r of data.relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + r.evidence.length);
    const actor = [...degree.entries()].sort((x, y) => y[1] - x[1])[0]![0];
    const res = await run('actor-timeline', { actor, limit: 1000 });
    const shown = (r: RelationRecord) => ['asserted', 'alleged'].includes(r.status ?? 'asserted');
    const evidence = data.relations.filter((r) => involves(r, actor) && shown(r)).flatMap((r) => r.evidence);
    expect(res.rows).toHaveLength(evidence.length);
    expect(new Set(col(res, 'sentence') as string[])).toEqual(new Set(evidence.map((e) => e.text)));
    expect(classesOf(res)).toEqual((col(res, 'link') as Item[]).map((l) => expectedClass(l.id)));
    const dates = (col(res, 'date') as Array<string | null>).filter((d): d is string => d !== null);
    expect([...dates].sort()).toEqual(dates);
  });

  it('documents-mentioning-both: articles that mention both actors', async () => {
    const docsOf = (id: string) => new Set(Object.keys(data.entities.find((e) => e.id === id)?.mentions ?? {}));
    const multi = data.entities.filter((e) => Object.keys(e.mentions ?? {}).length > 1);
    const [a, b] = [multi[0]!.id, multi[1]!.id];
    const expected = [...docsOf(a)].filter((d) => docsOf(b).has(d));
    const res = await run('documents-mentioning-both', { actorA: a, actorB: b });
    expect((col(res, 'id') as string[]).sort()).toEqual(expected.sort());
  });

  it('recent-documents: every loaded document with its entity count', async () => {
    const res = await run('recent-documents', { limit: 100 });
    expect((col(res, 'id') as string[]).sort()).toEqual(data.documents.map((d) => d.id).sort());
    for (const row of res.rows) expect(row[5]).toBe(mentionedIn(row[0] as string).size);
    expect(col(res, 'ingestedAt').every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
  });

  it('meetings-and-talks: meetings, negotiations and cooperation', async () => {
    const expected = relsOf(['MET_WITH', 'NEGOTIATED_WITH', 'COOPERATES_WITH', 'THANKED']);
    const res = await run('meetings-and-talks');
    expect((col(res, 'link') as Item[]).map((l) => l.id).sort()).toEqual(expected.map((r) => r.id).sort());
    const actor = expected[0]!.source;
    const mine = expected.filter((r) => involves(r, actor)).map((r) => r.id).sort();
    const one = await run('meetings-and-talks', { actor, limit: 1000 });
    expect((col(one, 'link') as Item[]).map((l) => l.id).sort()).toEqual(mine);
    const entity = data.entities.find((e) => e.id === actor)!;
    const byName = await run('meetings-and-talks', { actor: entity.name.toLowerCase(), limit: 1000 });
    expect((col(byName, 'link') as Item[]).map((l) => l.id).sort()).toEqual(mine);
  });

  it('fact listings find an actor by alias in any case, and take quotes and backslashes as plain text', async () => {
    const kinds = { 'accusations-and-attacks': ['ACCUSED', 'ATTACKED', 'INVADED', 'SANCTIONED', 'BLACKLISTED', 'CRITICIZED', 'OPPOSES'],
      'aid-and-support-flows': ['PROVIDED_AID_TO', 'SUPPLIED', 'SUPPORTED'],
      'meetings-and-talks': ['MET_WITH', 'NEGOTIATED_WITH', 'COOPERATES_WITH', 'THANKED'],
      'memberships-and-alliances': ['MEMBER_OF', 'JOINED', 'WITHDREW_FROM'] };
    let checked = 0;
    for (const [name, types] of Object.entries(kinds)) {
      const facts = relsOf(types);
      const aliased = data.entities.find((e) => e.aliases.some((al) => al.length > 1) && facts.some((r) => involves(r, e.id)));
      if (aliased) {
        const alias = aliased.aliases.find((al) => al.length > 1)!;
        const owners = data.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === alias.toLowerCase()));
        const expected = facts.filter((r) => owners.some((o) => involves(r, o.id))).map((r) => r.id).sort();
        const res = await run(name, { actor: alias.toUpperCase(), limit: 1000 });
        expect((col(res, 'link') as Item[]).map((l) => l.id).sort(), `${name} ${alias}`).toEqual(expected);
        checked++;
      }
      for (const odd of ['"', '\\', 'a "quoted" \\ name', '   ', '*', 'AND']) expect((await run(name, { actor: odd })).rows, `${name} ${odd}`).toHaveLength(0);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('memberships-and-alliances: memberships, joinings and withdrawals', async () => {
    const expected = relsOf(['MEMBER_OF', 'JOINED', 'WITHDREW_FROM']);
    const res = await run('memberships-and-alliances');
    expect((col(res, 'link') as Item[]).map((l) => l.id).sort()).toEqual(expected.map((r) => r.id).sort());
    const organization = expected[0]!.target;
    const one = await run('memberships-and-alliances', { actor: organization, limit: 1000 });
    expect((col(one, 'link') as Item[]).map((l) => l.id).sort()).toEqual(expected.filter((r) => involves(r, organization)).map((r) => r.id).sort());
  });

  it('has a test for every saved query', () => {
    expect([...tested].sort()).toEqual([...loadSavedQueries().keys()].sort());
  });
});
