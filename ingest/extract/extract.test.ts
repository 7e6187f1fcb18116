/**
 * Behaviour of the rule-based extractor on small invented articles: resolution, role appositions,
 * verb patterns in active and passive voice with coordination, aid amounts, evidence and stable ids.
 */
import { describe, expect, it } from 'vitest';
import { hash64, type DocumentRecord, type ExtractionResult } from '../../core/index.ts';
import { extract, rulesExtractor } from './index.ts';

const doc = (id: string, text: string): DocumentRecord => ({ id, title: id, text, contentHash: hash64(text) });
const run = (...texts: string[]): ExtractionResult => extract(texts.map((t, i) => doc(`d${i}`, t)));
const entity = (r: ExtractionResult, name: string) => r.entities.find((e) => e.name === name);
const has = (r: ExtractionResult, src: string, type: string, tgt: string): boolean => {
  const s = entity(r, src);
  const t = entity(r, tgt);
  return !!s && !!t && r.relations.some((x) => x.source === s.id && x.type === type && x.target === t.id);
};

describe('resolution', () => {
  it('links a surname to the full name within and across documents, titles stripped', () => {
    const r = run('French President Emmanuel Macron arrived in Rome. Macron said the talks went well.', 'Macron met the pope.');
    expect(entity(r, 'Emmanuel Macron')?.type).toBe('Person');
    expect(entity(r, 'Emmanuel Macron')?.mentions).toEqual({ d0: 2, d1: 1 });
    expect(r.entities.some((e) => e.name === 'Macron' || e.name.includes('President'))).toBe(false);
  });

  it("links a surname several people share to the document's own full name, the one it named first", () => {
    const r = run(
      'Senator Jorge Vidal spoke in Lima. Peru praised Vidal, a critic of the mining law. His son, Tomas Vidal, stayed silent.',
      'Mayor Tomas Vidal visited Quito. Vidal, a former banker, met students.',
    );
    expect(entity(r, 'Jorge Vidal')?.mentions).toEqual({ d0: 2 });
    expect(entity(r, 'Tomas Vidal')?.mentions).toEqual({ d0: 1, d1: 2 });
    expect(r.entities.some((e) => e.name === 'Vidal')).toBe(false);
  });

  it('names an agreement written in lower case by what it is, not by words that compare or praise it', () => {
    const r = run('Chile and Peru signed a further border agreement in Lima. Bolivia and Peru signed a landmark free trade deal.');
    expect(has(r, 'Chile', 'SIGNED', 'border agreement')).toBe(true);
    expect(has(r, 'Bolivia', 'SIGNED', 'free trade deal')).toBe(true);
    expect(r.entities.filter((e) => e.type === 'Treaty').map((e) => e.name).sort()).toEqual(['border agreement', 'free trade deal']);
  });

  it('names an agreement by its "of" noun ("a declaration of principles"), and a declaration of martial law is none', () => {
    const r = run("In Lima, Chile and Peru signed a declaration of principles on fishing. Jose Luna's declaration of martial law in 2019 shocked the region.");
    expect(has(r, 'Chile', 'SIGNED', 'declaration of principles')).toBe(true);
    expect(r.entities.filter((e) => e.type === 'Treaty').map((e) => e.name)).toEqual(['declaration of principles']);
  });
  it('names an event by the code name written before its kind ("the COP31 climate talks")', () => {
    const r = run('Fiji criticised the COP31 climate talks.');
    expect(has(r, 'Fiji', 'CRITICIZED', 'COP31 climate talks')).toBe(true);
  });
  it('names memorandums of understanding in the plural too, but not a memorandum on something else', () => {
    const r = run('Ghana and Togo signed four memorandums of understanding on power trading. Benin drafted a memorandum on fishing.');
    expect(has(r, 'Togo', 'SIGNED', 'memorandums of understanding')).toBe(true);
    expect(r.entities.filter((e) => e.type === 'Treaty').map((e) => e.name)).toEqual(['memorandums of understanding']);
  });

  it('types a body named after a geographic feature by its own kind, not as the feature', () => {
    const r = run('The Bay of Tana Shipping Council fined three trawlers. Chile sent ships to the Bay of Tana.');
    expect(entity(r, 'Bay of Tana Shipping Council')?.type).toBe('Organization');
    expect(entity(r, 'Bay of Tana')?.type).toBe('Place');
  });

  it('types an unknown name after "leader of" or "member of" as a body, not a person', () => {
    const r = run('Marco Diaz, the deputy leader of Forza Chilena, resigned. Ana Ruiz, a member of Nueva Fuerza, spoke.');
    expect(entity(r, 'Forza Chilena')?.type).toBe('Organization');
    expect(entity(r, 'Nueva Fuerza')?.type).toBe('Organization');
    expect(has(r, 'Ana Ruiz', 'MEMBER_OF', 'Nueva Fuerza')).toBe(true);
  });

  it('keeps an election named by its kind as an event ("a presidential election"), not a bare "election"', () => {
    const r = run('Turnout was high in a presidential election on Sunday. The election was calm.');
    expect(entity(r, 'presidential election')?.type).toBe('Event');
    expect(r.entities.some((e) => e.name === 'election')).toBe(false);
  });

  it('uses country short names with aliases and resolves demonyms', () => {
    const r = run('U.S. troops arrived. The American envoy met British officials in the UK.');
    expect(entity(r, 'United States')?.aliases).toEqual(expect.arrayContaining(['U.S.', 'American']));
    expect(entity(r, 'United Kingdom')?.aliases).toEqual(expect.arrayContaining(['British', 'UK']));
  });

  it('takes acronyms defined in parentheses as aliases and resolves later uses', () => {
    const r = run('The National Water Council (NWC) warned of drought. NWC Chairman Peter Olsen said reservoirs were low. The council will meet again.');
    const council = entity(r, 'National Water Council');
    expect(council?.aliases).toContain('NWC');
    expect(council?.mentions?.d0).toBe(3);
    expect(has(r, 'Peter Olsen', 'HEAD_OF', 'National Water Council')).toBe(true);
  });

  it('resolves a capital or seat of government used as an actor to its country', () => {
    const r = run('The Kremlin said the talks were useful. Tokyo accused Moscow of violating the accord.');
    expect(has(r, 'Japan', 'ACCUSED', 'Russia')).toBe(true);
    expect(entity(r, 'Tokyo')).toBeUndefined();
  });

  it('splits a conjunction before a plural organization noun and resolves "two … universities"', () => {
    const r = run('Officials discussed Harvard and Yale universities. Brazil has blacklisted two American universities from its exchange program.');
    expect(entity(r, 'Harvard University')?.type).toBe('Organization');
    expect(has(r, 'Brazil', 'BLACKLISTED', 'Harvard University')).toBe(true);
    expect(has(r, 'Brazil', 'BLACKLISTED', 'Yale University')).toBe(true);
  });
});

