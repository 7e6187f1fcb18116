import { describe, expect, it } from 'vitest';
import { checkPublishedAt, checkUrl, normalizeDate } from './document-metadata.ts';

describe('checkPublishedAt', () => {
  it('accepts ISO 8601 dates and date-times', () => {
    for (const v of ['2024-05-01', '2024-05-01T09:30', '2024-05-01T09:30:00Z', '2024-05-01T09:30:00.123+02:00', '2024-02-29']) {
      expect(checkPublishedAt(v)).toEqual({ value: v });
    }
  });
  it('rejects other forms and days that do not exist', () => {
    for (const v of ['May 1, 2024', '2024-5-1', '2023-02-29', '2024-13-01', '2024-05-01T25:00', 'yesterday']) {
      expect(checkPublishedAt(v)).toHaveProperty('error');
    }
  });
});

describe('checkUrl', () => {
  it('keeps http and https links as given', () => {
    expect(checkUrl('https://news.example/a?b=1')).toEqual({ value: 'https://news.example/a?b=1' });
  });
  it('refuses javascript:, data: and relative links', () => {
    expect(checkUrl('javascript:alert(1)')).toEqual({ error: '"url" must be http or https, not javascript:' });
    expect(checkUrl(' JavaScript:alert(1)')).toHaveProperty('error');
    expect(checkUrl('data:text/html,<b>x</b>')).toHaveProperty('error');
    expect(checkUrl('/relative/path')).toHaveProperty('error');
  });
});

describe('normalizeDate', () => {
  it('keeps ISO dates, converts RFC 822 dates of feeds, drops the rest', () => {
    expect(normalizeDate('2024-05-01')).toBe('2024-05-01');
    expect(normalizeDate('Tue, 07 May 2024 09:30:00 GMT')).toBe('2024-05-07T09:30:00.000Z');
    expect(normalizeDate('soon')).toBeUndefined();
    expect(normalizeDate(undefined)).toBeUndefined();
  });
});
