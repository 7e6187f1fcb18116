import { describe, expect, it } from 'vitest';
import { relationshipFilter } from './fact-filter.ts';

describe('relationshipFilter', () => {
  it('leaves out bookkeeping, co-mentions and denied, negated and planned facts by default', () => {
    expect(relationshipFilter([])).toEqual({
      excluded: ['MENTIONS', 'FROM_DOCUMENT', 'CO_MENTIONED'],
      hiddenStatuses: ['denied', 'negated', 'planned'],
    });
  });
  it('follows co-mentions when asked or named', () => {
    expect(relationshipFilter([], undefined, true).excluded).not.toContain('CO_MENTIONED');
    expect(relationshipFilter(['CO_MENTIONED']).excluded).not.toContain('CO_MENTIONED');
  });
  it('hides exactly the statuses not asked for', () => {
    expect(relationshipFilter([], ['denied']).hiddenStatuses).toEqual(['asserted', 'alleged', 'negated', 'planned']);
    expect(relationshipFilter([], ['asserted', 'alleged', 'denied', 'negated', 'planned']).hiddenStatuses).toEqual([]);
  });
});
