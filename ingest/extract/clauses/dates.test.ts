/**
 * Dates of facts (clauses/dates.ts, clauses/modality.ts), on written examples: absolute forms always,
 * relative ones only against a publication date, the clause's own date, the earliest on a relation.
 */
import { describe, expect, it } from 'vitest';
import { hash64 } from '../../../core/index.ts';
import { extract } from '../extract.ts';
import { run, runPublished, statusesOf, told } from '../spec-helpers.ts';
import { findDates, publicationDay } from './dates.ts';
import { analyseDocument } from '../extract.ts';

const dateOf = (r: ReturnType<typeof run>, s: string, type: string, t: string): [string | undefined, string | undefined] => {
  const x = told(r, s, type, t)[0];
  return [x?.date, x?.dateText];
};

/** Dates of the first sentence of `text` published on `published`. */
function datesIn(text: string, published?: string): string[] {
  const doc = { id: 'd', title: 'd', text, contentHash: hash64(text) };
  const { sentences } = analyseDocument(doc);
  return findDates(text, sentences[0]!, publicationDay(published)).map((h) => `${h.date}=${h.text}`);
}

describe('date expressions', () => {
  it('reads absolute dates in their usual forms', () => {
    expect(datesIn('Chile signed it on 20 January 2025.')).toEqual(['2025-01-20=on 20 January 2025']);
    expect(datesIn('Chile signed it on January 20, 2025.')).toEqual(['2025-01-20=on January 20, 2025']);
    expect(datesIn('Chile signed it on Jan. 20, 2025.')).toEqual(['2025-01-20=on Jan. 20, 2025']);
    expect(datesIn('Chile signed it in February 2022.')).toEqual(['2022-02=in February 2022']);
    expect(datesIn('Chile signed it in 2019.')).toEqual(['2019=in 2019']);
    expect(datesIn('Chile signed it on 2022-02-24.')).toEqual(['2022-02-24=on 2022-02-24']);
  });

  it('takes no year that names what follows, nor an impossible day', () => {
    expect(datesIn('Chile backed the 2015 deal and sent 2000 troops.')).toEqual([]);
    expect(datesIn('Chile signed it on 31 February 2022.')).toEqual([]);
  });

  it('resolves relative dates only against a publication date', () => {
    const text = 'Chile met Peru yesterday, on Monday, last month, earlier this year, last week and three days ago.';
    expect(datesIn(text)).toEqual([]);
    // 2025-03-05 is a Wednesday.
    expect(datesIn(text, '2025-03-05T10:00:00Z')).toEqual([
      '2025-03-04=yesterday',
      '2025-03-03=on Monday',
      '2025-02=last month',
      '2025=earlier this year',
      '2025-02=last week',
      '2025-03-02=three days ago',
    ]);
  });

  it('gives a month or day without its year the latest one up to publication', () => {
    expect(datesIn('Chile signed it in November.', '2025-03-05')).toEqual(['2024-11=in November']);
    expect(datesIn('Chile signed it on March 3.', '2025-03-05')).toEqual(['2025-03-03=on March 3']);
  });
});

describe('dates of facts', () => {
  it('dates a fact by its own clause, not by a date in another clause of the sentence', () => {
    const r = run('Chile signed the Lima Accord in 2019, after Peru, which had joined NATO in 2004, withdrew from the Andean Pact.');
    expect(dateOf(r, 'Chile', 'SIGNED', 'Lima Accord')).toEqual(['2019', 'in 2019']);
    expect(dateOf(r, 'Peru', 'WITHDREW_FROM', 'Andean Pact')).toEqual([undefined, undefined]);
  });

  it('dates an act by an opening time phrase across the comma', () => {
    const r = runPublished('2025-03-05', 'On Monday, Chile expelled Bolivian diplomats.');
    expect(dateOf(r, 'Chile', 'EXPELLED', 'Bolivia')).toEqual(['2025-03-03', 'On Monday']);
  });

  it('leaves the date of a report to the report, not to what it reports', () => {
    const r = runPublished('2025-03-05', 'Chile said on Monday that Peru had attacked Bolivia in 2019.');
    expect(dateOf(r, 'Peru', 'ATTACKED', 'Bolivia')).toEqual(['2019', 'in 2019']);
  });

  it('makes an act dated after publication planned', () => {
    const r = runPublished('2025-03-05', 'Chile and Peru agreed to hold talks next month. Chile signs the Lima Accord on 20 June 2025.');
    expect(statusesOf(r, 'Chile', 'NEGOTIATED_WITH', 'Peru')).toEqual(['planned']);
    expect(dateOf(r, 'Chile', 'NEGOTIATED_WITH', 'Peru')).toEqual(['2025-04', 'next month']);
    expect(statusesOf(r, 'Chile', 'SIGNED', 'Lima Accord')).toEqual(['planned']);
    expect(dateOf(r, 'Chile', 'SIGNED', 'Lima Accord')).toEqual(['2025-06-20', 'on 20 June 2025']);
  });

  it('gives a relation the earliest date of its evidence', () => {
    const texts = ['Chile expelled Bolivian diplomats in March 2021.', 'Chile expelled Bolivian diplomats in 2019.'];
    const r = extract(texts.map((text, i) => ({ id: `d${i}`, title: `d${i}`, text, contentHash: hash64(text) })));
    const rel = told(r, 'Chile', 'EXPELLED', 'Bolivia')[0]!;
    expect(rel.evidence.map((e) => e.date).sort()).toEqual(['2019', '2021-03']);
    expect([rel.date, rel.dateText]).toEqual(['2019', 'in 2019']);
  });
});
