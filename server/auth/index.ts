/** Sign-in for the API: the session gate and the login/logout/me routes, as one router for `/api`. */
import { Router } from 'express';
import { createAuthRouter } from './auth-router.ts';
import { createAuthGate } from './request-auth.ts';
import { createSessionStore } from './session-store.ts';
import type { UserRecord } from './users.ts';

export { hashPassword, verifyPassword } from './password-hash.ts';
export { loadUsers, parseUsers, roleAllows, type Role, type UserRecord } from './users.ts';
export { requireRole, authOf, type RequestAuth } from './request-auth.ts';

/** Routes anyone may call: liveness and the way in. */
export const OPEN_API_PATHS = ['/health', '/login', '/logout'];

/** Mount on `/api` before every other API router: afterwards `res.locals.auth` names the caller. */
export function createAuthLayer({ users, sessionTtlMs }: { users: UserRecord[]; sessionTtlMs: number }): Router {
  const sessions = createSessionStore({ ttlMs: sessionTtlMs });
  const router = Router();
  router.use(createAuthGate({ enabled: users.length > 0, sessions, open: OPEN_API_PATHS }));
  router.use(createAuthRouter({ users, sessions, ttlMs: sessionTtlMs }));
  return router;
}
