/**
 * One error type for the whole API and one middleware that turns anything thrown into
 * `{ error: { code, message } }` with the right status. Neo4j driver errors are classified here,
 * in one place, so routes never look at driver error codes.
 */
import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';

/** An error the client may see: HTTP status, stable machine code, human message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badRequest(message: string, code = 'BAD_REQUEST'): AppError {
    return new AppError(400, code, message);
  }
  static notFound(message: string): AppError {
    return new AppError(404, 'NOT_FOUND', message);
  }
  static forbidden(message: string, code = 'FORBIDDEN'): AppError {
    return new AppError(403, code, message);
  }
}

interface DriverLikeError {
  code?: unknown;
  message?: unknown;
  name?: unknown;
}

/** Maps a neo4j-driver error to an AppError, or returns undefined when it is not one. */
export function neo4jErrorToAppError(err: unknown): AppError | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const { code, message, name } = err as DriverLikeError;
  if (name !== 'Neo4jError' || typeof code !== 'string') return undefined;
  const msg = typeof message === 'string' ? message : 'Neo4j error';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new AppError(503, 'NEO4J_UNAVAILABLE', 'The graph database is unreachable; try again shortly.');
  }
  if (code.includes('TransactionTimedOut')) {
    return new AppError(504, 'QUERY_TIMEOUT', 'The query exceeded the time limit and was stopped.');
  }
  if (/MemoryPoolOutOfMemoryError|TransactionMemoryLimit|MemoryLimit/.test(code)) {
    return new AppError(422, 'QUERY_MEMORY_LIMIT', 'The query needs more memory than a transaction may use; return or collect less.');
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return AppError.forbidden('This endpoint is read-only: the query tried to write.', 'WRITE_FORBIDDEN');
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return AppError.forbidden('Not allowed by the database.', 'FORBIDDEN');
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return AppError.badRequest(firstLine(msg), 'CYPHER_ERROR');
  }
  if (code.startsWith('Neo.ClientError.Transaction.Terminated')) {
    return new AppError(504, 'QUERY_TIMEOUT', 'The query was terminated before it finished.');
  }
  return undefined;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? text;
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}

/** Converts anything thrown to an AppError (unknown errors become a generic 500). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof z.ZodError) {
    const message = err.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    return AppError.badRequest(message, 'INVALID_INPUT');
  }
  const fromNeo4j = neo4jErrorToAppError(err);
  if (fromNeo4j) return fromNeo4j;
  // Express could not decode a path parameter (`/api/nodes/%E0%A4%A`).
  if (err instanceof URIError) return AppError.badRequest('The URL holds a malformed %-escape.', 'INVALID_INPUT');
  const e = err as { type?: unknown; status?: unknown };
  // body-parser errors (malformed JSON, body too large) carry a status and a type.
  if (e && typeof e.status === 'number' && typeof e.type === 'string') {
    if (e.type === 'entity.too.large') return new AppError(413, 'PAYLOAD_TOO_LARGE', 'Request body too large.');
    if (e.status >= 400 && e.status < 500) return AppError.badRequest('Malformed request body.', 'INVALID_INPUT');
  }
  return new AppError(500, 'INTERNAL', 'Internal server error.');
}

/** Express error middleware: the only place that writes error responses. */
export function createErrorMiddleware(log: (message: string, err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const appError = toAppError(err);
    if (appError.status >= 500 && appError.code === 'INTERNAL') log('Unhandled error', err);
    res.status(appError.status).json({ error: { code: appError.code, message: appError.message } });
  };
}
