/**
 * `npm start`: the product on its embedded default. Uses NEO4J_URI when set, otherwise starts the
 * local Neo4j runtime; applies the schema; ingests the sample corpus into an empty database; builds
 * the client if needed; serves API + explorer. Ctrl-C shuts everything down cleanly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../neo4j-runtime/install.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-runtime/local-neo4j.ts';
import { applySchema, countGraph } from '../ingest/load/index.ts';
import { createServerDriver, type Neo4jConnection } from './neo4j/index.ts';
import { runIngest } from '../ingest/pipeline.ts';
import { createApp } from './create-app.ts';
import { loadServerConfig } from './config.ts';
import { startWebServer } from './web-server.ts';

const SAMPLES = join(PROJECT_ROOT, 'ingest', 'samples');
const CLIENT_DIST = join(PROJECT_ROOT, 'client', 'dist');
const log = (line: string) => process.stdout.write(`${line}\n`);

async function connect(): Promise<{ driver: Driver; local?: LocalNeo4j; where: string; connection: Neo4jConnection }> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const connection = { uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD };
    const driver = createServerDriver(connection);
    try {
      await driver.getServerInfo();
    } catch (e) {
      await driver.close();
      throw new Error(`cannot reach Neo4j at ${uri} (NEO4J_URI): ${(e as Error).message}`);
    }
    return { driver, where: uri, connection };
  }
  log('• NEO4J_URI is not set: starting the local Neo4j runtime (first run downloads its jars with Maven)…');
  const local = await startLocalNeo4j({ background: false });
  log(`  Neo4j ${local.startMs ? `started in ${(local.startMs / 1000).toFixed(1)} s` : 'already running'} at ${local.uri} (log: ${local.logFile})`);
  const connection = { uri: local.uri, user: local.user, password: local.password };
  const driver = createServerDriver(connection);
  return { driver, local, where: local.uri, connection };
}

async function ensureClientBuilt(): Promise<void> {
  if (existsSync(join(CLIENT_DIST, 'index.html'))) return;
  log('• building the explorer (client/dist is missing)…');
  const { build } = await import('vite');
  await build({ configFile: join(PROJECT_ROOT, 'client', 'vite.config.ts'), logLevel: 'warn' });
}

async function main(): Promise<void> {
  const config = loadServerConfig(process.env);
  const { driver, local, where, connection } = await connect();
  let closeWeb: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log(`\n• ${signal === 'error' ? 'stopping after the error above' : signal}: shutting down…`);
    await closeWeb?.().catch(() => {});
    await driver.close().catch(() => {});
    if (local && local.startMs > 0) await local.stop().catch(() => {});
    log('  bye');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    log('• applying the schema (constraints and indexes from cypher/schema/)…');
    await applySchema(driver, config.neo4jDatabase);
    const counts = await countGraph(driver, config.neo4jDatabase);
    if (counts.documents === 0) {
      log(`• the database holds no documents: ingesting the sample corpus (${SAMPLES})…`);
      const report = await runIngest({ paths: [SAMPLES], driver, database: config.neo4jDatabase });
      log(`  ${report.documents} documents, ${report.entities} entities, ${report.relations} relationships in ${(report.elapsedMs / 1000).toFixed(1)} s`);
    } else {
      log(`• the database holds ${counts.documents} documents, ${counts.entities} entities, ${counts.facts} relationships`);
    }
    await ensureClientBuilt();
    const app = createApp({ driver, connection, config, staticDir: CLIENT_DIST });
    // Loopback by default: the explorer exposes ad-hoc (read-only) Cypher; HOST=0.0.0.0 opens it up (Docker).
    const web = await startWebServer(app, config.port, process.env.HOST || '127.0.0.1');
    closeWeb = web.close;
    log(`\n  Explorer ready: ${web.url}   (Neo4j: ${where}; Ctrl-C to stop)\n`);
  } catch (e) {
    process.stderr.write(`\n✗ ${(e as Error).message}\n`);
    await shutdown('error', 1);
  }
}

main().catch((e) => {
  process.stderr.write(`\n✗ ${(e as Error).message}\n`);
  process.exit(1);
});
