/**
 * Adding documents: `POST /api/documents` (one article as JSON: title, text, optional publishedAt,
 * url, source) and `POST /api/documents/file?name=…` (one file's bytes, read by the ingest readers),
 * plus `GET /api/uploads`, which tells the explorer whether to offer it. Off unless
 * ALLOW_UPLOADS=true, never on a database the server treats as read-only, and for the editor role
 * when users are configured; both POSTs count against one per-client rate limit. 201 when a
 * document is new, 200 when it was already there (unchanged or replaced).
 */
import express, { Router, type Response } from 'express';
import {
  addDocumentBodySchema,
  UPLOAD_MAX_FILE_BYTES,
  UPLOAD_MAX_FILE_DOCUMENTS,
  UPLOAD_MAX_TEXT,
  type UploadSettings,
} from '../../core/index.ts';
import { SUPPORTED_EXTENSIONS } from '../../ingest/read/index.ts';
import { authOf, requireRole } from '../auth/request-auth.ts';
import { roleAllows } from '../auth/users.ts';
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

const OFF = 'Adding documents is off on this server (set ALLOW_UPLOADS=true to turn it on).';
const READ_ONLY = 'The database was not built by newsgraph, so the server only reads it (see ALLOW_FOREIGN_WRITE).';

export function createDocumentsRouter({ adder, uploadsEnabled, readOnlyDatabase, rateLimit }: DocumentsRouterDeps): Router {
  const router = Router();
  const gate: express.RequestHandler = (_req, _res, next) => {
    if (!uploadsEnabled) next(AppError.forbidden(OFF, 'UPLOADS_OFF'));
    else if (readOnlyDatabase) next(AppError.forbidden(READ_ONLY, 'READ_ONLY_DATABASE'));
    else next();
  };
  // One count for both ways of adding.
  const limiter = createRateLimiter(rateLimit, 'document');
  const status = (res: Response, created: boolean) => res.status(created ? 201 : 200);

  router.get('/uploads', (_req, res) => {
    const role = authOf(res).role;
    const reason = !uploadsEnabled ? OFF : readOnlyDatabase ? READ_ONLY : !roleAllows(role, 'editor') ? 'Adding documents needs the editor role.' : undefined;
    const settings: UploadSettings = {
      enabled: !reason,
      ...(reason ? { reason } : {}),
      maxTextChars: UPLOAD_MAX_TEXT,
      maxFileBytes: UPLOAD_MAX_FILE_BYTES,
      maxFileDocuments: UPLOAD_MAX_FILE_DOCUMENTS,
      extensions: [...SUPPORTED_EXTENSIONS],
    };
    res.json(settings);
  });

  router.post('/documents', gate, limiter, requireRole('editor'), async (req, res) => {
    const body = addDocumentBodySchema.parse(req.body ?? {});
    const added = await adder.add(body);
    status(res, added.created).json(added);
  });

  router.post(
    '/documents/file',
    gate,
    limiter,
    requireRole('editor'),
    // The bytes as they are, whatever their type (the reader is chosen by the file name); checked only after the role.
    express.raw({ type: () => true, limit: UPLOAD_MAX_FILE_BYTES }),
    async (req, res) => {
      const name = req.query['name'];
      if (typeof name !== 'string' || !name.trim() || name.length > 1000) throw AppError.badRequest('Give the file name as ?name= (at most 1000 characters).', 'INVALID_INPUT');
      const bytes: unknown = req.body;
      if (!Buffer.isBuffer(bytes)) throw AppError.badRequest('Send the file bytes as the request body.', 'INVALID_INPUT');
      const added = await adder.addFile(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      status(res, added.documents.some((d) => d.created)).json(added);
    },
  );
  return router;
}
