/**
 * Server-side sessions: a random 256-bit id (the cookie value or bearer token) maps to a user and
 * an expiry. Only a SHA-256 of each id is kept, so a heap dump does not hand out sessions. Bounded:
 * at most `max` sessions, the oldest dropped first; expired ones are swept on access.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from './users.ts';

export interface Session {
  user: string;
  role: Role;
  /** Epoch milliseconds. */
  expiresAt: number;
  kind: 'cookie' | 'token';
}

export interface SessionStore {
  /** Creates a session; returns its id (give it to the client, it is not stored). */
  create(user: string, role: Role, kind: Session['kind']): { id: string; session: Session };
  /** The live session of `id`, or undefined (unknown or expired). */
  get(id: string): Session | undefined;
  delete(id: string): void;
  /** Number of sessions held (expired ones included until swept). */
  size(): number;
}

const digest = (id: string) => createHash('sha256').update(id).digest('base64url');

export function createSessionStore({ ttlMs, max = 10_000, now = Date.now }: { ttlMs: number; max?: number; now?: () => number }): SessionStore {
  const sessions = new Map<string, Session>();
  const sweep = () => {
    const t = now();
    for (const [key, s] of sessions) if (s.expiresAt <= t) sessions.delete(key);
  };
  return {
    create(user, role, kind) {
      if (sessions.size >= max) sweep();
      while (sessions.size >= max) sessions.delete(sessions.keys().next().value as string);
      const id = randomBytes(32).toString('base64url');
      const session: Session = { user, role, kind, expiresAt: now() + ttlMs };
      sessions.set(digest(id), session);
      return { id, session };
    },
    get(id) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
      const key = digest(id);
      const s = sessions.get(key);
      if (!s) return undefined;
      if (s.expiresAt <= now()) {
        sessions.delete(key);
        return undefined;
      }
      return s;
    },
    delete(id) {
      sessions.delete(digest(id));
    },
    size: () => sessions.size,
  };
}
