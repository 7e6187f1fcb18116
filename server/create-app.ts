/**
 * Builds the Express application from its dependencies. Nothing happens on import: the entry point
 * creates the driver, calls `createApp`, then `startWebServer`.
 */
import path from 'node:path';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import { createAuthLayer } from './auth/index.ts';
import type { ServerConfig } from './config.ts';
import { createErrorMiddleware } from './errors.ts';
import type { Neo4jContext } from './neo4j/index.ts';
import { createApiRouter } from './routes/api-router.ts';
import { createDocumentsRouter } from './routes/documents-router.ts';
import { createHostAllowlist, resolveAllowedHosts } from './security/host-allowlist.ts';
import { createOriginCheck } from './security/origin-check.ts';
import { createDocumentAdder } from './use-cases/add-document.ts';
import { createSavedQueryCatalog } from './use-cases/saved-queries.ts';

/** What `createApp` needs. */
export interface AppDeps {
  /** The process's one driver (see `createNeo4jDriver`). */
  driver: Driver;
  /** Database name; defaults to `config.neo4jDatabase`. */
  database?: string;
  config: ServerConfig;
  /** Folder of the built client; when given, served with an SPA fallback for non-/api paths. */
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
  app.use(helmet());
  const origins = config.corsOrigins;
  app.use(cors({ origin: origins.includes('*') ? true : origins.length ? origins : false }));
  app.use(createOriginCheck(origins));
  app.use(express.json({ limit: config.bodyLimit }));
  app.use('/api', createAuthLayer({ users: config.users, sessionTtlMs: config.sessionTtlMs }));
  app.use('/api', createDocumentsRouter({
    adder: createDocumentAdder(ctx),
    uploadsEnabled: config.allowUploads,
    readOnlyDatabase: deps.readOnlyDatabase ?? false,
  }));
  app.use('/api', createApiRouter({ ctx, config, catalog: createSavedQueryCatalog() }));

  if (deps.staticDir) {
    const root = path.resolve(deps.staticDir);
    app.use(express.static(root, { index: 'index.html', maxAge: '1h' }));
    app.use((req, res, next) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) {
        next();
        return;
      }
      res.sendFile(path.join(root, 'index.html'), (err) => {
        if (err) next(err);
      });
    });
  }

  app.use(createErrorMiddleware(log));
  return app;
}
