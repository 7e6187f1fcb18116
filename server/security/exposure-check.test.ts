import { describe, expect, it } from 'vitest';
import { checkExposure } from './exposure-check.ts';

describe('checkExposure', () => {
  it('lets loopback addresses start without users', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) {
      expect(checkExposure({ host, userCount: 0, allowAnonymous: false }), host).toBeUndefined();
    }
  });

  it('refuses any other address without users, naming user:add and ALLOW_ANONYMOUS', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'news.example']) {
      expect(checkExposure({ host, userCount: 0, allowAnonymous: false }), host).toMatch(/user:add[\s\S]*ALLOW_ANONYMOUS=true/);
    }
  });

  it('accepts a non-loopback address with users or with anonymous use allowed', () => {
    expect(checkExposure({ host: '0.0.0.0', userCount: 1, allowAnonymous: false })).toBeUndefined();
    expect(checkExposure({ host: '0.0.0.0', userCount: 0, allowAnonymous: true })).toBeUndefined();
  });
});
