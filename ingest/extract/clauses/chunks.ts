/**
 * Chunks one sentence into units from its POS tags and its resolved mentions: noun phrases (with the
 * entities they stand for), verb groups (auxiliaries, adverbs and verbs, with voice, negation and
 * modality), prepositions, conjunctions, relative words and clause punctuation. Argument finding
 * (arguments.ts) reads these units, never the raw words.
 */
import { irregularLemma } from '../tokens/irregular-verbs.ts';
import { REPORT_VERBS } from '../tokens/tag.ts';
import type { SentenceContext } from '../types.ts';
import { ING_PREPOSITIONS, afterProOrAnti, openingClauseComma, type Token } from '../tokens/sentences.ts';
import { ACT_NOUNS, AGENT_NOUNS, POSSESSIVE_PRON } from './nouns.ts';
import { FUTURE_AUXILIARIES, HEDGE_AUXILIARIES, MODALITY_VERBS, NEGATORS } from '../lexicon/modality.ts';
import { SUPPORT_VERBS, VERB_INDEX, triggerNounLemma } from '../lexicon/index.ts';

/** Past forms that tell a plan, a doubt or a stop rather than a fact ("planned talks", "alleged plot"). */
const MODAL_PARTICIPLES = new Set(['planned', 'proposed', 'expected', 'scheduled', 'intended', 'rumoured', 'rumored', 'reported', 'alleged', 'suspected', 'postponed', 'cancelled', 'canceled', 'delayed', 'stalled', 'aborted', 'failed', 'mooted', 'envisaged', 'anticipated']);

/** Participles a mediator is joined to by a hyphen ("Qatar-brokered"). */
// (Also one who recognises, installs, trains or arms something: "Yemen's UN-recognised government" is Yemen's;
// not one who imposes it, "the US-imposed embargo on Cuba".)
const BROKER_PARTICIPLE = /^(?:brokered|mediated|facilitated|hosted|recognised|recognized|installed|trained|armed|friendly)$/;

export type UnitKind = 'np' | 'vg' | 'p' | 'cc' | 'comma' | 'rel' | 'sconj' | 'inf' | 'pron' | 'stop' | 'other';

/** A chunk of the sentence: tokens t0..t1-1. */
export interface Unit {
  kind: UnitKind;
  t0: number;
  t1: number;
  /** p, cc, rel, sconj, pron, stop: the word, lower-case. */
  word?: string;
  np?: NounPhrase;
  vg?: VerbGroup;
}

export interface NounPhrase {
  /** Entities the phrase stands for as an actor (a capital acting stands for its country). */
  actors: number[];
  /** Entities as written (a capital stays a place). */
  places: number[];
  /** Lemma of the last token: the head noun. */
  head: string;
  /** The head is an entity mention (not a common noun after it). */
  headIsEntity: boolean;
  /** Possessor before "'s" ("Russia's invasion"). */
  poss: number[];
  /** Entity modifiers before a common-noun head ("Russian forces", "US sanctions"). */
  pre: number[];
  /** The same modifiers as written, a place staying a place ("Tacna" of "Peru's Tacna department"). */
  prePlaces: number[];
  /** Number of entity mentions inside. */
  mentions: number;
  /** A title is inside ("Turkish President X"). */
  titled: boolean;
  /** Opens with "a"/"an": after a comma, an apposition rather than a list member. */
  indefinite: boolean;
  /** Opens with "the". */
  definite?: boolean;
  /** The head is a named body of a state's kind, not a state nor a rebel front ("the Marina de Guerra", "the Andean Guard"). */
  stateBodyHead?: boolean;
}

export interface VerbGroup {
  /** Token index of the main (last) verb. */
  verb: number;
  lemma: string;
  passive: boolean;
  negated: boolean;
  /** may / might / could: not asserted. */
  hedged: boolean;
  /** will / would / shall / 'll: an act to come. */
  future: boolean;
  /** "allegedly", "reportedly": told on someone's word. */
  reported: boolean;
  /** "having signed": a perfect gerund. */
  perfectGerund: boolean;
  /** -ing form without an auxiliary ("…, killing 12"). */
  gerund: boolean;
  /** Past participle without an auxiliary ("talks brokered by Qatar"). */
  participle: boolean;
  /** The verb is in its base form ("to concede", "will sign"), not inflected ("accused", "signs"). */
  base: boolean;
}

/** Nouns of those who make or do something ("maker", "producer", "operator"). */
/** Nouns of an act or a charge that a relative clause with no relative word may follow ("a move Peru condemned"). */
const REFERRED_ACTS: ReadonlySet<string> = new Set([...ACT_NOUNS, 'accusation', 'charge', 'allegation', 'claim', 'offer', 'proposal', 'demand', 'request', 'treaty', 'pact', 'deal', 'agreement', 'accord']);
const AGENT_NOUN = /^[a-z]{2,}(?:er|or)s?$/;
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** "has since visited", "had since joined": "since" as an adverb between an auxiliary and its verb. */
function sinceInVerbGroup(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower === 'since' && tokens[i - 1]?.pos === 'AUX' && tokens[i + 1]?.pos === 'VERB';
}
/** Quantifiers floated between a subject and its verb ("both sent", "all signed"). */
const FLOATED = new Set(['both', 'all', 'each']);
const VG_ADV = new Set(['not', "n't", 'never', 'also', 'already', 'still', 'formally', 'officially', 'jointly', 'reportedly', 'allegedly', 'recently', 'finally', 'later', 'again', 'just', 'repeatedly', 'previously', 'publicly', 'quickly', 'swiftly', 'unilaterally', 'directly', 'once', 'now', 'then', 'soon', 'effectively', 'successfully', 'reluctantly', 'briefly', 'privately', 'personally', 'strongly', 'sharply', 'fiercely', 'openly', 'quietly', 'separately', 'each', 'both', 'all']);
/** Common nouns that name the kind of body after its name: "the X party" is X. */
const DESCRIPTORS = new Set('party group movement militia organisation organization company firm bank alliance bloc coalition agency union network outfit rebel insurgency faction force forces army'.split(' '));
/** Descriptors that, after a demonym, name a business of that country rather than the country. */
const BUSINESS_DESCRIPTORS = new Set(['company', 'firm', 'bank', 'group', 'network', 'outfit']);
const ORDER_WORDS = new Set(['first', 'second', 'third', 'last', 'former', 'then', 'newly', 'current', 'longtime', 'once']);
const TIME_LEADS = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'same']);
const TIME_NOUNS = new Set('hours hour days day weeks week months month years year minutes overnight earlier later ago today yesterday tonight weekend decade decades century morning afternoon evening night spring summer autumn fall winter'.split(' '));
/** Months and weekdays, which a time lead makes a time phrase ("last November", "next Monday"). */
const CALENDAR = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const REL = new Set(['who', 'which', 'whom', 'whose']);
const PERSONAL = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them']);
/** Words opening a co-agent set off after a verb (", along with Y,", ", alongside Y,", ", together with Y,"). */
const CO_AGENT_OPENERS = new Set(['along', 'alongside', 'together']);
/** Personal pronouns that are a clause's subject, after which a past form is its verb. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
/** Verbs that name someone to an office, with the office after the person ("appointed her minister"). */
const OFFICE_GIVING = new Set(['appoint', 'name', 'make', 'elect', 'nominate', 'choose', 'pick', 'select', 'declare', 'swear']);
/** What may follow a possessive "her" in its noun phrase ("her party", "her own", "her 2019 visit"). */
const HER_NOUN_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM', 'VERB']);
const STOPS = new Set(['.', ';', ':', '"', '“', '”', '(', ')', '—', '–', '?', '!', '[', ']']);
const BE = new Set(['be', 'get', 'is', 'was', 'were', 'are', 'been', 'being', 'am']);
const IRREGULAR_PARTICIPLE = /^(?:[a-z]+(?:ed|en|wn|ne|un|ught|ight|elt|ept|old|eld|ound|ung|ook|ade|id|et|ut|it|ost|uck)|won|sworn|torn)$/;
// Shapes the per-token and per-phrase passes test, as constants: a regex literal is a new object each
// time it is evaluated, and the chunker evaluated over a million a batch.
const LOWER_WORD = /^[a-z]+$/;
const PAST_ED = /[a-z]ed$/;
const HYPHENATED = /^[a-z]+-[a-z]+$/;
const NEGATIVE_CONTRACTION = /n['’]t$/;
const FUTURE_NEGATIVE = /^(?:won|shan|wouldn)['’]t$/;
const OWNING_ARTICLE = /^(?:the|its|their)$/;
/** Stems of accusing ("accused X of arming Y") and of blaming or praising ("blamed X for opening fire"). */
const ACCUSING = /^(?:accus|suspect|blam|convict|acquit|clear)/;
const BLAMING = /^(?:blam|criticis|criticiz|condemn|prais|thank|fault|punish|sanction|fin(?:e|ed|es|ing)$|jail|charg|commend|credit)/;
const PERFECT_AUX = /^(?:has|have|had|having)$/;
const PLACE_OR_TIME_PREP = /^(?:at|in|on)$/;

/** Words after which a verb stands in its base form ("to", modals, "help", "did"). */
const BASE_BEFORE = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'help', 'helped', 'helps', 'helping']);

