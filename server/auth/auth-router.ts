/**
 * `POST /api/login`, `POST /api/logout`, `GET /api/me`. Login answers with an HttpOnly,
 * SameSite=Strict session cookie, or with a bearer token for scripts (`{"token": true}`).
 * Logins are rate-limited per client and checked against a dummy hash for unknown names, so the
 * answer time does not tell which names exist.
 */
import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { loginBodySchema, type LoginResponse, type MeResponse } from '../../core/index.ts';
import { AppError } from '../errors.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { authOf, SESSION_COOKIE, sessionIdOf } from './request-auth.ts';
import type { SessionStore } from './session-store.ts';
import type { UserRecord } from './users.ts';

export interface AuthRouterDeps {
  users: UserRecord[];
  sessions: SessionStore;
  ttlMs: number;
  /** Failed or successful login attempts per client and minute. */
  loginsPerMinute?: number;
}

function cookie(req: Request, value: string, maxAgeS: number): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeS}`,
    ...(req.secure ? ['Secure'] : []),
  ].join('; ');
}

export function createAuthRouter({ users, sessions, ttlMs, loginsPerMinute = 10 }: AuthRouterDeps): Router {
  const router = Router();
  const enabled = users.length > 0;
  // Unknown names are checked against this, so they cost the same time as known ones.
  const dummyHash = enabled ? hashPassword('dummy password for unknown users') : undefined;

  const limiter = rateLimit({
    windowMs: 60_000,
    limit: loginsPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError(429, 'RATE_LIMITED', 'Too many sign-in attempts; wait a minute.')),
  });

  router.post('/login', limiter, async (req: Request, res: Response) => {
    if (!enabled) throw new AppError(404, 'AUTH_OFF', 'Sign-in is off: no users are configured.');
    const body = loginBodySchema.parse(req.body ?? {});
    const user = users.find((u) => u.name === body.username);
    const ok = await verifyPassword(body.password, user?.passwordHash ?? (await dummyHash!));
    if (!user || !ok) throw new AppError(401, 'BAD_CREDENTIALS', 'Wrong user name or password.');
    const { id, session } = sessions.create(user.name, user.role, body.token ? 'token' : 'cookie');
    const answer: LoginResponse = { user: user.name, role: user.role, expiresAt: new Date(session.expiresAt).toISOString() };
    if (body.token) {
      res.json({ ...answer, token: id });
      return;
    }
    res.set('Set-Cookie', cookie(req, id, Math.floor(ttlMs / 1000)));
    res.json(answer);
  });

  router.post('/logout', (req, res) => {
    const id = sessionIdOf(req);
    if (id) sessions.delete(id);
    res.set('Set-Cookie', cookie(req, '', 0));
    res.status(204).end();
  });

  router.get('/me', (_req, res) => {
    const auth = authOf(res);
    const me: MeResponse = { signInRequired: enabled, user: auth.user, role: auth.role };
    res.json(me);
  });

  return router;
}
