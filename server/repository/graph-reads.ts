/**
 * Repository for the explorer's reads: schema, search, nodes and neighbourhoods. Every function
 * takes a Neo4jContext, runs Cypher loaded by name from `cypher/api/`, and returns plain objects in
 * the API's shapes (never driver types).
 */
import type { Node, Relationship } from 'neo4j-driver';
import { NEO4J, OUR_LABELS, type GraphEdge, type NodeDetail, type SchemaInfo, type SearchResult } from '../../core/index.ts';
import { apiQuery } from '../cypher-loader.ts';
import {
  int,
  nodeApiId,
  nodeToGraphNode,
  nodeType,
  displayName,
  readQuery,
  relationshipToGraphEdge,
  runToObjects,
  toNative,
  type Neo4jContext,
} from '../neo4j/index.ts';
import type { ManagedTransaction } from 'neo4j-driver';

/** Finds a node by API id inside a transaction; undefined when absent. */
export async function findNode(tx: ManagedTransaction, id: string): Promise<Node | undefined> {
  const res = await tx.run(apiQuery('resolve-node'), { id });
  return res.records[0]?.get('n') as Node | undefined;
}

type LabelCount = SchemaInfo['labels'][number];
type TypeCount = SchemaInfo['relationshipTypes'][number];
const byCount = <T extends { count: number }>(key: (x: T) => string) => (a: T, b: T) =>
  b.count - a.count || key(a).localeCompare(key(b));

/**
 * Labels and relationship types with counts: from the count store when `db.stats.retrieve` is
 * allowed (constant time), else by scanning.
 */
export async function readSchema(ctx: Neo4jContext): Promise<SchemaInfo> {
  let info: SchemaInfo;
  try {
    info = await readQuery(ctx, async (tx) => {
      const [row] = await runToObjects(tx, apiQuery('schema-counts'));
      return {
        labels: (row?.['labels'] ?? []) as LabelCount[],
        relationshipTypes: (row?.['relationshipTypes'] ?? []) as TypeCount[],
      };
    });
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    if (typeof code !== 'string' || !/Procedure|Security/.test(code)) throw err;
    info = await readQuery(ctx, async (tx) => ({
      labels: (await runToObjects(tx, apiQuery('schema-labels'))) as LabelCount[],
      relationshipTypes: (await runToObjects(tx, apiQuery('schema-relationship-types'))) as TypeCount[],
    }));
  }
  return {
    labels: info.labels.map((l) => ({ label: String(l.label), count: Number(l.count) })).sort(byCount((x) => x.label)),
    relationshipTypes: info.relationshipTypes
      .map((t) => ({ type: String(t.type), count: Number(t.count) }))
      .sort(byCount((x) => x.type)),
  };
}

function nodeToSearchResult(node: Node, score: number): SearchResult {
  const id = nodeApiId(node);
  const aliases = node.properties['aliases'];
  return {
    id,
    name: displayName(node.properties, id),
    type: nodeType(node.labels, node.properties),
    score,
    ...(Array.isArray(aliases) ? { aliases: aliases.filter((a): a is string => typeof a === 'string') } : {}),
  };
}

/** Full-text search over our `entity_text` index (`lucene` must already be escaped). */
export async function searchFullText(
  ctx: Neo4jContext,
  lucene: string,
  types: string[],
  limit: number,
): Promise<SearchResult[]> {
  return readQuery(ctx, async (tx) => {
    const fetch = types.length ? Math.min(limit * 10, 1000) : limit;
    const res = await tx.run(apiQuery('search-fulltext'), { lucene, fetch: int(fetch), limit: int(limit), types });
    return res.records.map((r) => nodeToSearchResult(r.get('node') as Node, Number(toNative(r.get('score')))));
  });
}

/** Whether the graph holds any of our entities (decides whether search may fall back to a scan). */
export async function hasEntities(ctx: Neo4jContext): Promise<boolean> {
  return readQuery(ctx, async (tx) => (await tx.run(apiQuery('has-entities'))).records.length > 0);
}