const QUOTE_MARKS = new Set(['"', '“', '”']);

/** Quote marks around one to three words with no verb in a sentence that goes on ('the "top echelons" of'). */
function scareQuoteMarks(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!QUOTE_MARKS.has(tokens[i]!.text) || tokens[i]!.text === '”') continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && !QUOTE_MARKS.has(tokens[j]!.text) && tokens[j]!.word && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') j++;
    if (j > i + 1 && j - i <= 4 && QUOTE_MARKS.has(tokens[j]?.text ?? '') && tokens[j]!.text !== '“' && j + 1 < tokens.length && tokens[j + 1]!.word) out.add(i), out.add(j), (i = j);
  }
  return out;
}

/** A token a verb governs directly: a determiner, a name, a number or a mention. */
function governedAt(tokens: readonly Token[], mentionAt: readonly number[], k: number): boolean {
  return ['DET', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '') || (mentionAt[k] ?? -1) >= 0;
}


/** A perfect auxiliary comes right before token i, or over an adverb ("has repeatedly", "had since"). */
function afterPerfect(tokens: readonly Token[], i: number): boolean {
  return PERFECT_AUX.test(tokens[i - 1]!.lower) || ((tokens[i - 1]!.pos === 'ADV' || tokens[i - 1]!.lower === 'since') && /^(?:has|have|had)$/.test(tokens[i - 2]?.lower ?? ''));
}

/** Modal auxiliaries a base-form verb follows. */
const MODAL_AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll"]);

/** The list without repeats, in first-seen order (the list itself when it has fewer than two). */
function unique(xs: number[]): number[] {
  return xs.length < 2 ? xs : [...new Set(xs)];
}

/** A possessive "'s" token. */
const isPossessive = (t: Token | undefined): boolean => t?.lower === '’s' || t?.lower === "'s";

/** Nouns for businesses an -ing word may qualify after a demonym ("trading house", "mining company"). */
const BUSINESS_NOUNS = new Set(['group', 'company', 'firm', 'giant', 'house', 'conglomerate', 'operator', 'line', 'bank', 'concern', 'venture', 'corporation', 'business', 'producer', 'major']);

