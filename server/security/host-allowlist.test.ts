import { describe, expect, it } from 'vitest';
import { hostAllowed, isLoopbackAddress, resolveAllowedHosts } from './host-allowlist.ts';

describe('Host allowlist', () => {
  const loopback = resolveAllowedHosts([], '127.0.0.1');

  it('allows the loopback names on any port by default', () => {
    for (const h of ['localhost:3000', '127.0.0.1:5173', '[::1]:3000', 'localhost', 'LOCALHOST:3000', 'localhost.:3000']) {
      expect(hostAllowed(h, loopback), h).toBe(true);
    }
  });

  it('refuses other names, malformed headers and a missing header', () => {
    for (const h of ['evil.example', 'evil.example:3000', '127.0.0.1.evil.example', 'localhost:3000@evil', '[::1', '', undefined]) {
      expect(hostAllowed(h, loopback), String(h)).toBe(false);
    }
  });

  it('adds a specific listening address, not a wildcard one', () => {
    expect(resolveAllowedHosts([], '192.168.1.20')).toContain('192.168.1.20');
    expect(resolveAllowedHosts([], '0.0.0.0')).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(resolveAllowedHosts([], 'fe80::1')).toContain('[fe80::1]');
  });

  it('uses ALLOWED_HOSTS instead of the default: a name for any port, name:port for that port, * for any', () => {
    const allowed = resolveAllowedHosts(['News.Example', 'lan.example:8080'], '0.0.0.0');
    expect(hostAllowed('news.example:3000', allowed)).toBe(true);
    expect(hostAllowed('lan.example:8080', allowed)).toBe(true);
    expect(hostAllowed('lan.example:3000', allowed)).toBe(false);
    expect(hostAllowed('localhost:3000', allowed)).toBe(false);
    expect(hostAllowed('anything:1', ['*'])).toBe(true);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.8.9.10', 'localhost', '::1', '[::1]'].every(isLoopbackAddress)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', 'localhost.evil.example'].some(isLoopbackAddress)).toBe(false);
  });
});
