/**
 * One driver per process, created by the entry point (never at import time). Settings favour a
 * quick, honest 503 over long hangs when the database is down.
 */
import type { Driver } from 'neo4j-driver';
import { createNeo4jDriver, type Neo4jConnection } from '../../config/neo4j-driver.ts';

export type { Neo4jConnection };

/**
 * Creates the server process's driver. `neo4j://`/`neo4j+s://` route (cluster or single), `bolt://` is direct.
 * Retries of transient failures are bounded to 5 s so an outage turns into 503s quickly.
 */
export function createServerDriver(conn: Neo4jConnection): Driver {
  return createNeo4jDriver(conn, {
    maxTransactionRetryTime: 5_000,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
  });
}
