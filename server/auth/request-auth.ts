/**
 * Who is asking: reads the session cookie or a bearer token, and exposes the caller's identity as
 * `res.locals.auth`. Without configured users everyone is an anonymous editor (the server decides
 * separately whether adding documents is on at all).
 */
import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors.ts';
import type { SessionStore } from './session-store.ts';
import { roleAllows, type Role } from './users.ts';

export const SESSION_COOKIE = 'newsgraph_session';

/** The caller, as handlers see it. */
export interface RequestAuth {
  /** null when sign-in is off. */
  user: string | null;
  role: Role;
}

/** The session id the request carries (bearer token first, then the cookie). */
export function sessionIdOf(req: Request): string | undefined {
  const authz = req.get('authorization');
  if (authz) {
    const m = /^Bearer\s+([A-Za-z0-9_-]{1,128})\s*$/i.exec(authz);
    return m?.[1];
  }
  const cookies = req.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function authOf(res: Response): RequestAuth {
  const auth = res.locals['auth'] as RequestAuth | undefined;
  if (!auth) throw new Error('authentication middleware did not run');
  return auth;
}

/**
 * Requires a live session on every route but `open` ones (path relative to the mount point).
 * With sign-in off, everyone passes as an anonymous editor.
 */
export function createAuthGate(opts: { enabled: boolean; sessions: SessionStore; open: string[] }): RequestHandler {
  return (req, res, next) => {
    if (!opts.enabled) {
      res.locals['auth'] = { user: null, role: 'editor' } satisfies RequestAuth;
      return next();
    }
    const id = sessionIdOf(req);
    const session = id ? opts.sessions.get(id) : undefined;
    if (session) {
      res.locals['auth'] = { user: session.user, role: session.role } satisfies RequestAuth;
      return next();
    }
    if (opts.open.includes(req.path)) return next();
    res.set('WWW-Authenticate', 'Bearer realm="newsgraph"');
    next(new AppError(401, 'AUTH_REQUIRED', 'Sign in first (POST /api/login), or send a bearer token.'));
  };
}

/** Refuses callers whose role is below `role` (403). */
export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    const auth = res.locals['auth'] as RequestAuth | undefined;
    if (auth && roleAllows(auth.role, role)) next();
    else next(AppError.forbidden(`This needs the ${role} role.`, 'ROLE_REQUIRED'));
  };
}
