/**
 * One console query as a job: the same function runs it in a console worker (`worker.ts`) or, when
 * the app was given no connection settings, in the main thread. The statement has already passed
 * the text screen; here the EXPLAIN plan is checked and the result streamed under its caps.
 */
import type { QueryResult } from '../../core/index.ts';
import { toAppError } from '../errors.ts';
import { toCypherParams, type Neo4jContext } from '../neo4j/index.ts';
import { runReadOnlyQuery } from '../repository/query-runner.ts';

/** What a worker is asked to run. */
export interface ConsoleJob {
  statement: string;
  params: Record<string, unknown>;
  rowCap: number;
  byteCap: number;
  /** Transaction timeout in Neo4j. */
  timeoutMs: number;
}

/** What a worker answers. */
export type ConsoleReply =
  | { ok: true; result: QueryResult }
  | { ok: false; error: { status: number; code: string; message: string } };

/** Runs the job read-only: EXPLAIN checked, then rows streamed up to the row and size caps. */
export async function runConsoleJob(ctx: Neo4jContext, job: ConsoleJob): Promise<QueryResult> {
  const params = toCypherParams(job.params) as Record<string, unknown>;
  return runReadOnlyQuery(ctx, job.statement, params, {
    rowCap: job.rowCap,
    byteCap: job.byteCap,
    requireReadPlan: true,
    timeoutMs: job.timeoutMs,
  });
}

/** Runs the job and packs the outcome as a reply (errors as status, code and message). */
export async function replyToJob(ctx: Neo4jContext, job: ConsoleJob): Promise<ConsoleReply> {
  try {
    return { ok: true, result: await runConsoleJob(ctx, job) };
  } catch (err) {
    // The driver decodes values recursively: a value nested thousands deep overflows its stack.
    if (err instanceof RangeError) {
      return { ok: false, error: { status: 422, code: 'RESULT_TOO_LARGE', message: 'A result value is too large or too deeply nested.' } };
    }
    const e = toAppError(err);
    return { ok: false, error: { status: e.status, code: e.code, message: e.message } };
  }
}
