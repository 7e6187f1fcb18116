/**
 * One driver per process, created by the entry point (never at import time). Settings favour a
 * quick, honest 503 over long hangs when the database is down.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/** Connection settings for `createNeo4jDriver`. */
export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
}

/**
 * Creates the server process's driver. `neo4j://`/`neo4j+s://` route (cluster or single), `bolt://` is direct.
 * Retries of transient failures are bounded to 5 s so an outage turns into 503s quickly.
 */
export function createServerDriver(conn: Neo4jConnection): Driver {
  const auth = conn.user ? neo4j.auth.basic(conn.user, conn.password ?? '') : undefined;
  return neo4j.driver(conn.uri, auth, {
    maxTransactionRetryTime: 5_000,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    disableLosslessIntegers: false,
  });
}
