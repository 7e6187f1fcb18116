/**
 * `POST /api/documents`: adds one article (title, text, optional publishedAt, url, source). Off
 * unless ALLOW_UPLOADS=true, never on a database the server treats as read-only, and for the
 * editor role when users are configured, under the per-client rate limit. 201 when the document is new, 200 when it was already
 * there (unchanged or replaced).
 */
import { Router } from 'express';
import { addDocumentBodySchema } from '../../core/index.ts';
import { requireRole } from '../auth/request-auth.ts';
import { AppError } from '../errors.ts';
import type { DocumentAdder } from '../use-cases/add-document.ts';
import { createRateLimiter } from './rate-limit.ts';

export interface DocumentsRouterDeps {
  adder: DocumentAdder;
  /** ALLOW_UPLOADS. */
  uploadsEnabled: boolean;
  /** The database is not ours: start-up decided to write nothing. */
  readOnlyDatabase: boolean;
  /** RATE_LIMIT_WINDOW_MS, RATE_LIMIT_MAX: uploads per client, counted apart from the other routes. */
  rateLimit: { windowMs: number; max: number };
}

export function createDocumentsRouter({ adder, uploadsEnabled, readOnlyDatabase, rateLimit }: DocumentsRouterDeps): Router {
  const router = Router();
  router.post(
    '/documents',
    (_req, _res, next) => {
      if (!uploadsEnabled) next(AppError.forbidden('Adding documents is off on this server (set ALLOW_UPLOADS=true to turn it on).', 'UPLOADS_OFF'));
      else if (readOnlyDatabase)
        next(AppError.forbidden('The database was not built by newsgraph, so the server only reads it (see ALLOW_FOREIGN_WRITE).', 'READ_ONLY_DATABASE'));
      else next();
    },
    createRateLimiter(rateLimit, 'document'),
    requireRole('editor'),
    async (req, res) => {
      const body = addDocumentBodySchema.parse(req.body ?? {});
      const added = await adder.add(body);
      res.status(added.created ? 201 : 200).json(added);
    },
  );
  return router;
}
