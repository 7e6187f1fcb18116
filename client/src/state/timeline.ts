/**
 * Fact dates on the timeline: a partial ISO date (`2022`, `2022-02`, `2025-01-20`) stands for the
 * whole year, month or day it names, so a brush over March–June 2022 keeps a fact dated only "2022"
 * (it may have happened then) and drops one dated "2021". The histogram bins links by the first day
 * of their date, by month when the dates span a few years, else by year. DOM-free, unit-tested.
 */
import { CO_MENTIONED } from '../../../core/fact-status.ts';
import type { EdgeAttrs, ExplorerGraph } from './graph-state.ts';

/** First and last day a partial ISO date covers, as `YYYY-MM-DD` (compared as strings). */
export function dateInterval(date: string): { start: string; end: string } {
  const [y, m, d] = date.split('-');
  if (d) return { start: date, end: date };
  if (m) return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a fact's date may fall within the brush `[from, to]` (each partial ISO, each optional). */
export function dateOverlaps(date: string, from?: string, to?: string): boolean {
  const d = dateInterval(date);
  if (from && d.end < dateInterval(from).start) return false;
  if (to && d.start > dateInterval(to).end) return false;
  return true;
}

/** True for links the timeline counts: facts, not aggregate co-mentions. */
export function isFact(a: Pick<EdgeAttrs, 'relType'>): boolean {
  return a.relType !== CO_MENTIONED;
}

/** Above this many years the histogram bins by year instead of by month. */
export const MONTHLY_MAX_YEARS = 6;

export interface TimelineBin {
  /** `YYYY-MM` or `YYYY`: also the brush bound this bin stands for. */
  key: string;
  /** Links dated in this bin. */
  count: number;
  /** Of those, how many the brush keeps. */
  inBrush: number;
}

export interface TimelineData {
  unit: 'month' | 'year';
  bins: TimelineBin[];
  /** Links with no date: always shown, counted apart. */
  undated: number;
  /** Links with a date. */
  dated: number;
}

/** The next bin key after `key` (`2022-12` → `2023-01`, `2022` → `2023`). */
export function nextKey(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number?];
  if (m === undefined) return String(y + 1);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The bin a date falls in. */
export function binKey(date: string, unit: 'month' | 'year'): string {
  const start = dateInterval(date).start;
  return unit === 'year' ? start.slice(0, 4) : start.slice(0, 7);
}

/**
 * Histogram of the given links' dates (their first day), every bin from the earliest to the latest
 * (and to the brush's bounds, so a brush outside the data still shows), with how many the brush keeps.
 */
export function timelineData(dates: readonly (string | undefined)[], brush: { from?: string; to?: string } = {}): TimelineData {
  const known = dates.filter((d): d is string => Boolean(d));
  const undated = dates.length - known.length;
  if (!known.length) return { unit: 'month', bins: [], undated, dated: 0 };
  const starts = known.map((d) => dateInterval(d).start).sort();
  const bounds = [starts[0]!, starts[starts.length - 1]!, ...[brush.from, brush.to].filter((b): b is string => Boolean(b)).map((b) => dateInterval(b).start)].sort();
  const first = bounds[0]!;
  const last = bounds[bounds.length - 1]!;
  const unit = Number(last.slice(0, 4)) - Number(first.slice(0, 4)) < MONTHLY_MAX_YEARS ? 'month' : 'year';
  const bins: TimelineBin[] = [];
  const index = new Map<string, TimelineBin>();
  const end = binKey(last, unit);
  for (let key = binKey(first, unit); ; key = nextKey(key)) {
    const bin = { key, count: 0, inBrush: 0 };
    bins.push(bin);
    index.set(key, bin);
    if (key === end) break;
  }
  for (const d of known) {
    const bin = index.get(binKey(d, unit))!;
    bin.count++;
    if (dateOverlaps(d, brush.from, brush.to)) bin.inBrush++;
  }
  return { unit, bins, undated, dated: known.length };
}

/** Dates of the fact links on the canvas, except those `skip` says are hidden for another reason. */
export function factDates(graph: ExplorerGraph, skip: (edge: string) => boolean = () => false): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  graph.forEachEdge((key, a) => {
    if (isFact(a) && !skip(key)) out.push(a.date);
  });
  return out;
}

/** Earliest start date among a node's fact links (for the timeline layout), or undefined. */
export function earliestFactDate(graph: ExplorerGraph, node: string): string | undefined {
  let best: string | undefined;
  graph.forEachEdge(node, (_e, a) => {
    if (!isFact(a) || !a.date) return;
    const start = dateInterval(a.date).start;
    if (!best || start < best) best = start;
  });
  return best;
}

/** Days since 1970 of a `YYYY-MM-DD` date (for placing nodes along x). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}
