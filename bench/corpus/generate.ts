/**
 * The corpus generator: N news-style articles of about W words each, fully determined by a seed,
 * with the gold extraction (entities, facts, evidence with offsets) that the generator knows because
 * it wrote every sentence. Extraction is measured on the texts; loading uses the gold result, so both
 * loaders see exactly the same rows whatever the extractor's quality.
 */
import type { DocumentRecord, EntityRecord, ExtractionResult, RelationRecord } from '../../core/index.ts';
import { hash64, relationId } from '../../core/index.ts';
import { MONTHS } from './names.ts';
import { createRng } from './prng.ts';
import { headline, sentence, type ArticleContext, type Fact } from './sentences.ts';
import { createWorld, type Actor, type World } from './world.ts';

export interface CorpusOptions {
  /** Default 42. */
  seed?: number;
  articles: number;
  /** Target words per article (default 600); each article lands within a sentence of it. */
  words?: number;
}

/** One generated article with the facts its sentences state (evidence spans into `doc.text`). */
export interface GeneratedArticle {
  doc: DocumentRecord;
  facts: { fact: Fact; start: number; end: number }[];
  mentions: Map<Actor, number>;
}

/** Pool sizes grow with the corpus so the long tail stays long (most actors seen once or twice). */
export function createCorpusWorld(seed: number, articles: number): World {
  return createWorld({
    seed,
    people: Math.max(300, articles * 3),
    organizations: Math.max(150, articles),
    places: Math.max(80, Math.ceil(articles / 2)),
    treaties: Math.max(40, Math.ceil(articles / 5)),
    events: Math.max(40, Math.ceil(articles / 4)),
  });
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const wordCount = (s: string) => s.split(' ').length;

/** Generates article `index` of the corpus (same seed, index and world → same article). */
export function generateArticle(world: World, seed: number, index: number, words = 600): GeneratedArticle {
  const rng = createRng((seed * 31 + index * 0x9e3779b1) >>> 0);
  const focus: Actor[] = [];
  while (focus.length < 3) {
    const c = world.country(rng);
    if (!focus.includes(c)) focus.push(c);
  }
  const ctx: ArticleContext = { rng, world, focus, mentioned: new Map(), facts: [] };
  const facts: GeneratedArticle['facts'] = [];
  let text = '';
  let count = 0;
  let inParagraph = 0;
  let title = '';
  while (count < words) {
    ctx.facts = [];
    const s = cap(sentence(ctx));
    if (!title) title = headline(ctx.facts) ?? '';
    if (text) text += inParagraph >= rng.range(2, 4) ? '\n\n' : ' ';
    if (text.endsWith('\n\n')) inParagraph = 0;
    const start = text.length;
    text += s;
    inParagraph++;
    count += wordCount(s);
    for (const fact of ctx.facts) facts.push({ fact, start, end: text.length });
  }
  const day = 1 + (index % 28);
  const month = 1 + ((index * 7) % 12);
  const doc: DocumentRecord = {
    id: `bench-${seed}-${index}`,
    title: title || `${MONTHS[month - 1]} briefing`,
    source: 'Synthetic Wire',
    publishedAt: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    text,
    contentHash: hash64(text),
  };
  return { doc, facts, mentions: ctx.mentioned };
}

/** Accumulates generated articles into one extraction result (entities and facts merged by id). */
export function createGoldCollector() {
  const documents: DocumentRecord[] = [];
  const entities = new Map<string, EntityRecord>();
  const relations = new Map<string, RelationRecord>();
  const entity = (a: Actor): EntityRecord => {
    let e = entities.get(a.id);
    if (!e) entities.set(a.id, (e = { id: a.id, type: a.type, name: a.name, aliases: [...a.aliases], mentions: {} }));
    return e;
  };
  return {
    add(article: GeneratedArticle): void {
      const { doc } = article;
      documents.push(doc);
      for (const [a, n] of article.mentions) entity(a).mentions![doc.id] = n;
      for (const { fact, start, end } of article.facts) {
        const source = entity(fact.source);
        const target = entity(fact.target);
        source.mentions![doc.id] ??= 1;
        target.mentions![doc.id] ??= 1;
        const id = relationId(source.id, fact.type, target.id);
        let rel = relations.get(id);
        if (!rel) {
          rel = { id, source: source.id, target: target.id, type: fact.type, evidence: [], confidence: 0.9 };
          if (fact.properties) rel.properties = { ...fact.properties };
          relations.set(id, rel);
        }
        if (!rel.evidence.some((v) => v.documentId === doc.id && v.start === start)) {
          rel.evidence.push({ documentId: doc.id, text: doc.text.slice(start, end), start, end });
        }
      }
    },
    result(): ExtractionResult {
      return { extractor: 'bench-gold', documents, entities: [...entities.values()], relations: [...relations.values()] };
    },
  };
}

/** A whole corpus in memory: the documents and their gold extraction. */
export function generateCorpus(options: CorpusOptions): { documents: DocumentRecord[]; gold: ExtractionResult } {
  const seed = options.seed ?? 42;
  const world = createCorpusWorld(seed, options.articles);
  const gold = createGoldCollector();
  for (let i = 0; i < options.articles; i++) gold.add(generateArticle(world, seed, i, options.words ?? 600));
  const result = gold.result();
  return { documents: result.documents, gold: result };
}
