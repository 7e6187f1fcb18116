/**
 * Part-of-speech tags and lemmas for our tokens, from wink-nlp's English "lite web" model (offline, in
 * its npm package). The document is read by wink once; each of our tokens takes the tag and lemma of
 * the last wink token that starts inside it ("$870" → NUM), matched by character offsets, which wink
 * keeps exactly (every token carries the spaces before it).
 *
 * Chosen over compromise by measurement (bench/tagger): 1,500 600-word articles per CPU-second on
 * this machine against 35 for compromise, which alone would miss the speed target.
 */
import { irregularLemma } from './irregular-verbs.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './sentences.ts';

/** Universal POS tags as wink gives them. */
export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

let nlp: ReturnType<typeof winkNLP> | undefined;
function reader(): ReturnType<typeof winkNLP> {
  return (nlp ??= winkNLP(model, ['pos']));
}

/** wink's reading of a text: each token's start offset, end offset, tag and lemma. */
export interface Tagged {
  start: Int32Array;
  end: Int32Array;
  pos: string[];
  lemma: string[];
}

/**
 * wink's tokenizer knows the letters of Latin-1 ("José", "Núñez") but splits a word at any other
 * letter ("Šimkutė" breaks at "Š" and "ė", "Erdoğan" → "Erdo" "ğ" "an") and tags the pieces as foreign
 * words or nouns, so the names of half of Europe and Asia lose their proper-noun tag. wink reads a
 * copy with each such letter folded to its base letter ("Simkute", "Erdogan"): one UTF-16 unit for
 * one, so every offset stays the text's own.
 */
export function foldForTagger(text: string): string {
  return text.replace(/[\u0100-\u024F\u0259\u1E00-\u1EFF]/g, (c) => {
    const base = UNDECOMPOSED[c] ?? c.normalize('NFD')[0]!;
    return base.length === 1 && base.charCodeAt(0) < 0x80 ? base : c;
  });
}
/** Letters with no decomposition to a base letter ("Łódź", "Əliyev", "Işık"). */
const UNDECOMPOSED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŧ: 'T', ŧ: 't', Ə: 'E', ə: 'e', Ŋ: 'N', ŋ: 'n', Œ: 'O', œ: 'o' };

/** Tags a whole text. Deterministic. */
export function tagText(original: string): Tagged {
  const w = reader();
  const text = foldForTagger(original);
  const doc = w.readDoc(text);
  const its = w.its;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>["out"]>[0]) as string[];
  const n = values.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    at += spaces[i]!.length;
    const v = values[i]!;
    // wink keeps the text, but resynchronise if a token ever differs from it (never seen).
    if (text.startsWith(v, at) === false) {
      const found = text.indexOf(v, at);
      if (found >= 0) at = found;
    }
    start[i] = at;
    end[i] = at + v.length;
    at += v.length;
  }
  return { start, end, pos, lemma };
}

/** Sets `pos` and `lemma` on tokens (in text order, possibly from several sentences) from a tagged text. */
export function applyTags(tagged: Tagged, tokens: Token[]): void {
  let j = 0;
  const n = tagged.pos.length;
  for (const t of tokens) {
    while (j < n && tagged.end[j]! <= t.start) j++;
    let k = j;
    while (k + 1 < n && tagged.start[k + 1]! < t.end) k++;
    if (k < n && tagged.start[k]! < t.end) {
      t.pos = tagged.pos[k] as Pos;
      t.lemma = tagged.lemma[k]!;
      if (t.pos === 'NOUN' && t.lemma === t.lower) t.lemma = singular(t.lower);
      else if (t.pos === 'VERB' && t.lemma === t.lower) t.lemma = irregularLemma(t.lower) ?? t.lemma;
    } else {
      t.pos = 'X';
      t.lemma = t.lower;
    }
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (backAsVerb(tokens, i)) (tokens[i]!.pos = 'VERB'), (tokens[i]!.lemma = 'back');
    else if (presentAfterName(tokens, i) || presentAfterPlural(tokens, i) || reportAfterPlural(tokens, i)) tokens[i]!.pos = 'VERB';
    else if (nounAfterVerbOrFor(tokens, i)) tokens[i]!.pos = 'NOUN';
  }
  // "co-hosted", "co-sponsors", "co-led": a shared act is the act, read as its verb.
  for (const t of tokens) {
    const m = CO_VERB.exec(t.lower);
    if (!m) continue;
    t.lemma = m[1] === 'le' ? 'lead' : CO_LEMMA[m[1]!] ?? m[1]!;
    if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') t.pos = 'VERB';
  }
  // "a short-lived truce", "a hard-won accord": a hyphenated participle between a determiner or
  // adjective and a noun describes the noun; it is no verb.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && HYPHENATED_WORD.test(t.text) && (ARTICLES.has(tokens[i - 1]!.lower) || tokens[i - 1]!.pos === 'ADJ') && tokens[i + 1]!.pos === 'NOUN') t.pos = 'ADJ';
  }
}

