/**
 * A URL as a source of documents: fetched (fetch-url.ts), read by the reader its content type names
 * (the registry), and turned into documents whose source key is the URL given.
 */
import type { DocumentRecord } from '../../core/index.ts';
import { documentsFromOutput, READERS, readerForMediaType, type ReadError } from '../read/index.ts';
import { fetchUrl, FetchError, type FetchOptions } from './fetch-url.ts';

/** True when a path given to the ingest is a web address rather than a file. */
export function isUrlSource(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

export type UrlReadResult =
  | { status: 'not-modified'; etag?: string; lastModified?: string }
  | {
      status: 'read';
      documents: DocumentRecord[];
      errors: ReadError[];
      /** True when the URL's documents are all here (not a rolling feed, no error): the URL is then the unit of replacement. */
      complete: boolean;
      etag?: string;
      lastModified?: string;
      /** The body as fetched, for change detection. */
      bytes: Uint8Array;
    };

/** Every media type some reader takes. */
export const ACCEPTED_MEDIA_TYPES: readonly string[] = READERS.flatMap((r) => r.mediaTypes);

/** Fetches and reads one URL. Fetch refusals and reader errors become per-URL errors, never throws for them. */
export async function readUrl(url: string, options: FetchOptions = {}): Promise<UrlReadResult> {
  try {
    const fetched = await fetchUrl(url, { ...options, acceptMediaTypes: ACCEPTED_MEDIA_TYPES });
    if (fetched.status === 'not-modified') return { status: 'not-modified', etag: fetched.etag, lastModified: fetched.lastModified };
    const reader = readerForMediaType(fetched.mediaType);
    if (!reader) throw new FetchError(`unsupported content type ${fetched.mediaType}`);
    const output = await reader.read(fetched.bytes, { url: fetched.url, charset: fetched.charset });
    // A page without a canonical link of its own is linked to where it was fetched from.
    if (!reader.rolling) for (const a of output.articles) a.url ??= fetched.url;
    const { documents, errors } = documentsFromOutput(output, url, url);
    return { status: 'read', documents, errors, complete: errors.length === 0 && !reader.rolling, etag: fetched.etag, lastModified: fetched.lastModified, bytes: fetched.bytes };
  } catch (e) {
    return { status: 'read', documents: [], errors: [{ path: url, message: (e as Error).message }], complete: false, bytes: new Uint8Array() };
  }
}
