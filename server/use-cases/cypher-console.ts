/**
 * The analyst's Cypher console: one statement, screened as text (size, nesting, clauses, names),
 * then run by the console runner: checked by its EXPLAIN plan (read type, no refused operator,
 * allowlisted procedures), in a READ transaction with a timeout, rows streamed under a row cap and
 * a size cap, all within a deadline and the in-flight limits.
 */
import type { QueryResult } from '../../core/index.ts';
import type { ConsoleRunner } from '../console/console-runner.ts';
import { screenReadOnlyCypher } from '../cypher-guard.ts';

/** The caps every console query runs under. */
export interface ConsoleSettings {
  rowCap: number;
  byteCap: number;
  timeoutMs: number;
}

/**
 * Runs user Cypher read-only for `client` (its address).
 * @throws AppError 400/403 (screen or plan), 429/503 (in-flight limits), 504 (deadline).
 */
export async function runConsoleCypher(
  runner: ConsoleRunner,
  client: string,
  query: string,
  params: Record<string, unknown>,
  settings: ConsoleSettings,
): Promise<QueryResult> {
  const statement = screenReadOnlyCypher(query);
  return runner.run(client, { statement, params, ...settings });
}
