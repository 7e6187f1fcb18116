/**
 * Test projects. `npm test` (= `vitest run`) runs all of them and fails on any failure.
 * - unit: pure code next to its sources, no Neo4j.
 * - integration: `tests/**` against a real Neo4j (one per run, see tests/global-setup.ts),
 *   one file at a time because files share that database.
 * - e2e: `tests/e2e/**` (server + browser), same Neo4j, after the integration files.
 */
import { configDefaults, defineConfig } from 'vitest/config';

const neo4jProject = {
  globalSetup: ['tests/global-setup.ts'],
  setupFiles: ['tests/support/close-driver.ts'],
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    // A project without files (e2e, until browser tests exist) must not fail the run.
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{core,config,cypher,ingest,server,client,bench,neo4j-runtime}/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
          ...neo4jProject,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          ...neo4jProject,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
