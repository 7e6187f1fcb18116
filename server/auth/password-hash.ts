/**
 * Password hashes with scrypt (node:crypto), stored as one self-describing string:
 * `scrypt:<N>:<r>:<p>:<salt base64url>:<hash base64url>`. No `$` in it, so it can sit in an
 * environment variable or a compose file without escaping.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((ok, fail) => scryptCb(password, salt, keylen, options, (err, key) => (err ? fail(err) : ok(key))));

/** Cost of new hashes: N = 2^15, r = 8 (32 MiB, about 0.1 s on one core). */
export const DEFAULT_SCRYPT = { N: 32_768, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const HASH_FORMAT = /^scrypt:(\d+):(\d+):(\d+):([A-Za-z0-9_-]{16,}):([A-Za-z0-9_-]{32,})$/;
/** Refuse stored costs that would let a bad file stall the server (N up to 2^20). */
const MAX_N = 1_048_576;

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

/** Reads a stored hash; undefined when it is not one we can check. */
export function parsePasswordHash(stored: string): ParsedHash | undefined {
  const m = HASH_FORMAT.exec(stored);
  if (!m) return undefined;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (N < 2 || N > MAX_N || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return undefined;
  return { N, r, p, salt: Buffer.from(m[4]!, 'base64url'), hash: Buffer.from(m[5]!, 'base64url') };
}

const maxmem = (N: number, r: number) => 128 * N * r * 2 + 1024 * 1024;

/** Hashes a password with a fresh 16-byte salt. */
export async function hashPassword(password: string, cost: { N: number; r: number; p: number } = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, { ...cost, maxmem: maxmem(cost.N, cost.r) });
  return `scrypt:${cost.N}:${cost.r}:${cost.p}:${salt.toString('base64url')}:${hash.toString('base64url')}`;
}

/** True when `password` matches `stored` (constant-time comparison). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, hash } = parsed;
  const candidate = await scrypt(password, salt, hash.length, { N, r, p, maxmem: maxmem(N, r) });
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
