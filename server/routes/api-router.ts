/**
 * The `/api` routes: thin handlers that validate input with the shared zod schemas, call a use case
 * and send its plain result. Errors (including 404s, thrown by the use cases) go to the error
 * middleware.
 */
import { Router, type Request } from 'express';
import {
  cypherBodySchema,
  neighborsQuerySchema,
  pathsQuerySchema,
  runQueryBodySchema,
  searchQuerySchema,
  subgraphBodySchema,
} from '../../core/index.ts';
import type { ServerConfig } from '../config.ts';
import type { ConsoleRunner } from '../console/console-runner.ts';
import { AppError } from '../errors.ts';
import type { Neo4jContext } from '../neo4j/index.ts';
import type { NeighborRankingStore } from '../repository/graph-reads.ts';
import { runConsoleCypher } from '../use-cases/cypher-console.ts';
import {
  checkHealth,
  getDocument,
  getEdgeEvidence,
  getNeighbors,
  getNode,
  getPaths,
  getSchema,
  getSubgraph,
  splitList,
} from '../use-cases/explore.ts';
import type { SavedQueryCatalog } from '../use-cases/saved-queries.ts';
import { createSearchProfileCache, searchEntities } from '../use-cases/search.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { createRateLimiter } from './rate-limit.ts';

export { splitList };

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

function param(req: Request, name: string): string {
  const v = req.params[name];
  if (typeof v !== 'string' || !v) throw AppError.badRequest(`Missing ${name}.`, 'INVALID_INPUT');
  return v;
}

/** Creates the `/api` router. */
export function createApiRouter({ ctx, config, catalog, consoleRunner, rankings }: ApiRouterDeps): Router {
  const router = Router();
  const searchProfiles = createSearchProfileCache();
  const limiter = (what: string) => createRateLimiter(config.rateLimit, what);
  const caps = { rowCap: config.cypherRowCap, byteCap: config.cypherByteCap };

  router.get('/health', async (_req, res) => {
    const health = await checkHealth(ctx);
    res.status(health.neo4j.connected ? 200 : 503).json(health);
  });

  router.get('/schema', async (_req, res) => {
    res.json(await getSchema(ctx));
  });

  router.get('/search', async (req, res) => {
    const q = searchQuerySchema.parse(req.query);
    res.json({ results: await searchEntities(ctx, q.q, splitList(q.types), q.limit, searchProfiles) });
  });

  router.get('/nodes/:id', async (req, res) => {
    res.json(await getNode(ctx, param(req, 'id')));
  });

  router.get('/nodes/:id/neighbors', async (req, res) => {
    res.json(await getNeighbors(ctx, param(req, 'id'), neighborsQuerySchema.parse(req.query), rankings));
  });

  router.post('/subgraph', async (req, res) => {
    const body = subgraphBodySchema.parse(req.body ?? {});
    res.json(await getSubgraph(ctx, body.ids, body.statuses, body.coMentions));
  });

  router.get('/paths', limiter('path'), async (req, res) => {
    res.json({ paths: await getPaths(ctx, pathsQuerySchema.parse(req.query)) });
  });

  router.get('/edges/:id/evidence', async (req, res) => {
    res.json(await getEdgeEvidence(ctx, param(req, 'id')));
  });

  router.get('/documents/:id', async (req, res) => {
    res.json(await getDocument(ctx, param(req, 'id')));
  });

  router.get('/queries', (_req, res) => {
    res.json(catalog.list());
  });

  router.post('/queries/:name', limiter('saved-query'), async (req, res) => {
    const body = runQueryBodySchema.parse(req.body ?? {});
    res.json(await catalog.run(ctx, param(req, 'name'), body.params, caps));
  });

  router.post('/cypher', limiter('Cypher'), async (req, res) => {
    const body = cypherBodySchema.parse(req.body ?? {});
    const settings = { ...caps, timeoutMs: config.cypherTimeoutMs };
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
