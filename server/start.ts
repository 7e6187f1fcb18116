/**
 * `npm start`: the product on its embedded default. Refuses a non-loopback HOST without users
 * (unless ALLOW_ANONYMOUS=true); uses NEO4J_URI when set, otherwise starts the local Neo4j runtime;
 * applies the schema and ingests the sample corpus only into an empty database or one newsgraph built
 * (a foreign one is served read-only unless ALLOW_FOREIGN_WRITE=true or `--adopt`); builds the client
 * if needed; serves API + explorer. Ctrl-C shuts everything down cleanly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../neo4j-runtime/install.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-runtime/local-neo4j.ts';
import { createServerDriver, type Neo4jConnection } from './neo4j/index.ts';
import { createApp } from './create-app.ts';
import { loadServerConfig, type ServerConfig } from './config.ts';
import { checkExposure } from './security/exposure-check.ts';
import { isLoopbackAddress, resolveAllowedHosts } from './security/host-allowlist.ts';
import { prepareDatabase } from './start-up/prepare-database.ts';
import { startWebServer } from './web-server.ts';

const SAMPLES = join(PROJECT_ROOT, 'ingest', 'samples');
const CLIENT_DIST = join(PROJECT_ROOT, 'client', 'dist');
const log = (line: string) => process.stdout.write(`${line}\n`);

async function connect(
  neo4j: ServerConfig['neo4j'],
): Promise<{ driver: Driver; local?: LocalNeo4j; where: string; connection: Neo4jConnection }> {
  const uri = neo4j.uri;
  if (uri) {
    const connection: Neo4jConnection = { uri, user: neo4j.user, ...(neo4j.password ? { password: neo4j.password } : {}) };
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
  const local = await startLocalNeo4j({
    background: false,
    port: neo4j.port,
    ...(neo4j.dataDir ? { dataDir: neo4j.dataDir } : {}),
    password: neo4j.password ?? '',
    heap: neo4j.heap,
    pagecache: neo4j.pagecache,
  });
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

function accessSummary(config: ServerConfig, writable: boolean): string[] {
  const signIn = config.users.length
    ? `sign-in required (${config.users.length} user${config.users.length === 1 ? '' : 's'})`
    : isLoopbackAddress(config.host)
      ? 'no sign-in (loopback only)'
      : 'NO sign-in on a non-loopback address (ALLOW_ANONYMOUS=true)';
  const uploads = !config.allowUploads ? 'adding documents off' : writable ? 'adding documents on (POST /api/documents)' : 'adding documents off (read-only database)';
  const lines = [`  ${signIn}; ${uploads}`, `  answers Host: ${resolveAllowedHosts(config.allowedHosts, config.host).join(', ')} (ALLOWED_HOSTS)`];
  if (!isLoopbackAddress(config.host) && config.allowedHosts.length === 0) {
    lines.push('  other machines get 421 until ALLOWED_HOSTS lists the name or address they use to reach this server');
  }
  return lines;
}

async function main(): Promise<void> {
  const config = loadServerConfig(process.env);
  const refusal = checkExposure({ host: config.host, userCount: config.users.length, allowAnonymous: config.allowAnonymous });
  if (refusal) {
    process.stderr.write(`\n✗ Refusing to start.\n${refusal}\n`);
    process.exit(2);
  }
  const adopt = config.allowForeignWrite || process.argv.includes('--adopt');
  const { driver, local, where, connection } = await connect(config.neo4j);
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
    const prepared = await prepareDatabase({
      driver,
      database: config.neo4jDatabase,
      allowForeignWrite: adopt,
      samplesDir: SAMPLES,
      log,
    });
    await ensureClientBuilt();
    const app = createApp({ driver, connection, config, staticDir: CLIENT_DIST, readOnlyDatabase: !prepared.writable });
    // Loopback by default: the explorer exposes ad-hoc (read-only) Cypher; HOST=0.0.0.0 opens it up (Docker).
    const web = await startWebServer(app, config.port, config.host);
    closeWeb = web.close;
    const mode = prepared.writable ? '' : ', READ-ONLY';
    log(`\n  Explorer ready: ${web.url}   (listening on ${web.listening}; Neo4j: ${where}${mode}; Ctrl-C to stop)`);
    for (const line of accessSummary(config, prepared.writable)) log(line);
    log('');
  } catch (e) {
    process.stderr.write(`\n✗ ${(e as Error).message}\n`);
    await shutdown('error', 1);
  }
}

main().catch((e) => {
  process.stderr.write(`\n✗ ${(e as Error).message}\n`);
  process.exit(1);
});
