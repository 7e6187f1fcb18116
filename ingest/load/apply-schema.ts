/**
 * Applies `cypher/schema/*.cypher` (constraints and indexes, all `IF NOT EXISTS`) and waits until the
 * indexes are online, so the first MERGE already runs against its uniqueness constraint.
 */
import type { Driver } from 'neo4j-driver';
import { loadCypherFolder } from '../../cypher/cypher-files.ts';

/** Idempotent: safe to call at every start. */
export async function applySchema(driver: Driver, database = 'neo4j'): Promise<void> {
  for (const file of loadCypherFolder('schema')) {
    for (const statement of file.statements) {
      await driver.executeQuery(statement, {}, { database, routing: 'WRITE' });
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database, routing: 'READ' });
}
