/**
 * The modality lexicon's spec: each row's example sentences must give their act the status the row
 * names (`null`: no act at all, of any status).
 */
import { describe, expect, it } from 'vitest';
import { run, statusesOf } from '../spec-helpers.ts';
import { MODALITY, MODALITY_VERBS } from './modality.ts';

describe('modality lexicon', () => {
  it('gives every cue verb one cue', () => {
    expect(MODALITY_VERBS.get('say')).toBe('report');
    expect(MODALITY_VERBS.get('deny')).toBe('deny');
    expect(MODALITY_VERBS.get('plan')).toBe('intend');
  });
  for (const row of MODALITY) {
    describe(row.cue, () => {
      for (const [text, act, status] of row.examples) {
        it(`${text} → ${act}: ${status ?? 'no act'}`, () => {
          const [source, type, ...target] = act.split(' ');
          const found = statusesOf(run(text), source!, type!, target.join(' '));
          expect(found).toEqual(status ? status.split('+') : []);
        });
      }
    });
  }
});
