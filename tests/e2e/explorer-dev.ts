/**
 * Manual check of the explorer on the sample corpus: starts a local Neo4j (temporary data folder),
 * loads the samples and serves API + explorer on PORT (default 3000) until Ctrl-C. For `npm run dev`
 * (Vite on 5173 proxies /api here) or to open http://127.0.0.1:3000 directly.
 *   npx tsx tests/e2e/explorer-dev.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNeo4jDriver } from '../../config/neo4j-driver.ts';
import { findFreePort, startLocalNeo4j } from '../../neo4j-runtime/local-neo4j.ts';
import { buildClient, loadSampleCorpus, startExplorerServer } from './explorer-stack.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-dev-'));
const db = await startLocalNeo4j({ port: await findFreePort(), dataDir, password: 'explorer-dev', heap: '512m', pagecache: '64m' });
const driver = createNeo4jDriver({ uri: db.uri, user: db.user, password: db.password });
const counts = await loadSampleCorpus(driver);
if (process.env.SKIP_BUILD !== '1') await buildClient();
const web = await startExplorerServer(driver, Number(process.env.PORT ?? 3000));
console.log(`Neo4j ${db.uri}; ${counts.entities} entities, ${counts.relations} relations loaded; explorer at ${web.url}`);
const stop = async () => {
  await web.close();
  await driver.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
