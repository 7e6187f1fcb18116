import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../core/index.ts';
import { batchBounds, factClass, factTelling, indexExtraction, planBatch } from './plan-batch.ts';

const result: ExtractionResult = {
  documents: [
    { id: 'd1', title: 'One', text: 'Alpha met Beta.', contentHash: 'h1' },
    { id: 'd2', title: 'Two', text: 'Beta met Alpha in Gamma.', contentHash: 'h2' },
  ],
  entities: [
    { id: 'person:alpha', type: 'Person', name: 'Alpha', aliases: [], mentions: { d1: 1, d2: 1 } },
    { id: 'person:beta', type: 'Person', name: 'Beta', aliases: ['B'], mentions: { d1: 1, d2: 1 } },
    { id: 'place:gamma', type: 'Place', name: 'Gamma', aliases: [] },
  ],
  relations: [
    {
      id: 'person:alpha|MET_WITH|person:beta',
      source: 'person:alpha',
      target: 'person:beta',
      type: 'MET_WITH',
      evidence: [
        { documentId: 'd1', text: 'Alpha met Beta.', start: 0, end: 15 },
        { documentId: 'd2', text: 'Beta met Alpha in Gamma.', start: 0, end: 24 },
      ],
    },
    {
      id: 'person:beta|LOCATED_IN|place:gamma',
      source: 'person:beta',
      target: 'place:gamma',
      type: 'LOCATED_IN',
      evidence: [{ documentId: 'd2', text: 'Beta met Alpha in Gamma.', start: 0, end: 24 }],
    },
  ],
};

