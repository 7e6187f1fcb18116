/**
 * The sample corpus must yield what the product promises (issue 3): the treaty and its signatories,
 * roles, US aid to Taiwan with its amount, the blacklisting, and each official tied to the body served.
 * Expected output lives in ingest/fixtures/sample-corpus.expected.json.
 * The whole samples folder, as `npm start` ingests it, must also give the timeline something to show
 * (issue 12): dated briefs, dated facts, and a claim with its denial, both dated.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentsFromText, readDocuments } from '../read/index.ts';
import { extractionResultSchema } from '../../core/index.ts';
import { extract } from './index.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/sample-corpus.expected.json', import.meta.url), 'utf8')) as {
  documents: number;
  entities: [string, string][];
  aliases: [string, string][];
  relations: string[][];
};
const text = readFileSync(new URL('../samples/000_a27fca243199cf36.txt', import.meta.url), 'utf8');
const { documents } = documentsFromText(text, 'samples/000_a27fca243199cf36.txt');
const result = extract(documents);
const byName = (name: string) => result.entities.find((e) => e.name === name);

describe('sample corpus', () => {
  it('splits the file into its articles', () => {
    expect(documents).toHaveLength(fixture.documents);
  });

  it('produces a result valid against the shared schema', () => {
    expect(() => extractionResultSchema.parse(result)).not.toThrow();
  });

  it.each(fixture.entities)('finds %s %s', (type, name) => {
    expect(byName(name)?.type).toBe(type);
  });

  it.each(fixture.aliases)('gives %s the alias %s', (name, alias) => {
    expect(byName(name)?.aliases).toContain(alias);
  });

  it.each(fixture.relations.map((r) => [r.join(' '), r] as const))('links %s', (_label, [src, types, tgt, prop, value]) => {
    const s = byName(src!);
    const t = byName(tgt!);
    expect(s, src).toBeDefined();
    expect(t, tgt).toBeDefined();
    const rels = result.relations.filter((r) => r.source === s!.id && r.target === t!.id && types!.split('|').includes(r.type));
    expect(rels.length, `${src} ${types} ${tgt}`).toBeGreaterThan(0);
    if (prop) expect(rels.some((r) => r.properties?.[prop] === value)).toBe(true);
  });

  it('gives every relation evidence whose offsets slice the document text', () => {
    const docs = new Map(documents.map((d) => [d.id, d]));
    for (const r of result.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const ev of r.evidence) expect(docs.get(ev.documentId)!.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });
});

describe('samples folder, as npm start ingests it', async () => {
  const read = await readDocuments(fileURLToPath(new URL('../samples/', import.meta.url)));
  const all = extract(read.documents);

  it('reads the briefs with their publication date and dates enough facts for the timeline', () => {
    expect(read.errors).toEqual([]);
    // 001_dated_briefs.jsonl holds seven briefs, each with publishedAt.
    expect(read.documents.filter((d) => d.publishedAt).length).toBeGreaterThanOrEqual(7);
    const dated = all.relations.filter((r) => r.date);
    // 11 when this was written; a little margin for extraction changes.
    expect(dated.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dated.map((r) => r.date!.slice(0, 7))).size).toBeGreaterThanOrEqual(4);
  });

  it('tells one act as alleged by a claimant and as denied, both dated', () => {
    const sameAct = (a: (typeof all.relations)[number], b: (typeof all.relations)[number]) => a.source === b.source && a.type === b.type && a.target === b.target;
    const disputed = all.relations.filter(
      (claim) => claim.status === 'alleged' && claim.claimedBy?.length && claim.date && all.relations.some((denial) => denial.status === 'denied' && denial.date && sameAct(claim, denial)),
    );
    expect(disputed.length).toBeGreaterThan(0);
  });
});
