/** Payloads of `POST /api/documents` (adding one article, or a file, through the API), shared by server and client. */
import { z } from 'zod';

/** Largest article text accepted through the API, in characters. */
export const UPLOAD_MAX_TEXT = 100_000;
/** Largest file accepted by `POST /api/documents/file`, in bytes. */
export const UPLOAD_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Most articles taken from one uploaded file (a text file, JSONL or feed may hold many); the rest are reported. */
export const UPLOAD_MAX_FILE_DOCUMENTS = 20;
/** Most ids listed in the `new…Ids` and `entityIds` fields of an answer (`idsTruncated` says when there were more). */
export const UPLOAD_MAX_LISTED_IDS = 500;

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

/** What an add brought into the graph, so the explorer can put it on the canvas and emphasise it. */
const addedIdsSchema = z.object({
  /** Entities the graph did not hold before. */
  newEntityIds: z.array(z.string()),
  /** Facts (relationship ids, as edges carry them) the graph did not hold before. */
  newFactIds: z.array(z.string()),
  /** Every entity the added documents mention (the ends of their facts among them). */
  entityIds: z.array(z.string()),
  /** True when a list was cut at UPLOAD_MAX_LISTED_IDS. */
  idsTruncated: z.boolean(),
});

export const addDocumentResponseSchema = z.object({
  documentId: z.string(),
  /** false when the same title and text were added before (nothing changed). */
  created: z.boolean(),
  entities: z.object({ total: z.number().int(), new: z.number().int() }),
  facts: z.object({ total: z.number().int(), new: z.number().int() }),
  evidence: z.number().int(),
}).extend(addedIdsSchema.shape);
export type AddDocumentResponse = z.infer<typeof addDocumentResponseSchema>;

/** A problem with one part of a file (a JSONL line, an article), as the CLI reports it: `path: message`. */
export const uploadPartErrorSchema = z.object({ path: z.string(), message: z.string() });
export type UploadPartError = z.infer<typeof uploadPartErrorSchema>;

/** `POST /api/documents/file?name=…`: the articles read from one file, added together. */
export const addFileResponseSchema = z.object({
  file: z.string(),
  documents: z.array(z.object({ documentId: z.string(), title: z.string(), created: z.boolean() })),
  /** Parts of the file that were not added (the rest was). */
  errors: z.array(uploadPartErrorSchema),
  entities: z.object({ total: z.number().int(), new: z.number().int() }),
  facts: z.object({ total: z.number().int(), new: z.number().int() }),
  evidence: z.number().int(),
}).extend(addedIdsSchema.shape);
export type AddFileResponse = z.infer<typeof addFileResponseSchema>;

/** `GET /api/uploads`: whether this caller may add documents, and the bounds, so the explorer can offer it or not. */
export const uploadSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Why not, when `enabled` is false (uploads off, read-only database, role). */
  reason: z.string().optional(),
  maxTextChars: z.number().int(),
  maxFileBytes: z.number().int(),
  maxFileDocuments: z.number().int(),
  /** File extensions the readers take (".txt", ".html", …); other files are read as plain text, as the CLI does. */
  extensions: z.array(z.string()),
});
export type UploadSettings = z.infer<typeof uploadSettingsSchema>;
