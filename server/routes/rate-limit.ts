/**
 * The per-client rate limit of the costly routes (console, paths, saved queries, adding documents):
 * at most `max` requests per `windowMs` for each route it is mounted on, counted on its own, then 429.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors.ts';

export function createRateLimiter({ windowMs, max }: { windowMs: number; max: number }, what: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit: max,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError(429, 'RATE_LIMITED', `Too many ${what} requests; slow down.`)),
  });
}
