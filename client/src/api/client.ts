/**
 * Typed calls to the explorer API. Responses are validated with the shared zod schemas from core, so
 * a contract drift shows as a clear error instead of a broken canvas. Errors carry the server's
 * `{ error: { code, message } }` when there is one.
 */
import type { z } from 'zod';
import {
  documentResponseSchema,
  edgeEvidenceResponseSchema,
  errorResponseSchema,
  neighborsResponseSchema,
  nodeDetailSchema,
  pathsResponseSchema,
  queryResultSchema,
  savedQuerySchema,
  schemaInfoSchema,
  searchResponseSchema,
  subgraphResponseSchema,
  type DocumentResponse,
  type EdgeEvidenceResponse,
  type NeighborsResponse,
  type NodeDetail,
  type PathsResponse,
  type QueryResult,
  type SavedQueryInfo,
  type SchemaInfo,
  type SearchResponse,
  type SubgraphResponse,
} from '../../../core/api-schemas.ts';
import { loginResponseSchema, type LoginResponse } from '../../../core/auth-schemas.ts';

/** An API failure with the server's code and message (or a network/parse failure). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const enc = encodeURIComponent;

let authRequired: (() => void) | undefined;

/** Called whenever the API answers 401 (sign-in required): the app shows its sign-in page. */
export function onAuthRequired(handler: () => void): void {
  authRequired = handler;
}

async function request<S extends z.ZodType>(schema: S, path: string, init?: RequestInit): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  } catch (err) {
    throw new ApiError(0, 'network', `Cannot reach the server (${(err as Error).message}).`);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(res.status, 'bad_response', `The server sent something that is not JSON (HTTP ${res.status}).`);
  }
  if (!res.ok) {
    if (res.status === 401 && path !== '/api/login') authRequired?.();
    const parsed = errorResponseSchema.safeParse(body);
    if (parsed.success) throw new ApiError(res.status, parsed.data.error.code, parsed.data.error.message);
    throw new ApiError(res.status, 'http_error', `HTTP ${res.status} ${res.statusText}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(res.status, 'bad_response', `Unexpected response from ${path.split('?')[0]}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

const qs = (params: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/**
 * Which links to fetch: the fact statuses (`statuses=`, the server's default is asserted and alleged)
 * and whether aggregate co-mentions come too (`coMentions=`, default false). Unset means the server's default.
 */
export interface LinkQuery {
  statuses?: readonly string[];
  coMentions?: boolean;
}

const linkParams = (links: LinkQuery | undefined) => ({
  statuses: links?.statuses?.join(','),
  coMentions: links?.coMentions === undefined ? undefined : String(links.coMentions),
});

/** Full-text search over names and aliases. */
export function search(q: string, options: { types?: string[]; limit?: number } = {}): Promise<SearchResponse> {
  return request(searchResponseSchema, `/api/search${qs({ q, types: options.types?.join(','), limit: options.limit ?? 20 })}`);
}

/** One node with its degree per relationship type. */
export function getNode(id: string): Promise<NodeDetail> {
  return request(nodeDetailSchema, `/api/nodes/${enc(id)}`);
}

/** A page of a node's neighbours, with totals per neighbour type. */
export function getNeighbors(
  id: string,
  options: { types?: string[]; relTypes?: string[]; limit?: number; offset?: number; links?: LinkQuery } = {},
): Promise<NeighborsResponse> {
  return request(
    neighborsResponseSchema,
    `/api/nodes/${enc(id)}/neighbors${qs({ types: options.types?.join(','), relTypes: options.relTypes?.join(','), limit: options.limit, offset: options.offset, ...linkParams(options.links) })}`,
  );
}

/** The nodes with the given ids and every fact among them (at most 500 ids per call). */
export function getSubgraph(ids: string[], links?: LinkQuery): Promise<SubgraphResponse> {
  return request(subgraphResponseSchema, `/api/subgraph${qs(linkParams(links))}`, { method: 'POST', body: JSON.stringify({ ids }) });
}

/** Up to k shortest paths between two nodes, each hop with its evidence. */
export function getPaths(from: string, to: string, options: { k?: number; maxHops?: number; links?: LinkQuery } = {}): Promise<PathsResponse> {
  return request(pathsResponseSchema, `/api/paths${qs({ from, to, k: options.k, maxHops: options.maxHops, statuses: linkParams(options.links).statuses })}`);
}

/** The evidence sentences of an edge. */
export function getEvidence(edgeId: string): Promise<EdgeEvidenceResponse> {
  return request(edgeEvidenceResponseSchema, `/api/edges/${enc(edgeId)}/evidence`);
}

/** A document with its text and the entities it mentions. */
export function getDocument(id: string): Promise<DocumentResponse> {
  return request(documentResponseSchema, `/api/documents/${enc(id)}`);
}

/** Labels and relationship types with counts. */
export function getSchema(): Promise<SchemaInfo> {
  return request(schemaInfoSchema, '/api/schema');
}

/** The saved queries the server offers. */
export function listQueries(): Promise<SavedQueryInfo[]> {
  return request(savedQuerySchema.array(), '/api/queries');
}

/** Runs a saved query with typed parameters. */
export function runQuery(name: string, params: Record<string, unknown>): Promise<QueryResult> {
  return request(queryResultSchema, `/api/queries/${enc(name)}`, { method: 'POST', body: JSON.stringify({ params }) });
}

/** Runs a read-only Cypher query. */
export function runCypher(query: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
  return request(queryResultSchema, '/api/cypher', { method: 'POST', body: JSON.stringify({ query, params }) });
}

/** Signs in; the server sets an HttpOnly session cookie. */
export function login(username: string, password: string): Promise<LoginResponse> {
  return request(loginResponseSchema, '/api/login', { method: 'POST', body: JSON.stringify({ username, password }) });
}

export type { DocumentResponse, EdgeEvidenceResponse, NeighborsResponse, NodeDetail, PathsResponse, QueryResult, SavedQueryInfo, SchemaInfo, SubgraphResponse };
