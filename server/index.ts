/** Public surface of the server package, for the entry point and tests. */
export { createApp, type AppDeps } from './create-app.ts';
export { loadServerConfig, DEFAULT_SERVER_CONFIG, type ServerConfig } from './config.ts';
export { startWebServer, type WebServer } from './web-server.ts';
export { AppError } from './errors.ts';
export { createServerDriver, type Neo4jConnection } from './neo4j/index.ts';