/** What search needs to know about a graph: whether our full-text index is there, and whether any label is not ours. */
export interface SearchProfile {
  ourIndex: boolean;
  foreignLabels: boolean;
}

const isPrivilegeError = (err: unknown) => /^Neo\.ClientError\.(Security|Procedure)\./.test(String((err as { code?: unknown })?.code ?? ''));

/**
 * Reads the search profile (index metadata and labels: no scan). A user without the privilege to
 * list indexes or labels gets the cautious answer: try the index (a missing one falls back to a
 * scan) and add the scan's finds.
 */
export async function readSearchProfile(ctx: Neo4jContext): Promise<SearchProfile> {
  const ask = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      if (isPrivilegeError(err)) return fallback;
      throw err;
    }
  };
  const ourIndex = await ask(
    () => readQuery(ctx, async (tx) => (await tx.run(apiQuery('our-fulltext-index'))).records.some((r) => r.get('state') === 'ONLINE')),
    true,
  );
  const foreignLabels = await ask(
    () =>
      readQuery(ctx, async (tx) => {
        const labels = (await tx.run(apiQuery('label-names'))).records[0]?.get('labels') as string[] | undefined;
        return (labels ?? []).some((l) => !OUR_LABELS.has(l));
      }),
    true,
  );
  return { ourIndex, foreignLabels };
}

/** Fallback search for graphs without our index: CONTAINS over `name`/`title`. */
export async function searchScan(ctx: Neo4jContext, q: string, types: string[], limit: number): Promise<SearchResult[]> {
  return readQuery(ctx, async (tx) => {
    const res = await tx.run(apiQuery('search-scan'), { q, limit: int(limit), types });
    return res.records.map((r) => nodeToSearchResult(r.get('node') as Node, Number(toNative(r.get('score')))));
  });
}

/** A node with its degree per relationship type and direction; undefined when absent. */
export async function readNodeDetail(ctx: Neo4jContext, id: string): Promise<NodeDetail | undefined> {
  return readQuery(ctx, async (tx) => {
    const node = await findNode(tx, id);
    if (!node) return undefined;
    const degree = await runToObjects(tx, apiQuery('node-degree'), { eid: node.elementId });
    return {
      node: nodeToGraphNode(node),
      degree: degree.map((d) => ({
        type: String(d['type']),
        direction: d['direction'] === 'in' ? ('in' as const) : ('out' as const),
        count: Number(d['count']),
      })),
    };
  });
}

/** Options for `readNeighbors`. */
export interface NeighborOptions {
  types: string[];
  relTypes: string[];
  excluded: string[];
  /** Fact statuses left out (a relationship without one counts as asserted). */
  hiddenStatuses: string[];
  limit: number;
  offset: number;
}

/** A hub's neighbours in page order, with totals per neighbour type (what the ranking cache holds). */
export interface NeighborRanking {
  eids: string[];
  /** elementIds of the relationships linking each neighbour to the centre (at most RELS_PER_NEIGHBOR). */
  rels: string[][];
  totals: { type: string; count: number }[];
}

/**
 * Nodes with more relationships than this are hubs: their neighbours are paged from a cached
 * ranking, and paths cross at most one of them, never expanding its relationships.
 */
export const HUB_LINKS = 1000;
const RELS_PER_NEIGHBOR = 50;

/** Where `readNeighbors` keeps hub rankings; `undefined` computes them on every request. */
export interface NeighborRankingStore {
  get(key: string, version: string, compute: () => Promise<NeighborRanking>, weigh: (r: NeighborRanking) => number): Promise<NeighborRanking>;
}

async function graphVersion(tx: ManagedTransaction): Promise<string> {
  const [row] = await runToObjects(tx, apiQuery('graph-version'));
  return `${String(row?.['nodes'])}/${String(row?.['relationships'])}`;
}

