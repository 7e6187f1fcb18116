/**
 * The date of a wire dateline opening an article: "WASHINGTON — March 3, 2025 —", "KYIV, Feb 24, 2022
 * (Reuters) -", "LONDON, 3 March 2025 (AFP) –". Only a full date counts: a dateline without its year
 * ("KYIV, Feb 24 (Reuters) -") says nothing of the year, and a document gets no date from it.
 */
const MONTHS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** Upper-case place words, an optional ", Region", then the date, an optional "(Agency)" and a dash. */
const DATELINE = new RegExp(
  `^[ \\t]*[A-Z][A-Z'.\\-/ ]{1,40}(?:,[ \\t]*[A-Z][\\w'.\\- ]{1,30})?[ \\t]*[,—–-][ \\t]*` +
    `(?:(?<m1>${MONTH})[ \\t]+(?<d1>\\d{1,2}),?[ \\t]+(?<y1>\\d{4})|(?<d2>\\d{1,2})[ \\t]+(?<m2>${MONTH}),?[ \\t]+(?<y2>\\d{4})|(?<iso>\\d{4}-\\d{2}-\\d{2}))` +
    `[ \\t]*(?:\\([^()\\n]{1,40}\\))?[ \\t]*[—–-]`,
);

/** `YYYY-MM-DD` of the dateline opening `text`, if it gives a full, real date. */
export function datelineDate(text: string): string | undefined {
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m) return undefined;
  const g = m.groups!;
  let y: number;
  let mo: number;
  let d: number;
  if (g.iso) [y, mo, d] = g.iso.split('-').map(Number) as [number, number, number];
  else {
    y = Number(g.y1 ?? g.y2);
    mo = MONTHS[(g.m1 ?? g.m2)!.slice(0, 3).toLowerCase()]!;
    d = Number(g.d1 ?? g.d2);
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
