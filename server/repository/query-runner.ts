/**
 * Runs analyst Cypher (saved queries and `POST /api/cypher`) in a read transaction and returns
 * `{ columns, rows, graph, truncated, truncatedBy? }`: rows capped by count and by size while
 * streaming, every node, relationship and path in the rows gathered into one graph payload. Console
 * queries are first checked against their EXPLAIN plan (`console/plan-guard.ts`).
 */
import type { QueryResult } from '../../core/index.ts';
import { checkPlan, type PlanNode } from '../console/plan-guard.ts';
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
  /** Approximate JSON size of the rows returned; defaults to no size cap. */
  byteCap?: number;
  /**
   * Run EXPLAIN first and refuse anything whose plan is not a read the console allows (query
   * type 'r', no refused operator, allowlisted procedures only).
   */
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
        const explained = await tx.run(`EXPLAIN ${cypher}`, params);
        checkPlan(explained.summary.queryType, explained.summary.plan as PlanNode | false);
      }
      const caps = { rowCap: opts.rowCap, byteCap: opts.byteCap ?? Number.MAX_SAFE_INTEGER };
      const { keys, records, truncatedBy } = await runCapped(tx, cypher, params, caps);
      const items = createGraphItems();
      for (const record of records) for (const key of keys) collectGraphItems(record.get(key), items);
      await addMissingEndpoints(tx, items);
      const idOf = idLookup(items);
      return {
        columns: keys,
        rows: records.map((record) => keys.map((key) => toNative(record.get(key), idOf))),
        graph: graphItemsToPayload(items),
        truncated: truncatedBy !== undefined,
        ...(truncatedBy ? { truncatedBy } : {}),
      };
    },
    opts.timeoutMs ?? ctx.timeoutMs,
  );
}