async function rankNeighbors(tx: ManagedTransaction, filter: Record<string, unknown>): Promise<NeighborRanking> {
  const res = await tx.run(apiQuery('neighbor-ranking'), { ...filter, relsPerNeighbor: int(RELS_PER_NEIGHBOR) });
  const eids: string[] = new Array(res.records.length);
  const rels: string[][] = new Array(res.records.length);
  const counts = new Map<string, number>();
  res.records.forEach((r, i) => {
    eids[i] = r.get('eid') as string;
    rels[i] = r.get('rels') as string[];
    const type = String(r.get('type'));
    counts.set(type, (counts.get(type) ?? 0) + 1);
  });
  const totals = [...counts].map(([type, count]) => ({ type, count })).sort(byCount((x) => x.type));
  return { eids, rels, totals };
}

/**
 * One page of a node's neighbourhood with totals per neighbour type; undefined when absent.
 * For a Document centre the default follows MENTIONS (not FROM_DOCUMENT); for Evidence, everything.
 * Ordinary nodes are read in full on each request (a few dozen links); a dense node (a hub with tens
 * of thousands of links) has its neighbours ranked once per graph version and kept in `rankings`, so
 * that each page only reads its own neighbours.
 */
export async function readNeighbors(ctx: Neo4jContext, id: string, opts: NeighborOptions, rankings?: NeighborRankingStore) {
  return readQuery(ctx, async (tx) => {
    const centre = await findNode(tx, id);
    if (!centre) return undefined;
    // A document's only useful links are its MENTIONS (not its evidence nodes); evidence links to its document.
    const excluded = centre.labels.includes(NEO4J.documentLabel)
      ? [NEO4J.evidenceFromDocument]
      : centre.labels.includes(NEO4J.evidenceLabel)
        ? []
        : opts.excluded;
    const filter = { eid: centre.elementId, types: opts.types, relTypes: opts.relTypes, excluded, hiddenStatuses: opts.hiddenStatuses };
    const [degreeRow] = await runToObjects(tx, apiQuery('node-link-count'), { eid: centre.elementId });
    const dense = Number(degreeRow?.['degree'] ?? 0) > HUB_LINKS;
    let totals: { type: string; count: number }[];
    let page: { records: { get(key: string): unknown }[] };
    if (dense) {
      const key = JSON.stringify([centre.elementId, opts.types, opts.relTypes, excluded, opts.hiddenStatuses]);
      const compute = () => rankNeighbors(tx, filter);
      const ranking = rankings
        ? await rankings.get(key, await graphVersion(tx), compute, (r) => r.eids.length + r.rels.reduce((s, x) => s + x.length, 0))
        : await compute();
      totals = ranking.totals;
      const end = opts.offset + opts.limit;
      const ids = ranking.eids.slice(opts.offset, end);
      page = ids.length
        ? await tx.run(apiQuery('neighbors-by-ids'), { ids, rels: ranking.rels.slice(opts.offset, end) })
        : { records: [] };
    } else {
      totals = (await runToObjects(tx, apiQuery('neighbor-totals'), filter)).map((t) => ({
        type: String(t['type']),
        count: Number(t['count']),
      }));
      page = await tx.run(apiQuery('neighbors-page'), {
        ...filter,
        offset: int(opts.offset),
        limit: int(opts.limit),
        relsPerNeighbor: int(RELS_PER_NEIGHBOR),
      });
    }
    const nodes = new Map<string, Node>([[centre.elementId, centre]]);
    const rels: Relationship[] = [];
    for (const record of page.records) {
      const m = record.get('m') as Node;
      nodes.set(m.elementId, m);
      rels.push(...(record.get('rels') as Relationship[]));
    }
    const idOf = (eid: string) => {
      const n = nodes.get(eid);
      return n ? nodeApiId(n) : eid;
    };
    const edges = new Map<string, GraphEdge>();
    for (const r of rels) {
      const e = relationshipToGraphEdge(r, idOf);
      edges.set(e.id, e);
    }
    return {
      nodes: [...nodes.values()].map(nodeToGraphNode),
      edges: [...edges.values()],
      totals,
      total: totals.reduce((sum, t) => sum + t.count, 0),
      offset: opts.offset,
      limit: opts.limit,
    };
  });
}
