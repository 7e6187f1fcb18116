import { describe, expect, it } from 'vitest';
import { cacheControlFor, chooseEncoding, IMMUTABLE_CACHE, REVALIDATE_CACHE } from './static-client.ts';

describe('chooseEncoding', () => {
  it('prefers Brotli, then gzip, as the browser accepts', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
  });

  it('sends the file as it is when nothing usable is accepted', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
  });
});

describe('cacheControlFor', () => {
  it('caches hashed build assets for a year as immutable', () => {
    expect(cacheControlFor('assets/index-Cbn5g43q.js')).toBe(IMMUTABLE_CACHE);
    expect(cacheControlFor('assets/cypher-editor-BdX_9k2a.js')).toBe(IMMUTABLE_CACHE);
  });

  it('revalidates index.html and files without a hash', () => {
    expect(cacheControlFor('index.html')).toBe(REVALIDATE_CACHE);
    expect(cacheControlFor('favicon.svg')).toBe(REVALIDATE_CACHE);
    expect(cacheControlFor('assets/logo.svg')).toBe(REVALIDATE_CACHE);
  });
});
