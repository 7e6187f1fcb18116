/**
 * The default extractor: pure, deterministic, offline and synchronous. Each document goes through
 * the stages in their folders: tokens (sentences, tokens, POS tags and lemmas) → mentions
 * (gazetteer, names, titles, noun phrases) → resolve (entities of the document, aliases, pronouns)
 * → clauses and lexicon (arguments of verbs and event nouns) with relations (roles, structure, aid)
 * → merge (corpus-wide entities and relations with stable ids and evidence offsets).
 */
import type { DocumentRecord, ExtractionResult } from '../../core/index.ts';
import { splitSentences, tokenize, type Token } from './tokens/sentences.ts';
import { detectMentions } from './mentions/mentions.ts';
import { DocEntities } from './resolve/doc-entities.ts';
import { resolveDocument, type SentenceInfo } from './resolve/resolve.ts';
import { mergeDocuments } from './merge/merge.ts';
import { extractRelations } from './relations/relations.ts';
import { MONTHS } from './mentions/gazetteer/cues.ts';
import { applyTags, tagText } from './tokens/tag.ts';
import { publicationDay } from './clauses/dates.ts';

/** Anything that turns documents into an extraction result (the rule-based default, an LLM…). */
export interface Extractor {
  name: string;
  extract(docs: DocumentRecord[]): ExtractionResult | Promise<ExtractionResult>;
}

export const EXTRACTOR_NAME = 'rules-v2';

/** Sentences, tokens and mentions of one document (kicker words before a headline colon skipped). */
export function analyseDocument(doc: DocumentRecord): { sentences: SentenceInfo[]; ents: DocEntities } {
  const tokenised = splitSentences(doc.text).map((span) => {
    let tokens = tokenize(doc.text, span.start, span.end);
    const colon = tokens.findIndex((t) => t.text === ':');
    if (colon > 0 && colon <= 8 && tokens.slice(0, colon).every((t) => !/[a-z]/.test(t.text))) tokens = tokens.slice(colon + 1);
    const bodyStart = span.start === 0 || doc.text[span.start - 1] === '\n' || /\n\s*$/.test(doc.text.slice(Math.max(0, span.start - 4), span.start)) ? markDateline(tokens) : 0;
    return { span, tokens, bodyStart };
  });
  applyTags(tagText(doc.text), tokenised.flatMap((x) => x.tokens));
  const sentences: SentenceInfo[] = tokenised.map(({ span, tokens, bodyStart }) => ({
    // Every field present from the start: one hidden class for all sentences.
    start: span.start, end: span.end, tokens, mentions: detectMentions(tokens, doc.text), bodyStart: bodyStart || undefined, evidenceStart: undefined,
  }));
  const ents = new DocEntities();
  resolveDocument(sentences, ents);
  return { sentences, ents };
}

