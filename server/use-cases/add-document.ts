/**
 * Adding articles through the API, with the same extraction and loader as `npm run ingest`: one
 * pasted article, or the articles of one uploaded file (read by the ingest readers, see
 * read-upload.ts). A document id hashes its text, so sending the same article again changes nothing
 * and sending it with a corrected title, url or date replaces the old version (the loader's content
 * hash covers them). Answers say what was new (entity and fact ids) so the explorer can show it.
 * Extraction is CPU work: one add at a time, a short queue, then 503.
 */
import {
  hash64,
  UPLOAD_MAX_LISTED_IDS,
  type AddDocumentBody,
  type AddDocumentResponse,
  type AddFileResponse,
  type DocumentRecord,
} from '../../core/index.ts';
import { createExtractor, type Extractor } from '../../ingest/extract/index.ts';
import { findStoredDocumentHashes, loadExtraction } from '../../ingest/load/index.ts';
import { AppError } from '../errors.ts';
import type { Neo4jContext } from '../neo4j/index.ts';
import { readKnownIds } from '../repository/known-ids.ts';
import { cleanFileName, readUpload } from './read-upload.ts';

export interface DocumentAdder {
  add(body: AddDocumentBody): Promise<AddDocumentResponse>;
  /** Reads a file with the ingest readers and adds its articles; a file with nothing readable is a 422 naming the CLI's error. */
  addFile(name: string, bytes: Uint8Array): Promise<AddFileResponse>;
}

/** The stored record of an uploaded article (pure). */
export function uploadToDocument(body: AddDocumentBody): DocumentRecord {
  const doc: DocumentRecord = {
    id: `upload-${hash64(body.text)}`,
    title: body.title,
    text: body.text,
    source: body.source ?? 'upload',
    contentHash: hash64([body.title, body.text, body.url ?? '', body.publishedAt ?? '', body.source ?? ''].join('\u0000')),
  };
  if (body.url) doc.url = body.url;
  if (body.publishedAt) doc.publishedAt = body.publishedAt;
  return doc;
}

type Added = Omit<AddDocumentResponse, 'documentId' | 'created'> & { documents: { documentId: string; title: string; created: boolean }[] };

export function createDocumentAdder(ctx: Neo4jContext, opts: { extractor?: Extractor; maxWaiting?: number } = {}): DocumentAdder {
  const maxWaiting = opts.maxWaiting ?? 4;
  let extractor = opts.extractor;
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  async function addNow(bodies: AddDocumentBody[]): Promise<Added> {
    extractor ??= createExtractor();
    // The same text twice in one file is one document.
    const docs = [...new Map(bodies.map((b) => uploadToDocument(b)).map((d) => [d.id, d])).values()];
    const stored = await findStoredDocumentHashes(ctx.driver, docs.map((d) => d.id), ctx.database);
    const result = await extractor.extract(docs);
    const known = await readKnownIds(ctx, result.entities, result.relations);
    await loadExtraction(ctx.driver, result, { database: ctx.database });
    const newEntityIds = result.entities.filter((e) => !known.entities.has(e.id)).map((e) => e.id);
    const newFactIds = result.relations.filter((r) => !known.facts.has(r.id)).map((r) => r.id);
    const entityIds = result.entities.map((e) => e.id);
    const cap = UPLOAD_MAX_LISTED_IDS;
    return {
      documents: docs.map((d) => ({ documentId: d.id, title: d.title, created: !stored.has(d.id) })),
      entities: { total: result.entities.length, new: newEntityIds.length },
      facts: { total: result.relations.length, new: newFactIds.length },
      evidence: result.relations.reduce((n, r) => n + r.evidence.length, 0),
      newEntityIds: newEntityIds.slice(0, cap),
      newFactIds: newFactIds.slice(0, cap),
      entityIds: entityIds.slice(0, cap),
      idsTruncated: Math.max(newEntityIds.length, newFactIds.length, entityIds.length) > cap,
    };
  }

  /** Runs `work` after the adds before it; refuses with 503 when too many wait. */
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (waiting >= maxWaiting) {
      return Promise.reject(new AppError(503, 'BUSY', 'Other documents are being added; try again in a moment.'));
    }
    waiting += 1;
    const run = queue.then(work);
    queue = run.catch(() => {}).finally(() => (waiting -= 1));
    return run;
  }

  return {
    add(body) {
      return enqueue(async () => {
        const { documents, ...rest } = await addNow([body]);
        return { documentId: documents[0]!.documentId, created: documents[0]!.created, ...rest };
      });
    },
    addFile(name, bytes) {
      return enqueue(async () => {
        const file = cleanFileName(name);
        const read = await readUpload(file, bytes);
        if (read.fatal) throw new AppError(422, 'UNREADABLE_FILE', `${file}: ${read.fatal}`);
        const added = await addNow(read.articles);
        return { file, errors: read.errors, ...added };
      });
    },
  };
}
