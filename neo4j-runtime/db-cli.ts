/**
 * `npm run db:install | db:start | db:stop | db:status`: the local Neo4j from the command line.
 * start runs it detached (pid file in the data folder) and is a no-op when it already runs;
 * stop shuts it down cleanly; status and stop also see the Neo4j that `npm start` runs on the
 * same data folder (it writes the same pid file). Configuration comes from NEO4J_PORT, NEO4J_DATA_DIR,
 * NEO4J_PASSWORD, NEO4J_HEAP and NEO4J_PAGECACHE.
 */
import { installNeo4j, Neo4jRuntimeError } from './install.ts';
import { localNeo4jOptionsFromEnv, readRunningNeo4j, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j.ts';

const USAGE = 'usage: tsx neo4j-runtime/db-cli.ts install|start|stop|status';

async function main(command: string | undefined): Promise<void> {
  const opts = localNeo4jOptionsFromEnv();
  switch (command) {
    case 'install': {
      const result = await installNeo4j((line) => console.log(line));
      console.log(`Neo4j ${result.version} runtime is installed.`);
      return;
    }
    case 'start': {
      const already = readRunningNeo4j(opts.dataDir);
      if (!already) console.log(`Starting Neo4j on 127.0.0.1:${opts.port} (data in ${opts.dataDir})…`);
      const db = await startLocalNeo4j({ ...opts, background: true });
      console.log(already ? `Neo4j is already running (pid ${db.pid}).` : `Neo4j started in ${(db.startMs / 1000).toFixed(1)} s (pid ${db.pid}); log: ${db.logFile}`);
      console.log(db.password ? `${db.uri} (user neo4j, password from NEO4J_PASSWORD)` : `${db.uri} (auth disabled)`);
      return;
    }
    case 'stop': {
      const running = readRunningNeo4j(opts.dataDir);
      const stopped = await stopLocalNeo4j(opts.dataDir);
      const owner = running?.owner ? ` (it was run by npm start, pid ${running.owner}, which now has no database)` : '';
      console.log(stopped ? `Neo4j stopped${owner}.` : `No Neo4j was running for ${opts.dataDir}.`);
      return;
    }
    case 'status': {
      const running = readRunningNeo4j(opts.dataDir);
      const owner = running?.owner ? `, run by npm start or a test run, pid ${running.owner}` : '';
      console.log(running ? `running: ${running.uri} (pid ${running.pid}${owner}; data in ${opts.dataDir})` : 'not running');
      if (!running) process.exitCode = 3;
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((err: unknown) => {
  const known = err instanceof Neo4jRuntimeError || (err instanceof Error && err.message.startsWith('Invalid Neo4j configuration'));
  console.error(known ? `error: ${(err as Error).message}` : err);
  process.exitCode = 1;
});
