/** Payloads of `POST /api/documents` (adding one article through the API), shared by server and client. */
import { z } from 'zod';

/** Largest article text accepted through the API, in characters. */
export const UPLOAD_MAX_TEXT = 100_000;

export const addDocumentBodySchema = z.object({
  title: z.string().trim().min(1).max(500),
  text: z.string().min(1).max(UPLOAD_MAX_TEXT).refine((t) => t.trim().length > 0, 'text is empty'),
  /** A calendar date (`2024-05-01`) or a date-time with offset (`2024-05-01T09:30:00Z`). */
  publishedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  /** Link to the original; http and https only. */
  url: z.url({ protocol: /^https?$/, message: 'url must be an http or https address' }).max(2048).optional(),
  /** Where it comes from (shown with the document); default `upload`. */
  source: z.string().trim().min(1).max(200).optional(),
});
export type AddDocumentBody = z.infer<typeof addDocumentBodySchema>;

export const addDocumentResponseSchema = z.object({
  documentId: z.string(),
  /** false when the same title and text were added before (nothing changed). */
  created: z.boolean(),
  entities: z.object({ total: z.number().int(), new: z.number().int() }),
  facts: z.object({ total: z.number().int(), new: z.number().int() }),
  evidence: z.number().int(),
});
export type AddDocumentResponse = z.infer<typeof addDocumentResponseSchema>;
