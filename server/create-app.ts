/**
 * Builds the Express application from its dependencies. Nothing happens on import: the entry point
 * creates the driver, calls `createApp`, then `startWebServer`.
 */
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import type { ServerConfig } from './config.ts';
import { createErrorMiddleware } from './errors.ts';
import type { Neo4jContext } from './neo4j/index.ts';
import { createApiRouter } from './routes/api-router.ts';
import { createClientHandler } from './static-client.ts';
import { createSavedQueryCatalog } from './use-cases/saved-queries.ts';

/** What `createApp` needs. */
export interface AppDeps {
  /** The process's one driver (see `createNeo4jDriver`). */
  driver: Driver;
  /** Database name; defaults to `config.neo4jDatabase`. */
  database?: string;
  config: ServerConfig;
  /** Folder of the built client; when given, served compressed and cached (static-client.ts), with an index.html fallback for non-/api paths. */
  staticDir?: string;
  /** Where unexpected errors are reported; defaults to console.error. */
  log?: (message: string, err: unknown) => void;
}

/** Creates the app: security headers, CORS, JSON body limit, `/api`, optional client, errors. */
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
  app.use(helmet());
  const origins = config.corsOrigins;
  app.use(cors({ origin: origins.includes('*') ? true : origins.length ? origins : false }));
  app.use(express.json({ limit: config.bodyLimit }));
  app.use('/api', createApiRouter({ ctx, config, catalog: createSavedQueryCatalog() }));

  if (deps.staticDir) app.use(createClientHandler(deps.staticDir));

  app.use(createErrorMiddleware(log));
  return app;
}
