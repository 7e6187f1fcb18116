/**
 * A console worker: a thread with its own driver and one connection, running one console job at a
 * time. Decoding a huge row (Neo4j sends a row whole) costs this thread's time and heap, never the
 * main thread's; at the deadline the main thread terminates the worker, which closes its
 * connection, so nothing of the query outlives the request.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createNeo4jDriver, type Neo4jConnection } from '../../config/neo4j-driver.ts';
import { replyToJob, type ConsoleJob } from './console-job.ts';

/** What the pool passes to each worker. */
export interface ConsoleWorkerData {
  connection: Neo4jConnection;
  database: string;
}

const data = workerData as ConsoleWorkerData;
const driver = createNeo4jDriver(data.connection, {
  maxConnectionPoolSize: 1,
  // A user's query is never retried: a second run would only double its cost.
  maxTransactionRetryTime: 0,
  connectionAcquisitionTimeout: 10_000,
  connectionTimeout: 5_000,
});

parentPort?.on('message', (job: ConsoleJob) => {
  const ctx = { driver, database: data.database, timeoutMs: job.timeoutMs };
  void replyToJob(ctx, job).then((reply) => parentPort?.postMessage(reply));
});
