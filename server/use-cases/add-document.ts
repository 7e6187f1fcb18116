/**
 * Adding one article through the API, with the same extraction and loader as `npm run ingest`.
 * The document id hashes its text, so sending the same article again changes nothing and sending
 * it with a corrected title, url or date replaces the old version (the loader's content hash
 * covers them). Extraction is CPU work: one document at a time, a short queue, then 503.
 */
import { hash64, type AddDocumentBody, type AddDocumentResponse, type DocumentRecord } from '../../core/index.ts';
import { createExtractor, type Extractor } from '../../ingest/extract/index.ts';
import { loadExtraction } from '../../ingest/load/index.ts';
import { AppError } from '../errors.ts';
import type { Neo4jContext } from '../neo4j/index.ts';
import { readKnownIds } from '../repository/known-ids.ts';

export interface DocumentAdder {
  add(body: AddDocumentBody): Promise<AddDocumentResponse>;
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

export function createDocumentAdder(ctx: Neo4jContext, opts: { extractor?: Extractor; maxWaiting?: number } = {}): DocumentAdder {
  const maxWaiting = opts.maxWaiting ?? 4;
  let extractor = opts.extractor;
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  async function addNow(body: AddDocumentBody): Promise<AddDocumentResponse> {
    extractor ??= createExtractor();
    const doc = uploadToDocument(body);
    const result = await extractor.extract([doc]);
    const known = await readKnownIds(ctx, result.entities, result.relations);
    const summary = await loadExtraction(ctx.driver, result, { database: ctx.database });
    return {
      documentId: doc.id,
      created: summary.documentsWritten > 0 && summary.documentsReplaced === 0,
      entities: { total: result.entities.length, new: result.entities.filter((e) => !known.entities.has(e.id)).length },
      facts: { total: result.relations.length, new: result.relations.filter((r) => !known.facts.has(r.id)).length },
      evidence: result.relations.reduce((n, r) => n + r.evidence.length, 0),
    };
  }

  return {
    add(body) {
      if (waiting >= maxWaiting) {
        return Promise.reject(new AppError(503, 'BUSY', 'Other documents are being added; try again in a moment.'));
      }
      waiting += 1;
      const run = queue.then(() => addNow(body));
      queue = run.catch(() => {}).finally(() => (waiting -= 1));
      return run;
    },
  };
}
