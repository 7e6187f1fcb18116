/**
 * Vitest global setup of the Neo4j test projects (integration, e2e): starts ONE Neo4j for the
 * whole run and provides its coordinates (`inject('neo4j')`, read by tests/support/neo4j.ts).
 * Each project runs its global setup, so the database is kept on `globalThis` with a count of
 * users; the last teardown stops it.
 */
import type { TestProject } from 'vitest/node';
import { startTestNeo4j, type StartedTestNeo4j } from './support/neo4j.ts';

interface Shared {
  db: Promise<StartedTestNeo4j>;
  users: number;
}

const KEY = Symbol.for('newsgraph.testNeo4j');
const registry = globalThis as typeof globalThis & { [KEY]?: Shared };

/** Starts (or reuses) the run's Neo4j and provides it to the project's test files. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let shared = registry[KEY];
  if (!shared) {
    shared = { db: startTestNeo4j((line) => console.log(line)), users: 0 };
    registry[KEY] = shared;
  }
  shared.users += 1;
  const db = await shared.db;
  project.provide('neo4j', db.coordinates);
  return async () => {
    const current = registry[KEY];
    if (!current) return;
    current.users -= 1;
    if (current.users > 0) return;
    delete registry[KEY];
    await (await current.db).stop();
  };
}
