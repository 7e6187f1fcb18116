import { describe, expect, it } from 'vitest';
import { evidenceByDocument, mentionsByDocument } from './document-rows.ts';

const row = (documentId: string, text: string, start: number, end: number) => ({
  id: `r@${documentId}:${start}-${end}`, relId: 'r', documentId, text, start, end, status: null, claimedBy: null, date: null, dateText: null,
});

describe('evidenceByDocument', () => {
  const texts = new Map([
    ['a', 'Alpha met Beta. Beta left.'],
    ['b', 'Gamma 🙂 met Delta.'],
  ]);
  const known = new Map([
    ['a', '4:x:1'],
    ['b', '4:x:2'],
  ]);
  const eids = (id: string) => {
    const eid = known.get(id);
    if (eid === undefined) throw new Error(`batch refers to ${id}, which it did not write`);
    return eid;
  };

  it('groups sentences by document and leaves out a text that is the document’s own between the offsets', () => {
    const out = evidenceByDocument([row('a', 'Alpha met Beta.', 0, 15), row('a', 'Beta left.', 16, 26)], texts, eids);
    expect(out).toEqual([{ d: '4:x:1', evidence: [
      ['r@a:0-15', 'r', 0, 15, null, null, null, null, null],
      ['r@a:16-26', 'r', 16, 26, null, null, null, null, null],
    ] }]);
  });

  it('sends the text when it differs from the document’s, or when surrogate pairs make code points and UTF-16 offsets differ', () => {
    const out = evidenceByDocument([row('a', 'Alpha met Beta!', 0, 15), row('b', 'Gamma 🙂 met Delta.', 0, 17)], texts, eids);
    expect(out.map((g) => g.evidence[0]![8])).toEqual(['Alpha met Beta!', 'Gamma 🙂 met Delta.']);
  });

  it('asks the batch for each document\'s element id, so evidence of a document it did not write is refused', () => {
    expect(() => evidenceByDocument([row('c', 'x', 0, 1)], texts, eids)).toThrow(/did not write/);
  });
});

describe('mentionsByDocument', () => {
  it('groups entities and counts by document, in first-seen order', () => {
    expect(mentionsByDocument([{ d: '1', e: 'x', count: 2 }, { d: '2', e: 'y', count: 1 }, { d: '1', e: 'z', count: 3 }])).toEqual([
      { d: '1', e: ['x', 'z'], c: [2, 3] },
      { d: '2', e: ['y'], c: [1] },
    ]);
  });
});
