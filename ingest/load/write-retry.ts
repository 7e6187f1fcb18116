/**
 * Runs one batch's write transaction until it commits. The driver's `executeWrite` already retries
 * transient failures (a deadlock Neo4j broke, a lost connection). Two more outcomes mean only that
 * another ingest got there first, and are retried the same way, from a fresh plan inside a new
 * transaction: a uniqueness constraint that refused a node another writer had just created, and a
 * node or relationship another writer deleted between our read and our write.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';

/** Error codes that mean "lost a race": the work is re-planned and tried again. */
export const RACE_CODES = new Set(['Neo.ClientError.Schema.ConstraintValidationFailed', 'Neo.ClientError.Statement.EntityNotFound']);

/** Attempts after a lost race before the error is reported. */
export const MAX_RACE_ATTEMPTS = 8;

export function lostRace(err: unknown): boolean {
  return RACE_CODES.has((err as { code?: string } | null)?.code ?? '');
}

/**
 * `work` must plan inside the transaction (read what it needs there), so a retry sees what the
 * winner committed. Its result is returned from the attempt that committed.
 */
export async function writeWithRetry<T>(driver: Driver, database: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database });
    try {
      return await session.executeWrite(work);
    } catch (err) {
      if (!lostRace(err) || attempt >= MAX_RACE_ATTEMPTS) throw err;
      await new Promise((ok) => setTimeout(ok, Math.random() * 20 * attempt));
    } finally {
      await session.close();
    }
  }
}
