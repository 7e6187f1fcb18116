/**
 * HTTP API payloads, shared by server (validation, OpenAPI) and client (typed fetches).
 * The graph payload is close to graphology's serialization so the client can import it directly.
 */
import { z } from 'zod';
import { CAMEO_ROOT_CODES, QUAD_CLASSES } from './cameo.ts';
import { DEFAULT_FACT_STATUSES, FACT_STATUSES, factStatusSchema, partialIsoDateSchema, type FactStatus } from './fact-status.ts';
import { MAX_PARAM_DEPTH, depthWithin } from './json-depth.ts';

const jsonProps = z.record(z.string(), z.unknown());

export const graphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  /** Entity type for our nodes (Person…), else the first label. */
  type: z.string(),
  name: z.string(),
  properties: jsonProps,
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  /** CAMEO root class ("01".."20", core/cameo.ts) of an event fact; absent on states (roles, places, membership). */
  cameo: z.enum(CAMEO_ROOT_CODES).optional(),
  /** Cooperation or conflict, verbal or material, of an event fact; absent with `cameo`. */
  quadClass: z.enum(QUAD_CLASSES).optional(),
  /** Goldstein-style weight, −10 (hostile) to +10 (cooperative), from `cameo` and the type (core/cameo.ts); absent with `cameo`. */
  goldstein: z.number().min(-10).max(10).optional(),
  /** How the text tells the fact (core/fact-status.ts); absent on relationships that are not our facts. */
  status: factStatusSchema.optional(),
  /** Entity ids of who claims (or denies) it. */
  claimedBy: z.array(z.string()).optional(),
  /** When it happened: ISO, partial allowed; with the words that said so. */
  date: partialIsoDateSchema.optional(),
  dateText: z.string().optional(),
  /** Every stored property (`cameo` and `quadClass` included, as stored). */
  properties: jsonProps,
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const graphPayloadSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});
export type GraphPayload = z.infer<typeof graphPayloadSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({ connected: z.boolean(), version: z.string().optional() }),
});
export type Health = z.infer<typeof healthSchema>;

export const schemaInfoSchema = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number() })),
});
export type SchemaInfo = z.infer<typeof schemaInfoSchema>;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  /** Comma-separated entity types. */
  types: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const searchResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  score: z.number(),
  aliases: z.array(z.string()).optional(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const nodeDetailSchema = z.object({
  node: graphNodeSchema,
  /** Degree per relationship type and direction. */
  degree: z.array(z.object({ type: z.string(), direction: z.enum(['out', 'in']), count: z.number() })),
});
export type NodeDetail = z.infer<typeof nodeDetailSchema>;

/**
 * Which facts an exploring request follows, as query parameters: `statuses` (comma-separated, default
 * `asserted,alleged`: denied, negated and planned acts are left out unless asked) and `coMentions`
 * (`true` adds the aggregate CO_MENTIONED links, left out by default). A bad value is a 400.
 */
export const factFilterQuerySchema = z.object({
  statuses: z
    .string()
    .max(200)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return [...DEFAULT_FACT_STATUSES];
      const items = [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];
      const bad = items.filter((s) => !(FACT_STATUSES as readonly string[]).includes(s));
      if (items.length === 0 || bad.length) {
        ctx.addIssue({ code: 'custom', message: `statuses must be a comma-separated list of ${FACT_STATUSES.join(', ')}${bad.length ? ` (not ${bad.join(', ')})` : ''}` });
        return z.NEVER;
      }
      return items as FactStatus[];
    })
    .describe('Comma-separated statuses of the facts followed: asserted, alleged, denied, negated, planned (default asserted,alleged). A relationship without a status counts as asserted.'),
  coMentions: z
    .enum(['true', 'false', '1', '0'], { message: 'coMentions must be true or false' })
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('true also follows the aggregate CO_MENTIONED links (default false).'),
});
export type FactFilterQuery = z.infer<typeof factFilterQuerySchema>;

