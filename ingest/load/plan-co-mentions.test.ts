import { describe, expect, it } from 'vitest';
import { hash64, type CoMentionRecord } from '../../core/index.ts';
import { indexCoMentions, planCoMentions } from './plan-co-mentions.ts';

const text = '😀 A and B met. A and B again.';
const doc = { id: 'd1', title: 't', text, contentHash: hash64(text) };
const s1 = 'A and B met.';
const s2 = 'A and B again.';
const span = (documentId: string, s: string) => ({ documentId, text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
const record: CoMentionRecord = {
  id: 'a|CO_MENTIONED|b', source: 'a', target: 'b', count: 3, documents: ['d1', 'd2'], countByDocument: { d1: 2, d2: 1 },
  evidence: [span('d1', s1), span('d1', s2), { documentId: 'd2', text: 'x', start: 0, end: 1 }],
};

describe('planCoMentions', () => {
  it('gives each written document its own share with its sentences, offsets in code points', () => {
    const rows = planCoMentions([doc], indexCoMentions({ coMentions: [record] }), new Set(['a', 'b']));
    expect(rows.coMentions).toEqual([{ id: record.id, source: 'a', target: 'b', documentIds: ['d1'], documentCounts: [2] }]);
    expect(rows.evidence.map((v) => [v.text, v.start])).toEqual([[s1, 2], [s2, 15]]);
    expect(rows.evidence.every((v) => v.relId === record.id && v.status === null)).toBe(true);
  });
  it('counts evidence sentences when the record gives no per-document counts, and skips pairs the batch does not write', () => {
    const { countByDocument: _, ...bare } = record;
    expect(planCoMentions([doc], indexCoMentions({ coMentions: [bare] }), new Set(['a', 'b'])).coMentions[0]!.documentCounts).toEqual([2]);
    expect(planCoMentions([doc], indexCoMentions({ coMentions: [record] }), new Set(['a'])).coMentions).toEqual([]);
  });
  it('leaves out a document with no sentence in the record', () => {
    const noSentence = { ...record, evidence: [span('d1', s1)], documents: ['d1', 'd3'] };
    expect([...indexCoMentions({ coMentions: [noSentence] }).keys()]).toEqual(['d1']);
  });
});
