/**
 * Every lexicon row's spec: its examples must give the row's relation between the named pairs
 * ("A > B", by entity name or alias), and its counter-examples must not give the relation as a fact
 * (a negated, denied or planned one may be there with its status).
 * An example with no pair only has to run (it documents a form whose ends are not entities).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACT_STATUSES, type ExtractionResult } from '../../../core/index.ts';
import { run } from '../spec-helpers.ts';
import { LEXICON } from './index.ts';

/** "a > b" pairs of the relation, told in any way, or only as facts shown by default (asserted, alleged). */
function pairs(result: ExtractionResult, type: string, factsOnly = false): string[] {
  const names = new Map(result.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  return result.relations.filter((r) => r.type === type && (!factsOnly || DEFAULT_FACT_STATUSES.includes(r.status ?? 'asserted'))).flatMap((r) => {
    const out: string[] = [];
    for (const s of names.get(r.source) ?? []) for (const t of names.get(r.target) ?? []) out.push(`${s} > ${t}`.toLowerCase());
    return out;
  });
}

describe('relation lexicon', () => {
  it('has unique row ids', () => {
    const ids = LEXICON.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const row of LEXICON) {
    describe(`${row.id} (${row.relation})`, () => {
      for (const [text, ...expected] of row.examples) {
        it(`fires on: ${text}`, () => {
          const found = pairs(run(text), row.relation);
          for (const p of expected) expect(found, `${p} in ${JSON.stringify(found)}`).toContain(p.toLowerCase());
        });
      }
      for (const text of row.counterExamples ?? []) {
        it(`does not fire on: ${text}`, () => {
          expect(pairs(run(text), row.relation, true)).toEqual([]);
        });
      }
    });
  }
});