/** Units of one sentence (from the dateline end on). */
export function chunkSentence(ctx: SentenceContext): Unit[] {
  const { s } = ctx;
  const tokens = s.tokens;
  const n = tokens.length;
  // Mention covering each token: entity mentions and titles.
  // (A plain array: a typed array costs several times more to allocate, and this is one per sentence.)
  const mentionAt = new Array<number>(n).fill(-1);
  s.mentions.forEach((m, k) => {
    if (!m.refs.length && m.kind !== 'role') return;
    for (let t = m.t0; t < m.t1 && t < n; t++) if (mentionAt[t] === -1) mentionAt[t] = k;
  });
  // A title from `i` on ("interior minister", "ambassador to Peru"), not followed by a name set off after it.
  const officeAfter = (i: number): boolean => {
    let at = i;
    let m = s.mentions[mentionAt[at]!];
    // ("Chile's ambassador": the office of a state.)
    if (m && m.kind !== 'role' && m.t0 === at && /^['’]s$/.test(tokens[m.t1]?.text ?? '')) m = s.mentions[mentionAt[(at = m.t1 + 1)]!];
    if (!m || m.kind !== 'role' || m.t0 !== at) return false;
    return !(tokens[m.t1]?.text === ',' && mentionAt[m.t1 + 1]! >= 0 && s.mentions[mentionAt[m.t1 + 1]!]!.kind !== 'role');
  };
  // "Brazil mediated talks between…": the -ed word after a name that opens the sentence or a
  // coordinated clause, before a noun, is the clause's verb when nothing after it is one (a demonym
  // before it, "Russian occupied areas", stays an adjective).
  const verblessAfterName = (i: number): boolean => {
    const m = s.mentions[mentionAt[i - 1]!];
    if (!m || m.gaz?.kind === 'demonym' || m.kind === 'role') return false;
    const before = tokens[m.t0 - 1];
    if (m.t0 > (s.bodyStart ?? 0) && before && before.text !== ',' && before.lower !== 'and') return false;
    for (let k = i + 1; k < n && !STOPS.has(tokens[k]!.text); k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
    return true;
  };
  // ("Armed by Bolivia, the Brigade …", "Mediated by Brazil, the talks …": an -ed word opening the sentence before
  // "by" is a participle, whatever the tagger called it.)
  const lead = tokens[s.bodyStart ?? 0];
  if (lead && (lead.pos === 'ADJ' || lead.pos === 'NOUN' || lead.pos === 'PROPN') && PAST_ED.test(lead.text) && mentionAt[s.bodyStart ?? 0]! < 0 && tokens[(s.bodyStart ?? 0) + 1]?.lower === 'by') {
    lead.pos = 'VERB';
    lead.lemma = pastToLemma(lead.lower);
  }
  // ("Qatar mediated, along with Egypt, talks …": so is one right after a name opening the sentence, before a
  // co-agent set off by a comma.)
  for (let i = 1; i + 2 < n; i++) {
    const x = tokens[i]!;
    if ((x.pos === 'ADJ' || x.pos === 'NOUN') && PAST_ED.test(x.text) && mentionAt[i]! < 0 && mentionAt[i - 1]! >= 0 && tokens[i + 1]!.text === ',' && CO_AGENT_OPENERS.has(tokens[i + 2]!.lower)) {
      x.pos = 'VERB';
      x.lemma = pastToLemma(x.lower);
    }
  }
  // "Qatar mediated between…": an -ed word tagged as an adjective or noun right after a name and before
  // a preposition, determiner or name is a past-tense verb (wink's slip on short sentences).
  for (let i = 1; i + 1 < n; i++) {
    const x = tokens[i]!;
    const afterRel = REL.has(tokens[i - 1]!.lower) && tokens[i - 2] !== undefined && mentionAt[i - 2]! < 0 && tokens[i - 2]!.text === ',';
    // ", which back the accord": a word after ", which/who" and before a noun phrase is its verb.
    // (", which works closely with X": a manner adverb may come between it and what it governs.)
    if (afterRel && (x.pos === 'ADV' || x.pos === 'ADP' || x.pos === 'NOUN') && mentionAt[i]! < 0 && LOWER_WORD.test(x.lower) && !x.lower.endsWith('ly') &&
      (governedAt(tokens, mentionAt, i + 1) || (tokens[i + 1]!.pos === 'ADV' && /ly$/.test(tokens[i + 1]!.lower) && (tokens[i + 2]?.pos === 'ADP' || governedAt(tokens, mentionAt, i + 2))))) {
      x.pos = 'VERB';
      x.lemma = x.lower.endsWith('ed') ? pastToLemma(x.lower) : x.lower.replace(/(?<=[^s])s$/, '');
      continue;
    }
    // "X and Y both sent delegations", "they all signed": a past form after "both/all/each" that ends
    // a subject is its verb, whatever the tagger called it.
    if ((x.pos === 'ADJ' || x.pos === 'NOUN') && mentionAt[i]! < 0 && FLOATED.has(tokens[i - 1]!.lower) && i >= 2 && (mentionAt[i - 2]! >= 0 || tokens[i - 2]!.pos === 'PRON')) {
      const past = x.lower.endsWith('ed') ? pastToLemma(x.lower) : irregularLemma(x.lower);
      if (past) {
        x.pos = 'VERB';
        x.lemma = past;
        continue;
      }
    }
    // "talks mediated by X": an -ed word between a noun and "by" is a participle describing the noun;
    // "were mediated by X": after a form of "be", the passive's participle.
    // ", brokered at times by X": after a comma, over a short adverbial before "by".
    const byNext = tokens[i + 1]!.lower === 'by';
    const byLater = !byNext && tokens[i - 1]!.text === ',' && byWithin(tokens, i + 1, 4);
    if ((x.pos === 'ADJ' || x.pos === 'NOUN') && PAST_ED.test(x.text) && mentionAt[i]! < 0 && ((byNext && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.text === ',' || BE.has(tokens[i - 1]!.lower))) || byLater)) {
      x.pos = 'VERB';
      x.lemma = pastToLemma(x.lower);
      continue;
    }
    // "Chile has repeatedly sanctioned X", "had since expanded its": an -ed word after a perfect
    // auxiliary (over an adverb) is its participle, unless a noun follows ("has mixed feelings").
    // (The word's own tag first: the auxiliary before it is looked for only before an adjective.)
    if (x.pos === 'ADJ' && afterPerfect(tokens, i) && PAST_ED.test(x.text) && mentionAt[i]! < 0 && !['NOUN', 'ADJ'].includes(tokens[i + 1]!.pos ?? '')) {
      x.pos = 'VERB';
      x.lemma = pastToLemma(x.lower);
      continue;
    }
    // "Chile forgave Peru's debt": an irregular past form too.
    // (Looked up only for a word tagged as an adjective or noun, the only ones it may retag.)
    const irregular = (x.pos === 'ADJ' || x.pos === 'NOUN') && LOWER_WORD.test(x.text) ? irregularLemma(x.lower) : undefined;
    // (Also right after a subject pronoun: "In 2023 she mediated between X and Y"; over an adverb: "She later mediated …".)
    const afterPronoun = SUBJECT_PRONOUNS.has(tokens[i - 1]!.lower) || (tokens[i - 1]!.pos === 'ADV' && SUBJECT_PRONOUNS.has(tokens[i - 2]?.lower ?? ''));
    if ((x.pos === 'ADJ' || x.pos === 'NOUN') && (PAST_ED.test(x.text) || irregular) && mentionAt[i]! < 0 && (mentionAt[i - 1]! >= 0 || afterRel || afterPronoun) && ['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ'].includes(tokens[i + 1]!.pos ?? '') && (afterRel || ['ADP', 'DET', 'PROPN'].includes(tokens[i + 1]!.pos ?? '') || verblessAfterName(i))) {
      x.pos = 'VERB';
      x.lemma = irregular ?? pastToLemma(x.lower);
    }
  }
  // "will complete its withdrawal", "could impose sanctions": a known verb right after a modal, tagged as an
  // adjective or noun, before what it governs, is the verb.
  for (let i = 1; i + 1 < n; i++) {
    const x = tokens[i]!;
    if ((x.pos !== 'ADJ' && x.pos !== 'NOUN') || mentionAt[i]! >= 0 || !LOWER_WORD.test(x.text)) continue;
    if (!MODAL_AUXILIARIES.has(tokens[i - 1]!.lower) && !mandativeSubjectBefore(tokens, i)) continue;
    const next = tokens[i + 1]!;
    if ((VERB_INDEX.has(x.lower) || SUPPORT_VERBS.has(x.lower) || MODALITY_VERBS.has(x.lower)) && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NUM' || mentionAt[i + 1]! >= 0)) {
      x.pos = 'VERB';
      x.lemma = x.lower;
    }
  }
  // "Skirmishes between X and Y…", "Negotiations in Geneva…": a capitalised event noun opening the sentence, outside
  // any name, is that noun (the model reads a capital there as a proper noun).
  const first = s.bodyStart ?? 0;
  const opener = tokens[first];
  if (opener && opener.pos === 'PROPN' && mentionAt[first]! < 0 && /^[A-Z][a-z]+$/.test(opener.text) && tokens[first + 1]?.pos === 'ADP') {
    const lemma = triggerNounLemma(opener.lower);
    if (lemma !== undefined) {
      opener.pos = 'NOUN';
      opener.lemma = lemma;
    }
  }
  // "25% tariffs": a percent sign after a number is part of the number.
  for (let i = 1; i < n; i++) if (tokens[i]!.text === '%' && tokens[i - 1]!.pos === 'NUM') tokens[i]!.pos = 'NUM';
  // "staged", "staging": the model's lemma may drop a final "e" ("stag"); a known verb with it back is the lemma.
  for (let i = 0; i < n; i++) {
    const x = tokens[i]!;
    if (x.pos !== 'VERB' || !x.lemma || !(x.lower.endsWith('ed') || x.lower.endsWith('ing')) || VERB_INDEX.has(x.lemma) || SUPPORT_VERBS.has(x.lemma)) continue;
    const e = `${x.lemma}e`;
    if (VERB_INDEX.has(e) || SUPPORT_VERBS.has(e)) x.lemma = e;
    // ("Meeting X in Quito, Y…": an -ing form the model left as its own lemma.)
    else if (x.lemma === x.lower && x.lower.endsWith('ing')) {
      const stem = x.lower.slice(0, -3);
      const base = [stem, `${stem}e`, stem.replace(/([^aeiou])\1$/, '$1')].find((v) => VERB_INDEX.has(v) || SUPPORT_VERBS.has(v));
      if (base) x.lemma = base;
    }
  }
  // ", warning Lima not to…", ", urging X": an -ing form of a known verb tagged as a noun right after a
  // comma, before a name, determiner or pronoun, opens a participle clause.
  for (let i = 1; i + 1 < n; i++) {
    const x = tokens[i]!;
    // (Also after "of" an accusation governs: "accused X of arming Y".)
    const afterOf = (tokens[i - 1]!.lower === 'of' && tokens.slice(Math.max(0, i - 9), i - 1).some((t) => ACCUSING.test(t.lower))) ||
      // (And after the "for" of blame or praise: "blamed X for opening fire on Y", "thanked Y for sending aid".)
      (tokens[i - 1]!.lower === 'for' && tokens.slice(Math.max(0, i - 9), i - 1).some((t) => BLAMING.test(t.lower)));
    // (And after a word that links an adverbial gerund: "responded by expelling X", "after meeting Y".)
    const afterLink = GERUND_LINK_WORDS.has(tokens[i - 1]!.lower) && tokens[i - 2]?.text !== ',' && !ING_MODIFIERS.has(x.lower);
    if (x.pos !== 'NOUN' || (tokens[i - 1]!.text !== ',' && !afterOf && !afterLink) || mentionAt[i]! >= 0 || !/^[a-z]+ing$/.test(x.text)) continue;
    const next = tokens[i + 1]!;
    // (After an accusation's "of", also before a bare noun: "accused X of firing water cannon at Y".)
    if (next.pos !== 'DET' && next.pos !== 'PRON' && mentionAt[i + 1]! < 0 && !(afterOf && next.pos === 'NOUN')) continue;
    const stem = x.lower.slice(0, -3);
    const lemma = [stem, `${stem}e`, stem.replace(/([^aeiou])\1$/, '$1')].find((v) => VERB_INDEX.has(v));
    if (lemma) {
      x.pos = 'VERB';
      x.lemma = lemma;
    }
  }
  // "helped found the party", "to found a movement": "found" in a base form's place is to found, not to find.
  for (let i = 1; i < n; i++) if (tokens[i]!.lower === 'found' && BASE_BEFORE.has(tokens[i - 1]!.lower)) tokens[i]!.lemma = 'found';
  // "Japan plans to sign", "Iran signs the accord": a known verb's -s form tagged as a noun right after a
  // name, before "to" + verb or before a determiner or name, is the name's verb.
  for (let i = 1; i + 1 < n; i++) {
    const x = tokens[i]!;
    // (Or right after a relative word: "a runoff that pits X against Y".)
    const afterRelWord = (tokens[i - 1]!.lower === 'that' || tokens[i - 1]!.lower === 'which' || tokens[i - 1]!.lower === 'who') && i >= 2 && (tokens[i - 2]!.pos === 'NOUN' || mentionAt[i - 2]! >= 0);
    if (x.pos !== 'NOUN' || mentionAt[i]! >= 0 || (mentionAt[i - 1]! < 0 && !afterRelWord) || !/^[a-z]+s$/.test(x.text) || /ss$/.test(x.lower)) continue;
    const stem = x.lower.replace(/(?<=[^aeiou][sxz]|ch|sh)es$|s$/, '');
    const next = tokens[i + 1]!;
    const known = MODALITY_VERBS.has(stem) || VERB_INDEX.has(stem) || STANCE_VERBS.has(stem);
    if (known && ((next.lower === 'to' && tokens[i + 2]?.pos === 'VERB') || ((next.pos === 'DET' || mentionAt[i + 1]! >= 0) && (VERB_INDEX.has(stem) || STANCE_VERBS.has(stem))))) {
      x.pos = 'VERB';
      x.lemma = stem;
    }
  }
  // "German pump maker X", "a chip designer": a plain verb form between a modifier (determiner,
  // adjective, demonym) and an agent noun is the noun it is made of.
  for (let i = 1; i + 1 < n; i++) {
    const x = tokens[i]!;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (x.pos !== 'VERB' || mentionAt[i]! >= 0 || !LOWER_WORD.test(x.text) || x.lower.endsWith('ed') || x.lower.endsWith('ing') || x.lower.endsWith('s')) continue;
    const modifier = prev.pos === 'DET' || prev.pos === 'ADJ' || isPossessive(prev) || (mentionAt[i - 1]! >= 0 && s.mentions[mentionAt[i - 1]!]!.gaz?.kind === 'demonym');
    if (modifier && next.pos === 'NOUN' && AGENT_NOUN.test(next.lower)) {
      x.pos = 'NOUN';
      x.lemma = x.lower;
    }
  }
  // "Poland's state-owned X", "a family-run firm": a compound in -owned, -run, -led… is an adjective.
  for (let i = 0; i + 1 < n; i++) {
    const x = tokens[i]!;
    if (x.pos !== 'ADJ' && mentionAt[i]! < 0 && x.lower.includes('-') && /^[a-z]+-(?:owned|run|controlled|backed|led|based|registered|headquartered|funded|financed|made|built|linked|allied|affiliated|dominated|held|operated|listed|traded|quoted|focused|oriented)$/.test(x.lower)) x.pos = 'ADJ';
  }
  // "donate up to 5 million dollars to X": "up to" before a number bounds the amount, it
  // is no preposition (so "to X" is still where it goes).
  for (let i = 0; i + 2 < n; i++) {
    // (So do "more than", "fewer than", "less than" before a number: "sent fewer than 300 troops".)
    if ((tokens[i]!.lower === 'up' && tokens[i + 1]!.lower === 'to' || tokens[i + 1]!.lower === 'than' && /^(?:more|fewer|less)$/.test(tokens[i]!.lower)) && (tokens[i + 2]!.pos === 'NUM' || /^[$€£¥]/.test(tokens[i + 2]!.text)) && mentionAt[i]! < 0) {
      tokens[i]!.pos = 'ADJ';
      tokens[i + 1]!.pos = 'ADJ';
    }
  }
  // "the presidential run-off", "a sit-in": a hyphenated word after a determiner, adjective or
  // possessive is a noun whatever the tagger says, with itself as lemma.
  for (let i = 1; i < n; i++) {
    const x = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (x.pos !== 'NOUN' && x.pos !== 'PROPN' && x.pos !== 'ADJ' && mentionAt[i]! < 0 && (prev.pos === 'DET' || prev.pos === 'ADJ' || isPossessive(prev)) && HYPHENATED.test(x.lower) && !NP_POS.has(tokens[i + 1]?.pos ?? '')) {
      x.pos = 'NOUN';
      x.lemma = x.lower.replace(/s$/, '');
    }
  }
  // "Thailand's acting prime minister", "the ruling party": an -ing word between a determiner or
  // possessive and a noun or title modifies it.
  for (let i = 1; i + 1 < n; i++) {
    const x = tokens[i]!;
    const prev = tokens[i - 1]!;
    // (Also after a demonym, before a business noun: "a Chilean mining company", "a Peruvian shipping company".)
    const demonymBefore = mentionAt[i - 1]! >= 0 && s.mentions[mentionAt[i - 1]!]!.gaz?.kind === 'demonym' && BUSINESS_NOUNS.has(tokens[i + 1]!.lemma ?? tokens[i + 1]!.lower);
    if (x.pos === 'VERB' && x.lower.endsWith('ing') && mentionAt[i]! < 0 && (prev.pos === 'DET' || prev.pos === 'NUM' || isPossessive(prev) || POSSESSIVE_PRON.has(prev.lower) || demonymBefore) && (['NOUN', 'ADJ'].includes(tokens[i + 1]!.pos ?? '') || mentionAt[i + 1]! >= 0)) x.pos = 'ADJ';
    // "a combined $30 million", "an estimated 500 troops": a past form between an article and a number modifies it.
    else if (x.pos === 'VERB' && x.lower.endsWith('ed') && (prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'the') && (tokens[i + 1]!.pos === 'NUM' || /^[$€£¥]/.test(tokens[i + 1]!.text))) x.pos = 'ADJ';
    // "the occupied territories", "the ousted Prime Minister": a past form between an article and a
    // noun or name modifies it.
    // (Not one that tells a plan or a doubt: "its planned talks", "the proposed deal".)
    // "a move Lima called politicized": a past form ending a clause right after a verb of naming is what the object is called.
    else if (x.pos === 'VERB' && x.lower.endsWith('ed') && prev.pos === 'VERB' && NAMING_VERBS.has(prev.lemma ?? '') && mentionAt[i]! < 0 && (STOPS.has(tokens[i + 1]?.text ?? '.') || tokens[i + 1]?.text === ',')) x.pos = 'ADJ';
    else if (x.pos === 'VERB' && x.lower.endsWith('ed') && !MODAL_PARTICIPLES.has(x.lower) && OWNING_ARTICLE.test(prev.lower) && mentionAt[i]! < 0 && (tokens[i + 1]!.pos === 'NOUN' || tokens[i + 1]!.pos === 'PROPN' || mentionAt[i + 1]! >= 0) && !/^(?:of|by)$/.test(tokens[i + 2]?.lower ?? '')) x.pos = 'ADJ';
  }
  // "Excluding Russia, …", "Barring a deal, …": an -ing preposition opening the sentence is one.
  const opening = tokens[s.bodyStart ?? 0];
  if (opening && ING_PREPOSITIONS.has(opening.lower) && mentionAt[s.bodyStart ?? 0]! < 0) opening.pos = 'ADP';
  // "Fighting between X and Y", "the killing of X": an -ing word opening a noun phrase before a
  // preposition is a noun.
  for (let i = s.bodyStart ?? 0; i + 1 < n; i++) {
    const x = tokens[i]!;
    const prev = tokens[i - 1];
    // (Not one opening a participle clause that ends at a comma before its subject, "Speaking at the
    // summit, X said…", unless it is an event noun of the lexicon: "Fighting in X, which began…".)
    if (x.pos === 'VERB' && x.lower.endsWith('ing') && mentionAt[i]! < 0 && (i === (s.bodyStart ?? 0) || prev?.pos === 'DET' || prev?.pos === 'ADJ') && tokens[i + 1]!.pos === 'ADP' &&
      !(i === (s.bodyStart ?? 0) && triggerNounLemma(x.lower) === undefined && !ING_PREPOSITIONS.has(x.lower) && participleOpening(tokens, i + 1))) {
      x.pos = 'NOUN';
      x.lemma = x.lower;
    }
  }
  const units: Unit[] = [];
  const scareQuotes = scareQuoteMarks(tokens);
  let t = s.bodyStart ?? 0;
  while (t < n) {
    const tok = tokens[t]!;
    const pos = tok.pos ?? 'X';
    const lower = tok.lower;
    // 'the "top echelons" of', 'a "fair deal"': quotes around a few words with no verb mark
    // someone's words, not a clause; they are left out.
    if (scareQuotes.has(t)) {
      t++;
      continue;
    }
    // "(ELN)", "(Reuters)": a parenthesis after a noun phrase is an aside, left out.
    if (tok.text === '(' && units[units.length - 1]?.kind === 'np') {
      let close = t + 1;
      while (close < n && close - t <= 8 && tokens[close]!.text !== ')' && tokens[close]!.text !== '(') close++;
      if (close < n && tokens[close]!.text === ')') {
        t = close + 1;
        continue;
      }
    }
    // "that": a relative word after a noun, a complementiser after a verb, else a determiner.
    if (lower === 'that' && mentionAt[t]! < 0) {
      const prev = units[units.length - 1];
      if (prev?.kind === 'np' || prev?.kind === 'vg' || prev?.kind === 'comma') {
        units.push({ kind: prev.kind === 'np' && !afterReportingVerb() ? 'rel' : 'sconj', t0: t, t1: t + 1, word: lower });
        t++;
        continue;
      }
    }
    // ", which borders…": a relative word after a comma or a noun phrase, whatever its tag (wink may say DET).
    if (mentionAt[t]! < 0 && (lower === 'which' || lower === 'who' || lower === 'whom' || lower === 'whose') && (units[units.length - 1]?.kind === 'comma' || units[units.length - 1]?.kind === 'np')) {
      units.push({ kind: 'rel', t0: t, t1: t + 1, word: lower });
      t++;
      continue;
    }
    const floated = pos === 'DET' && FLOATED.has(lower) && isVerbal(tokens[t + 1]?.pos) && units[units.length - 1]?.kind === 'np';
    // "arrested her.", "gave her a loan": "her" with no noun after it is the personal pronoun, not a possessive.
    // So is "her" between a verb that names someone to an office and that office ("made her interior
    // minister", "named her ambassador"), unless a name set off after it says whose office it is ("named her deputy, X,").
    const herAlone = lower === 'her' && mentionAt[t]! < 0 && (
      (mentionAt[t + 1]! < 0 && !HER_NOUN_POS.has(tokens[t + 1]?.pos ?? '') && !superlativeBeforeNoun(t + 1)) ||
      (OFFICE_GIVING.has(tokens[t - 1]?.lemma ?? '') && tokens[t - 1]!.pos === 'VERB' && officeAfter(t + 1)));
    if (herAlone) {
      units.push({ kind: 'pron', t0: t, t1: t + 1, word: lower });
      t++;
      continue;
    }
    if (!floated && (mentionAt[t]! >= 0 || NP_POS.has(pos) || POSSESSIVE_PRON.has(lower) || isPossessive(tok))) {
      if (!(mentionAt[t]! < 0 && (pos === 'PRON' && !POSSESSIVE_PRON.has(lower)))) {
        const end = npEnd(t);
        if (end > t) {
          // Two noun phrases side by side (after an aside): one phrase ("the National Liberation Army (ELN) rebel group").
          const prev = units[units.length - 1];
          const from = prev?.kind === 'np' && prev.t1 < t ? prev.t0 : t;
          if (from < t) units.pop();
          units.push({ kind: 'np', t0: from, t1: end, np: nounPhrase(from, end) });
          t = end;
          continue;
        }
      }
    }
    if (pos === 'AUX' || pos === 'VERB' || (pos === 'ADV' && VG_ADV.has(lower) && isVerbal(tokens[t + 1]?.pos)) || floated || lower === "n't" || (pos === 'PART' && tok.lemma === 'not' && isVerbal(tokens[t + 1]?.pos))) {
      let end = t;
      // (A main verb after a pronoun subject, then an auxiliary, are two clauses' verbs: "the group he
      // chairs is investing"; not "is believed to have been killed", "what X said was".)
      const namedAfterNoun = (mentionAt[t - 1] ?? -1) >= 0 && (() => { const m = s.mentions[mentionAt[t - 1]!]!; return tokens[m.t0 - 1]?.pos === 'NOUN' && !tokens[m.t0 - 1]!.cap; })();
      const twoClauses = (k: number) => ((tokens[k]!.pos === 'AUX' && tokens[k - 1]!.pos === 'VERB' && !/^(?:have|has|had|be|been|being|do|does|did)$/.test(tokens[k - 1]!.lower) && (PERSONAL.has(tokens[t - 1]?.lower ?? '') || namedAfterNoun)) ||
        // ("which Chile says is backed by X", "who Chile says met Y": a report, then the relative's own verb.)
        (isVerbal(tokens[k]!.pos) && reportInRelative(t))) && k - 1 === t;
      while (end < n && mentionAt[end]! < 0 && !(end > t && tokens[end]!.pos === 'VERB' && tokens[end - 1]!.pos === 'VERB' && tokens[end]!.lower.endsWith('ing')) && !(end > t && twoClauses(end)) && (tokens[end]!.pos === 'AUX' || tokens[end]!.pos === 'VERB' || (end === t && floated) || (tokens[end]!.pos === 'ADV' && (VG_ADV.has(tokens[end]!.lower) || (tokens[end - 1]?.pos === 'AUX' && isVerbal(tokens[end + 1]?.pos)))) || (tokens[end]!.pos === 'PART' && tokens[end]!.lemma === 'not') || tokens[end]!.lower === "n't" || sinceInVerbGroup(tokens, end))) end++;
      if (end === t) end = t + 1;
      const vg = verbGroup(t, end);
      if (vg) {
        units.push({ kind: 'vg', t0: t, t1: end, vg });
        t = end;
        continue;
      }
    }
    let kind: UnitKind = 'other';
    if (lower === 'to' && isVerbal(tokens[t + 1]?.pos)) kind = 'inf';
    else if (REL.has(lower)) kind = 'rel';
    else if (lower === 'that' && (pos === 'SCONJ' || pos === 'PRON' || pos === 'DET')) kind = tokens[t - 1]?.pos === 'NOUN' || tokens[t - 1]?.pos === 'PROPN' || mentionAt[t - 1]! >= 0 ? 'rel' : 'sconj';
    else if (pos === 'ADP') kind = 'p';
    else if (pos === 'CCONJ') kind = 'cc';
    else if (pos === 'SCONJ') kind = 'sconj';
    else if (pos === 'PRON' && PERSONAL.has(lower)) kind = 'pron';
    else if (lower === ',') kind = 'comma';
    else if (STOPS.has(tok.text)) kind = 'stop';
    units.push({ kind, t0: t, t1: t + 1, word: lower });
    t++;
  }
  return withoutNamingFrames(units);

  /** "told reporters in Washington that …": a "that" after a reporting verb's object opens what it reports. */
  function afterReportingVerb(): boolean {
    for (let k = units.length - 1; k >= 0 && units.length - k <= 5; k--) {
      const u = units[k]!;
      if (u.kind === 'vg') {
        const cue = MODALITY_VERBS.get(u.vg!.lemma);
        return cue === 'report' || cue === 'claim' || cue === 'deny' || cue === 'request';
      }
      if (u.kind !== 'np' && u.kind !== 'p') return false;
    }
    return false;
  }

  /**
   * A verb of saying or believing whose own subject follows a relative word: "the Front, which officials
   * say is funded by X" is a report, then the relative's verb.
   */
  function reportInRelative(v: number): boolean {
    if (!REPORT_VERBS.has(tokens[v]!.lemma ?? '')) return false;
    for (let k = v - 1; k >= 0 && v - k <= 6; k--) {
      const w = tokens[k]!;
      if (/^(?:which|who|that)$/.test(w.lower)) return k < v - 1;
      if (w.pos === 'VERB' || w.pos === 'AUX' || w.text === ',') return false;
    }
    return false;
  }

  function isVerbal(p: string | undefined): boolean {
    return p === 'VERB' || p === 'AUX';
  }

  /** The token after a list of names that goes on from token `t` ("… and the United States", "…, Chile and Peru"), else `t`. */
  function afterNameList(t: number): number {
    for (let guard = 0; guard < 4 && (tokens[t]?.lower === 'and' || tokens[t]?.text === ','); guard++) {
      const at = tokens[t + 1]?.lower === 'the' ? t + 2 : t + 1;
      const m = mentionAt[at] ?? -1;
      if (m < 0 || s.mentions[m]!.t0 !== at) return t;
      t = s.mentions[m]!.t1;
    }
    return t;
  }

  /** End of the noun phrase starting at `from`: mentions, determiners, adjectives, nouns, numbers, "'s". */
  /** "her closest rival's claims": a superlative the tagger reads as an adverb, before a noun. */
  function superlativeBeforeNoun(k: number): boolean {
    return tokens[k]?.pos === 'ADV' && /^(?:[a-z]+est|most|least)$/.test(tokens[k]!.lower) && HER_NOUN_POS.has(tokens[k + 1]?.pos ?? '');
  }
  function npEnd(from: number): number {
    let e = from;
    while (e < n) {
      const k = mentionAt[e]!;
      if (k >= 0) {
        // "offered Peru a trade deal": a mention opening with a determiner after the head opens a second phrase.
        if (e > from && tokens[e]!.pos === 'DET' && !POSSESSIVE_PRON.has(tokens[e]!.lower) && tokens[e]!.lower !== 'all' && tokens[e]!.lower !== 'both') break;
        // "named X Chile's ambassador": a possessor right after a person's name opens a second phrase.
        const before = e > from ? mentionAt[e - 1]! : -1;
        if (before >= 0 && before !== k && s.mentions[before]!.type === 'Person' && isPossessive(tokens[s.mentions[k]!.t1])) break;
        // "the Lima summit Peru hosted", "a pact Chile signed": an agreement or event named, then a name and a
        // verb, is a relative clause's antecedent and its subject.
        const deed = before >= 0 && before !== k && (s.mentions[before]!.type === 'Event' || s.mentions[before]!.type === 'Treaty');
        const actor = s.mentions[k]!.type === 'Country' || s.mentions[k]!.type === 'Organization' || s.mentions[k]!.type === 'Person' || s.mentions[k]!.gaz?.type === 'Country';
        // ("a move Peru condemned", "the charges Chile denies": so is an act or a charge written by its noun.)
        // (Only with the verb's object gone, a relative's gap: "the allegation Chile funded the Front" is what was alleged.)
        const gapAfter = (v: number) => !['DET', 'PRON', 'PROPN', 'NUM'].includes(tokens[v + 1]?.pos ?? '') && (mentionAt[v + 1] ?? -1) < 0;
        // ("the pact Peru and Chile signed": the subject may be a list of names.)
        const v = afterNameList(s.mentions[k]!.t1);
        const act = before < 0 && e > from && tokens[e - 1]!.pos === 'NOUN' && REFERRED_ACTS.has(tokens[e - 1]!.lemma ?? tokens[e - 1]!.lower) && /^(?:a|an|the|this|that|such)$/.test(tokens[from]!.lower) && gapAfter(v);
        if ((deed || act) && (actor || (act && ctx.actor(k).length > 0)) && tokens[v]?.pos === 'VERB' && !/ing$/.test(tokens[v]!.lower)) break;
        e = Math.max(e + 1, Math.min(n, s.mentions[k]!.t1));
        continue;
      }
      const x = tokens[e]!;
      const p = x.pos ?? 'X';
      // "the first prime minister", "its former leader": order words the tagger calls adverbs.
      if (p === 'ADV' && (ORDER_WORDS.has(x.lower) || (e > from && superlativeBeforeNoun(e))) && NP_POS.has(tokens[e + 1]?.pos ?? '')) {
        e++;
        continue;
      }
      if (NP_POS.has(p) || POSSESSIVE_PRON.has(x.lower) || isPossessive(x)) {
        // Time words end a phrase: "attacked El Fasher hours before", "Nigeria overnight". Not one that
        // owns what follows: "last year's summit", "this week's talks".
        // (Nor one a span of acts is counted in: "a week of talks", "two days of fighting".)
        if (e > from && ((TIME_NOUNS.has(x.lower) && !isPossessive(tokens[e + 1]) && !(tokens[e + 1]?.lower === 'of' && /^(?:a|an|one|two|three|four|five|six|several|few|\d+)$/.test(tokens[e - 1]!.lower))) || (TIME_LEADS.has(x.lower) && (TIME_NOUNS.has(tokens[e + 1]?.lower ?? '') || (CALENDAR.has(tokens[e + 1]?.lower ?? '') && tokens[e + 1]!.cap && !(tokens[e + 2]?.pos === 'NOUN' && !tokens[e + 2]!.cap && !TIME_NOUNS.has(tokens[e + 2]!.lower)))) && !isPossessive(tokens[e + 2])))) break;
        // ("won the election two years ago": a number after the head opens a time phrase.)
        if (p === 'NUM' && e > from && tokens[e - 1]!.pos === 'NOUN' && TIME_NOUNS.has(tokens[e + 1]?.lower ?? '')) break;
        // A determiner after a noun opens a new phrase ("gave Ukraine the weapons").
        if (p === 'DET' && e > from && !POSSESSIVE_PRON.has(x.lower) && x.lower !== 'all' && x.lower !== 'both') break;
        // So does a possessive pronoun after a noun or number ("In October their leaders…", "gave Peru its support").
        // (Not after a name: "appointed Ana Ruiz its envoy" names her its envoy.)
        if (e > from && POSSESSIVE_PRON.has(x.lower) && ((/^(?:NOUN|NUM)$/.test(tokens[e - 1]!.pos ?? '') && !tokens[e - 1]!.cap) || WHEN_WORDS.test(tokens[e - 1]!.text) || /^[A-Z][a-z]+day$/.test(tokens[e - 1]!.text))) break;
        // "X and Y both signed": a quantifier floated before the verb belongs to the verb group.
        if (p === 'DET' && e > from && FLOATED.has(x.lower) && isVerbal(tokens[e + 1]?.pos)) break;
        // An adjective after the head and before no noun is said of the phrase, not part of it
        // ("called the accord unacceptable", "declared Kosovo independent").
        if (p === 'ADJ' && e > from && ((mentionAt[e - 1]! >= 0 && s.mentions[mentionAt[e - 1]!]!.gaz?.kind !== 'demonym') || tokens[e - 1]!.pos === 'NOUN' || tokens[e - 1]!.pos === 'PROPN') && !NP_POS.has(tokens[e + 1]?.pos ?? 'X') && tokens[e + 1]?.text !== '-' && tokens[e + 1]?.pos !== 'CCONJ') break;
        e++;
        continue;
      }
      // "US-made", "Iran-backed": a hyphenated modifier stays inside ("-" then a participle or adjective).
      if (x.text === '-' && e > from && e + 2 < n && (tokens[e + 1]!.pos === 'ADJ' || tokens[e + 1]!.pos === 'VERB') && NP_POS.has(tokens[e + 2]!.pos ?? 'X')) {
        e += 2;
        continue;
      }
      break;
    }
    return e;
  }

  function nounPhrase(from: number, to: number): NounPhrase {
    const actors: number[] = [];
    const places: number[] = [];
    const poss: number[] = [];
    const pre: number[] = [];
    const prePlaces: number[] = [];
    let mentions = 0;
    let titled = false;
    let lastMentionEnd = -1;
    let lastDemonym = false;
    let lastPossessor = false;
    let lastActors: number[] = [];
    let lastPlaces: number[] = [];
    // (A list, not a Set: a phrase holds a mention or two, and a Set per phrase costs more to make.)
    const seen: number[] = [];
    for (let i = from; i < to; i++) {
      const k = mentionAt[i]!;
      if (k < 0 || seen.includes(k)) continue;
      seen.push(k);
      const m = s.mentions[k]!;
      if (m.kind === 'role') titled = true;
      if (!m.refs.length) continue;
      // "Prosecutors said…": a capitalised common noun opening the sentence, taken for a name.
      if (m.t1 - m.t0 === 1 && m.t0 === (s.bodyStart ?? 0) && ctx.ents.list[m.refs[0]!]!.tentative && AGENT_NOUNS.has(tokens[m.t0]!.lower.replace(/s$/, ''))) continue;
      mentions++;
      // ("a Qatar-brokered deal": the broker made the deal for others; it neither owns nor names it.)
      if (tokens[m.t1]?.text === '-' && BROKER_PARTICIPLE.test(tokens[m.t1 + 1]?.lower ?? '')) continue;
      // (Nor the side a "pro-"/"anti-" word names: "the pro-Beijing camp X" is not Beijing's.)
      if (afterProOrAnti(tokens, m.t0)) continue;
      const a = ctx.actor(k);
      if (isPossessive(tokens[m.t1]) && m.t1 < to) poss.push(...a);
      // (A possessor before is the possessor, not a modifier: "Peru's Tacna department".)
      else if (lastMentionEnd >= 0 && lastActors.length && !lastPossessor) pre.push(...lastActors), prePlaces.push(...lastPlaces);
      lastPossessor = isPossessive(tokens[m.t1]) && m.t1 < to;
      lastActors = a;
      lastPlaces = ctx.place(k);
      lastMentionEnd = m.t1;
      lastDemonym = m.gaz?.kind === 'demonym';
    }
    const last = tokens[to - 1]!;
    // "the Democratic Centre party", "the Wagner group": a descriptor after a name is the name.
    // Not "a Russian-led alliance": a hyphenated modifier says who leads or backs it, not its name.
    // Nor "the South Korean company": a business named by a demonym is one of that country's, not the country.
    const described = lastMentionEnd >= 0 && lastActors.length > 0 && wordsBetween(lastMentionEnd, to) <= 2 && DESCRIPTORS.has(last.lemma ?? last.lower) && !poss.includes(lastActors[0]!) && tokens[lastMentionEnd]?.text !== '-' &&
      !(lastDemonym && BUSINESS_DESCRIPTORS.has(last.lemma ?? last.lower));
    const headIsEntity = described || lastMentionEnd === to || (mentionAt[to - 1]! >= 0 && s.mentions[mentionAt[to - 1]!]!.refs.length > 0);
    if (headIsEntity) {
      actors.push(...lastActors);
      places.push(...lastPlaces);
      // A possessor is not the head ("Japan's foreign ministry" is the ministry).
    } else if (lastActors.length && !poss.includes(lastActors[0]!)) {
      pre.push(...lastActors);
      prePlaces.push(...lastPlaces);
    }
    // The head noun's lemma; a capitalised noun at a sentence start is still a noun ("Talks between…").
    const head = (last.pos === 'PROPN' && to - from === 1) || HYPHENATED.test(last.lower) ? last.lower.replace(/ies$/, 'ys').replace(/s$/, '') : (last.lemma ?? last.lower);
    const lastMention = mentionAt[to - 1]! >= 0 ? s.mentions[mentionAt[to - 1]!] : undefined;
    const stateBodyHead = !!lastMention && lastMention.refs.length === 1 && lastMention.type === 'Organization' && !REBEL_NAME.test(lastMention.name);
    // (Deduplicated only when there is something to drop: most phrases hold no modifier or one, and two
    // Sets per phrase were the chunker's largest allocation.)
    return { actors, places, head, headIsEntity, poss, pre: unique(pre), prePlaces: unique(prePlaces), mentions, titled, indefinite: tokens[from]!.lower === 'a' || tokens[from]!.lower === 'an', definite: tokens[from]!.lower === 'the', stateBodyHead };
  }

  function wordsBetween(a: number, b: number): number {
    let k = 0;
    for (let i = a; i < b; i++) if (tokens[i]!.word) k++;
    return k;
  }

  function verbGroup(from: number, to: number): VerbGroup | undefined {
    let verb = -1;
    let aux = false;
    let be = false;
    let negated = false;
    let hedged = false;
    let future = false;
    let reported = false;
    for (let i = from; i < to; i++) {
      const x = tokens[i]!;
      if (x.pos === 'VERB') verb = i;
      else if (x.pos === 'AUX') {
        aux = true;
        if (BE.has(x.lower) || x.lemma === 'be') be = true;
        if (HEDGE_AUXILIARIES.has(x.lower)) hedged = true;
        if (FUTURE_AUXILIARIES.has(x.lower)) future = true;
      }
      if (NEGATORS.has(x.lower) || x.lemma === 'not' || NEGATIVE_CONTRACTION.test(x.lower)) negated = true;
      if (FUTURE_NEGATIVE.test(x.lower)) future = true;
      if (x.lower === 'allegedly' || x.lower === 'reportedly' || x.lower === 'purportedly') reported = true;
    }
    // "met twice without agreeing a truce": an act after "without" did not happen.
    if (tokens[from - 1]?.lower === 'without' && /ing$/.test(tokens[to - 1]?.lower ?? '')) negated = true;
    // "nearly went to war", "almost signed the deal": an act only come close to did not happen either.
    // (A loop over the group and the word before it, not a slice of them: this runs for every verb group.)
    for (let k = Math.max(0, from - 1); k < to - 1; k++) if ((tokens[k]!.lower === 'nearly' || tokens[k]!.lower === 'almost') && tokens[k + 1]!.pos !== 'NUM') negated = true;
    if (verb < 0) {
      for (let i = to - 1; i >= from; i--) if (tokens[i]!.pos === 'AUX') {
        verb = i;
        break;
      }
    }
    if (verb < 0) return undefined;
    const v = tokens[verb]!;
    // wink leaves hyphenated past forms as written ("co-founded").
    const lemma = v.lemma && !(v.lemma === v.lower && v.lower.includes('-') && v.lower.endsWith('ed')) ? v.lemma : pastToLemma(v.lower);
    // "be" before the main verb (not the main verb itself).
    const beBefore = beBeforeVerb(tokens, from, verb);
    // ("a group run by X", "a rate cut by Y": a participle the same as its base, before a "by" agent.)
    const sameAsBase = v.lower === lemma && SAME_AS_BASE.has(v.lower) && (beBefore || tokens[to]?.lower === 'by');
    const participleForm = (v.lower !== lemma || sameAsBase) && !v.lower.endsWith('ing') && (IRREGULAR_PARTICIPLE.test(v.lower) || v.lower.endsWith('ed') || sameAsBase);
    // With a participle: passive.
    const passive = be && beBefore && participleForm;
    const gerund = !aux && v.lower.endsWith('ing');
    // (", brokered at times by X": after a comma, over a short adverbial before "by".)
    // (Not a verb of manner before "by" and a gerund: "responded by expelling X" is active.)
    // (An -ing word before a noun is its modifier, and the verb a participle: "backed by neighbouring Argentina".)
    // (Nor one before a demonym: "arrested by visiting Chilean police".)
    const byGerund = tokens[to]?.lower === 'by' && /^[a-z]+ing$/.test(tokens[to + 1]?.text ?? '') && tokens[to + 1]!.pos !== 'ADJ' && !ING_MODIFIERS.has(tokens[to + 1]!.lower) && !(mentionAt[to + 2]! >= 0 && s.mentions[mentionAt[to + 2]!]!.gaz?.kind === 'demonym');
    // ("The Lima Framework, concluded between Peru and Chile in 2023, was meant to …": a past form set off by
    // commas right after the sentence's first phrase, the main verb after the closing comma, is a participle.)
    const setOff = tokens[from - 1]?.text === ',' && setOffAfterSubject(tokens, from - 1, to);
    // ("under a deal struck with Chile", "the accord signed with Peru": a past form between an agreement's noun and "with".)
    const agreedWith = tokens[to]?.lower === 'with' && AGREED_NOUNS.has(tokens[from - 1]?.lower ?? '');
    // ("Signed in Lima in May by X, the accord…": a past form opening the sentence, its "by" agent after a phrase of
    // where or when.)
    const opening = from === 0 && byWithin(tokens, to, 8);
    const participle = !aux && participleForm && !byGerund && (tokens[to]?.lower === 'by' || (tokens[from - 1]?.text === ',' && byWithin(tokens, to, 4)) || setOff || reducedAfterNoun(tokens, from, to) || agreedWith || opening);
    const perfectGerund = tokens[from]!.lower === 'having' && verb > from;
    // "demanded that the government hold a vote": an act demanded is still to come.
    if (!aux && v.lower === lemma && mandativeSubjectBefore(tokens, verb)) future = true;
    return { verb, lemma, passive: passive || participle, negated, hedged, future, reported, perfectGerund, gerund, participle, base: v.lower === lemma };
  }
}

/**
 * "ministers Ana Ruiz of Peru and Ivo Kask of Chile signed", "Ana Ruiz of the Vega Party and Ivo Kask of
 * the Andean Party met": in a list, a person named with the state or body they come from is one member,
 * the person; the "of" phrase joins their phrase. For argument finding only: the phrase facts that read
 * "X of the Y party" as a membership get the units as chunked.
 */
export function peopleOfBodies(units: Unit[], ctx: SentenceContext): Unit[] {
  const type = (e: number) => ctx.ents.list[e]!.type;
  const personOf = (i: number): boolean => {
    const a = units[i]?.np;
    const b = units[i + 2]?.np;
    return !!a && !!b && a.headIsEntity && a.actors.length === 1 && type(a.actors[0]!) === 'Person' && units[i + 1]!.kind === 'p' && units[i + 1]!.word === 'of' &&
      b.headIsEntity && b.mentions === 1 && b.places.length === 1 && (type(b.places[0]!) === 'Country' || type(b.places[0]!) === 'Organization');
  };
  const joined: number[] = [];
  for (let i = 0; i + 2 < units.length; i++) {
    if (!personOf(i)) continue;
    // (Only in a list of such people: "A of Peru and B of Chile", "A of Peru, B of Chile and …".)
    const next = units[i + 3];
    const listed = (next && (next.kind === 'cc' || next.kind === 'comma') && personOf(i + 4)) || ((units[i - 1]?.kind === 'cc' || units[i - 1]?.kind === 'comma') && personOf(i - 4));
    if (listed) joined.push(i);
  }
  if (!joined.length) return units;
  const out = units.slice();
  for (const i of joined.reverse()) out.splice(i, 3, { ...out[i]!, t1: out[i + 2]!.t1 });
  return out;
}

/** "mediated" → "mediate", "banned" → "ban", "backed" → "back" (regular past forms only). */
export function pastToLemma(w: string): string {
  if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (/([bcdfgklmnprstvz])\1ed$/.test(w)) return w.slice(0, -3);
  if (/(?:at|iz|is|as|ag|uc|ut|ul|ur|iv|ov|ac|rg|nc|rs|bl|pl|dl|tl|ud|id|od|in|on|gu|vi|ec|ag)ed$/.test(w)) return w.slice(0, -1);
  return w.slice(0, -2);
}

/** Verbs of stance no relation row reads, which still head a name's clause ("Chile regards the dam as a threat"). */
const STANCE_VERBS = new Set(['regard', 'consider', 'view', 'see', 'want', 'need', 'seek', 'fear', 'expect', 'face', 'hope', 'believe', 'keep']);

/** Nouns of the short adverbials that may stand between a participle and "by" ("at times", "in part"). */
const ADVERBIAL_NOUNS = new Set(['time', 'times', 'part', 'turn', 'stages', 'length', 'private', 'secret', 'public', 'person', 'first', 'last', 'least']);

/**
 * Whether "by" comes within `max` tokens from i over only a short adverbial: adverbs ("jointly by"),
 * or "at|in|on" and a noun of time or manner ("at times by", "in part by"). Not an object
 * ("rejected outright proposals by X", "rejected as unworkable plans by X").
 */
/**
 * Whether the words from k run, with no finite verb, to a comma followed by a clause's subject and its
 * verb: what an opening participle clause looks like ("Speaking at the summit, X said").
 */
function participleOpening(tokens: readonly Token[], k: number): boolean {
  const j = openingClauseComma(tokens, k);
  if (j < 0) return false;
  const next = tokens[j + 1];
  if (!next || /^(?:which|who|whom|whose|that|where|when)$/.test(next.lower) || !['DET', 'PROPN', 'PRON', 'NOUN', 'ADJ', 'NUM'].includes(next.pos ?? '')) return false;
  for (let m = j + 2; m < tokens.length && m < j + 10; m++) {
    if (tokens[m]!.text === ',' || /^[.;:!?]$/.test(tokens[m]!.text)) return false;
    if (tokens[m]!.pos === 'VERB' || tokens[m]!.pos === 'AUX') return true;
  }
  return false;
}

/** -ing words that modify the noun after them rather than head a gerund ("neighbouring Argentina", "advancing forces"). */
const ING_MODIFIERS = new Set(['neighbouring', 'neighboring', 'advancing', 'retreating', 'incoming', 'outgoing', 'warring', 'remaining', 'existing', 'growing', 'rising', 'emerging', 'surrounding']);

/** Words before an -ing form that make it an adverbial gerund of a known verb ("by expelling", "after meeting"). */
export const GERUND_LINK_WORDS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'since', 'upon', 'without', 'despite', 'through']);

