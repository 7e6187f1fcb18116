import { describe, expect, it } from 'vitest';
import { ExplorerStore } from './store.ts';
import { dateInterval, dateOverlaps, earliestFactDate, factDates, nextKey, timelineData } from './timeline.ts';

describe('fact dates', () => {
  it('reads a partial date as the whole year, month or day it names', () => {
    expect(dateInterval('2022')).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(dateInterval('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateInterval('2025-01-20')).toEqual({ start: '2025-01-20', end: '2025-01-20' });
  });

  it('keeps a fact that may fall in the brush and drops one that cannot', () => {
    expect(dateOverlaps('2022', '2022-03', '2022-06')).toBe(true);
    expect(dateOverlaps('2021-12-31', '2022-03', '2022-06')).toBe(false);
    expect(dateOverlaps('2022-06-30', '2022-03', '2022-06')).toBe(true);
    expect(dateOverlaps('2022-07', '2022-03', '2022-06')).toBe(false);
    expect(dateOverlaps('1999', undefined, '2000')).toBe(true);
    expect(dateOverlaps('2001', '2000')).toBe(true);
  });

  it('steps bin keys across year ends', () => {
    expect(nextKey('2022-12')).toBe('2023-01');
    expect(nextKey('2022-09')).toBe('2022-10');
    expect(nextKey('2022')).toBe('2023');
  });
});

describe('timelineData', () => {
  it('bins by month over a short span, every month present, undated counted apart', () => {
    const d = timelineData(['2022-02-24', '2022-04', undefined, '2022-04-02', undefined], { from: '2022-04', to: '2022-04' });
    expect(d.unit).toBe('month');
    expect(d.bins.map((b) => [b.key, b.count, b.inBrush])).toEqual([
      ['2022-02', 1, 0],
      ['2022-03', 0, 0],
      ['2022-04', 2, 2],
    ]);
    expect(d.undated).toBe(2);
    expect(d.dated).toBe(3);
  });

  it('bins by year over a long span and stretches to a brush outside the data', () => {
    const d = timelineData(['1991', '2022-02'], { to: '2024' });
    expect(d.unit).toBe('year');
    expect(d.bins[0]!.key).toBe('1991');
    expect(d.bins.at(-1)!.key).toBe('2024');
    expect(d.bins.find((b) => b.key === '2022')!.count).toBe(1);
  });

  it('is empty with only undated links', () => {
    expect(timelineData([undefined, undefined])).toMatchObject({ bins: [], undated: 2, dated: 0 });
  });
});

describe('dates on the canvas', () => {
  const store = new ExplorerStore();
  const n = (id: string) => ({ id, labels: ['Country'], type: 'Country', name: id, properties: {} });
  store.merge(
    {
      nodes: ['ru', 'ua', 'ir', 'de'].map(n),
      edges: [
        { id: 'ru|INVADED|ua', source: 'ru', target: 'ua', type: 'INVADED', date: '2022-02-24', properties: {} },
        { id: 'ru|ATTACKED|ua', source: 'ru', target: 'ua', type: 'ATTACKED', date: '2014', properties: {} },
        { id: 'ir|SUPPLIED|ru', source: 'ir', target: 'ru', type: 'SUPPLIED', properties: {} },
        { id: 'de|CO_MENTIONED|ir', source: 'de', target: 'ir', type: 'CO_MENTIONED', properties: { count: 3, documents: ['d1'] } },
      ],
    },
    'Add',
  );

  it('lists the dates of facts, leaving co-mentions out', () => {
    expect(factDates(store.graph).sort()).toEqual(['2014', '2022-02-24', undefined]);
  });

  it('finds a node\'s earliest fact date, undefined when none is dated', () => {
    expect(earliestFactDate(store.graph, 'ua')).toBe('2014-01-01');
    expect(earliestFactDate(store.graph, 'de')).toBeUndefined();
  });
});