describe('role appositions', () => {
  it('ties officials to the body or country they serve', () => {
    const r = run(
      'German Chancellor Olaf Scholz met his French counterpart, Emmanuel Macron.',
      'Minister of Health Ana Costa said the plan was ready.',
      'Elysee spokeswoman Claire Dubois denied the report.',
      'Lars Berg, the foreign minister of Norway, arrived.',
    );
    expect(has(r, 'Olaf Scholz', 'LEADER_OF', 'Germany')).toBe(true);
    expect(has(r, 'Emmanuel Macron', 'LEADER_OF', 'France')).toBe(true);
    expect(has(r, 'Ana Costa', 'MINISTER_OF', 'Ministry of Health')).toBe(true);
    expect(has(r, 'Claire Dubois', 'SPOKESPERSON_OF', 'France')).toBe(true);
    expect(has(r, 'Lars Berg', 'MINISTER_OF', 'Norway')).toBe(true);
  });
  it('gives "a spokesman for Peru\'s Andean Affairs Council" to the council, which is part of Peru', () => {
    const r = run("Marco Diaz, a spokesman for Peru's Andean Affairs Council, said the talks would go on.");
    expect(has(r, 'Marco Diaz', 'SPOKESPERSON_OF', 'Andean Affairs Council')).toBe(true);
    expect(has(r, 'Marco Diaz', 'SPOKESPERSON_OF', 'Peru')).toBe(false);
  });
});