/** Words of a rebel or party's name, which no state's army or government is called by. */
const REBEL_NAME = /\b(?:Front|Movement|Liberation|Rebels?|Militia|Brigades?|Party|Union|Alliance|Coalition)\b/;

/** Verbs whose past participle is their base form ("run", "cut", "set"). */
const SAME_AS_BASE = new Set(['run', 'cut', 'set', 'put', 'hit', 'shut', 'spread', 'upset', 'overrun', 'beset']);
/** Whether a form of "be" comes before the verb in its group ("was run", "is being run"). */
function beBeforeVerb(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let i = from; i < verb; i++) if (BE.has(tokens[i]!.lower) || tokens[i]!.lemma === 'be') return true;
  return false;
}

/** Month names, written in a date before a passive's "by" agent. */
const WHEN_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Whether a phrase from `after` opened by the comma at `comma` follows a first phrase with no verb and closes before a finite verb. */
function setOffAfterSubject(tokens: readonly Token[], comma: number, after: number): boolean {
  for (let i = 0; i < comma; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX' || tokens[i]!.text === ',') return false;
  for (let i = after; i < Math.min(tokens.length, after + 30); i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.text === ';' || /^(?:who|which|that)$/.test(t.lower)) return false;
    if (t.text === ',') {
      const next = tokens[i + 1]?.pos === 'ADV' ? tokens[i + 2] : tokens[i + 1];
      return next?.pos === 'AUX' || next?.pos === 'VERB';
    }
  }
  return false;
}