/** A verb of a shared act with "co-" ("co-hosted", "co-sponsors", "co-led"), its stem caught. */
const CO_VERB = /^co-(host|sponsor|chair|found|sign|broker|fund|author|draft|organis|organiz|mediat|financ|le)(?:ed|d|s|es|ing|e|ad|ads|ading)?$/;
/** Stems caught without their final "e". */
const CO_LEMMA: Readonly<Record<string, string>> = { organis: 'organise', organiz: 'organize', mediat: 'mediate', financ: 'finance' };

/** Words before "back" that make it a verb: a modal, "to", "not" or an adverb of degree. */
const BEFORE_VERB = new Set(['would', 'will', 'to', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'not', 'also', 'strongly', 'fully']);
/** Object pronouns after which "back" is an adverb ("gave it back"). */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me']);
/** Words after "back" that keep it an adverb ("came back home", "back the next day"). */
const AFTER_ADVERB = new Set(['home', 'here', 'there']);
const TIME_AFTER_DETERMINER = new Set(['next', 'following', 'same', 'previous', 'last']);

/**
 * "Peru and Chile back it", "both parties back the plan", "would back Chile": "back" between a subject
 * (or a modal) and an object is the verb the tagger may read as an adverb.
 */
function backAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1]!;
  if (t.lower !== 'back' || t.pos === 'VERB') return false;
  const subjectBefore = /^(?:PROPN|NOUN|PRON)$/.test(prev.pos ?? '') && !OBJECT_PRONOUNS.has(prev.lower);
  if (!subjectBefore && !BEFORE_VERB.has(prev.lower)) return false;
  return /^(?:DET|PRON|PROPN)$/.test(next.pos ?? '') && !AFTER_ADVERB.has(next.lower) && !TIME_AFTER_DETERMINER.has(tokens[i + 2]?.lower ?? '');
}

/**
 * Verbs whose third-person form is also a plural noun, which the model reads as a noun after a name
 * ("Venezuela claims the region", "Chile orders its troops out", "Laos exports most of its power").
 */
const NOUN_LIKE_VERBS = new Set('export import claim plan supply back arm sanction fund strike host demand call pledge ban block order face eye ease curb cap limit target vow urge offer aim hope fear need control lead rule head chair press push bid sign attack raid shell charge fine cut ship train station seek blame accuse warn reject deny oppose support threaten expel recall welcome praise condemn criticise criticize'.split(' '));
/** Words that may follow such a verb, opening its object or complement. */
// (Not a preposition, which goes on a noun compound: "US sanctions on Iran", "EU funds for Ukraine", "US exports to China rose".)
const AFTER_PRESENT = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'that', 'this', 'these', 'those', 'most', 'all', 'half', 'much', 'new', 'more', 'further', 'off', 'up', 'out', 'down', 'back']);

/**
 * "Venezuela claims the region": a plural-looking noun right after a name that opens its clause, before
 * an article, a possessive, a quantifier, a name, a pronoun or a number, is the name's verb in the present.
 * (Not inside a phrase: "the Peru claims commission", "Chile's plans to".)
 */
