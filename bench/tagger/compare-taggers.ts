/**
 * POS tagger comparison on a hand-tagged gold set: wink-nlp (+ wink-eng-lite-web-model) against
 * compromise, on 60 English news sentences (bench/tagger/pos-gold.json, written for this bench, not
 * taken from ingest/eval or the seeds). Speed is measured elsewhere; this measures accuracy.
 *
 *   npx tsx bench/tagger/compare-taggers.ts            # summary
 *   npx tsx bench/tagger/compare-taggers.ts --errors   # also every error, token by token
 *   npx tsx bench/tagger/compare-taggers.ts --json     # machine-readable figures on stdout
 *
 * compromise is not a saved dependency: it is imported dynamically and, if it is not installed,
 * skipped with a message (wink is scored alone). `npm install --no-save compromise` to include it.
 *
 * GOLD. One entry per wink token (the gold was written on wink's tokenisation, so wink aligns
 * trivially; the script checks that wink still tokenises each sentence that way). Tags are
 * Universal POS following UD English-EWT conventions (see `_meta.conventions` in the JSON). A few
 * genuinely ambiguous tokens carry `alt`: any of `upos` or `alt` counts as correct. VERB and AUX
 * tokens carry `lemma`.
 *
 * METRICS (all over gold tokens; a token the tagger's output could not be aligned to counts as wrong
 * in the "strict" figures and is left out of the "aligned" ones):
 *   - UPOS accuracy on words (gold tag not PUNCT), the comparable figure: compromise keeps
 *     punctuation as whitespace around its terms and never tags it. wink is also given on all tokens.
 *   - verbal/nominal distinction: over gold VERB/AUX/NOUN/PROPN tokens, is the predicted tag in the
 *     same group (VERB|AUX vs NOUN|PROPN)? Confusions across groups are counted both ways.
 *   - verb lemma accuracy over gold VERB tokens (case-insensitive), and AUX lemma separately.
 *   - confusion: the most frequent gold→predicted pairs.
 *
 * ALIGNMENT of compromise to the gold tokens, by character offsets (`json({offset:true})` gives each
 * term's start and length, punctuation excluded), per gold token:
 *   exact      a term with exactly the token's span;
 *   contraction  "didn't"/"won't" is one term (implicit "did"/"will") followed by a zero-length term
 *              (implicit "not"): wink's "did"/"wo" takes the first, "n't" the zero-length one;
 *   clitic     "'s" inside a term tagged Possessive ("Russia's"): scored as PART (compromise did
 *              mark it as possessive; UD tags the clitic PART), and the host "Russia" takes the
 *              term's tag;
 *   head       a term spanning several gold tokens ("$200", "12%"): the longest word token inside it
 *              takes the term's tag; the other tokens inside ("$", "%") are unaligned;
 *   unaligned  anything else (all punctuation, by compromise's design, plus the rest of merged terms).
 *
 * COMPROMISE TAG → UPOS (first matching rule wins; compromise gives each term a set of tags):
 *   empty term tagged Negative (implicit "not"), or Negative ("not")        → PART
 *   Pronoun, Reflexive                                                       → PRON
 *   QuestionWord: who/whom/whose/which/what → PRON; when/where/why/how → ADV
 *   There ("there")                                                          → PRON  (EWT: existential there)
 *   Copula, Auxiliary, Modal                                                 → AUX
 *   Particle ("out" in "pulled out")                                         → ADP   (EWT tags up/out/off/down ADP)
 *   Expression                                                               → INTJ
 *   Currency, on a symbol (not on a word like "euros", also tagged Currency)  → SYM
 *   Ordinal                                                                  → ADJ
 *   Value (Cardinal, NumericValue, Money, Percent, Multiple, Year, ...)      → NUM
 *   Demonym: singular → ADJ ("Russian forces"), Plural → PROPN ("Canadians")
 *   Verb (any tense, Gerund, Infinitive, PhrasalVerb, Passive)               → VERB
 *   Adjective                                                                → ADJ
 *   Adverb                                                                   → ADV
 *   Determiner                                                               → DET
 *   Preposition or Conjunction on "to": PART if the next term is a Verb, else ADP (compromise
 *     tags both kinds of "to" alike, so this follows its own verb decision)
 *   Conjunction or Preposition on and/or/but/nor/yet/plus/neither/either   → CCONJ
 *   Conjunction or Preposition on although/though/because/whether/if/unless/while/whereas/that
 *                                                                            → SCONJ
 *   Conjunction (other), Condition ("if")                                    → SCONJ (Condition), CCONJ
 *   Preposition                                                              → ADP
 *   ProperNoun, Person, Place, Organization, Acronym, Month, WeekDay, Holiday → PROPN
 *   Noun (and its other subtags: Plural, Singular, Actor, Activity, Unit, Date...) → NOUN
 *   Date alone (no Noun tag)                                                 → NOUN
 *   anything else                                                            → X
 * The CCONJ/SCONJ and "to" splits are lexical because compromise's tagset has no such distinction;
 * they are the only word-level rules. compromise's own choices (e.g. "its" as a possessive Noun,
 * "that" as Determiner) are not corrected.
 *
 * LEMMAS. wink: `its.lemma`. compromise: `doc.compute('root')` then each term's `root`, falling back
 * to its `implicit` text (contractions) and then `normal`; compute('root') gives a copula the root
 * "is", which is mapped to "be". A second compromise figure uses `doc.verbs().json()`'s
 * `verb.infinitive` (the phrase's main verb, first word of a phrasal "lay off"), for the main verb
 * term of each verb phrase; other tokens keep the root lemma.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Upos =
  | 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'ADP' | 'DET' | 'PRON'
  | 'CCONJ' | 'SCONJ' | 'PART' | 'NUM' | 'PUNCT' | 'SYM' | 'INTJ' | 'X';

interface GoldToken { text: string; upos: Upos; alt?: Upos[]; lemma?: string; lemmaAlt?: string[] }
interface GoldSentence { id: string; text: string; tokens: GoldToken[] }
interface GoldFile { _meta: unknown; sentences: GoldSentence[] }

type Alignment = 'exact' | 'contraction' | 'clitic' | 'head' | 'unaligned';

/** One tagger's answer for one gold token (undefined fields when unaligned). */
interface Prediction { upos?: string; lemma?: string; lemmaAlt?: string; how: Alignment; source?: string }