function byWithin(tokens: readonly Token[], i: number, max: number): boolean {
  const end = Math.min(tokens.length, i + max);
  let k = i;
  while (k < end && tokens[k]!.pos === 'ADV') k++;
  if (k > i) return tokens[k]?.lower === 'by';
  if (!PLACE_OR_TIME_PREP.test(tokens[k]?.lower ?? '')) return false;
  k++;
  // (", signed in 2020 by X", ", signed in May 2023 by Y", ", signed on March 3 by Z": over a date.)
  // (", signed on May 3, 2011, by Z": over the commas of a date too.)
  const dateComma = (j: number) => tokens[j]?.text === ',' && /^\d{1,2}$/.test(tokens[j - 1]?.text ?? '') && /^\d{4}$/.test(tokens[j + 1]?.text ?? '');
  const yearComma = (j: number) => tokens[j]?.text === ',' && /^\d{4}$/.test(tokens[j - 1]?.text ?? '') && tokens[j + 1]?.lower === 'by';
  let d = k;
  while (d < end + 4 && (WHEN_WORDS.test(tokens[d]?.text ?? '') || /^\d{1,4}$/.test(tokens[d]?.text ?? '') || dateComma(d) || yearComma(d))) d++;
  if (d > k && tokens[d]?.lower === 'by') return true;
  while (k < end && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k++;
  if (ADVERBIAL_NOUNS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by') return true;
  // (", signed in Lima in March by X": over up to two short phrases of where and when.)
  let q = i;
  for (let pp = 0; pp < 2; pp++) {
    if (!/^(?:at|in|on|during)$/.test(tokens[q]?.lower ?? '')) return false;
    q++;
    const from = q;
    while (q < from + 4 && /^(?:DET|ADJ|PROPN|NUM|NOUN)$/.test(tokens[q]?.pos ?? '')) q++;
    if (q === from) return false;
    // (An agent after "by", not a means: "arrived in Lima on Monday by plane".)
    if (tokens[q]?.lower === 'by') return !BY_MEANS.has(tokens[q + 1]?.lower ?? '');
  }
  return false;
}
/**
 * "the memorandum signed in January by X", "under the accord signed in Lima in 2015 by X, …": a past form
 * right after a noun, its "by" agent after a phrase of where or when, is a participle describing the
 * noun, when the noun is no clause's bare subject (a verb or preposition before it, or a verb after the
 * agent): "Chile won in May by a landslide" stays active.
 */
function reducedAfterNoun(tokens: readonly Token[], from: number, to: number): boolean {
  if ((tokens[from - 1]?.pos !== 'NOUN' && tokens[from - 1]?.pos !== 'PROPN') || !byWithin(tokens, to, 8)) return false;
  let by = to;
  while (by < tokens.length && tokens[by]!.lower !== 'by') by++;
  // (Not a means or a margin: "won in May by a landslide", "retaliated on Monday by expelling X", "voted on
  // Thursday by 400 votes to 200", "voted by secret ballot", "invaded in 1879 by sea".)
  const agent = tokens[by + 1];
  if (!agent || /^(?:a|an|secret|show|sea|land|air|road|rail|phone|video)$/.test(agent.lower) || BY_MEANS.has(agent.lower) || agent.pos === 'NUM' || /^\d/.test(agent.text) || (/ing$/.test(agent.lower) && agent.pos === 'VERB')) return false;
  let before = false;
  for (let i = 0; i < from - 1; i++) if (/^(?:VERB|AUX|ADP)$/.test(tokens[i]!.pos ?? '')) before = true;
  if (before) return true;
  // (Or a finite verb after the agent, the clause's own: not a gerund set off, "…, condemning X".)
  for (let i = by + 1; i < tokens.length && tokens[i]!.text !== '.'; i++) {
    if (tokens[i]!.text === ',' && /ing$/.test(tokens[i + 1]?.lower ?? '')) return false;
    if ((tokens[i]!.pos === 'VERB' && !/ing$/.test(tokens[i]!.lower)) || tokens[i]!.pos === 'AUX') return true;
  }
  return false;
}
/** Nouns of agreements a participle may describe before "with". */
const AGREED_NOUNS = new Set(['agreement', 'deal', 'accord', 'pact', 'treaty', 'memorandum', 'contract', 'protocol', 'framework', 'understanding', 'arrangement', 'truce', 'ceasefire', 'compact']);
/** Means of going or speaking after "by", no agent. */
const BY_MEANS = new Set(['plane', 'air', 'road', 'car', 'sea', 'boat', 'ship', 'train', 'rail', 'bus', 'helicopter', 'land', 'foot', 'phone', 'telephone', 'video', 'email', 'letter', 'mail', 'far', 'then', 'now', 'night', 'day', 'hand', 'chance', 'mistake', 'force', 'default']);
/** Verbs whose "that" clause takes a bare verb: "demanded that the government hold a vote". */
const MANDATIVE = /^(?:demand|demanded|demands|demanding|insist|insisted|insists|urge|urged|urges|ask|asked|asks|request|requested|requests|propose|proposed|recommend|recommended|order|ordered|require|required)$/;

/**
 * Token i follows the subject of a mandative "that" clause ("demanded that the junta | free X",
 * "urged that Chile | withdraw"), where a bare verb stands without a modal.
 */
function mandativeSubjectBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const t = tokens[k]!;
    if (t.lower === 'that') return k < i - 1 && MANDATIVE.test(tokens[k - 1]!.lower);
    if (!['DET', 'NOUN', 'PROPN', 'ADJ'].includes(t.pos ?? '')) return false;
  }
  return false;
}

/** Verbs of naming in a frame a writer sets around a phrase: "what it called", "what she described as". */
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand', 'characterise', 'characterize']);

/**
 * "denounced what it called Chile's bullying": the frame "what <pronoun> called (as)" is
 * the writer's quotation of the speaker's words; the phrase after it is the verb's object, and the
 * naming verb is no act of its own (no phone call).
 */
function withoutNamingFrames(units: Unit[]): Unit[] {
  for (let i = 0; i + 3 < units.length; i++) {
    if (units[i]!.word !== 'what' || units[i + 1]!.kind !== 'pron' || units[i + 2]!.kind !== 'vg' || !NAMING_VERBS.has(units[i + 2]!.vg!.lemma)) continue;
    const as = units[i + 3]!.kind === 'p' && units[i + 3]!.word === 'as' ? 1 : 0;
    if (units[i + 3 + as]?.kind !== 'np') continue;
    units.splice(i, 3 + as);
  }
  return units;
}
