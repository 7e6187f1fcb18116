/**
 * The `/api` routes: thin handlers that validate input with the shared zod schemas, call a use case
 * or repository function, and send its plain result. Errors go to the error middleware.
 */
import { Router, type Request } from 'express';
import { rateLimit } from 'express-rate-limit';
import {
  NEO4J,
  cypherBodySchema,
  neighborsQuerySchema,
  pathsQuerySchema,
  runQueryBodySchema,
  searchQuerySchema,
  subgraphBodySchema,
  type Health,
} from '../../core/index.ts';
import type { ServerConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Neo4jContext } from '../neo4j/index.ts';
import type { ConsoleRunner } from '../console/console-runner.ts';
import { readNeighbors, readNodeDetail, readSchema, type NeighborRankingStore } from '../repository/graph-reads.ts';
import { findPaths, readDocument, readEdgeEvidence } from '../repository/paths-evidence.ts';
import { readSubgraph } from '../repository/subgraph.ts';
import { runConsoleCypher } from '../use-cases/cypher-console.ts';
import type { SavedQueryCatalog } from '../use-cases/saved-queries.ts';
import { searchEntities } from '../use-cases/search.ts';
import { buildOpenApiDocument } from './openapi.ts';

/** Dependencies of the API router. */
export interface ApiRouterDeps {
  ctx: Neo4jContext;
  config: ServerConfig;
  catalog: SavedQueryCatalog;
  /** Runs console queries in workers, under the deadline and the in-flight limits. */
  consoleRunner: ConsoleRunner;
  /** Where hub neighbour rankings are cached (built once per app). */
  rankings: NeighborRankingStore;
}

/** Splits a comma-separated query value into trimmed, non-empty items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Bookkeeping relationship types skipped unless explicitly requested. */
function excludedRelTypes(relTypes: string[]): string[] {
  return NEO4J.structuralRelTypes.filter((t) => !relTypes.includes(t));
}

const HEALTH_TIMEOUT_MS = 3_000;

function param(req: Request, name: string): string {
  const v = req.params[name];
  if (typeof v !== 'string' || !v) throw AppError.badRequest(`Missing ${name}.`, 'INVALID_INPUT');
  return v;
}

async function checkHealth(ctx: Neo4jContext): Promise<Health> {
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

/** Creates the `/api` router. */
export function createApiRouter({ ctx, config, catalog, consoleRunner, rankings }: ApiRouterDeps): Router {
  const router = Router();
  const limiter = (what: string) =>
    rateLimit({
      windowMs: config.rateLimit.windowMs,
      limit: config.rateLimit.max,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (_req, _res, next) => next(new AppError(429, 'RATE_LIMITED', `Too many ${what} requests; slow down.`)),
    });

  router.get('/health', async (_req, res) => {
    const health = await checkHealth(ctx);
    res.status(health.neo4j.connected ? 200 : 503).json(health);
  });

  router.get('/schema', async (_req, res) => {
    res.json(await readSchema(ctx));
  });

  router.get('/search', async (req, res) => {
    const q = searchQuerySchema.parse(req.query);
    res.json({ results: await searchEntities(ctx, q.q, splitList(q.types), q.limit) });
  });

  router.get('/nodes/:id', async (req, res) => {
    const detail = await readNodeDetail(ctx, param(req, 'id'));
    if (!detail) throw AppError.notFound(`No node with id "${param(req, 'id')}".`);
    res.json(detail);
  });

  router.get('/nodes/:id/neighbors', async (req, res) => {
    const q = neighborsQuerySchema.parse(req.query);
    const relTypes = splitList(q.relTypes);
    const result = await readNeighbors(ctx, param(req, 'id'), {
      types: splitList(q.types),
      relTypes,
      excluded: excludedRelTypes(relTypes),
      limit: q.limit,
      offset: q.offset,
    }, rankings);
    if (!result) throw AppError.notFound(`No node with id "${param(req, 'id')}".`);
    res.json(result);
  });

  router.post('/subgraph', async (req, res) => {
    const body = subgraphBodySchema.parse(req.body ?? {});
    res.json(await readSubgraph(ctx, body.ids));
  });

  router.get('/paths', limiter('path'), async (req, res) => {
    const q = pathsQuerySchema.parse(req.query);
    const relTypes = splitList(q.relTypes);
    const paths = await findPaths(ctx, {
      from: q.from,
      to: q.to,
      k: q.k,
      maxHops: q.maxHops,
      relTypes,
      excluded: excludedRelTypes(relTypes),
    });
    if (!paths) throw AppError.notFound('The start or end node does not exist.');
    res.json({ paths });
  });

  router.get('/edges/:id/evidence', async (req, res) => {
    const result = await readEdgeEvidence(ctx, param(req, 'id'));
    if (!result) throw AppError.notFound(`No relationship with id "${param(req, 'id')}".`);
    res.json(result);
  });

  router.get('/documents/:id', async (req, res) => {
    const doc = await readDocument(ctx, param(req, 'id'));
    if (!doc) throw AppError.notFound(`No document with id "${param(req, 'id')}".`);
    res.json(doc);
  });

  router.get('/queries', (_req, res) => {
    res.json(catalog.list());
  });

  router.post('/queries/:name', limiter('saved-query'), async (req, res) => {
    const body = runQueryBodySchema.parse(req.body ?? {});
    res.json(await catalog.run(ctx, param(req, 'name'), body.params, { rowCap: config.cypherRowCap, byteCap: config.cypherByteCap }));
  });

  router.post('/cypher', limiter('Cypher'), async (req, res) => {
    const body = cypherBodySchema.parse(req.body ?? {});
    const settings = { rowCap: config.cypherRowCap, byteCap: config.cypherByteCap, timeoutMs: config.cypherTimeoutMs };
    res.json(await runConsoleCypher(consoleRunner, req.ip ?? 'unknown', body.query, body.params, settings));
  });

  router.get('/openapi.json', (_req, res) => {
    res.json(buildOpenApiDocument());
  });

  router.use((req, _res, next) => {
    next(AppError.notFound(`No API route ${req.method} ${req.baseUrl}${req.path}.`));
  });
  return router;
}
