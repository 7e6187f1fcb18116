/**
 * The API server as its own process for the query and rendering benchmarks, so the load generator
 * (autocannon, in the parent) does not share an event loop with the server it measures, and the
 * server's peak memory can be read on its own. Prints one JSON line `{ "url", "pid" }` when ready.
 * Env: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD), BENCH_STATIC_DIR (optional built client).
 */
import { createNeo4jDriver } from '../../config/neo4j-driver.ts';
import { createApp, loadServerConfig, startWebServer } from '../../server/index.ts';

const config = loadServerConfig({ ...process.env, PORT: '0' });
if (!config.neo4j.uri) throw new Error('server-child needs NEO4J_URI');
// Console queries run in worker threads over the same connection settings, as under `npm start`.
const connection = { uri: config.neo4j.uri, user: config.neo4j.user, ...(config.neo4j.password ? { password: config.neo4j.password } : {}) };
const driver = createNeo4jDriver(connection);
const app = createApp({ driver, connection, config, staticDir: process.env.BENCH_STATIC_DIR || undefined, log: () => {} });
const web = await startWebServer(app, 0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ url: web.url, pid: process.pid })}\n`);
const stop = async () => {
  await web.close(1000).catch(() => {});
  await driver.close().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// Exit with the parent (stdin closes when it dies, even by SIGKILL).
process.stdin.on('end', () => void stop());
process.stdin.resume();
