/**
 * Serves the built explorer (client/dist): compressed (Brotli, else gzip, as the browser accepts)
 * and cached the way a hashed build allows. Files under `assets/` carry a content hash in their
 * name, so they are cached for a year as immutable; everything else (index.html above all) is
 * revalidated on each load with an ETag, so a new build is picked up at once. Compressed bodies are
 * made once per file version and kept in memory (the client is a few hundred KB), never per request.
 * Any other GET outside /api gets index.html (the explorer keeps its state in the URL hash).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** Content types of what a Vite build emits. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.wasm']);

/** Bodies smaller than this go as they are. */
const MIN_COMPRESS_BYTES = 1024;

/** A hashed build asset: `assets/<name>-<hash>.<ext>` (Vite's default naming). */
const HASHED_ASSET = /^assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

type Encoding = 'br' | 'gzip' | 'identity';

interface Prepared {
  body: Buffer;
  etag: string;
}

/** The encoding to send for an Accept-Encoding header: Brotli, else gzip, else none. */
export function chooseEncoding(header: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** Cache-Control for a file path relative to the client root. */
export function cacheControlFor(relative: string): string {
  return HASHED_ASSET.test(relative.split(path.sep).join('/')) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/** Express middleware serving the client folder `root` with an index.html fallback. */
export function createClientHandler(root: string): (req: Request, res: Response, next: NextFunction) => void {
  const base = path.resolve(root);
  const prepared = new Map<string, Prepared>();

  const prepare = async (file: string, encoding: Encoding): Promise<Prepared> => {
    const info = await stat(file);
    const key = `${file}\u0000${info.mtimeMs}\u0000${info.size}\u0000${encoding}`;
    const hit = prepared.get(key);
    if (hit) return hit;
    const raw = await readFile(file);
    const body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 10, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    const etag = `"${createHash('sha1').update(raw).digest('base64url').slice(0, 22)}${encoding === 'identity' ? '' : `-${encoding}`}"`;
    // Drop older versions of this file (a rebuild while the server runs).
    for (const k of prepared.keys()) if (k.startsWith(`${file}\u0000`)) prepared.delete(k);
    const out = { body, etag };
    prepared.set(key, out);
    return out;
  };

  const resolveFile = async (urlPath: string): Promise<string | undefined> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const file = path.resolve(base, `.${path.posix.normalize(decoded)}`);
    if (file !== base && !file.startsWith(base + path.sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
    if (info?.isDirectory()) {
      const index = path.join(file, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return index;
    }
    return undefined;
  };

  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) {
      next();
      return;
    }
    void (async () => {
      const file = (await resolveFile(req.path)) ?? path.join(base, 'index.html');
      const ext = path.extname(file).toLowerCase();
      const size = (await stat(file)).size;
      const encoding = COMPRESSIBLE.has(ext) && size >= MIN_COMPRESS_BYTES ? chooseEncoding(req.get('accept-encoding')) : 'identity';
      const { body, etag } = await prepare(file, encoding);
      res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', cacheControlFor(path.relative(base, file)));
      if (COMPRESSIBLE.has(ext)) res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('ETag', etag);
      if (req.get('if-none-match')?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
        res.status(304).end();
        return;
      }
      if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', String(body.length));
      if (req.method === 'HEAD') res.end();
      else res.end(body);
    })().catch(next);
  };
}