function presentAfterName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !NOUN_LIKE_VERBS.has(t.lemma ?? '') || !/^[a-z]+s$/.test(t.text)) return false;
  const next = tokens[i + 1]!;
  if (!(AFTER_PRESENT.has(next.lower) || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM')) return false;
  // The name before, and what opens it: the sentence start, a comma, "that", "and", "but" or "while".
  let k = i - 1;
  if (tokens[k]!.pos !== 'PROPN') return false;
  while (k > 0 && tokens[k - 1]!.pos === 'PROPN') k--;
  const before = tokens[k - 1];
  return !before || before.text === ',' || /^(?:that|and|but|while|as|when|after|because)$/.test(before.lower) || /^["“]$/.test(before.text);
}

/** Verbs that are also nouns, read as a noun compound after a plural ("troops fight", "rebels control"). */
const PLURAL_SUBJECT_VERBS = new Set([...NOUN_LIKE_VERBS, 'fight', 'patrol', 'guard', 'hold', 'occupy', 'bomb', 'shell', 'raid']);
/**
 * "Kenyan troops fight the militants", "whose forces control Putre": a base form the model reads as a noun
 * right after a plural noun, before an article, a possessive, a name or a number, is the plural's verb.
 * (Not after a possessive or an "of" phrase's noun, which may be the compound's own: "the rebels' attack".)
 */
function presentAfterPlural(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (t.pos !== 'NOUN' || t.lower !== t.lemma || !PLURAL_SUBJECT_VERBS.has(t.lower)) return false;
  // (Nor "arms", "talks", "goods": compounds of their own, "arms control", "talks plan".)
  if (prev.pos !== 'NOUN' || !/^[a-z]+s$/.test(prev.text) || prev.lemma === prev.lower || tokens[i - 2]?.lower === 'of' || /^(?:arms|talks|goods|news)$/.test(prev.lower)) return false;
  const next = tokens[i + 1]!;
  return (AFTER_PRESENT.has(next.lower) && !PARTICLES_AFTER.has(next.lower)) || next.pos === 'PROPN' || next.pos === 'NUM';
}
/**
 * Verbs of saying or believing: the model may read them as nouns after a plural ("officials say is"),
 * and a relative clause's subject may hold them ("which officials say is funded by X").
 */
export const REPORT_VERBS: ReadonlySet<string> = new Set(['say', 'believe', 'claim', 'allege', 'suspect', 'fear', 'think', 'estimate', 'contend', 'insist']);
/**
 * "which prosecutors say is funded by X", "analysts believe was", "which Chile claims is": such a verb
 * right after a plural noun (or, with its "-s", a name), before an auxiliary or "that", is their verb.
 */
function reportAfterPlural(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (t.pos !== 'NOUN') return false;
  const plural = REPORT_VERBS.has(t.lower) && prev.pos === 'NOUN' && /^[a-z]+s$/.test(prev.text) && prev.lemma !== prev.lower;
  const named = prev.pos === 'PROPN' && t.lower.endsWith('s') && REPORT_VERBS.has(t.lower.slice(0, -1));
  if (!plural && !named) return false;
  const next = tokens[i + 1]!;
  return next.pos === 'AUX' || next.lower === 'that';
}
/** Particles that may follow a noun compound as well as a verb ("troops out", "arms back"). */
const PARTICLES_AFTER = new Set(['off', 'up', 'out', 'down', 'back']);

/** Words the model reads as verbs that are also nouns of what is asked or given ("sought help", "for help"). */
const VERB_LIKE_NOUNS = new Set(['help', 'aid', 'support', 'backing', 'assistance', 'cover', 'relief']);
/**
 * "sought help from X", "turned to Y for help": such a word right after a finite verb or "for", with a
 * preposition or the end of the clause after it, is the noun.
 */
function nounAfterVerbOrFor(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || !VERB_LIKE_NOUNS.has(t.lower)) return false;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1]!;
  const closes = next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'SCONJ';
  if (prev.lower === 'for' && closes) return true;
  return prev.pos === 'VERB' && /(?:ed|ght)$/.test(prev.lower) && closes;
}

/** Articles and possessives before a describing participle ("a hard-won truce"); not numbers or "both", which may be a subject. */
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** A hyphenated word (a constant: it is tested for every verb). */
const HYPHENATED_WORD = /^[a-z]+-[a-z]+$/i;

/** Plural nouns that are no plural of a singular ("news", "politics", "series", "headquarters"). */
const NOT_PLURAL = /(?:ss|us|is|ics|news|ies|ours|arters|ways|means|barracks|chaos|corps|proceeds|species|series|whereabouts|crossroads|alms|arms)$/;
/**
 * The singular of a plural noun the model does not know ("airstrikes", "drone strikes"): its lemma
 * is the word itself, so "-es" after a sibilant and "-s" otherwise come off. Known words keep the
 * model's lemma.
 */
function singular(w: string): string {
  if (w.length < 5 || !w.endsWith('s') || NOT_PLURAL.test(w) || !/^[a-z-]+$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses|zzes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
