/**
 * The explorer's use cases: health, schema, nodes, neighbourhoods, subgraphs, paths, evidence and
 * documents. Each takes validated input, applies the rules that are not the database's business
 * (bookkeeping relationship types skipped unless asked for, absent nodes as 404), and calls the
 * repository; routes stay thin.
 */
import {
  type DocumentResponse,
  type FactStatus,
  type EdgeEvidenceResponse,
  type Health,
  type NodeDetail,
  type PathResult,
  type SchemaInfo,
  type SubgraphResponse,
} from '../../core/index.ts';
import { AppError } from '../errors.ts';
import type { Neo4jContext } from '../neo4j/index.ts';
import { readNeighbors, readNodeDetail, readSchema, type NeighborRankingStore } from '../repository/graph-reads.ts';
import { findPaths, readDocument, readEdgeEvidence } from '../repository/paths-evidence.ts';
import { readSubgraph } from '../repository/subgraph.ts';
import { relationshipFilter } from './fact-filter.ts';

/** Splits a comma-separated query value into trimmed, non-empty items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

const HEALTH_TIMEOUT_MS = 3_000;

/** Whether Neo4j answers within 3 s, and its version. */
export async function checkHealth(ctx: Neo4jContext): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const info = await Promise.race([
      ctx.driver.getServerInfo({ database: ctx.database }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS);
      }),
    ]);
    const version = (info.agent ?? '').replace(/^Neo4j\//i, '');
    return { status: 'ok', neo4j: { connected: true, ...(version ? { version } : {}) } };
  } catch {
    return { status: 'unavailable', neo4j: { connected: false } };
  } finally {
    clearTimeout(timer);
  }
}

/** Labels and relationship types with counts. */
export function getSchema(ctx: Neo4jContext): Promise<SchemaInfo> {
  return readSchema(ctx);
}

/** A node with its degrees. @throws AppError 404 */
export async function getNode(ctx: Neo4jContext, id: string): Promise<NodeDetail> {
  const detail = await readNodeDetail(ctx, id);
  if (!detail) throw AppError.notFound(`No node with id "${id}".`);
  return detail;
}

/** Query of `getNeighbors`, as validated by `neighborsQuerySchema`. */
export interface NeighborsQuery {
  types?: string | undefined;
  relTypes?: string | undefined;
  /** Fact statuses followed (absent: asserted and alleged). */
  statuses?: FactStatus[] | undefined;
  /** Whether CO_MENTIONED links are followed. */
  coMentions?: boolean | undefined;
  limit: number;
  offset: number;
}

/** One page of a node's neighbourhood. @throws AppError 404 */
export async function getNeighbors(ctx: Neo4jContext, id: string, q: NeighborsQuery, rankings: NeighborRankingStore) {
  const relTypes = splitList(q.relTypes);
  const result = await readNeighbors(
    ctx,
    id,
    { types: splitList(q.types), relTypes, ...relationshipFilter(relTypes, q.statuses, q.coMentions), limit: q.limit, offset: q.offset },
    rankings,
  );
  if (!result) throw AppError.notFound(`No node with id "${id}".`);
  return result;
}

/** The induced subgraph of `ids`, with facts of the given statuses and co-mentions only when asked. */
export function getSubgraph(ctx: Neo4jContext, ids: readonly string[], statuses?: FactStatus[], coMentions?: boolean): Promise<SubgraphResponse> {
  return readSubgraph(ctx, ids, relationshipFilter([], statuses, coMentions));
}

/** Query of `getPaths`, as validated by `pathsQuerySchema`. */
export interface PathsQuery {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  relTypes?: string | undefined;
  /** Fact statuses a path may run through (absent: asserted and alleged). */
  statuses?: FactStatus[] | undefined;
  /** Whether paths may run through CO_MENTIONED links. */
  coMentions?: boolean | undefined;
}

/** Up to k shortest paths with their evidence. @throws AppError 404 when an end is absent */
export async function getPaths(ctx: Neo4jContext, q: PathsQuery): Promise<PathResult[]> {
  const relTypes = splitList(q.relTypes);
  const paths = await findPaths(ctx, { from: q.from, to: q.to, k: q.k, maxHops: q.maxHops, relTypes, ...relationshipFilter(relTypes, q.statuses, q.coMentions) });
  if (!paths) throw AppError.notFound('The start or end node does not exist.');
  return paths;
}

/** The evidence of a relationship. @throws AppError 404 */
export async function getEdgeEvidence(ctx: Neo4jContext, id: string): Promise<EdgeEvidenceResponse> {
  const result = await readEdgeEvidence(ctx, id);
  if (!result) throw AppError.notFound(`No relationship with id "${id}".`);
  return result;
}

/** A document with the entities it mentions. @throws AppError 404 */
export async function getDocument(ctx: Neo4jContext, id: string): Promise<DocumentResponse> {
  const doc = await readDocument(ctx, id);
  if (!doc) throw AppError.notFound(`No document with id "${id}".`);
  return doc;
}
