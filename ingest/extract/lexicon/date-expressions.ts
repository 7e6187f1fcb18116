/**
 * Relative time expressions and how each resolves against a document's publication date: one row
 * per expression, read by clauses/dates.ts. Absolute dates ("20 January 2025", "February 2022",
 * "in 2019", "2022-02-24") need no table; these only count when the document has a `publishedAt`.
 *
 * `unit` is the precision of the result (a week resolves to its month: ISO partial dates have no
 * weeks); `shift` counts units from the publication date; `future` marks an act still to come.
 */
export type DateUnit = 'day' | 'week' | 'month' | 'year';

export interface RelativeDateRow {
  /** Lower-case words, matched as a whole phrase. */
  words: string;
  unit: DateUnit;
  shift: number;
  future?: boolean;
}

export const RELATIVE_DATES: readonly RelativeDateRow[] = [
  { words: 'yesterday', unit: 'day', shift: -1 },
  { words: 'today', unit: 'day', shift: 0 },
  { words: 'tonight', unit: 'day', shift: 0 },
  { words: 'tomorrow', unit: 'day', shift: 1, future: true },
  { words: 'last week', unit: 'week', shift: -1 },
  { words: 'earlier this week', unit: 'week', shift: 0 },
  { words: 'this week', unit: 'week', shift: 0 },
  { words: 'last weekend', unit: 'week', shift: -1 },
  { words: 'next week', unit: 'week', shift: 1, future: true },
  { words: 'later this week', unit: 'week', shift: 0, future: true },
  { words: 'last month', unit: 'month', shift: -1 },
  { words: 'earlier this month', unit: 'month', shift: 0 },
  { words: 'this month', unit: 'month', shift: 0 },
  { words: 'next month', unit: 'month', shift: 1, future: true },
  { words: 'later this month', unit: 'month', shift: 0, future: true },
  { words: 'last year', unit: 'year', shift: -1 },
  { words: 'earlier this year', unit: 'year', shift: 0 },
  { words: 'this year', unit: 'year', shift: 0 },
  { words: 'next year', unit: 'year', shift: 1, future: true },
  { words: 'later this year', unit: 'year', shift: 0, future: true },
];

/** Number words of "three days ago". */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Weekdays, Sunday first as Date.getUTCDay counts. */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Prepositions kept in the date's words ("in February 2022", "on Monday"). */
export const DATE_PREPOSITIONS: readonly string[] = ['in', 'on', 'since', 'by', 'from', 'until', 'during', 'in early', 'in late', 'in mid', 'early', 'late', 'mid', 'at the end of', 'at the start of', 'by the end of'];
