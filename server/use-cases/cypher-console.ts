/**
 * The analyst's Cypher console: one statement, screened as text, checked by EXPLAIN to be a read,
 * run in a READ transaction with a timeout and a row cap.
 */
import type { QueryResult } from '../../core/index.ts';
import { screenReadOnlyCypher } from '../cypher-guard.ts';
import { toCypherParams, type Neo4jContext } from '../neo4j/index.ts';
import { runReadOnlyQuery } from '../repository/query-runner.ts';

/** Runs user Cypher read-only. @throws AppError 403 on any write or escape attempt. */
export async function runConsoleCypher(
  ctx: Neo4jContext,
  query: string,
  params: Record<string, unknown>,
  rowCap: number,
): Promise<QueryResult> {
  const statement = screenReadOnlyCypher(query);
  const cypherParams = toCypherParams(params) as Record<string, unknown>;
  return runReadOnlyQuery(ctx, statement, cypherParams, { rowCap, requireReadPlan: true });
}
