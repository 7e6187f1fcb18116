/**
 * Repository for explanations: shortest paths between two nodes with the evidence for every hop,
 * the evidence behind one relationship, and documents with the entities they mention.
 */
import type { ManagedTransaction, Node, Path, Relationship } from 'neo4j-driver';
import type { DocumentResponse, EdgeEvidenceResponse, EvidenceItem, PathResult } from '../../core/index.ts';
import { apiQuery, fillWhitelisted } from '../cypher-loader.ts';
import {
  int,
  nodeApiId,
  nodeToGraphNode,
  parseFactId,
  readQuery,
  relationshipApiId,
  relationshipTelling,
  relationshipToGraphEdge,
  toNative,
  displayName,
  nodeType,
  type Neo4jContext,
} from '../neo4j/index.ts';
import { HUB_LINKS, findNode } from './graph-reads.ts';

const K_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const HOP_VALUES = [1, 2, 3, 4, 5, 6] as const;
const EVIDENCE_PER_HOP = 5;
const EVIDENCE_PER_EDGE = 200;

function str(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : String(toNative(v));
}

/** Evidence sentences for fact ids, grouped by fact id. */
async function evidenceFor(tx: ManagedTransaction, relIds: string[], perRel: number) {
  const byRel = new Map<string, EvidenceItem[]>();
  if (relIds.length === 0) return byRel;
  const res = await tx.run(apiQuery('evidence-for-relationships'), { relIds, perRel: int(perRel) });
  for (const r of res.records) {
    const relId = String(r.get('relId'));
    const item: EvidenceItem = {
      documentId: String(r.get('documentId')),
      text: String(r.get('text')),
      start: Number(toNative(r.get('start'))),
      end: Number(toNative(r.get('end'))),
    };
    const title = str(r.get('documentTitle'));
    const published = str(r.get('publishedAt'));
    if (title !== undefined) item.documentTitle = title;
    if (published !== undefined) item.publishedAt = published;
    Object.assign(item, relationshipTelling({ status: r.get('status'), claimedBy: r.get('claimedBy'), date: r.get('date'), dateText: r.get('dateText') }));
    byRel.set(relId, [...(byRel.get(relId) ?? []), item]);
  }
  return byRel;
}

/** Options for `findPaths` (validated by the caller). */
export interface PathOptions {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  relTypes: string[];
  excluded: string[];
  /** Fact statuses a path never runs through (a relationship without one counts as asserted). */
  hiddenStatuses: string[];
}

const HUB_ROUTES_PER_END = 500;

function isSyntaxError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && code === 'Neo.ClientError.Statement.SyntaxError';
}

/** One step of a path, oriented from the path's start. */
interface Step {
  relationship: Relationship;
  start: Node;
  end: Node;
}

function stepsOf(path: Path): Step[] {
  return path.segments.map((s) => ({ relationship: s.relationship, start: s.start, end: s.end }));
}

/** Joins routes a→hub and b→hub into paths a→hub→b, without repeated nodes, of at most maxHops. */
export function joinAtHubs(fromA: Path[], fromB: Path[], maxHops: number): Step[][] {
  const byHub = new Map<string, Path[]>();
  for (const p of fromB) byHub.set(p.end.elementId, [...(byHub.get(p.end.elementId) ?? []), p]);
  const out: Step[][] = [];
  for (const pa of fromA) {
    for (const pb of byHub.get(pa.end.elementId) ?? []) {
      if (pa.length + pb.length > maxHops) continue;
      const back = stepsOf(pb)
        .reverse()
        .map((s) => ({ relationship: s.relationship, start: s.end, end: s.start }));
      const steps = [...stepsOf(pa), ...back];
      const seen = new Set([steps[0]!.start.elementId, ...steps.map((s) => s.end.elementId)]);
      if (seen.size === steps.length + 1) out.push(steps);
    }
  }
  return out;
}

const pathKey = (steps: Step[]) => steps.map((s) => s.relationship.elementId).join(',');

/**
 * Up to k shortest paths with evidence per hop; undefined when an endpoint does not exist.
 * Paths that cross no hub come from Neo4j's SHORTEST; when both ends are ordinary nodes, paths that
 * cross one hub are joined from the routes of each end to the hubs near it. Paths crossing two or
 * more hubs are not searched: each would expand tens of thousands of relationships and say little.
 */