describe('planBatch', () => {
  const index = indexExtraction(result);

  it('writes every document, entity, fact and evidence of a new batch', () => {
    const rows = planBatch(result.documents, index, new Map());
    expect(rows.docs.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(rows.replacedDocIds).toEqual([]);
    expect(rows.entities.map((e) => e.id).sort()).toEqual(['person:alpha', 'person:beta', 'place:gamma']);
    expect(rows.facts.find((f) => f.type === 'MET_WITH')?.documentIds).toEqual(['d1', 'd2']);
    expect(rows.facts.find((f) => f.type === 'MET_WITH')?.evidenceCount).toBe(2);
    expect(rows.evidence).toHaveLength(3);
  });

  it('counts an entity named only in evidence as mentioned by that document', () => {
    const rows = planBatch(result.documents, index, new Map());
    expect(rows.mentions).toContainEqual({ documentId: 'd2', entityId: 'place:gamma', count: 1 });
  });

  it('writes a document given twice once, and a sentence given twice for one fact once', () => {
    const twice = { ...result, relations: result.relations.map((r) => ({ ...r, evidence: [...r.evidence, ...r.evidence] })) };
    const rows = planBatch([...result.documents, result.documents[0]!], indexExtraction(twice), new Map());
    expect(rows.docs.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(rows.evidence).toHaveLength(3);
    expect(rows.facts.map((f) => f.evidenceCount).sort()).toEqual([1, 2]);
  });

  it('skips documents whose content hash is unchanged', () => {
    const rows = planBatch(result.documents, index, new Map([['d1', 'h1'], ['d2', 'h2']]));
    expect(rows.unchangedDocIds).toEqual(['d1', 'd2']);
    expect(rows.docs).toEqual([]);
    expect(rows.facts).toEqual([]);
  });

  it('marks changed documents for replacement and keeps only their evidence', () => {
    const rows = planBatch(result.documents, index, new Map([['d1', 'h1'], ['d2', 'old']]));
    expect(rows.replacedDocIds).toEqual(['d2']);
    expect(rows.evidence.every((v) => v.documentId === 'd2')).toBe(true);
    expect(rows.facts.map((f) => f.documentIds)).toEqual([['d2'], ['d2']]);
  });

  it('carries the CAMEO root and QuadClass of each fact, and none for a state such as LOCATED_IN', () => {
    const rows = planBatch(result.documents, index, new Map());
    expect(rows.facts.find((f) => f.type === 'MET_WITH')).toMatchObject({ cameo: '04', quadClass: 'verbal-cooperation' });
    expect(rows.facts.find((f) => f.type === 'LOCATED_IN')).toMatchObject({ cameo: null, quadClass: null });
  });
});

describe('planBatch offsets and sources', () => {
  it('stores evidence offsets in code points, so an emoji before the sentence counts once', () => {
    const text = 'Fans cheered 🎉🎉. Alpha met Beta.';
    const start = text.indexOf('Alpha');
    const withEmoji: ExtractionResult = {
      documents: [{ id: 'e1', title: 'E', text, contentHash: 'he' }],
      entities: result.entities.slice(0, 2),
      relations: [{ ...result.relations[0]!, evidence: [{ documentId: 'e1', text: 'Alpha met Beta.', start, end: text.length }] }],
    };
    const rows = planBatch(withEmoji.documents, indexExtraction(withEmoji), new Map());
    expect(rows.evidence[0]).toMatchObject({ start: start - 2, end: text.length - 2 });
    expect(Array.from(text).slice(rows.evidence[0]!.start, rows.evidence[0]!.end).join('')).toBe('Alpha met Beta.');
  });
  it('moves an unchanged document read from another file to that file, without rewriting it', () => {
    const docs = result.documents.map((d) => ({ ...d, sourceKey: '/new/file.txt' }));
    const rows = planBatch(docs, index(), new Map([['d1', 'h1'], ['d2', 'h2']]), new Map([['d1', '/old/file.txt'], ['d2', '/new/file.txt']]));
    expect(rows.movedDocs).toEqual([{ id: 'd1', sourceKey: '/new/file.txt' }]);
    expect(rows.docs).toEqual([]);
  });
});

function index() {
  return indexExtraction(result);
}

describe('factClass', () => {
  it("keeps the record's own class", () => {
    expect(factClass({ type: 'MET_WITH', cameo: '03', quadClass: 'verbal-cooperation' })).toEqual({ cameo: '03', quadClass: 'verbal-cooperation' });
  });

  it('classifies by type a record that carries no class (LLM extractor, older result files)', () => {
    expect(factClass({ type: 'SANCTIONED' })).toEqual({ cameo: '16', quadClass: 'material-conflict' });
    expect(factClass({ type: 'PRESIDENT_OF' })).toEqual({ cameo: null, quadClass: null });
  });

  it('derives the QuadClass from a CAMEO root given alone', () => {
    expect(factClass({ type: 'MET_WITH', cameo: '18' })).toEqual({ cameo: '18', quadClass: 'material-conflict' });
  });
});

describe('factTelling', () => {
  it('gives claimants once each and in id order, as update-facts keeps them', () => {
    expect(factTelling({ status: 'alleged', claimedBy: ['country:usa', 'country:russia', 'country:usa'] })).toEqual({ status: 'alleged', claimedBy: ['country:russia', 'country:usa'] });
  });
});

describe('batchBounds', () => {
  /** `n` documents; document i has `evidence[i]` evidence sentences of one fact about two entities. */
  function corpus(evidence: number[]): ExtractionResult {
    const documents = evidence.map((_, i) => ({ id: `d${i}`, title: `D${i}`, text: 'x'.repeat(100), contentHash: `h${i}` }));
    return {
      documents,
      entities: [
        { id: 'country:a', type: 'Country', name: 'A', aliases: [] },
        { id: 'country:b', type: 'Country', name: 'B', aliases: [] },
      ],
      relations: evidence.map((n, i) => ({
        id: `r${i}`, source: 'country:a', target: 'country:b', type: 'MET_WITH',
        evidence: Array.from({ length: n }, (_, k) => ({ documentId: `d${i}`, text: 'x', start: k, end: k + 1 })),
      })),
    };
  }
  const bounds = (evidence: number[], maxDocs: number, maxRows: number) => {
    const result = corpus(evidence);
    return batchBounds(result.documents, indexExtraction(result), maxDocs, maxRows);
  };

  it('cuts at the most documents per batch, keeping every document once and in order', () => {
    expect(bounds([1, 1, 1, 1, 1], 2, 1000)).toEqual([[0, 2], [2, 4], [4, 5]]);
  });

  it('cuts earlier where documents hold many rows, and gives a document larger than the cap a batch of its own', () => {
    // Rows of a document: itself, its evidence, its fact and its two mentions.
    expect(bounds([1, 1, 50, 1, 1], 10, 20)).toEqual([[0, 2], [2, 3], [3, 5]]);
  });

  it('gives no batch for no documents', () => {
    expect(bounds([], 10, 10)).toEqual([]);
  });
});