const DATELINE_WORD = /^\p{Lu}[\p{Lu}'.-]+$/u;

/** Particles inside a hyphenated place name that stay lower-case ("Aix-en-Provence", "Stratford-upon-Avon"). */
const HYPHEN_PARTICLES = /^(?:au|aux|de|du|des|la|le|les|en|sur|sous|upon|on|di|da|del|el|al)$/;

/**
 * An upper-case dateline word in title case: each part after a space, dot or hyphen capitalised, but
 * not a particle between hyphens ("Aix-en-Provence"), nor the letter after an apostrophe that follows a
 * whole syllable ("Tama'ula"; "O'Hare" keeps it).
 */
function titleCaseDateline(lower: string): string {
  const parts = lower.split(/(?=[- .])/);
  return parts
    .map((part, i) => {
      const lead = /^[- .]/.test(part) ? part[0]! : '';
      const word = part.slice(lead.length);
      if (i > 0 && i < parts.length - 1 && lead === '-' && HYPHEN_PARTICLES.test(word)) return part;
      const cased = word.charAt(0).toUpperCase() + word.slice(1);
      return lead + cased.replace(/^(\p{L}{1,2})(['’])(\p{L})/u, (_, a: string, q: string, c: string) => a + q + c.toUpperCase());
    })
    .join('');
}

/**
 * Wire datelines open a paragraph: "MANILA —", "RICHMOND, Virginia (Reuters) -", "SEOUL, Dec 4 (Reuters) -".
 * The upper-case place words are title-cased ("Rio de Janeiro") so the gazetteer knows them, and marked
 * as a place: a dateline city is where the story was filed, not an actor.
 */
export function markDateline(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && k < 5 && (DATELINE_WORD.test(tokens[k]!.text) || (k > 0 && tokens[k]!.text === '/'))) k++;
  if (k === 0 || !tokens.slice(0, k).some((t) => t.text.length > 2 && t.text !== t.text.toLowerCase())) return 0;
  // The dateline ends with a dash within a few tokens (after an optional ", Region", date and agency).
  let d = k;
  while (d < tokens.length && d < k + 14 && !/^[—–-]$/.test(tokens[d]!.text)) {
    // (An agency may be written in lower case: "(dpa)"; a region's name may hold "of" or "the":
    // "LUVEMBA, Democratic Republic of the Congo, Feb. 18 (Newsgraph) —".)
    // (Several: "Democratic Republic of the Congo", "Trinidad and Tobago".)
    const particle = /^(?:of|the|and)$/.test(tokens[d]!.text) && /^(?:\p{Lu}|of$|the$)/u.test(tokens[d - 1]?.text ?? '') && /^(?:\p{Lu}|the$)/u.test(tokens[d + 1]?.text ?? '');
    if (!particle && !/^(?:[,()]|\d{1,2}|\p{Lu}[\p{L}.]*)$/u.test(tokens[d]!.text) && !(tokens[d - 1]?.text === '(' && tokens[d + 1]?.text === ')' && /^\p{Ll}{2,5}$/u.test(tokens[d]!.text))) return 0;
    d++;
  }
  if (d >= tokens.length || !/^[—–-]$/.test(tokens[d]!.text)) return 0;
  for (let j = 0; j < k; j++) {
    const t = tokens[j]!;
    if (t.text === '/') continue;
    const lower = t.text.toLowerCase();
    const text = j > 0 && /^(?:de|da|del|do|la|le|of|al|el)$/.test(lower) ? lower : titleCaseDateline(lower);
    tokens[j] = { ...t, text, lower, cap: text[0] !== text[0]!.toLowerCase(), dateline: true };
  }
  for (let j = k; j < d; j++) {
    if (tokens[j]!.cap && tokens[j - 1]?.text === ',' && !MONTHS.has(tokens[j]!.lower.replace(/\.$/, ''))) tokens[j] = { ...tokens[j]!, dateline: true };
  }
  return d + 1;
}

/**
 * One document's analysis and relations, as the merge takes them: the per-document stage, the same
 * whether it runs in this thread or on a worker.
 */
export function analyseWithRelations(doc: DocumentRecord): ReturnType<typeof analyseDocument> & { rels: ReturnType<typeof extractRelations> } {
  const a = analyseDocument(doc);
  const rels = extractRelations(a.sentences, a.ents, doc.text, publicationDay(doc.publishedAt));
  // States the document names only by demonyms ("waving Russian flags"): the merge keeps them only in a fact.
  const outright = new Set<number>();
  for (const s of a.sentences) for (const m of s.mentions) if (m.gaz?.kind !== 'demonym') for (const r of m.refs) outright.add(r);
  a.ents.list.forEach((e, i) => {
    if (e.type === 'Country' && !outright.has(i)) e.onlyDemonyms = true;
  });
  return { ...a, rels };
}

/** Runs the rule-based extraction over documents. Same input, same output. */
export function extract(documents: DocumentRecord[]): ExtractionResult {
  const analysed = documents.map((doc) => ({ doc, ...analyseWithRelations(doc) }));
  return mergeDocuments(analysed, documents, EXTRACTOR_NAME);
}

/** The default extractor behind the Extractor interface. */
export const rulesExtractor: Extractor = { name: EXTRACTOR_NAME, extract };

