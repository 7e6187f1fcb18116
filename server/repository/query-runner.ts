/**
 * Runs analyst Cypher (saved queries and `POST /api/cypher`) in a read transaction and returns
 * `{ columns, rows, graph, truncated }`: rows capped by iterating and breaking, every node,
 * relationship and path in the rows gathered into one graph payload.
 */
import type { QueryResult } from '../../core/index.ts';
import { AppError } from '../errors.ts';
import {
  addMissingEndpoints,
  collectGraphItems,
  createGraphItems,
  graphItemsToPayload,
  idLookup,
  readQuery,
  runCapped,
  toNative,
  type Neo4jContext,
} from '../neo4j/index.ts';

/** Options for `runReadOnlyQuery`. */
export interface RunQueryOptions {
  rowCap: number;
  /** Run EXPLAIN first and refuse anything whose plan is not read-only (queryType 'r'). */
  requireReadPlan: boolean;
  timeoutMs?: number;
}

/** Runs one read query and shapes its result for the API. */
export async function runReadOnlyQuery(
  ctx: Neo4jContext,
  cypher: string,
  params: Record<string, unknown>,
  opts: RunQueryOptions,
): Promise<QueryResult> {
  return readQuery(
    ctx,
    async (tx) => {
      if (opts.requireReadPlan) {
        const plan = await tx.run(`EXPLAIN ${cypher}`, params);
        const queryType = plan.summary.queryType;
        if (queryType !== 'r') {
          throw AppError.forbidden(
            `This endpoint is read-only: the query plan is of type '${queryType}' (only 'r' is allowed).`,
            'WRITE_FORBIDDEN',
          );
        }
      }
      const { keys, records, truncated } = await runCapped(tx, cypher, params, opts.rowCap);
      const items = createGraphItems();
      for (const record of records) for (const key of keys) collectGraphItems(record.get(key), items);
      await addMissingEndpoints(tx, items);
      const idOf = idLookup(items);
      return {
        columns: keys,
        rows: records.map((record) => keys.map((key) => toNative(record.get(key), idOf))),
        graph: graphItemsToPayload(items),
        truncated,
      };
    },
    opts.timeoutMs ?? ctx.timeoutMs,
  );
}