describe('relation patterns', () => {
  it('handles passive voice with a coordinated agent', () => {
    const r = run('The “regional security pact” was signed by Kenyan President William Ruto and his Ugandan counterpart, Yoweri Museveni.');
    expect(has(r, 'William Ruto', 'SIGNED', 'regional security pact')).toBe(true);
    expect(has(r, 'Yoweri Museveni', 'SIGNED', 'regional security pact')).toBe(true);
    expect(has(r, 'Kenya', 'PARTY_TO', 'regional security pact')).toBe(true);
  });

  it('expands a coordinated subject in active voice', () => {
    const r = run('Chile and Peru signed the “Pacific copper accord” in Lima.');
    expect(has(r, 'Chile', 'SIGNED', 'Pacific copper accord')).toBe(true);
    expect(has(r, 'Peru', 'SIGNED', 'Pacific copper accord')).toBe(true);
  });

  it('reads "blacklisted by", "backed by X — A and B", joins and attacks', () => {
    const r = run(
      'Acme Corp was blacklisted by Canada last week.',
      'The rebels are fighting two militias backed by Eritrea — Tigray Front and Amhara Guard.',
      'Finland joined NATO in 2023. Russia attacked Ukraine.',
    );
    expect(has(r, 'Canada', 'BLACKLISTED', 'Acme')).toBe(true);
    expect(entity(r, 'Acme')?.aliases).toContain('Acme Corp');
    expect(has(r, 'Eritrea', 'SUPPORTED', 'Tigray Front')).toBe(true);
    expect(has(r, 'Eritrea', 'SUPPORTED', 'Amhara Guard')).toBe(true);
    expect(has(r, 'Finland', 'JOINED', 'North Atlantic Treaty Organization')).toBe(true);
    expect(has(r, 'Russia', 'ATTACKED', 'Ukraine')).toBe(true);
  });

  it('keeps the aid amount as a property and the date as an ISO date with its words', () => {
    const r = run('Japan provided $300 million in humanitarian aid to Jordan in March 2024.');
    const rel = r.relations.find((x) => x.type === 'PROVIDED_AID_TO');
    expect(rel?.properties).toMatchObject({ amount: '$300 million' });
    expect(rel).toMatchObject({ date: '2024-03', dateText: 'in March 2024' });
    expect(rel?.evidence[0]).toMatchObject({ date: '2024-03', dateText: 'in March 2024' });
  });

  it('reads control and location', () => {
    const r = run('The Acme Institute in Lyon is under direct control of the French government.');
    expect(has(r, 'Acme Institute', 'CONTROLLED_BY', 'France')).toBe(true);
    expect(has(r, 'Acme Institute', 'LOCATED_IN', 'Lyon')).toBe(true);
  });

  it('does not invent relations between entities that are merely listed', () => {
    const r = run('Delegates from Chile, Peru and Brazil arrived on Monday.');
    expect(r.relations).toEqual([]);
  });
});

describe('output contract', () => {
  const texts = ['German Chancellor Olaf Scholz met Polish President Andrzej Duda in Berlin. Scholz said Germany backed Poland.'];

  it('gives every relation evidence that slices the text and names both ends', () => {
    const r = run(...texts);
    expect(r.relations.length).toBeGreaterThan(0);
    const names = new Map(r.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    for (const rel of r.relations) {
      for (const ev of rel.evidence) {
        expect(texts[0]!.slice(ev.start, ev.end)).toBe(ev.text);
        expect(names.get(rel.source)!.some((n) => ev.text.includes(n))).toBe(true);
        expect(names.get(rel.target)!.some((n) => ev.text.includes(n))).toBe(true);
      }
    }
  });

  it('is deterministic: same input, same ids and output', async () => {
    expect(run(...texts)).toEqual(run(...texts));
    expect(await rulesExtractor.extract([doc('d0', texts[0]!)])).toEqual(run(...texts));
  });
});
