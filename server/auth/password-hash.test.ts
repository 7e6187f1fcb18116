import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, verifyPassword } from './password-hash.ts';

describe('password hashes', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const cost = { N: 1024, r: 8, p: 1 };
    const a = await hashPassword('correct horse', cost);
    const b = await hashPassword('correct horse', cost);
    expect(a).toMatch(/^scrypt:1024:8:1:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
  });

  it('uses N = 2^15 by default', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt:32768:8:1:/);
  });

  it('refuses stored hashes it cannot or should not check (odd or huge costs, other formats)', async () => {
    expect(parsePasswordHash('scrypt:1000:8:1:AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
    expect(parsePasswordHash('scrypt:4194304:8:1:AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
    expect(parsePasswordHash('$2b$10$abcdefghijklmnopqrstuv')).toBeUndefined();
    expect(await verifyPassword('x', 'plain-text-password')).toBe(false);
  });
});
