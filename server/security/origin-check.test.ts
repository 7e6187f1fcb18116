import { describe, expect, it } from 'vitest';
import { originAllowed } from './origin-check.ts';

describe('originAllowed', () => {
  const host = 'localhost:3000';

  it('accepts the same origin and listed origins', () => {
    expect(originAllowed({ origin: 'http://localhost:3000', host }, [])).toBe(true);
    expect(originAllowed({ origin: 'https://app.example', host }, ['https://app.example'])).toBe(true);
    expect(originAllowed({ origin: 'https://any.example', host }, ['*'])).toBe(true);
  });

  it('refuses other origins, another port, null and garbage', () => {
    for (const origin of ['http://evil.example', 'http://localhost:3001', 'null', 'not a url']) {
      expect(originAllowed({ origin, host }, ['https://app.example']), origin).toBe(false);
    }
  });

  it('lets requests without Origin through unless the browser says cross-site', () => {
    expect(originAllowed({ host }, [])).toBe(true);
    expect(originAllowed({ host, secFetchSite: 'same-origin' }, [])).toBe(true);
    expect(originAllowed({ host, secFetchSite: 'cross-site' }, [])).toBe(false);
  });
});
