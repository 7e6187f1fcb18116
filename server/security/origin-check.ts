/**
 * POST, PUT, PATCH and DELETE must come from our own origin or one listed in CORS_ORIGINS: a form
 * or fetch from another site is refused with 403 before any handler runs (login included, so a
 * site cannot sign a visitor into an account of its choosing). Requests without an Origin header
 * (scripts, curl) pass unless the browser marks them cross-site.
 */
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when a state-changing request with these headers may proceed. */
export function originAllowed(
  headers: { origin?: string; host?: string; secFetchSite?: string },
  corsOrigins: string[],
): boolean {
  const { origin, host, secFetchSite } = headers;
  if (origin === undefined) return secFetchSite !== 'cross-site';
  if (corsOrigins.includes('*') || corsOrigins.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes `null` (sandboxed frames, file: pages)
  }
  return Boolean(host) && url.host.toLowerCase() === host!.toLowerCase();
}

/** Middleware refusing cross-origin state-changing requests. */
export function createOriginCheck(corsOrigins: string[]): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const ok = originAllowed(
      { origin: req.get('origin'), host: req.get('host'), secFetchSite: req.get('sec-fetch-site') },
      corsOrigins,
    );
    if (ok) next();
    else next(AppError.forbidden('Requests from another site are not accepted (Origin not allowed; see CORS_ORIGINS).', 'ORIGIN_REFUSED'));
  };
}
