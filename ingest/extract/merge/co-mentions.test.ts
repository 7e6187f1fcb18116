import { describe, expect, it } from 'vitest';
import { coMentionId, extractionResultSchema, hash64 } from '../../../core/index.ts';
import { extract } from '../extract.ts';

const docs = (...texts: string[]) => texts.map((text, i) => ({ id: `d${i}`, title: 't', text, contentHash: hash64(text) }));
const TURKEY_QATAR = coMentionId('country:turkey', 'country:qatar');

describe('co-mentions in the corpus-wide merge', () => {
  it('pairs actors named in one sentence with no fact between them, one record per pair over the corpus', () => {
    const result = extract(docs('Officials from Turkey and Qatar attended the meeting in Geneva on Monday.', 'Turkey and Qatar were both named in the report. Qatar and Turkey were named again.'));
    expect(() => extractionResultSchema.parse(result)).not.toThrow();
    const pair = result.coMentions!.find((c) => c.id === TURKEY_QATAR);
    expect(pair).toMatchObject({ source: 'country:qatar', target: 'country:turkey', count: 3, documents: ['d0', 'd1'], countByDocument: { d0: 1, d1: 2 } });
    expect(pair!.evidence.map((v) => v.text)).toEqual([
      'Officials from Turkey and Qatar attended the meeting in Geneva on Monday.',
      'Turkey and Qatar were both named in the report.',
    ]);
  });

  it('leaves out pairs the sentence gives a fact between, and places', () => {
    const result = extract(docs('France and Germany signed a defence pact in Geneva.'));
    const ids = (result.coMentions ?? []).map((c) => c.id);
    expect(result.relations.some((r) => r.type === 'SIGNED')).toBe(true);
    expect(ids).not.toContain(coMentionId('country:france', 'country:germany'));
    expect(ids.some((id) => id.includes('place:') || id.includes('treaty:'))).toBe(false);
  });

  it('takes parties to one fact in the sentence as related, not merely named together', () => {
    const result = extract(docs('Kenya and Ethiopia signed the Moyale Corridor Agreement on Sunday.'));
    expect(result.relations.filter((r) => r.type === 'SIGNED')).toHaveLength(2);
    expect((result.coMentions ?? []).map((c) => c.id)).not.toContain(coMentionId('country:kenya', 'country:ethiopia'));
  });

  it('keeps the first sentence of every document, whichever documents are extracted together', () => {
    const many = Array.from({ length: 7 }, () => 'Turkey and Qatar were named.').join(' ');
    const result = extract(docs(many, 'Turkey and Qatar were cited.', 'Qatar and Turkey stayed silent.'));
    const pair = result.coMentions!.find((c) => c.id === TURKEY_QATAR)!;
    expect(pair.count).toBe(9);
    expect(pair.evidence.map((v) => v.documentId)).toEqual(['d0', 'd1', 'd2']);
    for (const v of pair.evidence) expect(result.documents.find((d) => d.id === v.documentId)!.text.slice(v.start, v.end)).toBe(v.text);
    // Extracted alone, the first document contributes the same sentence.
    const alone = extract(docs(many)).coMentions!.find((c) => c.id === TURKEY_QATAR)!;
    expect(alone.evidence).toEqual(pair.evidence.filter((v) => v.documentId === 'd0'));
  });
});
