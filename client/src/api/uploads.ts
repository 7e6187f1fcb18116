/**
 * Adding documents from the explorer: whether the server offers it (`GET /api/uploads`), one pasted
 * article (`POST /api/documents`) and one file's bytes (`POST /api/documents/file`, sent with
 * XMLHttpRequest so the upload reports its progress). Answers are checked with the shared schemas;
 * failures are ApiErrors carrying the server's message (for a bad file, the CLI's `name: why`).
 */
import type { z } from 'zod';
import { errorResponseSchema } from '../../../core/api-schemas.ts';
import {
  addDocumentResponseSchema,
  addFileResponseSchema,
  uploadSettingsSchema,
  type AddDocumentBody,
  type AddDocumentResponse,
  type AddFileResponse,
  type UploadSettings,
} from '../../../core/document-upload-schemas.ts';
import { ApiError } from './client.ts';

/** The answer of an upload request, checked against `schema`; throws an ApiError for anything else. */
export function readAnswer<S extends z.ZodType>(schema: S, status: number, text: string, what: string): z.infer<S> {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(status, 'bad_response', status === 0 ? 'Cannot reach the server.' : `The server sent something that is not JSON (HTTP ${status}).`);
  }
  if (status < 200 || status >= 300) {
    const err = errorResponseSchema.safeParse(body);
    if (err.success) throw new ApiError(status, err.data.error.code, err.data.error.message);
    throw new ApiError(status, 'http_error', `HTTP ${status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(status, 'bad_response', `Unexpected response from ${what}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

async function fetchAnswer<S extends z.ZodType>(schema: S, path: string, init?: RequestInit): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  } catch (err) {
    throw new ApiError(0, 'network', `Cannot reach the server (${(err as Error).message}).`);
  }
  return readAnswer(schema, res.status, await res.text(), path);
}

/** Whether this user may add documents here, and the bounds. */
export function getUploadSettings(): Promise<UploadSettings> {
  return fetchAnswer(uploadSettingsSchema, '/api/uploads');
}

/** Adds one article (extracted and loaded on the server). */
export function addDocument(body: AddDocumentBody): Promise<AddDocumentResponse> {
  return fetchAnswer(addDocumentResponseSchema, '/api/documents', { method: 'POST', body: JSON.stringify(body) });
}

/** What an upload is doing: sending bytes (with the share sent), or waiting for the server to read, extract and load. */
export type UploadPhase = { phase: 'sending'; sent: number } | { phase: 'working' };

/** Sends a file's bytes; `onPhase` follows the upload. The name goes along so the server picks the reader. */
export function addDocumentFile(file: Blob, name: string, onPhase: (p: UploadPhase) => void = () => {}): Promise<AddFileResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/documents/file?name=${encodeURIComponent(name)}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onPhase({ phase: 'sending', sent: e.lengthComputable && e.total ? e.loaded / e.total : 0 });
    xhr.upload.onload = () => onPhase({ phase: 'working' });
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Cannot reach the server.'));
    xhr.onload = () => {
      try {
        resolve(readAnswer(addFileResponseSchema, xhr.status, xhr.responseText, '/api/documents/file'));
      } catch (err) {
        reject(err);
      }
    };
    onPhase({ phase: 'sending', sent: 0 });
    xhr.send(file);
  });
}

export type { AddDocumentBody, AddDocumentResponse, AddFileResponse, UploadSettings };