const here = path.dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(fs.readFileSync(path.join(here, 'pos-gold.json'), 'utf8')) as GoldFile;
const args = new Set(process.argv.slice(2));

/** Character spans of the gold tokens in the sentence (tokens are in order, separated by spaces or nothing). */
function goldSpans(s: GoldSentence): { start: number; end: number }[] {
  let at = 0;
  return s.tokens.map((t) => {
    const start = s.text.indexOf(t.text, at);
    if (start < 0) throw new Error(`${s.id}: gold token "${t.text}" not found after offset ${at}`);
    if (s.text.slice(at, start).trim() !== '') throw new Error(`${s.id}: text skipped before "${t.text}"`);
    at = start + t.text.length;
    return { start, end: at };
  });
}

// ---------------------------------------------------------------- wink

function runWink(): Prediction[][] {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return gold.sentences.map((s) => {
    const doc = nlp.readDoc(s.text);
    const values = doc.tokens().out() as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const lemma = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    if (values.map((v, i) => spaces[i] + v).join('') !== s.text) throw new Error(`${s.id}: wink tokens do not rebuild the text`);
    if (values.length !== s.tokens.length || values.some((v, i) => v !== s.tokens[i]!.text)) {
      throw new Error(`${s.id}: wink tokenises differently from the gold:\n  wink: ${values.join(' | ')}\n  gold: ${s.tokens.map((t) => t.text).join(' | ')}`);
    }
    return values.map((_, i) => ({ upos: pos[i], lemma: lemma[i], how: 'exact' as const }));
  });
}

// ---------------------------------------------------------------- compromise

interface CTerm { text: string; normal?: string; implicit?: string; root?: string; tags: string[]; offset: { start: number; length: number } }

