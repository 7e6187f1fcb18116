/**
 * Checks of the metadata a document may carry from its input (JSONL fields, HTML meta tags, feed
 * items): a publication date in ISO 8601 and a link that is a web address. Pure; each returns the
 * accepted value or an error message, never throws.
 */

/** `2024-05-01`, `2024-05-01T09:30`, `2024-05-01T09:30:00.000Z`, `2024-05-01T09:30:00+02:00`. */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date or date-time in ISO 8601 (the day must exist), trimmed; else an error message. */
export function checkPublishedAt(value: string): { value: string } | { error: string } {
  const v = value.trim();
  const m = ISO_8601.exec(v);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    const timeOk = m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60);
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && timeOk) return { value: v };
  }
  return { error: `"publishedAt" is not an ISO 8601 date or date-time (e.g. 2024-05-01 or 2024-05-01T09:30:00Z): ${JSON.stringify(value.slice(0, 60))}` };
}

/** Only http and https links are kept: a `javascript:` or `data:` URL must never become a link. */
export function checkUrl(value: string): { value: string } | { error: string } {
  const v = value.trim();
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return { error: `"url" is not an absolute URL: ${JSON.stringify(v.slice(0, 60))}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `"url" must be http or https, not ${url.protocol}` };
  return { value: v };
}

/**
 * A date from an HTML meta tag or a feed: ISO 8601 kept as is; another form that Date parses
 * (RFC 822 in RSS: `Tue, 07 May 2024 09:30:00 GMT`) converted to ISO; anything else dropped.
 */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const iso = checkPublishedAt(value);
  if ('value' in iso) return iso.value;
  const t = Date.parse(value.trim());
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}
