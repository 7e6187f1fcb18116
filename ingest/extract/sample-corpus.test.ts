/**
 * The sample corpus must yield what the product promises (issue 3): the treaty and its signatories,
 * roles, US aid to Taiwan with its amount, the blacklisting, and each official tied to the body served.
 * Expected output lives in ingest/fixtures/sample-corpus.expected.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../read/index.ts';
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
