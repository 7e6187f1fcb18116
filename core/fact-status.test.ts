import { describe, expect, it } from 'vitest';
import { PARTIAL_ISO_DATE, isFactStatus } from './fact-status.ts';
import { coMentionId, relationId } from './keys.ts';

describe('fact status and dates', () => {
  it('accepts partial ISO dates and refuses the rest', () => {
    for (const ok of ['2022', '2022-02', '2025-01-20', '1999-12-31']) expect(PARTIAL_ISO_DATE.test(ok)).toBe(true);
    for (const bad of ['22', '2022-13', '2022-02-32', '2022-2', 'February 2022', '2022-02-01T00:00']) expect(PARTIAL_ISO_DATE.test(bad)).toBe(false);
  });
  it('knows its statuses', () => {
    expect(isFactStatus('denied')).toBe(true);
    expect(isFactStatus('rumoured')).toBe(false);
  });
  it('keys an asserted fact as before and other statuses apart', () => {
    expect(relationId('a', 'SIGNED', 'b')).toBe('a|SIGNED|b');
    expect(relationId('a', 'SIGNED', 'b', 'asserted')).toBe('a|SIGNED|b');
    expect(relationId('a', 'SIGNED', 'b', 'denied')).toBe('a|SIGNED|b|denied');
  });
  it('keys a co-mention the same way whichever end comes first', () => {
    expect(coMentionId('country:iran', 'country:russia')).toBe(coMentionId('country:russia', 'country:iran'));
    expect(coMentionId('b', 'a')).toBe('a|CO_MENTIONED|b');
  });
});
