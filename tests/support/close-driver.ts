/**
 * Setup file of the Neo4j test projects: closes the test file's shared driver after its tests,
 * so no Bolt connection outlives the file that opened it.
 */
import { afterAll } from 'vitest';
import { closeTestDriver } from './neo4j.ts';

afterAll(async () => {
  await closeTestDriver();
});