const CCONJ_WORDS = new Set(['and', 'or', 'but', 'nor', 'yet', 'plus', 'neither', 'either']);
const SCONJ_WORDS = new Set(['although', 'though', 'because', 'whether', 'if', 'unless', 'while', 'whereas', 'that']);

/** compromise tags of one term → UPOS (the rules in the header). `next` is the following term. */
export function compromiseToUpos(term: CTerm, next: CTerm | undefined): Upos {
  const tags = new Set(term.tags);
  const has = (...t: string[]) => t.some((x) => tags.has(x));
  const word = (term.implicit || term.normal || term.text).toLowerCase().replace(/[^a-z']/g, '');
  if (has('Negative')) return 'PART';
  if (has('Pronoun', 'Reflexive')) return 'PRON';
  if (has('QuestionWord')) return ['when', 'where', 'why', 'how'].includes(word) ? 'ADV' : 'PRON';
  if (has('There')) return 'PRON';
  if (has('Copula', 'Auxiliary', 'Modal')) return 'AUX';
  if (has('Particle')) return 'ADP';
  if (has('Expression')) return 'INTJ';
  if (has('Currency') && !/\p{L}/u.test(term.text)) return 'SYM'; // "$"; "euros" is also tagged Currency
  if (has('Ordinal')) return 'ADJ';
  if (has('Value')) return 'NUM';
  if (has('Demonym')) return has('Plural') ? 'PROPN' : 'ADJ';
  if (has('Verb')) return 'VERB';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Determiner')) return 'DET';
  if (has('Preposition', 'Conjunction', 'Condition')) {
    if (word === 'to') return next && next.tags.includes('Verb') ? 'PART' : 'ADP';
    if (CCONJ_WORDS.has(word)) return 'CCONJ';
    if (SCONJ_WORDS.has(word) || has('Condition')) return 'SCONJ';
    return has('Conjunction') ? 'CCONJ' : 'ADP';
  }
  if (has('ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Month', 'WeekDay', 'Holiday')) return 'PROPN';
  if (has('Noun', 'Date')) return 'NOUN';
  return 'X';
}

function compromiseLemma(term: CTerm): string {
  const l = (term.root || term.implicit || term.normal || term.text).toLowerCase();
  return term.tags.includes('Copula') && l === 'is' ? 'be' : l;
}

const isWordToken = (t: string) => /[\p{L}\p{N}]/u.test(t);

async function loadCompromise(): Promise<((text: string) => any) | undefined> {
  const name = 'compromise'; // a variable, so that tsc does not need the package to be installed
  try {
    const mod = await import(name);
    return (mod.default ?? mod) as (text: string) => any;
  } catch {
    return undefined;
  }
}

function runCompromise(nlp: (text: string) => any): Prediction[][] {
  return gold.sentences.map((s) => {
    const doc = nlp(s.text);
    doc.compute('root');
    const terms: CTerm[] = (doc.json({ offset: true, terms: { offset: true } }) as { terms: CTerm[] }[]).flatMap((x) => x.terms);
    const upos = terms.map((t, i) => compromiseToUpos(t, terms[i + 1]));
    // main-verb infinitives from the verb phrases, keyed by the term's start offset
    const inf = new Map<number, string>();
    for (const vp of doc.verbs().json({ offset: true, terms: { offset: true } }) as { verb?: { root?: string; infinitive?: string }; terms: CTerm[] }[]) {
      const rootText = (vp.verb?.root ?? '').toLowerCase().replace(/[^\p{L}\p{N}' -]/gu, '').trim().split(/\s+/)[0];
      const head = vp.terms.find((t) => t.text.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '') === rootText);
      if (head && vp.verb?.infinitive) inf.set(head.offset.start, vp.verb.infinitive.toLowerCase().split(/\s+/)[0]!);
    }
    const spans = goldSpans(s);
    const preds: Prediction[] = s.tokens.map(() => ({ how: 'unaligned' as const }));
    const from = (i: number, how: Alignment): Prediction => {
      const t = terms[i]!;
      return { upos: upos[i], lemma: compromiseLemma(t), lemmaAlt: inf.get(t.offset.start) ?? compromiseLemma(t), how, source: `${t.text || '∅' + t.implicit}{${t.tags.join(',')}}` };
    };
    terms.forEach((t, i) => {
      const start = t.offset.start, end = start + t.offset.length;
      if (t.offset.length === 0) return; // implicit terms are placed with their contraction below
      const inside = spans.map((sp, k) => ({ ...sp, k })).filter((sp) => sp.start >= start && sp.end <= end);
      if (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end) {
        preds[inside[0]!.k] = from(i, 'exact');
        return;
      }
      if (inside.length === 0) return;
      // contraction: this term + following zero-length implicit terms cover several gold tokens
      const implicit: number[] = [];
      for (let j = i + 1; j < terms.length && terms[j]!.offset.length === 0; j++) implicit.push(j);
      if (t.implicit && implicit.length > 0 && inside.length === implicit.length + 1) {
        preds[inside[0]!.k] = from(i, 'contraction');
        implicit.forEach((j, n) => { preds[inside[n + 1]!.k] = from(j, 'contraction'); });
        return;
      }
      // possessive clitic, then the head of what is left
      let rest = inside;
      if (t.tags.includes('Possessive')) {
        const clitic = inside.find((sp) => /^['’]s$/i.test(s.tokens[sp.k]!.text) && sp.end === end);
        if (clitic) {
          preds[clitic.k] = { upos: 'PART', lemma: "'s", lemmaAlt: "'s", how: 'clitic', source: `${t.text}{Possessive}` };
          rest = inside.filter((sp) => sp !== clitic);
        }
      }
      const words = rest.filter((sp) => isWordToken(s.tokens[sp.k]!.text));
      if (words.length === 0) return;
      const head = words.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      preds[head.k] = from(i, rest.length === 1 && rest.length < inside.length ? 'clitic' : 'head');
    });
    return preds;
  });
}

// ---------------------------------------------------------------- scoring

const VERBAL = new Set(['VERB', 'AUX']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const group = (t: string | undefined) => (t && VERBAL.has(t) ? 'verbal' : t && NOMINAL.has(t) ? 'nominal' : 'other');

interface Ratio { right: number; total: number }
const pct = (r: Ratio) => (r.total ? (100 * r.right) / r.total : NaN);
const fmt = (r: Ratio) => `${pct(r).toFixed(1)}% (${r.right}/${r.total})`;

interface ErrorItem { id: string; token: string; gold: string; pred: string; context: string; source?: string }

function score(name: string, preds: Prediction[][]) {
  const words: Ratio = { right: 0, total: 0 };
  const wordsAligned: Ratio = { right: 0, total: 0 };
  const all: Ratio = { right: 0, total: 0 };
  const vn: Ratio = { right: 0, total: 0 };
  const vnAligned: Ratio = { right: 0, total: 0 };
  let verbalAsNominal = 0, nominalAsVerbal = 0, vnOther = 0;
  const lemma: Ratio = { right: 0, total: 0 };
  const lemmaAligned: Ratio = { right: 0, total: 0 };
  const lemmaAlt: Ratio = { right: 0, total: 0 };
  const auxLemma: Ratio = { right: 0, total: 0 };
  const howCount: Record<string, number> = {};
  const unalignedByGold: Record<string, number> = {};
  const confusion = new Map<string, number>();
  const errors: ErrorItem[] = [];
  const lemmaErrors: ErrorItem[] = [];
  const auxLemmaErrors: ErrorItem[] = [];
  const perGold = new Map<string, Ratio>();
  const initialNoun: Ratio = { right: 0, total: 0 }; // sentence-initial capitalised common nouns
  const initialPropn: Ratio = { right: 0, total: 0 };

  gold.sentences.forEach((s, si) => {
    s.tokens.forEach((g, k) => {
      const p = preds[si]![k]!;
      const ok = p.upos !== undefined && (p.upos === g.upos || (g.alt ?? []).includes(p.upos as Upos));
      const aligned = p.how !== 'unaligned';
      howCount[p.how] = (howCount[p.how] ?? 0) + 1;
      if (!aligned) unalignedByGold[g.upos] = (unalignedByGold[g.upos] ?? 0) + 1;
      const context = s.tokens.map((t, j) => (j === k ? `[${t.text}]` : t.text)).slice(Math.max(0, k - 4), k + 5).join(' ');
      all.total++; if (ok) all.right++;
      if (k === s.tokens.findIndex((t) => t.upos !== 'PUNCT')) {
        const r = g.upos === 'NOUN' ? initialNoun : g.upos === 'PROPN' ? initialPropn : undefined;
        if (r) { r.total++; if (ok) r.right++; }
      }
      if (g.upos !== 'PUNCT') {
        words.total++; if (ok) words.right++;
        if (aligned) { wordsAligned.total++; if (ok) wordsAligned.right++; }
        const pg = perGold.get(g.upos) ?? { right: 0, total: 0 };
        pg.total++; if (ok) pg.right++; perGold.set(g.upos, pg);
        if (!ok) {
          const key = `${g.upos}→${p.upos ?? '(unaligned)'}`;
          confusion.set(key, (confusion.get(key) ?? 0) + 1);
          errors.push({ id: s.id, token: g.text, gold: g.upos + (g.alt ? '|' + g.alt.join('|') : ''), pred: p.upos ?? '(unaligned)', context, source: p.source });
        }
      }
      const gg = group(g.upos);
      if (gg !== 'other') {
        const pgp = group(p.upos);
        const vnOk = ok || pgp === gg;
        vn.total++; if (vnOk) vn.right++;
        if (aligned) { vnAligned.total++; if (vnOk) vnAligned.right++; }
        if (!vnOk) {
          if (gg === 'verbal' && pgp === 'nominal') verbalAsNominal++;
          else if (gg === 'nominal' && pgp === 'verbal') nominalAsVerbal++;
          else vnOther++;
        }
      }
      const lemmaOk = (l: string | undefined) => l !== undefined && [g.lemma, ...(g.lemmaAlt ?? [])].includes(l.toLowerCase());
      if (g.upos === 'VERB' && g.lemma) {
        const right = lemmaOk(p.lemma);
        lemma.total++; if (right) lemma.right++;
        if (aligned) { lemmaAligned.total++; if (right) lemmaAligned.right++; }
        lemmaAlt.total++; if (lemmaOk(p.lemmaAlt ?? p.lemma)) lemmaAlt.right++;
        if (!right) lemmaErrors.push({ id: s.id, token: g.text, gold: g.lemma, pred: p.lemma ?? '(unaligned)', context, source: p.source });
      }
      if (g.upos === 'AUX' && g.lemma) {
        auxLemma.total++;
        if (lemmaOk(p.lemma)) auxLemma.right++;
        else auxLemmaErrors.push({ id: s.id, token: g.text, gold: g.lemma, pred: p.lemma ?? '(unaligned)', context, source: p.source });
      }
    });
  });
  const topConfusion = [...confusion.entries()].sort((a, b) => b[1] - a[1]);
  return { name, words, wordsAligned, all, vn, vnAligned, verbalAsNominal, nominalAsVerbal, vnOther, lemma, lemmaAligned, lemmaAlt, auxLemma, howCount, unalignedByGold, topConfusion, errors, lemmaErrors, auxLemmaErrors, perGold, initialNoun, initialPropn };
}

type Score = ReturnType<typeof score>;

function report(r: Score, opts: { alignment: boolean; lemmaAlt?: string }) {
  const lines: string[] = [];
  lines.push(`\n== ${r.name}`);
  lines.push(`  UPOS, words (gold ≠ PUNCT), strict:   ${fmt(r.words)}`);
  if (opts.alignment) lines.push(`  UPOS, words, aligned tokens only:      ${fmt(r.wordsAligned)}`);
  else lines.push(`  UPOS, all tokens incl. punctuation:    ${fmt(r.all)}`);
  lines.push(`  VERB/AUX vs NOUN/PROPN group:          ${fmt(r.vn)}${opts.alignment ? `, aligned only ${fmt(r.vnAligned)}` : ''}`);
  lines.push(`     verbal tagged nominal ${r.verbalAsNominal}, nominal tagged verbal ${r.nominalAsVerbal}, either tagged something else ${r.vnOther}`);
  lines.push(`  VERB lemma:                            ${fmt(r.lemma)}${opts.alignment ? `, aligned only ${fmt(r.lemmaAligned)}` : ''}`);
  if (opts.lemmaAlt) lines.push(`  VERB lemma via ${opts.lemmaAlt}: ${fmt(r.lemmaAlt)}`);
  lines.push(`  AUX lemma (be/have/do/modals):         ${fmt(r.auxLemma)}`);
  if (opts.alignment) {
    lines.push(`  alignment: ${Object.entries(r.howCount).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    lines.push(`  unaligned by gold tag: ${Object.entries(r.unalignedByGold).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  lines.push(`  sentence-initial words: common nouns ${fmt(r.initialNoun)}, proper nouns ${fmt(r.initialPropn)}`);
  lines.push(`  per gold tag (words): ${[...r.perGold.entries()].sort((a, b) => b[1].total - a[1].total).map(([k, v]) => `${k} ${pct(v).toFixed(0)}%/${v.total}`).join('  ')}`);
  lines.push(`  top confusions (gold→pred): ${r.topConfusion.slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const line = (e: ErrorItem) => `    ${e.id} ${e.gold}→${e.pred}  ${e.context}${e.source ? `   ${e.source}` : ''}`;
  const lemmaLine = (e: ErrorItem) => `    ${e.id} ${e.token}: ${e.gold}→${e.pred}  ${e.context}`;
  if (args.has('--errors')) {
    lines.push('  errors:', ...r.errors.map(line));
    lines.push('  verb lemma errors:', ...r.lemmaErrors.map(lemmaLine));
    lines.push('  aux lemma errors:', ...r.auxLemmaErrors.map(lemmaLine));
  } else {
    // one example of each of the commonest confusions (--errors lists them all)
    lines.push('  examples (one per top confusion; --errors for all):');
    for (const [key] of r.topConfusion.slice(0, 6)) {
      const e = r.errors.find((x) => `${x.gold.split('|')[0]}→${x.pred}` === key);
      if (e) lines.push(line(e));
    }
    if (r.lemmaErrors.length) lines.push('  verb lemma errors (first 4):', ...r.lemmaErrors.slice(0, 4).map(lemmaLine));
  }
  console.log(lines.join('\n'));
}

// ---------------------------------------------------------------- main

const tokenCount = gold.sentences.reduce((a, s) => a + s.tokens.length, 0);
const wordCount = gold.sentences.reduce((a, s) => a + s.tokens.filter((t) => t.upos !== 'PUNCT').length, 0);
const results: Score[] = [];
results.push(score('wink-nlp + wink-eng-lite-web-model', runWink()));
const compromise = await loadCompromise();
if (compromise) results.push(score('compromise', runCompromise(compromise)));

if (args.has('--json')) {
  console.log(JSON.stringify(results.map((r) => ({
    name: r.name, uposWords: pct(r.words), uposWordsAligned: pct(r.wordsAligned), uposAll: pct(r.all),
    verbalNominal: pct(r.vn), verbLemma: pct(r.lemma), verbLemmaAlt: pct(r.lemmaAlt), auxLemma: pct(r.auxLemma),
    alignment: r.howCount, topConfusion: r.topConfusion.slice(0, 12),
  })), null, 2));
} else {
  console.log(`Gold: ${gold.sentences.length} sentences, ${tokenCount} tokens, ${wordCount} words (non-punctuation).`);
  report(results[0]!, { alignment: false });
  if (results[1]) report(results[1], { alignment: true, lemmaAlt: 'verbs().json() infinitive' });
  else console.log('\ncompromise is not installed: skipped, wink scored alone (npm install --no-save compromise to compare).');
}
