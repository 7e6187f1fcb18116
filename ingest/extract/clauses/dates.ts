/**
 * Date expressions of one sentence, resolved to ISO partial dates (`2022`, `2022-02`, `2025-01-20`).
 * Absolute ones always ("on 20 January 2025", "January 20, 2025", "in February 2022", "in 2019",
 * "2022-02-24"); relative ones ("yesterday", "on Monday", "last month", "earlier this year", "three
 * days ago", a month or day without its year) only against the document's publication date. A year
 * that names the phrase after it ("the 2015 deal", "the 2022 election") and any date inside an
 * entity's name are not dates of an act. Which clause a date belongs to is the caller's business.
 */
import type { SentenceInfo } from '../resolve/resolve.ts';
import { COUNT_WORDS, RELATIVE_DATES, WEEKDAYS, type DateUnit } from '../lexicon/date-expressions.ts';

/** A date expression: character span in the document, the words, the date and whether it is still to come. */
export interface DateHit {
  start: number;
  end: number;
  text: string;
  date: string;
  future: boolean;
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const MONTH_NUMBER: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const monthOf = (word: string): number => MONTH_NUMBER[word.slice(0, 3).toLowerCase()]!;

/** Absolute forms, most specific first, each with a cheap test of the text it needs; each yields year, month, day groups by name. */
const ABSOLUTE: readonly RegExp[] = [
  /\b(?<y>\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b/g,
  new RegExp(`\\b(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?: of)? (?<m>${MONTH_NAMES})(?:,? (?<y>(?:19|20)\\d\\d))?\\b`, 'g'),
  new RegExp(`\\b(?<m>${MONTH_NAMES}) (?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b(?:,? (?<y>(?:19|20)\\d\\d)\\b)?`, 'g'),
  new RegExp(`\\b(?<m>${MONTH_NAMES}),? (?<y>(?:19|20)\\d\\d)\\b`, 'g'),
  new RegExp(`\\b(?:in|since|by|until|from|during|early|late|mid|mid-|last|next|this|of) (?<m>January|February|March|April|May|June|July|August|September|October|November|December)\\b`, 'g'),
  /\b(?<y>(?:19|20)\d\d)\b(?![-–]\d)/g,
];
const RELATIVE = new RegExp(`\\b(?:${RELATIVE_DATES.map((r) => r.words.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
const WEEKDAY = /\b(?:(?<q>last|next|this|on|on last|on next) )?(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const AGO = new RegExp(`\\b(?<n>\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')}) (?<u>day|week|month|year)s? ago\\b`, 'gi');
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const YEAR = /\b(?:19|20)\d\d\b/;
/** A cheap test first: most sentences name no date. */
const MAY_HOLD_DATE = /\d|[Dd]ay\b|[Ww]eek|[Mm]onth|[Yy]ear|[Tt]onight|[Tt]omorrow|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** Words before a date kept with it ("in February 2022", "on Monday"). */
const LEAD = /\b(?:in|on|since|by|from|until|during|in early|in late|in mid|early|late|mid)\s+$/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date, unit: DateUnit): string =>
  unit === 'year' ? String(d.getUTCFullYear()) : unit === 'day' ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;

/** The publication date as a UTC day, or undefined when absent or not ISO. */
export function publicationDay(publishedAt: string | undefined): Date | undefined {
  const m = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function shifted(pub: Date, unit: DateUnit, n: number): Date {
  const d = new Date(pub.getTime());
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n, 1);
  else d.setUTCFullYear(d.getUTCFullYear() + n, 0, 1);
  return d;
}

/** A real calendar day, or undefined ("31 February"). */
function day(y: number, m: number, d: number): Date | undefined {
  const x = new Date(Date.UTC(y, m - 1, d));
  return x.getUTCMonth() === m - 1 ? x : undefined;
}

/** Every date expression of the sentence, in order, none overlapping. `future` reads a bare weekday or month forwards. */
export function findDates(docText: string, s: SentenceInfo, pub: Date | undefined, future = false): DateHit[] {
  const from = s.tokens[s.bodyStart ?? 0]?.start ?? s.start;
  const body = docText.slice(from, s.end);
  if (!MAY_HOLD_DATE.test(body)) return [];
  const hits: DateHit[] = [];
  /** Spans already read, valid or not ("31 February 2022" is no date, and no "February 2022" either). */
  const spans: [number, number][] = [];
  const taken = (a: number, b: number): boolean => spans.some(([x, y]) => a < y && x < b);
  const push = (a: number, b: number, date: string | undefined, isFuture = false): void => {
    if (taken(a, b) || insideName(s, a, b)) return;
    spans.push([a, b]);
    if (!date) return;
    const lead = LEAD.exec(body.slice(Math.max(0, a - from - 20), a - from));
    const start = lead ? a - lead[0].length : a;
    hits.push({ start, end: b, text: docText.slice(start, b), date, future: isFuture });
  };
  const hasMonth = MONTH_WORD.test(body);
  const hasYear = YEAR.test(body);
  for (let i = 0; i < ABSOLUTE.length; i++) {
    // Forms 0 (ISO) and 5 (a bare year) need a year; 1-4 need a month name.
    if ((i === 0 || i === 5) && !hasYear) continue;
    if (i >= 1 && i <= 4 && !hasMonth) continue;
    const re = ABSOLUTE[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const g = m.groups!;
      const a = from + m.index + (g.m && !m[0].startsWith(g.m) && !g.d ? m[0].indexOf(g.m) : 0);
      const b = from + m.index + m[0].length;
      const y = g.y ? Number(g.y) : undefined;
      const mo = g.m ? (/^\d/.test(g.m) ? Number(g.m) : monthOf(g.m)) : undefined;
      const d = g.d ? Number(g.d) : undefined;
      if (y !== undefined && mo === undefined) {
        // A bare year after "in", "since"…, or one that names nothing after it ("the 2015 deal", "2000 troops").
        if (!LEAD.test(body.slice(Math.max(0, a - from - 20), a - from)) && namesNext(s, b)) continue;
        push(a, b, String(y));
      } else if (y !== undefined && mo !== undefined) {
        push(a, b, d !== undefined ? (day(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined) : `${y}-${pad(mo)}`);
      } else if (mo !== undefined && pub) {
        // Without its year: the latest such month or day up to publication (the next one for an act to come).
        const py = pub.getUTCFullYear();
        if (d !== undefined) {
          let x = day(py, mo, d);
          if (x && !future && x > pub) x = day(py - 1, mo, d);
          else if (x && future && x < pub) x = day(py + 1, mo, d);
          push(a, b, x ? iso(x, 'day') : undefined);
        } else {
          const pm = pub.getUTCMonth() + 1;
          const yy = !future && mo > pm ? py - 1 : future && mo < pm ? py + 1 : py;
          push(a, b, `${yy}-${pad(mo)}`);
        }
      }
    }
  }
  if (!pub) return hits.sort((x, y) => x.start - y.start);
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(body); m; m = RELATIVE.exec(body)) {
    const row = RELATIVE_DATES.find((r) => r.words === m![0].toLowerCase().replace(/\s+/g, ' '))!;
    push(from + m.index, from + m.index + m[0].length, iso(shifted(pub, row.unit, row.shift), row.unit === 'week' ? 'month' : row.unit), !!row.future);
  }
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(body); m; m = WEEKDAY.exec(body)) {
    const q = (m.groups!.q ?? '').replace(/^on ?/, '');
    const want = WEEKDAYS.indexOf(m.groups!.w!.toLowerCase());
    const now = pub.getUTCDay();
    const ahead = q === 'next' || (q !== 'last' && future);
    let n = ahead ? (want - now + 7) % 7 : -((now - want + 7) % 7);
    if (q === 'next' && n === 0) n = 7;
    if (q === 'last' && n === 0) n = -7;
    push(from + m.index, from + m.index + m[0].length, iso(shifted(pub, 'day', n), 'day'), ahead);
  }
  AGO.lastIndex = 0;
  for (let m = AGO.exec(body); m; m = AGO.exec(body)) {
    const n = /^\d/.test(m.groups!.n!) ? Number(m.groups!.n) : COUNT_WORDS[m.groups!.n!.toLowerCase()]!;
    const unit = m.groups!.u!.toLowerCase() as DateUnit;
    push(from + m.index, from + m.index + m[0].length, iso(shifted(pub, unit, -n), unit === 'week' ? 'month' : unit));
  }
  return hits.sort((x, y) => x.start - y.start);
}

/** The span lies inside an entity mention ("the 2015 Paris Agreement" named with its year). */
function insideName(s: SentenceInfo, a: number, b: number): boolean {
  return s.mentions.some((x) => x.refs.length && x.start < b && a < x.end);
}

/** The word after `end` is a noun or an entity the year modifies ("the 2015 deal", "2000 troops", "the 2022 Paris talks"). */
function namesNext(s: SentenceInfo, end: number): boolean {
  const next = s.tokens.find((t) => t.start >= end);
  if (!next || next.start > end + 1) return false;
  if (s.mentions.some((x) => x.refs.length && x.start === next.start)) return true;
  return next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.text === '-';
}