export const neighborsQuerySchema = factFilterQuerySchema.extend({
  types: z.string().optional(),
  relTypes: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const neighborsResponseSchema = graphPayloadSchema.extend({
  /** Total neighbours per neighbour type (before limit/offset), so a hub can be paged. */
  totals: z.array(z.object({ type: z.string(), count: z.number() })),
  total: z.number(),
  offset: z.number(),
  limit: z.number(),
});
export type NeighborsResponse = z.infer<typeof neighborsResponseSchema>;

export const evidenceItemSchema = z.object({
  documentId: z.string(),
  /** How this sentence tells the fact, who it says claims it, and when it dates it (absent: not known). */
  status: factStatusSchema.optional(),
  claimedBy: z.array(z.string()).optional(),
  date: partialIsoDateSchema.optional(),
  dateText: z.string().optional(),
  documentTitle: z.string().optional(),
  publishedAt: z.string().optional(),
  text: z.string(),
  /** Offsets of `text` in the document's text, in Unicode code points (as Cypher's `substring` counts). */
  start: z.number(),
  end: z.number(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export const edgeEvidenceResponseSchema = z.object({
  edge: graphEdgeSchema,
  evidence: z.array(evidenceItemSchema),
});
export type EdgeEvidenceResponse = z.infer<typeof edgeEvidenceResponseSchema>;

export const pathsQuerySchema = factFilterQuerySchema.extend({
  from: z.string().min(1),
  to: z.string().min(1),
  maxHops: z.coerce.number().int().min(1).max(6).default(4),
  k: z.coerce.number().int().min(1).max(10).default(3),
  relTypes: z.string().optional(),
});
export const pathHopSchema = z.object({
  from: z.string(),
  to: z.string(),
  edge: graphEdgeSchema,
  evidence: z.array(evidenceItemSchema),
});
export const pathSchema = graphPayloadSchema.extend({ hops: z.array(pathHopSchema), length: z.number() });
export type PathResult = z.infer<typeof pathSchema>;
export const pathsResponseSchema = z.object({ paths: z.array(pathSchema) });
export type PathsResponse = z.infer<typeof pathsResponseSchema>;

export const documentResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  text: z.string(),
  entities: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), count: z.number() })),
});
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

export const QUERY_PARAM_TYPES = ['string', 'integer', 'float', 'boolean', 'string[]'] as const;
export const savedQueryParamSchema = z.object({
  name: z.string(),
  type: z.enum(QUERY_PARAM_TYPES),
  default: z.unknown().optional(),
  description: z.string().optional(),
});
export const savedQuerySchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  params: z.array(savedQueryParamSchema),
});
export type SavedQueryInfo = z.infer<typeof savedQuerySchema>;

/** Query parameters: an object whose values nest at most MAX_PARAM_DEPTH deep. */
const queryParams = z
  .record(z.string(), z.unknown())
  .refine((p) => depthWithin(p, MAX_PARAM_DEPTH), `params nest deeper than ${MAX_PARAM_DEPTH} levels`)
  .default({});
export const runQueryBodySchema = z.object({ params: queryParams });
export const cypherBodySchema = z.object({
  query: z.string().min(1).max(20_000),
  params: queryParams,
});
export const queryResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: graphPayloadSchema,
  /** True when rows were left out, by the row cap or the size cap. */
  truncated: z.boolean().describe('True when rows were left out (row cap or size cap); see truncatedBy.'),
  /** Which cap cut the result short (only when `truncated`). */
  truncatedBy: z
    .enum(['rows', 'bytes'])
    .optional()
    .describe("Present when truncated: 'rows' (CYPHER_ROW_CAP reached) or 'bytes' (CYPHER_BYTE_CAP of row data reached)."),
});
export type QueryResult = z.infer<typeof queryResultSchema>;

/** Most node ids one `POST /api/subgraph` takes (a canvas restored from a link). */
export const SUBGRAPH_MAX_IDS = 500;
export const subgraphBodySchema = z.object({
  ids: z.array(z.string().min(1).max(1000)).min(1).max(SUBGRAPH_MAX_IDS),
  /** Statuses of the facts returned (default asserted and alleged), as in `factFilterQuerySchema`. */
  statuses: z.array(factStatusSchema).min(1).max(FACT_STATUSES.length).default([...DEFAULT_FACT_STATUSES]),
  /** Whether CO_MENTIONED links come too (default false). */
  coMentions: z.boolean().default(false),
});
export type SubgraphBody = z.infer<typeof subgraphBodySchema>;
/** The induced subgraph of the given ids, plus the ids that matched no node. */
export const subgraphResponseSchema = graphPayloadSchema.extend({ missing: z.array(z.string()) });
export type SubgraphResponse = z.infer<typeof subgraphResponseSchema>;

export const errorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
