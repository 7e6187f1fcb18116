/**
 * Builds the Express application from its dependencies. Nothing happens on import: the entry point
 * creates the driver, calls `createApp`, then `startWebServer`.
 */
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import { createAuthLayer } from './auth/index.ts';
import type { ServerConfig } from './config.ts';
import { createErrorMiddleware } from './errors.ts';
import { createConsoleRunner } from './console/console-runner.ts';
import type { Neo4jConnection, Neo4jContext } from './neo4j/index.ts';
import type { NeighborRanking } from './repository/graph-reads.ts';
import { createRankingCache } from './repository/ranking-cache.ts';
import { createApiRouter } from './routes/api-router.ts';
import { createDocumentsRouter } from './routes/documents-router.ts';
import { createHostAllowlist, resolveAllowedHosts } from './security/host-allowlist.ts';
import { createOriginCheck } from './security/origin-check.ts';
import { createDocumentAdder } from './use-cases/add-document.ts';
import { createClientHandler } from './static-client.ts';
import { createSavedQueryCatalog } from './use-cases/saved-queries.ts';

/** What `createApp` needs. */
export interface AppDeps {
  /** The process's one driver (see `createNeo4jDriver`). */
  driver: Driver;
  /**
   * How the console's worker threads connect (each has its own connection, so a console query can
   * be stopped by closing it). Without it, console queries run in the main thread.
   */
  connection?: Neo4jConnection;
  /** Database name; defaults to `config.neo4jDatabase`. */
  database?: string;
  config: ServerConfig;
  /** Folder of the built client; when given, served compressed and cached (static-client.ts), with an index.html fallback for non-/api paths. */
  staticDir?: string;
  /** True when start-up found a database this project did not build: nothing is written to it. */
  readOnlyDatabase?: boolean;
  /** Where unexpected errors are reported; defaults to console.error. */
  log?: (message: string, err: unknown) => void;
}

/**
 * Creates the app: Host allowlist, security headers, CORS, Origin check of POSTs, JSON body limit,
 * sign-in, `/api`, optional client, errors.
 */
export function createApp(deps: AppDeps): express.Application {
  const { config } = deps;
  const log = deps.log ?? ((message, err) => console.error(message, err));
  const ctx: Neo4jContext = {
    driver: deps.driver,
    database: deps.database ?? config.neo4jDatabase,
    timeoutMs: config.cypherTimeoutMs,
  };
  const app = express();
  app.disable('x-powered-by');
  app.use(createHostAllowlist(resolveAllowedHosts(config.allowedHosts, config.host)));
  // No upgrade-insecure-requests: the explorer is often reached over plain http on a LAN address.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  const origins = config.corsOrigins;
  app.use(cors({ origin: origins.includes('*') ? true : origins.length ? origins : false }));
  app.use(createOriginCheck(origins));
  app.use(express.json({ limit: config.bodyLimit }));
  app.use('/api', createAuthLayer({ users: config.users, sessionTtlMs: config.sessionTtlMs }));
  app.use('/api', createDocumentsRouter({
    adder: createDocumentAdder(ctx),
    uploadsEnabled: config.allowUploads,
    readOnlyDatabase: deps.readOnlyDatabase ?? false,
    rateLimit: config.rateLimit,
  }));
  const consoleRunner = createConsoleRunner({
    ctx,
    ...(deps.connection ? { connection: deps.connection } : {}),
    limits: config.cypherInFlight,
    deadlineMs: config.cypherTimeoutMs,
    log,
  });
  // Hub rankings: up to 1.5M neighbours and relationship ids in all (about 150 MB at most), recomputed after any ingest or after a minute.
  const rankings = createRankingCache<NeighborRanking>({ maxWeight: 1_500_000, maxAgeMs: 60_000 });
  app.use('/api', createApiRouter({ ctx, config, catalog: createSavedQueryCatalog(), consoleRunner, rankings }));

  if (deps.staticDir) app.use(createClientHandler(deps.staticDir));

  app.use(createErrorMiddleware(log));
  return app;
}
