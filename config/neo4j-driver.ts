/**
 * The one driver factory of the project (ingest, server, tests, bench): connection settings in,
 * neo4j-driver Driver out. Callers add driver settings of their own (the server bounds retries).
 */
import neo4j, { type Config, type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
}

/** Auth is basic when a password is given, none otherwise (the local runtime without a password). */
export function createNeo4jDriver({ uri, user, password }: Neo4jConnection, config: Config = {}): Driver {
  const auth = password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, { userAgent: 'newsgraph', disableLosslessIntegers: false, ...config });
}
