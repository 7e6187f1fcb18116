/**
 * Fetches one web page or feed for the ingest, bounded and careful: http(s) only, one deadline for
 * the whole exchange (redirects included), a size cap on the body, at most a few redirects, each hop
 * checked again, and the content type checked against the readers. The host name is resolved here
 * and the connection made to the address that was checked (no second lookup that could answer
 * differently); the socket's remote address is checked again once connected. Private, loopback and
 * link-local addresses are refused unless `allowPrivateHosts` is set.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isRefusedAddress } from './address-policy.ts';

export interface FetchOptions {
  /** Deadline of the whole fetch, redirects included (ms). */
  timeoutMs?: number;
  /** Largest body accepted (bytes). */
  maxBytes?: number;
  /** Redirects followed at most. */
  maxRedirects?: number;
  /** Connect to private, loopback and link-local addresses too. */
  allowPrivateHosts?: boolean;
  /**
   * Which IP addresses are refused (default: address-policy.ts's special ranges). Ignored when
   * `allowPrivateHosts` is set. Tests narrow it to check that every redirect hop is checked.
   */
  refuseAddress?: (address: string) => boolean;
  /** Validators from an earlier fetch: a 304 answer means unchanged. */
  etag?: string;
  lastModified?: string;
  /** Media types accepted (without parameters); others are refused before the body is read. */
  acceptMediaTypes?: readonly string[];
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;

export type FetchResult =
  | { status: 'not-modified'; url: string; etag?: string; lastModified?: string }
  | { status: 'fetched'; url: string; bytes: Uint8Array; mediaType: string; charset?: string; etag?: string; lastModified?: string };

/** A fetch that failed for a reason the user can act on. */
export class FetchError extends Error {
  override name = 'FetchError';
}

/** Resolves `host` and returns one address the policy allows, or throws. */
async function resolveAllowed(host: string, refused: (address: string) => boolean): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, '');
  const addresses = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await dnsLookup(bare, { all: true, verbatim: true }).catch((e: NodeJS.ErrnoException) => {
    throw new FetchError(`cannot resolve ${host}: ${e.code ?? e.message}`);
  });
  if (addresses.length === 0) throw new FetchError(`cannot resolve ${host}`);
  const allowed = addresses.find((a) => !refused(a.address));
  // Any refused address refuses the host: a name that mixes public and private answers is a rebinding trick.
  if (!allowed || addresses.some((a) => refused(a.address))) {
    throw new FetchError(`${host} resolves to a private, loopback or link-local address (${addresses.map((a) => a.address).join(', ')}); refused (--allow-private-hosts allows it)`);
  }
  return allowed;
}

interface Hop {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
  body?: Uint8Array;
}

/** One request to one address; the body is read only for a 200 with an accepted type. */
function request(
  url: URL,
  address: { address: string; family: number },
  options: Required<Pick<FetchOptions, 'maxBytes' | 'refuseAddress'>> & FetchOptions,
  signal: AbortSignal,
): Promise<Hop> {
  const lookup: LookupFunction = (_host, opts, callback) => {
    if ((opts as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const headers: Record<string, string> = {
    'user-agent': 'newsgraph-ingest',
    accept: (options.acceptMediaTypes ?? ['*/*']).join(', '),
    'accept-encoding': 'identity',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: 'GET', headers, lookup, signal, agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      const type = String(res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (status !== 200) {
        res.resume();
        resolve({ statusCode: status, headers: res.headers });
        return;
      }
      if (options.acceptMediaTypes && !options.acceptMediaTypes.includes(type)) {
        res.destroy();
        reject(new FetchError(`unsupported content type ${JSON.stringify(type || '(none)')} at ${url.href}`));
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        res.destroy();
        reject(new FetchError(`body too large (${declared} bytes > limit ${options.maxBytes}) at ${url.href}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          res.destroy();
          reject(new FetchError(`body too large (more than ${options.maxBytes} bytes) at ${url.href}`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ statusCode: status, headers: res.headers, body: new Uint8Array(Buffer.concat(chunks)) }));
      res.on('error', (e) => reject(signal.aborted ? new FetchError(`timed out fetching ${url.href}`) : new FetchError(`cannot fetch ${url.href}: ${e.message}`)));
    });
    req.on('socket', (socket) => {
      socket.once('connect', () => {
        const remote = socket.remoteAddress ?? '';
        if (options.refuseAddress(remote)) req.destroy(new FetchError(`connected to refused address ${remote}`));
      });
    });
    req.on('error', (e) => reject(e instanceof FetchError ? e : signal.aborted ? new FetchError(`timed out fetching ${url.href}`) : new FetchError(`cannot fetch ${url.href}: ${(e as NodeJS.ErrnoException).code ?? e.message}`)));
    req.end();
  });
}

/** `promise`, or a timeout error as soon as `signal` aborts (a slow DNS answer counts against the deadline). */
function withDeadline<T>(promise: Promise<T>, signal: AbortSignal, url: URL): Promise<T> {
  if (signal.aborted) return Promise.reject(new FetchError(`timed out fetching ${url.href}`));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new FetchError(`timed out fetching ${url.href}`));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function parseHttpUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new FetchError(`not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`only http and https URLs are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new FetchError('URLs with credentials are not fetched');
  return url;
}

/** Fetches `target`, following redirects within the limits. Throws FetchError on any refusal. */
export async function fetchUrl(target: string, options: FetchOptions = {}): Promise<FetchResult> {
  const refuseAddress = options.allowPrivateHosts ? () => false : (options.refuseAddress ?? isRefusedAddress);
  const settings = { ...options, maxBytes: options.maxBytes ?? 20 * 1024 * 1024, refuseAddress };
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS);
  try {
    let url = parseHttpUrl(target);
    for (let hop = 0; ; hop++) {
      const address = await withDeadline(resolveAllowed(url.hostname, refuseAddress), controller.signal, url);
      const answer = await request(url, address, settings, controller.signal);
      const etag = answer.headers.etag;
      const lastModified = answer.headers['last-modified'];
      if (answer.statusCode === 304) return { status: 'not-modified', url: url.href, etag, lastModified };
      if ([301, 302, 303, 307, 308].includes(answer.statusCode)) {
        const location = answer.headers.location;
        if (!location) throw new FetchError(`redirect without a location at ${url.href}`);
        if (hop >= maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects}) from ${target}`);
        url = parseHttpUrl(location, url);
        continue;
      }
      if (answer.statusCode !== 200 || !answer.body) throw new FetchError(`HTTP ${answer.statusCode} from ${url.href}`);
      const contentType = String(answer.headers['content-type'] ?? '');
      const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1];
      return { status: 'fetched', url: url.href, bytes: answer.body, mediaType: contentType.split(';')[0]!.trim().toLowerCase(), charset, etag, lastModified };
    }
  } finally {
    clearTimeout(timer);
  }
}
