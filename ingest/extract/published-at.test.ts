import { describe, expect, it } from 'vitest';
import { hash64, type DocumentRecord } from '../../core/index.ts';
import { rulesExtractor } from './extract.ts';
import { givePublishedAt } from './published-at.ts';

const doc = (id: string, text: string, publishedAt?: string): DocumentRecord => ({ id, title: id, text, contentHash: hash64(text), ...(publishedAt ? { publishedAt } : {}) });

describe('a publication date given for undated documents', () => {
  it('dates the documents without one and resolves their relative dates against it, keeping a document\'s own', async () => {
    const result = await rulesExtractor.extract(
      givePublishedAt([doc('a', 'Chile expelled Bolivian diplomats yesterday.'), doc('b', 'Peru expelled Bolivian diplomats yesterday.', '2024-01-10')], '2025-03-05'),
    );
    expect(result.documents.map((d) => d.publishedAt)).toEqual(['2025-03-05', '2024-01-10']);
    const dates = result.relations.filter((r) => r.type === 'EXPELLED').map((r) => `${r.source} ${r.date}`).sort();
    expect(dates).toEqual(['country:chile 2025-03-04', 'country:peru 2024-01-09']);
  });
});
