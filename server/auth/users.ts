/**
 * Who may sign in: optional users with a role, from `AUTH_USERS` (entries separated by commas or
 * new lines) and/or the file named by `AUTH_USERS_FILE` (one entry per line, `#` comments).
 * An entry is `name:role:hash`, the hash from `npm run user:add` (see password-hash.ts).
 * No users configured = no sign-in (loopback use).
 */
import { readFileSync } from 'node:fs';
import { USER_ROLES } from '../../core/index.ts';
import { parsePasswordHash } from './password-hash.ts';

/** viewer: every read and the read-only console; editor: also adds documents. */
export const ROLES = USER_ROLES;
export type Role = (typeof ROLES)[number];

export interface UserRecord {
  name: string;
  role: Role;
  passwordHash: string;
}

const USER_NAME = /^[A-Za-z0-9._@-]{1,64}$/;

/** True when `role` grants at least `needed` (editor includes viewer). */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/**
 * Parses user entries. `origin` names the source in error messages.
 * @throws Error naming the bad entry (never echoing a hash).
 */
export function parseUsers(text: string, origin: string): UserRecord[] {
  const users: UserRecord[] = [];
  const entries = text
    .split(/[\n,]/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
  for (const [i, entry] of entries.entries()) {
    const [name = '', role = '', ...rest] = entry.split(':');
    const passwordHash = rest.join(':');
    const where = `${origin}, entry ${i + 1}`;
    if (!USER_NAME.test(name)) throw new Error(`${where}: a user name is 1–64 letters, digits or . _ @ -`);
    if (!(ROLES as readonly string[]).includes(role)) throw new Error(`${where} (${name}): role must be viewer or editor`);
    if (!parsePasswordHash(passwordHash)) throw new Error(`${where} (${name}): not a password hash from \`npm run user:add\``);
    if (users.some((u) => u.name === name)) throw new Error(`${where}: user ${name} is listed twice`);
    users.push({ name, role: role as Role, passwordHash });
  }
  return users;
}

/** Users from `AUTH_USERS` and `AUTH_USERS_FILE` (both optional). */
export function loadUsers(env: Record<string, string | undefined>): UserRecord[] {
  const users = env.AUTH_USERS ? parseUsers(env.AUTH_USERS, 'AUTH_USERS') : [];
  const file = env.AUTH_USERS_FILE;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`AUTH_USERS_FILE: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    for (const user of parseUsers(text, file)) {
      if (users.some((u) => u.name === user.name)) throw new Error(`${file}: user ${user.name} is also in AUTH_USERS`);
      users.push(user);
    }
  }
  return users;
}
