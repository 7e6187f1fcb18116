import { describe, expect, it } from 'vitest';
import { contradictions, type Telling } from './disputes.ts';

const t = (status: Telling['status'], over: Partial<Telling> = {}): Telling => ({
  id: `iran|SUPPLIED|russia${status && status !== 'asserted' ? `|${status}` : ''}`,
  source: 'iran',
  target: 'russia',
  type: 'SUPPLIED',
  status,
  ...over,
});

describe('contradictions', () => {
  it('finds the denial of an alleged act, and the allegation of a denied one', () => {
    expect(contradictions(t('alleged'), [t('alleged'), t('denied')]).map((o) => o.status)).toEqual(['denied']);
    expect(contradictions(t('denied'), [t('alleged'), t('denied')]).map((o) => o.status)).toEqual(['alleged']);
  });

  it('counts an asserted act (status absent) against a negation', () => {
    expect(contradictions(t(undefined, { id: 'a' }), [t('negated')])).toHaveLength(1);
  });

  it('sees no dispute between a claim and another claim, a planned act, another type or the reverse direction', () => {
    const fact = t('alleged');
    expect(contradictions(fact, [t('asserted'), t('planned'), t('denied', { type: 'ATTACKED' }), t('denied', { source: 'russia', target: 'iran' })])).toEqual([]);
    expect(contradictions(t('planned'), [t('denied')])).toEqual([]);
  });
});