export async function findPaths(ctx: Neo4jContext, opts: PathOptions): Promise<PathResult[] | undefined> {
  const ends = await readQuery(ctx, async (tx) => [await findNode(tx, opts.from), await findNode(tx, opts.to)]);
  const [a, b] = ends;
  if (!a || !b) return undefined;
  if (a.elementId === b.elementId) return [];
  const params = { from: a.elementId, to: b.elementId, relTypes: opts.relTypes, excluded: opts.excluded, hiddenStatuses: opts.hiddenStatuses, maxDegree: int(HUB_LINKS) };
  const allowed = { k: K_VALUES, maxHops: HOP_VALUES };
  const fill = (name: string) => fillWhitelisted(apiQuery(name), { k: opts.k, maxHops: opts.maxHops }, allowed);
  const run = (shortestQuery: string) =>
    readQuery(ctx, async (tx) => {
      const res = await tx.run(fill(shortestQuery), { ...params, k: int(opts.k) });
      const candidates = res.records.map((r) => stepsOf(r.get('p') as Path));
      if (opts.maxHops >= 2) {
        const ordinary = await tx.run(apiQuery('path-ends-ordinary'), params);
        if (ordinary.records[0]?.get('ok') === true) {
          const routes = async (from: string) =>
            (await tx.run(fill('hub-routes'), { ...params, from, limit: int(HUB_ROUTES_PER_END) })).records.map((r) => r.get('p') as Path);
          candidates.push(...joinAtHubs(await routes(a.elementId), await routes(b.elementId), opts.maxHops));
        }
      }
      const unique = new Map(candidates.map((steps) => [pathKey(steps), steps]));
      const paths = [...unique.values()].sort((x, y) => x.length - y.length).slice(0, opts.k);
      const factIds = new Set<string>();
      for (const p of paths) for (const s of p) factIds.add(relationshipApiId(s.relationship));
      const evidence = await evidenceFor(tx, [...factIds].filter((id) => parseFactId(id)), EVIDENCE_PER_HOP);
      return paths.map((p) => pathToResult(p, evidence));
    });
  try {
    return await run('shortest-paths');
  } catch (err) {
    if (isSyntaxError(err)) return run('shortest-paths-legacy');
    throw err;
  }
}

function pathToResult(steps: Step[], evidence: Map<string, EvidenceItem[]>): PathResult {
  const nodes = new Map<string, Node>([[steps[0]!.start.elementId, steps[0]!.start]]);
  for (const s of steps) nodes.set(s.end.elementId, s.end);
  const idOf = (eid: string) => {
    const n = nodes.get(eid);
    return n ? nodeApiId(n) : eid;
  };
  const hops = steps.map((s) => {
    const edge = relationshipToGraphEdge(s.relationship, idOf);
    return { from: nodeApiId(s.start), to: nodeApiId(s.end), edge, evidence: evidence.get(edge.id) ?? [] };
  });
  return {
    nodes: [...nodes.values()].map(nodeToGraphNode),
    edges: hops.map((h) => h.edge),
    hops,
    length: steps.length,
  };
}

/** A relationship and its evidence; undefined when absent. */
export async function readEdgeEvidence(ctx: Neo4jContext, id: string): Promise<EdgeEvidenceResponse | undefined> {
  return readQuery(ctx, async (tx) => {
    const fact = parseFactId(id);
    const res = fact
      ? await tx.run(apiQuery('edge-by-fact-id'), { id, ...fact })
      : await tx.run(apiQuery('edge-by-element-id'), { id });
    const record = res.records[0];
    if (!record) return undefined;
    const rel = record.get('r') as Relationship;
    const ends = [record.get('a') as Node, record.get('b') as Node];
    const idOf = (eid: string) => nodeApiId(ends.find((n) => n.elementId === eid) ?? ends[0]!);
    const edge = relationshipToGraphEdge(rel, idOf);
    const evidence = fact ? ((await evidenceFor(tx, [id], EVIDENCE_PER_EDGE)).get(id) ?? []) : [];
    return { edge, evidence };
  });
}

/** A document with its text and the entities it mentions; undefined when absent. */
export async function readDocument(ctx: Neo4jContext, id: string): Promise<DocumentResponse | undefined> {
  return readQuery(ctx, async (tx) => {
    const res = await tx.run(apiQuery('document'), { id });
    const doc = res.records[0]?.get('d') as Node | undefined;
    if (!doc) return undefined;
    const ents = await tx.run(apiQuery('document-entities'), { eid: doc.elementId });
    const p = doc.properties;
    const out: DocumentResponse = {
      id: nodeApiId(doc),
      title: typeof p['title'] === 'string' ? p['title'] : displayName(p, nodeApiId(doc)),
      text: typeof p['text'] === 'string' ? p['text'] : '',
      entities: ents.records.map((r) => {
        const e = r.get('e') as Node;
        const eid = nodeApiId(e);
        return { id: eid, name: displayName(e.properties, eid), type: nodeType(e.labels, e.properties), count: Number(toNative(r.get('count'))) };
      }),
    };
    for (const key of ['source', 'url', 'publishedAt'] as const) {
      const v = str(p[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  });
}
