/** One place that turns connection settings into a neo4j-driver Driver. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
}

/** Auth is basic when a password is given, none otherwise (the local runtime without a password). */
export function createNeo4jDriver({ uri, user, password }: Neo4jConnection): Driver {
  const auth = password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, { userAgent: 'newsgraph', disableLosslessIntegers: false });
}
