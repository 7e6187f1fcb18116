/**
 * The one engine that reads every lexicon row: for each verb group and each noun phrase of a sentence,
 * the rows its lemma triggers, their arguments from the clause (clauses/arguments.ts), passive voice
 * swapped back to active, and a relation for every allowed source × target pair.
 */
import { TO_NOUNS } from './modality.ts';
import { NATIONAL_OFFICES } from '../relations/role-relations.ts';
import { OFFICE_RELATIONS, SYMMETRIC_RELATIONS, classOfRelation, type EntityType } from '../../../core/index.ts';
import type { LocalRelation, SentenceContext, Telling } from '../types.ts';
import { sentenceModality, type SentenceModality } from '../clauses/modality.ts';
import { topicPerson, type SentenceInfo } from '../resolve/resolve.ts';
import type { Token } from '../tokens/sentences.ts';
import type { Mention } from '../mentions/mentions.ts';
import { bodyQualifier } from '../resolve/bodies.ts';
import { chunkSentence, peopleOfBodies, type NounPhrase, type Unit } from '../clauses/chunks.ts';
import { PARTY_HEADS, phraseFacts } from '../clauses/phrase-facts.ts';
import { APPOINTING, appositionOffices, appositionPlaces, namedStateBodies, officeFacts, titledOf } from '../clauses/office-facts.ts';
import { AGENT_NOUNS, CLAUSE_PREPS, NON_ASSERTING, OBJECT_CONTROL, TIME_HEADS, findSubject, groupLeft, groupRight, prepositions, type Group } from '../clauses/arguments.ts';
import { ACT_NOUNS, COPULAS, POSSESSIVE_PRON, SITE_NOUNS } from '../clauses/nouns.ts';
import { DESCRIBED_TYPES, describedAntecedent, isLedDescription } from '../clauses/descriptions.ts';
import { placeCountry } from '../mentions/gazetteer/world-regions.ts';
import { NOUN_INDEX, NOUN_PHRASES, SUPPORT_VERBS, VERB_INDEX, nounSingular, triggerNounLemma } from './index.ts';
import type { LexiconRow, Slot } from './types.ts';
import { DIPLOMATS } from './rows.ts';
import type { RelationType } from '../../../core/index.ts';
import { SHE_WORDS, pronounFits } from '../mentions/gazetteer/gender.ts';
import { closedRelatives, closedWhich, isNoSubjectName, openingClauseEnd, tokenText } from '../tokens/sentences.ts';

/** Arguments of one trigger, by slot, as entity indices (actors and, for targets, places as written). */
interface Args {
  subj: number[];
  obj: Group;
  pps: Map<string, Group>;
  poss: number[];
  pre: number[];
  /** Coordinated subject members, each its entities. */
  group: number[][];
  /** Unit index after the trigger (the `rest` slot reads from there). */
  from?: number;
  /** Noun triggers: what the phrase describes, by apposition or copula ("X, a close ally of Y"). */
  anchor?: number[];
  /** Noun triggers: the entity the phrase names itself. */
  self?: number[];
  /** The subject of the verb that named the subject to this act ("Y named Z to replace him"): no antecedent of its object pronoun. */
  namerSubj?: number[];
  /** Those the clause a tie-mending gerund goes on from was done "with" ("signed the accords with Y, normalising relations"). */
  withPartners?: number[];
  /** The direct object of the verb this one continues, if any. */
  prevObj?: Group;
  /** Verb triggers: the subject's units (the `subj-poss` slot reads their possessors). */
  subjUnits?: Group;
  /** How the clause tells the act (clauses/modality.ts). */
  how?: readonly Telling[];
  /** The sides of the talks or deal a participle describes (the `parties` slot). */
  parties?: Group;
  /** Else the sides of the talks or deal told just before, which a bare "the truce" refers back to. */
  priorParties?: number[];
  /** An act only offered or threatened ("offered to mediate between X and Y"): told as this relation to its targets. */
  as?: RelationType;
  /** Noun triggers told as the same as one before ("matching sanctions"): the relation whose last target they share. */
  sameAs?: RelationType;
  /** Noun triggers: the subject of the verb whose object the phrase is ("Peru rejected claims by X that it…"). */
  governorSubj?: number[];
}

/** Entities a noun phrase stands for as an actor: its entity head, or the entity modifying an agent noun. */
export function npActors(np: NounPhrase): number[] {
  if (np.actors.length) return np.actors;
  if (AGENT_NOUNS.has(np.head)) return np.poss.length ? np.poss : np.pre;
  // "Sweden's application (to join)": a wish or decision stands for whose it is.
  if (TO_NOUNS.has(np.head) || STANDING_NOUNS.has(np.head)) return np.poss;
  return [];
}

/** A standing an actor seeks or holds, which stands for the actor ("opposes Peru's membership", "welcomed Chile's accession"). */
const STANDING_NOUNS = new Set(['membership', 'candidacy', 'accession', 'admission', 'entry', 'presence', 'participation', 'nomination']);

/** The head noun a group is written with, alone and with the word before it: "team" and "rescue team" of "rescue teams from Peru" (read as Peru). */
function writtenHeads(ctx: SentenceContext, units: Unit[], g: Group): [string, string] {
  const k = g[0];
  if (k === undefined) return ['', ''];
  const before = units[k - 1];
  const at = before?.kind === 'p' && (before.word === 'from' || before.word === 'of') && units[k - 2]?.np ? k - 2 : k;
  const u = units[at];
  const head = u?.np?.head ?? '';
  const prev = u && u.t1 - u.t0 >= 2 ? ctx.s.tokens[u.t1 - 2]!.lower : '';
  return [head, `${prev} ${head}`];
}

/** A state or a body: the sides an act between two of them may have. */
function stateOrBody(ctx: SentenceContext, e: number): boolean {
  const t = ctx.ents.list[e]!.type;
  return t === 'Country' || t === 'Organization';
}

/** Actors of the noun phrases of a group (pronouns and other units give none). */
function actorsOf(units: Unit[], group: Group): number[] {
  // (A plain loop: this runs for every clause's subject, where flatMap's call and array per unit add up.)
  const out: number[] = [];
  for (const i of group) if (units[i]!.np) for (const e of npActors(units[i]!.np!)) out.push(e);
  return out;
}

/** The evidence of this sentence starts at an earlier one that names an end of its facts. */
function reachBack(ctx: SentenceContext, to: SentenceInfo): void {
  ctx.s.evidenceStart = Math.min(ctx.s.evidenceStart ?? ctx.s.start, to.start);
}

/**
 * An actor noun phrase, or the person a definite title stands for: "the minister", "the president"
 * is the last person named with that title in this sentence or the two before ("Foreign Minister Ana
 * Ruiz … The minister said"). The evidence then starts at that sentence.
 */
function npActorsOrTitle(ctx: SentenceContext, u: Unit, coordinated: readonly number[] = []): number[] {
  const np = u.np!;
  // "her government had pledged…": the state its owner leads or holds office in, when the text says which.
  // ("the Biden administration", "the Ruiz government": the state its one named person leads.)
  if (RULING_HEADS.has(np.head) && !np.headIsEntity && !np.poss.length && ctx.s.tokens[u.t0]?.lower === 'the' && np.pre.length === 1 && np.actors.every((e) => e === np.pre[0]) && ctx.ents.list[np.pre[0]!]!.type === 'Person') {
    const state = ledState(ctx, np.pre[0]!) ?? titledState(ctx, np.pre[0]!);
    if (state !== undefined) return [state];
  }
  // (So for "his government" and, by name, "Prime Minister X's government expelled…", "the government of X signed…".)
  const ruler = (np.mentions ? undefined : rulerOf(ctx, u)) ?? namedRuler(ctx, u);
  const state = ruler !== undefined ? ledState(ctx, ruler) ?? titledState(ctx, ruler) : undefined;
  if (state !== undefined) return [state];
  // "Vega Oil chief X said his company had signed …", "Ruiz's alliance": the body the pronoun's holder or the owner named heads.
  if (np.mentions <= 1) {
    const headed = headedBody(ctx, u);
    if (headed !== undefined) return [headed];
  }
  // "Luna's Popular Front government": the party named before the noun acts, not the person who owns it.
  if (np.poss.length && RULING_HEADS.has(np.head)) {
    const party = np.pre.filter((e) => !np.poss.includes(e) && ctx.ents.list[e]!.type === 'Organization');
    if (party.length === 1) return party;
  }
  // "The Turkish-led alliance said…": the body described, not the state that leads it (none when unclear).
  if (isLedDescription(ctx, u)) return describedAntecedent(ctx, u, coordinated);
  const own = npActors(np);
  if (!own.length && !np.mentions) {
    // "Qatar and all four boycotting countries": the group is the others, not its coordinated partner.
    const pair = pairAntecedents(ctx, u, coordinated);
    if (pair.length) return pair;
    const described = describedAntecedent(ctx, u, coordinated);
    if (described.length) return described;
  }
  if (own.length || np.mentions) return own;
  const det = ctx.s.tokens[u.t0]!.lower;
  if (det !== 'the') return own;
  if (!np.titled) return describedPerson(ctx, u);
  const role = ctx.s.mentions.find((m) => m.kind === 'role' && m.t0 >= u.t0 && m.t1 <= u.t1 && m.role && !m.role.plural);
  const word = role?.role?.title.toLowerCase().split(' ').pop();
  if (!word || !ctx.sentences) return own;
  for (let back = 0; back <= 2 && ctx.index - back >= 0; back++) {
    const s = ctx.sentences[ctx.index - back]!;
    const ms = s.mentions;
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k]!;
      if (back === 0 && m.t0 >= u.t0) continue;
      if (m.kind !== 'role' || !m.role || m.role.plural || m.role.title.toLowerCase().split(' ').pop() !== word) continue;
      const next = ms[k + 1];
      if (next && next.t0 <= m.t1 + 1 && next.refs.length === 1 && ctx.ents.list[next.refs[0]!]!.type === 'Person') {
        if (back > 0) reachBack(ctx, s);
        return [next.refs[0]!];
      }
    }
  }
  // "the president-elect": whoever the text last had elected.
  if (word === 'president-elect') {
    const f = recentFact(ctx, 3, (x) => x.type === 'ELECTED' && ctx.ents.list[x.target]!.type === 'Person');
    if (f) return [f.target];
  }
  return own;
}

/**
 * The last fact found in this sentence or the `reach` before it that `match` accepts, with the
 * evidence reaching back to its sentence; undefined when there is none.
 */
function recentFact(ctx: SentenceContext, reach: number, match: (f: LocalRelation) => boolean): LocalRelation | undefined {
  const facts = ctx.facts ?? [];
  for (let k = facts.length - 1; k >= 0; k--) {
    const f = facts[k]!;
    if (f.sentence < ctx.index - reach) break;
    if (f.sentence > ctx.index || !match(f)) continue;
    if (f.sentence < ctx.index) reachBack(ctx, ctx.sentences![f.sentence]!);
    return f;
  }
  return undefined;
}

/** Nouns of office or trade a definite description may use for a person described so before. */
const PERSON_DESCRIPTIONS = new Set('judge justice envoy diplomat lawyer economist activist journalist prosecutor senator lawmaker general commander cleric dissident tycoon billionaire businessman businesswoman'.split(' '));

/**
 * "Ana Ruiz, a justice of the Supreme Court, … Tom Lee denounced the judge": a definite noun of
 * office or trade stands for the last person an apposition described with it (or with "justice" for
 * "judge") in this sentence or the two before.
 */
function describedPerson(ctx: SentenceContext, u: Unit): number[] {
  const np = u.np!;
  if (!PERSON_DESCRIPTIONS.has(np.head) || u.t1 - u.t0 > 3 || !ctx.sentences) return [];
  const heads = np.head === 'judge' || np.head === 'justice' ? ['judge', 'justice'] : [np.head];
  for (let back = 0; back <= 2 && ctx.index - back >= 0; back++) {
    const s = ctx.sentences[ctx.index - back]!;
    const t = s.tokens;
    for (let k = s.mentions.length - 1; k >= 0; k--) {
      const m = s.mentions[k]!;
      if ((back === 0 && m.t0 >= u.t0) || m.refs.length !== 1 || ctx.ents.list[m.refs[0]!]!.type !== 'Person') continue;
      if (t[m.t1]?.text !== ',' || !/^(?:a|an|the)$/.test(t[m.t1 + 1]?.lower ?? '')) continue;
      // The apposition's head: the last word before "of", a comma or the sentence's end, within five words.
      let h = m.t1 + 2;
      while (h < t.length && h < m.t1 + 7 && t[h]!.word && t[h]!.lower !== 'of') h++;
      if (!heads.includes(t[h - 1]?.lower ?? '')) continue;
      if (back > 0) reachBack(ctx, s);
      return [m.refs[0]!];
    }
  }
  return [];
}

/** Personal pronouns that stand for an entity named before. */
const REFERRING_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them']);
/** Number words of a group description ("the three governments"). */
const GROUP_COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The sentence may speak of entities named before: a group ("both …", "the two …", "all four …"),
 * or a personal pronoun ("It accused him of spying"), so it is read even when it names nobody.
 */
export function mayReferBack(tokens: readonly { lower: string }[]): boolean {
  // (The word before a count is tested first: it is cheaper than looking any word up among the counts.)
  return tokens.some((t, i) => t.lower === 'both' || REFERRING_PRONOUNS.has(t.lower) || ((tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.lower === 'all') && GROUP_COUNTS[t.lower] !== undefined));
}
/** Plural heads that stand for two entities of a type: "both countries", "the two leaders". */
const PAIR_HEADS: ReadonlyMap<string, readonly EntityType[]> = new Map<string, readonly EntityType[]>([
  ...['country', 'nation', 'government', 'state', 'neighbour', 'neighbor', 'capital', 'junta', 'regime', 'ally', 'partner', 'member', 'delegation'].map((w) => [w, ['Country']] as const),
  ...['leader', 'man', 'woman', 'president', 'minister', 'official', 'candidate', 'rival'].map((w) => [w, ['Person']] as const),
  ...['company', 'firm', 'group', 'bank', 'lender', 'carrier', 'miner', 'party', 'institution', 'organisation', 'organization', 'agency'].map((w) => [w, ['Organization']] as const),
]);

/** The two sides of the last deal, truce or talks told in this sentence or the two before, states for the people who lead them. */
function recentSides(ctx: SentenceContext, reach = 2): number[] {
  // (Or of a fight told as attacks each way: "X and Y fought a war; Z arranged a truce between the pair's two sides".)
  const mutual = (x: LocalRelation): boolean => x.type === 'ATTACKED' && (ctx.facts ?? []).some((y) => y.type === 'ATTACKED' && y.source === x.target && y.target === x.source && y.sentence === x.sentence);
  const f = recentFact(ctx, reach, (x) => (SIDED_FACTS.has(x.type) || mutual(x)) && (!x.status || x.status === 'asserted') && sideStandsFor(ctx, x));
  if (!f) return [];
  const sides = f.type === 'SIGNED' ? coSigners(ctx, f) : [f.source, f.target];
  const out: number[] = [];
  for (const e of sides) {
    const side = ctx.ents.list[e]!.type === 'Person' ? (ledState(ctx, e) ?? e) : e;
    if (!out.includes(side)) out.push(side);
  }
  return out.length === 2 ? out : [];
}

/**
 * "Both countries rejected the claim", "the two leaders met": the last two distinct entities of the
 * head's type named before the phrase, in this sentence or the two before (evidence reaches back).
 */
function pairAntecedents(ctx: SentenceContext, u: Unit, notThese: readonly number[] = [], only?: EntityType): number[] {
  const tokens = ctx.s.tokens;
  const words = tokens.slice(u.t0, u.t1).map((t) => t.lower);
  const last = tokens[u.t1 - 1]!;
  // "both countries", "the two leaders", "all four boycotting countries", "the three governments".
  let n = 0;
  if (words[0] === 'both') n = 2;
  // ("talks between the neighbours": a pair written without its number.)
  else if (words.length === 2 && words[0] === 'the' && /^(?:neighbours|neighbors)$/.test(words[1]!)) n = 2;
  else {
    const at = words[0] === 'all' ? (words[1] === 'the' ? 2 : 1) : words[0] === 'the' ? 1 : -1;
    n = at >= 0 ? (GROUP_COUNTS[words[at] ?? ''] ?? 0) : 0;
  }
  // "X met Y, and the two signed…": "the two" alone are the two who last met or talked.
  // ("thanked both for their support": "both" alone the same.)
  if (n === 2 && ((words.length === 2 && words[0] === 'the' && GROUP_COUNTS[words[1]!]) || (words.length === 1 && words[0] === 'both'))) {
    const f = recentFact(ctx, 1, (x) => (x.type === 'MET_WITH' || x.type === 'NEGOTIATED_WITH') && (!x.status || x.status === 'asserted'));
    if (f) return [f.source, f.target].filter((e) => !notThese.includes(e));
    // Else the pair last named together ("X and Y agreed to a truce after talks between the two").
    return listOfSize(ctx, u, 2, ['Country', 'Organization', 'Person'], notThese);
  }
  // "criticised the three", "all four": a number alone, three or more, stands for a list of just that many.
  if (n >= 3 && words.length <= 3 && GROUP_COUNTS[last.lower] === n) {
    const list = listOfSize(ctx, u, n, only ? [only] : ['Country', 'Organization'], notThese, true);
    if (list.length) return list;
    // ("X hosted Y and Z, and the three signed…": the ones who last met, when just that many.)
    const met = meetingOf(ctx, n);
    return met.length === n ? met.filter((e) => !notThese.includes(e)) : [];
  }
  // (A plural, "the two leaders", or an irregular one, "the two men".)
  if (!n || !(/s$/.test(last.lower) || /^(?:men|women)$/.test(last.lower))) return [];
  // "the two sides": the sides of the deal or talks just told (its signers stand for the states they lead).
  if (n === 2 && (last.lower === 'sides' || last.lower === 'parties') && u.t1 - u.t0 <= 3) return recentSides(ctx).filter((e) => !notThese.includes(e));
  const want = PAIR_HEADS.get(last.lemma ?? last.lower.replace(/s$/, ''));
  if (!want || u.t1 - u.t0 > 5 || (only && !want.includes(only))) return [];
  // "all four countries" after "A, B, C and D cut ties…": a list of just that many is the group.
  // (So are "the two leaders" after "X and Y pledged…", over others named one by one since.)
  if (n >= 2) {
    const list = listOfSize(ctx, u, n, want, notThese);
    if (list.length) return list;
  }
  const found: number[] = [];
  // ("the two men" are not a woman named before, nor "the two women" a man.)
  const sex = last.lower === 'men' ? 'he' : last.lower === 'women' ? 'she' : undefined;
  for (let back = 0; back <= 2 && ctx.index - back >= 0 && found.length < n; back++) {
    const s = ctx.sentences?.[ctx.index - back] ?? (back === 0 ? ctx.s : undefined);
    if (!s) break;
    for (let k = s.mentions.length - 1; k >= 0 && found.length < n; k--) {
      const m = s.mentions[k]!;
      if ((back === 0 && m.t0 >= u.t0) || m.refs.length !== 1 || m.placeCue) continue;
      const e = m.refs[0]!;
      if (want.includes(ctx.ents.list[e]!.type) && !found.includes(e) && !notThese.includes(e) && (!sex || pronounFits(sex, ctx.ents.list[e]!.name))) found.push(e);
    }
    // (A pair is named together: one name in this sentence and one before are no pair when the sentences
    // before name a pair of their own, "Peru and Chile signed a pact. Bolivia, an ally of both countries, …".)
    if (back === 0 && found.length > 0 && found.length < n && earlierPair(ctx, n, want, notThese, sex)) found.length = 0;
    if (found.length === n && back > 0) reachBack(ctx, s);
  }
  return found.length === n ? found.reverse() : [];
}

/** Verbs that take "about" as a preposition ("warned about", "protested about"). */
const ABOUT_TAKING = new Set(['warn', 'caution', 'protest', 'complain', 'talk', 'speak', 'ask', 'worry', 'care', 'know', 'think', 'learn', 'hear', 'write', 'report', 'inquire', 'enquire', 'inform', 'testify', 'argue', 'say', 'tell', 'brief', 'remind', 'alert', 'joke', 'boast', 'lie', 'fret', 'agonise', 'agonize', 'debate', 'disagree', 'quarrel', 'row', 'wrangle', 'negotiate', 'consult', 'meet', 'call', 'contact', 'question', 'press', 'lobby']);
/** Words of approximation before a number ("about 350 troops", "nearly 2,000 soldiers"). */
const APPROXIMATING = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over']);

/** Who took part in the meeting or talks told last in this sentence. */
function meetingOf(ctx: SentenceContext, n: number): number[] {
  // (In this sentence only, with no other group of that many named in it: "… as three suspects fled. Peru arrested the three".)
  const held = (f: LocalRelation): boolean => (f.type === 'MET_WITH' || f.type === 'NEGOTIATED_WITH' || f.type === 'HOSTED') && (!f.status || f.status === 'asserted');
  const last = recentFact(ctx, 0, held);
  if (!last || ctx.s.tokens.some((t, i) => GROUP_COUNTS[t.lower] === n && ctx.s.tokens[i + 1]?.pos === 'NOUN')) return [];
  const people = new Set<number>();
  for (const f of ctx.facts ?? []) if (f.sentence === last.sentence && held(f)) people.add(f.source).add(f.target);
  return [...people];
}

/** Whether the one or two sentences before name `n` distinct entities of the wanted types on their own. */
function earlierPair(ctx: SentenceContext, n: number, want: readonly EntityType[], notThese: readonly number[], sex: string | undefined): boolean {
  const found = new Set<number>();
  for (let back = 1; back <= 2 && ctx.index - back >= 0; back++) {
    for (const m of ctx.sentences?.[ctx.index - back]?.mentions ?? []) {
      const e = m.refs.length === 1 && !m.placeCue ? m.refs[0]! : undefined;
      if (e !== undefined && want.includes(ctx.ents.list[e]!.type) && !notThese.includes(e) && (!sex || pronounFits(sex, ctx.ents.list[e]!.name))) found.add(e);
    }
    if (found.size >= n) return true;
  }
  return false;
}

/**
 * The last coordinated list ("A, B, C and D") of exactly `n` entities of the wanted types, in this
 * sentence before `u` or in the two before (evidence reaches back); none when there is no such list.
 */
function listOfSize(ctx: SentenceContext, u: Unit, n: number, want: readonly EntityType[], notThese: readonly number[], bare = false): number[] {
  for (let back = 0; back <= 2 && ctx.index - back >= 0; back++) {
    const s = ctx.sentences?.[ctx.index - back] ?? (back === 0 ? ctx.s : undefined);
    if (!s) break;
    const ms = s.mentions.filter((m) => m.refs.length === 1 && !m.placeCue && (back > 0 || m.t1 <= u.t0) && want.includes(ctx.ents.list[m.refs[0]!]!.type));
    // Mentions k and k + 1 are members of one list: only commas, "and" and "the" between them.
    let runStart = 0;
    // (Not a clause after ", and": "sent troops to A and B, and C supplied D" lists two.)
    const clauseAfter = (k: number) => s.tokens.slice(ms[k]!.t1, ms[k + 1]!.t0).some((t) => t.text === ',') && /^(?:VERB|AUX)$/.test(s.tokens[ms[k + 1]!.t1]?.pos ?? '') && s.tokens[ms[runStart]!.t0 - 1]?.pos === 'ADP';
    const joined = (k: number) => k >= 0 && k + 1 < ms.length && s.tokens.slice(ms[k]!.t1, ms[k + 1]!.t0).every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'the') && !clauseAfter(k);
    let run: number[] = [];
    let best: number[] = [];
    for (let k = 0; k < ms.length; k++) {
      if (!joined(k - 1)) runStart = k;
      run = k > runStart ? [...run, ms[k]!.refs[0]!] : [ms[k]!.refs[0]!];
      const distinct = [...new Set(run)];
      // (A bare number is not the places people come from: "three tourists from A, B and C … the three".)
      const whence = bare && s.tokens[ms[runStart]!.t0 - 1]?.lower === 'from';
      if (distinct.length === n && !distinct.some((e) => notThese.includes(e)) && !joined(k) && !whence) best = distinct;
    }
    if (best.length) {
      if (back > 0) reachBack(ctx, s);
      return best;
    }
  }
  return [];
}

/** Relations the lexicon finds in one sentence, passed to ctx.emit. */
export function lexiconRelations(ctx: SentenceContext): void {
  const chunked = chunkSentence(ctx);
  const units = peopleOfBodies(chunked, ctx);
  const tokens = ctx.s.tokens;
  /** np unit → subject entities of the support verb whose object it is. */
  const supportSubject = new Map<number, number[]>();
  const resolvePron = (unit: Unit): number[] => {
    const at = units.indexOf(unit);
    if (unit.word === 'they' || unit.word === 'them') return theyAntecedent(units, at);
    // "Vidal, a rival she criticised", "X, which it suspects of…": the subject of an object relative is not its antecedent.
    const antecedent = (units[at - 1]?.np || units[at - 1]?.kind === 'rel') && units[at + 1]?.kind === 'vg' ? actorsOf(units, relativeObject(units, [at])) : [];
    return pronounAntecedent(ctx, unit, false, units, antecedent);
  };

  /** "they": the subject of the nearest clause before it in the sentence ("X and Y announced that they…"). */
  const theyAntecedent = (us: Unit[], at: number): number[] => {
    for (let k = at - 1; k >= 0; k--) {
      if (us[k]!.kind !== 'vg') continue;
      const c = findSubject(us, k);
      // (A subject "he" or "she" stands for its antecedent.)
      const actors = c.subject.flatMap((i) => (us[i]!.np ? npActors(us[i]!.np!) : us === units && us[i]!.kind === 'pron' && HE_SHE.has(us[i]!.word ?? '') ? pronounAntecedent(ctx, us[i]!) : []));
      if (!actors.length) continue;
      // "X met Y, and they signed…": after a meeting, "they" are both sides.
      const vg = us[k]!.vg!;
      if (MEETING_VERBS.has(vg.lemma) && !vg.passive && !vg.negated) {
        const o = unitAt(us, vg.verb + 1);
        const met = us[o]?.kind === 'np' ? groupRight(us, o) : us[o]?.kind === 'p' && us[o]!.word === 'with' && us[o + 1]?.kind === 'np' ? groupRight(us, o + 1) : [];
        // (Only people met: "received Bolivia's ambassador, and they discussed…" is no act of Bolivia's.)
        const others = met.flatMap((i) => npActors(us[i]!.np!)).filter((e) => !actors.includes(e) && ctx.ents.list[e]!.type === 'Person');
        if (others.length) return [...actors, ...others];
      }
      return actors;
    }
    // "Kenya and Uganda signed a pact. They also…": the subject of the previous sentence's first clause,
    // when it names two or more actors or a body.
    const prev = ctx.sentences?.[ctx.index - 1];
    if (at === 0 || units.slice(0, at).every((x) => x.kind !== 'np' && x.kind !== 'vg')) {
      if (!prev) return [];
      const pctx: SentenceContext = { ...ctx, s: prev, index: ctx.index - 1, actor: (k) => prev.mentions[k]?.refs ?? [], place: (k) => prev.mentions[k]?.refs ?? [] };
      const pu = chunkSentence(pctx);
      const first = pu.findIndex((x) => x.kind === 'vg');
      if (first < 0) return [];
      const c = findSubject(pu, first);
      const actors = actorsOf(pu, c.subject);
      if (actors.length >= 2 || actors.some((e) => ctx.ents.list[e]!.type === 'Organization')) {
        reachBack(ctx, prev);
        return actors;
      }
    }
    return [];
  };
  const groupActors = (g: Group): number[] => {
    const named = actorsOf(units, g);
    const out: number[] = [];
    for (const i of g) {
      const u = units[i]!;
      for (const e of u.kind === 'pron' ? resolvePron(u) : u.np ? npActorsOrTitle(ctx, u, named) : []) out.push(e);
    }
    return out;
  };
  const groupMembers = (g: Group): number[][] => {
    const out: number[][] = [];
    for (const i of g) {
      const np = units[i]!.np;
      const actors = np ? npActors(np) : undefined;
      if (actors?.length) out.push(actors);
    }
    return out;
  };
  const modality = sentenceModality(ctx, units, groupActors);
  ctx.modality = modality;
  /** np unit → the support verb whose object it is. */
  const supportOwner = new Map<number, number>();
  /** Noun unit → the object of the verb whose setting it is ("congratulated X in a phone call"). */
  const supportObject = new Map<number, Group>();
  /** Noun units that are the object of a verb that keeps their act from happening. */
  const blocked = new Set<number>();
  /** Noun unit → the relation and telling of an offer or threat its support verb is the act of ("threatened to impose tariffs"). */
  const supportAs = new Map<number, [RelationType, readonly Telling[]]>();

  units.forEach((u, ui) => {
    if (u.kind !== 'vg') return;
    const vg = u.vg!;
    const clause = findSubject(units, ui);
    // ", which backed Y" is about a thing or a body, not a person: "the United States under Donald
    // Trump, which backed Y" is the United States.
    const relAt = units[ui - 1]?.kind === 'rel' ? ui - 1 : -1;
    if (relAt > 0 && units[relAt]!.word === 'which' && clause.subject.length === 1) {
      const only = units[clause.subject[0]!]!.np?.actors ?? [];
      if (only.length && only.every((e) => ctx.ents.list[e]!.type === 'Person')) {
        let k = clause.subject[0]!;
        while (units[k - 1]?.kind === 'p' && units[k - 2]?.np) {
          k -= 2;
          if (units[k]!.np!.actors.some((e) => ctx.ents.list[e]!.type !== 'Person')) {
            clause.subject = [k];
            break;
          }
        }
        // "the Andean Front, the party of X, which backed…": over the apposition to the body it describes.
        const np = units[k]!.np;
        if (k !== clause.subject[0] && np && !np.actors.length && units[k - 1]?.kind === 'comma' && units[k - 2]?.np?.actors.some((e) => ctx.ents.list[e]!.type !== 'Person')) clause.subject = [k - 2];
      }
    }
    // How the clause tells its act, read only when a trigger needs it.
    let told: readonly Telling[] | null | undefined;
    // Offices, attendance and treaty parties are read only from clauses that tell a plain fact.
    const asserted = !vg.negated && !vg.hedged && !(clause.governor && NON_ASSERTING.has(clause.governor)) && !reportedClause(units, ui);
    let subjGroup: Group = clause.subject;
    let appointee: number[] | undefined;
    // "appointed X as foreign minister, replacing Y": who replaces is the one appointed, not the appointer
    // (also "named X trade minister, …" and "named her …, succeeding Y").
    if ((vg.gerund || vg.participle) && clause.prev !== undefined && units[ui - 1]?.kind === 'comma' && PUTTING_IN_OFFICE.has(units[clause.prev]!.vg!.lemma) && TAKING_OVER.has(vg.lemma)) {
      const at = unitAt(units, units[clause.prev]!.vg!.verb + 1);
      if (units[at]?.kind === 'np') {
        subjGroup = groupRight(units, at);
        if (!groupActors(subjGroup).length) appointee = personOpening(ctx, units[at]!);
      } else if (units[at]?.kind === 'pron') {
        subjGroup = [];
        const appointer = groupActors(findSubject(units, clause.prev).subject);
        appointee = pronounAntecedent(ctx, units[at]!, true, units, appointer);
      }
    }
    let subj = appointee?.length ? appointee : subjGroup.length ? groupActors(subjGroup) : [];
    // ("X and Y accused Z of selling rifles to W, which both states deny": the pair that denies is the one accused,
    // not the one accusing.)
    if (DENYING.has(vg.lemma) && subjGroup.length === 1 && units[subjGroup[0]!]!.np && !units[subjGroup[0]!]!.np!.mentions && subj.length >= 2) {
      const accusers = new Set<number>();
      for (let k = 0; k < ui; k++) if (units[k]!.kind === 'vg' && /^(?:accuse|blame)$/.test(units[k]!.vg!.lemma)) for (const e of actorsOf(units, findSubject(units, k).subject)) accusers.add(e);
      if (subj.some((e) => accusers.has(e))) {
        const others = pairAntecedents(ctx, units[subjGroup[0]!]!, [...accusers]);
        subj = others.length >= 2 ? others : [];
      }
    }
    // "Peru said its prosecutors had charged X": the state or body "its" stands for acts through its agents.
    if (!subj.length && subjGroup.length === 1) subj = ownersAgents(ctx, units, subjGroup[0]!);
    // "Chile and Peru fought for a week. Their leaders signed a truce": the states named together act through their leaders.
    if (!subj.length && subjGroup.length === 1) subj = theirLeaders(ctx, units[subjGroup[0]!]!);
    // "X commanded the guard. His troops detained the president": a commander acts through the forces that are his.
    if (!subj.length && subjGroup.length === 1) subj = commandersForces(ctx, units[subjGroup[0]!]!);
    // "X, along with Y, signed …", "X quit the bloc along with its neighbours Y and Z": those "along with" the subject did it too.
    if (subj.length && subjGroup.length && !vg.passive) subj = [...subj, ...alongWith(ctx, units, subjGroup, ui, subj).filter((e) => !subj.includes(e))];
    // "offered to mediate", "threatened to impose tariffs on X": told as the governor's offer or threat.
    const gu = units[ui - 1]?.kind === 'inf' ? clause.governorUnit : undefined;
    const as = gu !== undefined && !units[gu]!.vg!.negated ? INTENT_AS.get(units[gu]!.vg!.lemma) : undefined;
    const asTold = as ? modality.verb(gu!, findSubject(units, gu!)) : null;
    // The object right after the verb, or after its particle ("carried out strikes on"): a noun
    // trigger there takes the verb's subject.
    // (Over a time phrase: "committed last week to a truce".)
    let after = unitAt(units, timePhraseEnd(tokens, vg.verb + 1));
    // ("brokered, alongside Norway, the truce": over a co-agent set off between the verb and its object.)
    // (Read once per verb: the object after it is the same for every row.)
    const afterAside = asideAfterVerb(units, ui);
    if (after === ui + 1 && afterAside > 0) after = afterAside;
    if (units[after]?.kind !== 'np' && PARTICLES.has(units[after]?.word ?? '') && units[after + 1]?.kind === 'np') after++;
    // "agreed to a ceasefire", "agreed on a deal".
    // "committed to a permanent ceasefire", "consented to talks": the same.
    else if (units[after]?.kind === 'p' && (units[after]!.word === 'to' || units[after]!.word === 'on') && AGREEING.has(vg.lemma) && units[after + 1]?.kind === 'np') after++;
    // "filed for damages against X", "applied for membership of Y".
    else if (units[after]?.kind === 'p' && units[after]!.word === 'for' && (vg.lemma === 'file' || vg.lemma === 'apply') && units[after + 1]?.kind === 'np') after++;
    // "retaliated with air strikes on X", "hit back with drone attacks on Y": the acts a response is made with.
    let respondsWith = false;
    if (RESPONDING.has(vg.lemma) && units[after]?.kind !== 'np') {
      const w = units[after]?.word === 'back' ? after + 1 : after;
      if (units[w]?.kind === 'p' && units[w]!.word === 'with' && units[w + 1]?.kind === 'np') (after = w + 1), (respondsWith = true);
    }
    // "blocked Sweden's accession", "vetoed the deal": an act the verb keeps from happening is not told as done.
    if (BLOCKING.has(vg.lemma) && !vg.passive && units[after]?.kind === 'np') blocked.add(after);
    // ("ended a week of talks", "closed talks": talks ended were held; ended sanctions are lifted, not imposed.)
    const endsTalks = TALK_ENDING.has(vg.lemma);
    if ((SUPPORT_VERBS.has(vg.lemma) || endsTalks || respondsWith) && units[after]?.kind === 'np' && !vg.passive && (as ? asTold : told === undefined ? (told = modality.verb(ui, clause)) : told)) {
      for (const i of groupRight(units, after)) {
        // "began a new round of talks", "delivered 20 tonnes of food aid": the act is the "of" complement of
        // a round or series, or of a measure.
        const of = units[i]!.np && (ROUND_HEADS.has(units[i]!.np!.head) || MEASURE_HEADS.has(units[i]!.np!.head)) && units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of' && units[i + 2]?.kind === 'np' ? [i, i + 2] : [i];
        for (const j of of) {
          if (endsTalks && !TALK_NOUNS.has(units[j]!.np?.head ?? '')) continue;
          supportSubject.set(j, subj), supportOwner.set(j, ui);
          if (as) supportAs.set(j, [as, asTold!]);
        }
      }
    }
    // "blamed Peru for the attack on Putre", "accused Chile of the bombing of Y": the act named after the one
    // blamed is theirs, as the accusation tells it.
    if (BLAMING.has(vg.lemma) && !vg.passive && units[after]?.np?.actors.length && !as) {
      const blamed = groupRight(units, after);
      const k = blamed[blamed.length - 1]! + 1;
      const x = units[k];
      if ((x?.kind === 'p' || x?.kind === 'sconj') && (x.word === 'for' || x.word === 'of') && units[k + 1]?.np && !units[k + 1]!.np!.headIsEntity && !units[k + 1]!.np!.poss.length && !supportSubject.has(k + 1)) {
        supportSubject.set(k + 1, actorsOf(units, blamed)), supportOwner.set(k + 1, ui);
      }
    }
    // "an embargo on X was imposed by Y and Z": a noun trigger that is the subject of a passive support
    // verb takes the "by" agent.
    if (PASSIVE_SUPPORT.has(vg.lemma) && vg.passive && subjGroup.length && !as) {
      const by = prepositions(units, after).get('by');
      const agents = by ? groupActors(ofComplement(units, by, true)) : [];
      if (agents.length && (told === undefined ? (told = modality.verb(ui, clause)) : told)) {
        for (const i of subjGroup) if (units[i]?.np && !supportSubject.has(i)) supportSubject.set(i, agents), supportOwner.set(i, ui);
      }
    }
    // "At Peru's request, Chile sent troops", "Chile acted at the request of Peru": a request the clause's subject met.
    // (Only a finite verb's own act, not a reaction to another's, "condemned the arrest of X at Peru's request".)
    // (Nor a past form after a preposition's object, a participle the tagger took for a past: "on a warrant issued at Peru's request".)
    // (Not after a clause's preposition: "weeks after the UN reimposed sanctions at the request of X".)
    // (Only after a verb before it: "Authorities in Spain arrested X" has its subject there.)
    const reduced = units[ui - 1]?.kind === 'np' && units[ui - 2]?.kind === 'p' && !CLAUSE_PREPS.has(units[ui - 2]!.word ?? '') && units.slice(0, ui - 2).some((x) => x.kind === 'vg');
    // (A gerund going on from its clause acts for its subject: "arrested X, acting at the request of Peru".)
    const goingOn = vg.gerund && clause.prev !== undefined && units[ui - 1]?.kind === 'comma';
    if (!vg.passive && !vg.participle && (!vg.gerund || goingOn) && !reduced && !REACTIONS.has(vg.lemma) && subj.length) {
      const metRequest = (k: number): void => {
        const x = units[k]!;
        // (Only "at", "upon" or "on" opens one; the rest is read only after them, as this runs for every unit after a verb.)
        if (x.kind !== 'p' || !REQUEST_PREPS.has(x.word!)) return;
        // (Nor the subject's own request, "insisted on its request", nor one "for" something, which tells its own sides.)
        const own = /^(?:its|their|his|her|our)$/.test(tokens[units[k + 1]?.t0 ?? -1]?.lower ?? '');
        // ("on" a request only for acting on it: "acted on Peru's request", not "commented on the request of Peru".)
        const acting = x.word !== 'on' || ACTING_ON.has(vg.lemma);
        const forAfter = units.slice(k + 2, k + 5).some((y) => y.kind === 'p' && y.word === 'for');
        if (acting && REQUEST_HEADS.has(units[k + 1]?.np?.head ?? '') && !own && !forAfter && !supportSubject.has(k + 1) && (told === undefined ? (told = modality.verb(ui, clause)) : told)) {
          supportSubject.set(k + 1, subj), supportOwner.set(k + 1, ui);
        }
      };
      // (Fronted, as the sentence's one opening phrase before the subject, or after the verb in its clause.)
      const first = subjGroup.length ? Math.min(...subjGroup) : ui;
      if (units[0]?.kind === 'p' && units.slice(0, first).filter((x) => x.kind === 'comma').length === 1 && units[first - 1]?.kind === 'comma') metRequest(0);
      for (let k = ui + 1; k < units.length && k < ui + 10; k++) {
        const x = units[k]!;
        if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'vg') break;
        metRequest(k);
      }
    }
    // "returned from a state visit to China", "was on a visit to X": a visit the clause's subject made.
    if (!vg.passive) {
      for (let k = after; k < units.length && k < after + 10; k++) {
        const x = units[k]!;
        if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'vg' || x.kind === 'comma') break;
        // ("cut its ties with Lima in solidarity with Chile": so is a solidarity the clause shows.)
        // (Not one a common noun before it shows: "banned a march in solidarity with X".)
        const shown = x.kind === 'p' && x.word === 'in' && units[k + 1]?.np?.head === 'solidarity' && !GATHERINGS.has(units[k - 1]?.np?.head ?? '');
        if (x.kind === 'p' && (TRIP_PREPS.has(x.word!) || shown) && units[k + 1]?.np && (TRIP_NOUNS.has(units[k + 1]!.np!.head) || shown) && !supportSubject.has(k + 1) && (told === undefined ? (told = modality.verb(ui, clause)) : told)) supportSubject.set(k + 1, subj), supportOwner.set(k + 1, ui);
        // "agreed in a phone call", "congratulated X during a call": the call's sides are the clause's
        // subject and, after a verb of speech, its object.
        if (x.kind === 'p' && SETTING_PREPS.has(x.word!) && units[k + 1]?.np && SETTING_NOUNS.has(units[k + 1]!.np!.head) && !units[k + 1]!.np!.mentions && !supportSubject.has(k + 1) && (told === undefined ? (told = modality.verb(ui, clause)) : told)) {
          supportSubject.set(k + 1, subj), supportOwner.set(k + 1, ui);
          if (SPEECH_ACTS.has(vg.lemma) && units[after]?.kind === 'np') supportObject.set(k + 1, groupRight(units, after));
        }
        // "formed a government after consultations with X", "agreed during talks in Lima with X": talks
        // "with" someone that the clause's act came out of are the subject's own.
        // "landed in Accra for talks with X", "flew to Lima for talks with Y": talks a journey was for.
        if (x.kind === 'p' && (TALK_PREPS.has(x.word!) || (x.word === 'for' && JOURNEYS.has(vg.lemma))) && units[k + 1]?.np && TALK_NOUNS.has(units[k + 1]!.np!.head) && !units[k + 1]!.np!.mentions && withAfterSetting(units, k + 2) && !supportSubject.has(k + 1) && (told === undefined ? (told = modality.verb(ui, clause)) : told)) {
          supportSubject.set(k + 1, subj), supportOwner.set(k + 1, ui);
        }
      }
    }
    if (asserted) {
      officeFacts(ctx, units, ui, subj, (unit) => pronounAntecedent(ctx, unit, true, units, subj));
      attendance(ctx, units, ui, subj);
      claimedAttack(ctx, units, ui, subj);
      wantedOnCharges(ctx, units, ui, subj);
      membersInclude(ctx, units, ui, subjGroup);
      underTreaty(ctx, units, ui, subj);
    }
    const entries = VERB_INDEX.get(vg.lemma);
    if (!entries) return;
    const how = as ? asTold : told === undefined ? (told = modality.verb(ui, clause)) : told;
    if (!how) return;
    // The object of the verb this one continues ("won the election, defeating Y"): one per verb group.
    const prevAt = clause.prev !== undefined ? unitAt(units, units[clause.prev]!.vg!.verb + 1) : -1;
    let prevObj = prevAt >= 0 && units[prevAt]?.kind === 'np' ? groupRight(units, prevAt) : [];
    // ("became the winner of the race, defeating Y": the contest the winner is named of.)
    if (prevObj.length === 1 && WINNER_HEADS.has(units[prevAt]!.np!.head) && !units[prevAt]!.np!.actors.length && units[prevAt + 1]?.kind === 'p' && units[prevAt + 1]!.word === 'of' && units[prevAt + 2]?.np) prevObj = [prevAt + 2];
    // ("took most of the seats in the vote, beating Y", "cruised to victory in the vote, defeating Y": the vote
    // an "in" phrase of the verb before names.)
    if (!prevObj.some((k) => units[k]!.np?.actors.length) && prevAt >= 0) {
      for (let k = prevAt; k < units.length && k < prevAt + 6; k++) {
        const x = units[k]!;
        if (x.kind === 'comma' || x.kind === 'vg' || x.kind === 'stop') break;
        if (x.kind === 'p' && x.word === 'in' && units[k + 1]?.np && ELECTION_HEADS_IN.has(units[k + 1]!.np!.head) && units[k + 1]!.np!.actors.length) {
          prevObj = [k + 1];
          break;
        }
      }
    }
    const done = new Set<string>();
    let longest = 0;
    for (const { row, particles } of entries) {
      // Entries come longest first: "call on" matched, "call" (another sense) is not tried.
      if (particles.length < longest) break;
      if (row.passiveOnly && !vg.passive) continue;
      let end = matchParticles(ctx, vg.verb + 1, particles);
      // "Sanctions on X were lifted by Y": in the passive, a verb's noun and preposition ("lift
      // sanction on") come before it, as its subject; what follows the preposition is the object.
      let nounObject: Group | undefined;
      if (end < 0 && vg.passive && particles.length === 2 && subjGroup.length === 1) {
        const k = subjGroup[0]!;
        const head = units[k]!.np?.head;
        if (head && (head === particles[0] || nounSingular(head) === particles[0]) && units[k + 1]?.kind === 'p' && units[k + 1]!.word === particles[1] && units[k + 2]?.kind === 'np') {
          nounObject = groupRight(units, k + 2);
          end = vg.verb + 1;
        }
      }
      if (end < 0) continue;
      // A row for one kind of subject leaves the verb to the others when the subject is not of it.
      // (Not a subject list that also names an actor: "hit Iran with sanctions and Russia hit Ukraine".)
      if (row.subjHeads && (!writtenHeads(ctx, units, subjGroup).some((h) => row.subjHeads!.includes(h)) || (!/^(?:from|of)$/.test(units[subjGroup[0]! - 1]?.kind === 'p' ? units[subjGroup[0]! - 1]!.word ?? '' : '') && subjGroup.some((k) => units[k]?.np?.headIsEntity)))) continue;
      longest = particles.length;
      // A longer particle verb of the same row wins ("take part in" over "take").
      if (done.has(row.id)) continue;
      done.add(row.id);
      let objAt = unitAt(units, end);
      // ("brokered, alongside Norway, the truce": over a co-agent set off between the verb and its object.)
      if (objAt === ui + 1 && afterAside > 0) objAt = afterAside;
      // ("keeps around 900 troops in Putre": a word of approximation before a number opens the object.)
      // (Not "about" after a verb that takes it as a preposition: "warned about 300 troops".)
      if (units[objAt]?.kind === 'other' && APPROXIMATING.has(units[objAt]!.word ?? '') && !(units[objAt]!.word === 'about' && ABOUT_TAKING.has(vg.lemma)) && units[objAt + 1]?.kind === 'np' && /^\d|^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)/.test(tokens[units[objAt + 1]!.t0]?.lower ?? '')) objAt++;
      // "shelled and captured two outposts": a verb with no object of its own before "and" and another
      // verb of the same form shares that verb's object.
      // (Not a particle verb whose particles hold its object: "resume diplomatic ties and reopen consulates".)
      const coVerb = !particles.some((w) => /^(?:tie|relation|talk|ceasefire|truce|sanction)$/.test(w)) && units[objAt]?.kind === 'cc' && units[objAt]!.word === 'and' && units[objAt + 1]?.kind === 'vg' ? units[objAt + 1]!.vg! : undefined;
      // (Not a verb that mostly takes none: "left and joined the Front".)
      if (coVerb && !coVerb.passive && !coVerb.gerund && !!coVerb.participle === !!vg.participle && !!coVerb.base === !!vg.base && units[objAt + 2]?.kind === 'np' && !MOSTLY_INTRANSITIVE.has(vg.lemma)) objAt += 2;
      // An object pronoun is the object too ("accusing it of…"): slots resolve it to its antecedent.
      // ("urged him and Y to…": a pronoun joined to a name is one object with it.)
      const pronAnd = units[objAt]?.kind === 'pron' && units[objAt + 1]?.kind === 'cc' && units[objAt + 1]!.word === 'and' && units[objAt + 2]?.np?.headIsEntity ? groupRight(units, objAt + 2) : [];
      let obj: Group = units[objAt]?.kind === 'np' ? groupRight(units, objAt) : units[objAt]?.kind === 'pron' && OBJECT_PRONOUNS.has(units[objAt]!.word!) ? [objAt, ...pronAnd] : [];
      // "X, who hosted the ceremony, and Y": in a relative clause set off by commas, the comma after
      // the object closes the clause; what the list goes on with belongs to the antecedent's list.
      // (A list of three, "hosted Chile, Bolivia and Ecuador", stays whole.)
      if (relAt > 0 && units[relAt - 1]?.kind === 'comma' && obj.length === 2 && units.slice(obj[0]! + 1, obj[1]).some((x) => x.kind === 'comma')) obj = obj.slice(0, 1);
      // "attacked the town of Monguno", "the government of Mali": the named complement is the object.
      if (obj.length === 1) obj = ofComplement(units, obj, false);
      // "embraced Qatar's ruler, Emir Tamim": an object naming no one stands for its apposition.
      // (Not one who then speaks: "will deport its workers, Interior Minister X said".)
      if (obj.length === 1 && units[objAt]?.np && !units[objAt]!.np!.actors.length && !units[objAt]!.np!.headIsEntity && units[objAt + 1]?.kind === 'comma' && units[objAt + 2]?.np?.actors.length && units[objAt + 2]!.np!.headIsEntity && units[objAt + 3]?.kind !== 'vg') obj = [objAt + 2];
      // "sanctioned five officials, including X and Y", "17 Saudis, among them X": the members named
      // after a group that names no one are the object.
      // ("17 Saudis" counted are people, not their state.)
      // (A time phrase may come first: "released 18 prisoners on Wednesday, including X".)
      const c = timePhraseAt(units, objAt + 1) ? objAt + 3 : objAt + 1;
      if (obj.length === 1 && units[objAt]?.np && (!units[objAt]!.np!.actors.length || tokens[units[objAt]!.t0]!.pos === 'NUM') && units[c]?.kind === 'comma') {
        const k = units[c + 1]?.vg?.lemma === 'include' ? c + 2 : units[c + 1]?.word === 'among' && units[c + 2]?.word === 'them' ? c + 3 : -1;
        if (k > 0 && units[k]?.np?.actors.length) obj = groupRight(units, k);
      }
      // "the agreement that Congo and Rwanda signed": the relative's antecedent is the object.
      // ("the vote, which he calls a sham": the phrase after the verb is the complement, the antecedent the object.)
      if (row.objComplement && obj.length && obj[0] === ui + 1 && !units[obj[0]]!.np?.actors.length && complementHas(tokens, units[ui]!.t1, row.objComplement)) {
        const r = relativeObject(units, clause.subject);
        if (r.length) obj = r;
      }
      if (!obj.length && !vg.passive) obj = relativeObject(units, clause.subject, (e) => ctx.ents.list[e]!.type === 'Treaty' || ctx.ents.list[e]!.type === 'Event', tokens);
      // "X signed the accord, with Y also signing": the same verb again with no object of its own has the first one's.
      if (!obj.length && !vg.passive && !particles.length) obj = elidedObject(units, ui);
      // ("the Andean Group he chairs": so is a body one runs, leads or founded, before a pronoun.)
      if (!obj.length && !vg.passive && RUNNING.has(vg.lemma) && units[clause.subject[0] ?? -1]?.kind === 'pron') obj = relativeObject(units, clause.subject, (e) => ctx.ents.list[e]!.type === 'Organization', tokens);
      // (In the passive the active object is the surface subject: "troops were deployed to X".)
      const headed = vg.passive && !nounObject && subjGroup.length ? subjGroup : obj;
      if (headed.length && (row.objHeads || row.notObjHeads)) {
        const h0 = headed[0]!;
        const head = units[measuredUnit(units, h0)]!.np?.head ?? '';
        // "the leadership of X" read as X: the head written ("leadership") counts too.
        const written = (headed === obj ? units[objAt]?.np?.head : undefined) ?? head;
        // ("military advisers": a head with the word before it.)
        const modified = withWordBefore(tokens, units[h0]!, head);
        if (row.objHeads && !row.objHeads.includes(head) && !row.objHeads.includes(written) && !row.objHeads.includes(modified)) continue;
        // (A craft whose owner is named after it stands for the owner: "seized a tanker owned by X".)
        if (row.notObjHeads && (row.notObjHeads.includes(head) || row.notObjHeads.includes(written) || /^\d|\$|€|£/.test(tokens[units[headed[0]!]!.t1 - 1]!.text)) && !(row.craftOwner && OWNED_THINGS.has(head) && craftOwners(ctx, units, headed[0]!).length)) continue;
        // ("dismissed Tashiev": a person as the object, where the row wants a claim or a thing.)
        if (row.notPersonObj && units[h0]!.np?.headIsEntity && units[h0]!.np!.actors.length && units[h0]!.np!.actors.every((e) => ctx.ents.list[e]!.type === 'Person')) continue;
      } else if (row.objHeads && !headed.length) continue;
      // "ordered Castillo detained": the object, then what is to be done to it.
      const then = obj.length ? units[obj[obj.length - 1]! + 1] : undefined;
      const pastForm = then?.kind === 'vg' && PAST_FORM.test(tokens[then.vg!.verb]!.lower);
      if (row.objThen && (!pastForm || !row.objThen.includes(then!.vg!.lemma))) continue;
      if (row.noObjThen && then?.kind === 'vg' && (then.vg!.participle || pastForm) && !then.vg!.base) continue;
      // ("…, leaving X and Y to run the cabinet": the object left to an act was left to do it, not left; "left the
      // party in May to found her own" did leave it.)
      if (row.noObjInf?.includes(vg.lemma) && vg.gerund && then?.kind === 'inf') continue;
      // ("lamented X's decision to resign": regret of a departure is sympathy, not censure.)
      if (row.notObjInfOf && then?.kind === 'inf' && row.notObjInfOf.includes(units[obj[obj.length - 1]! + 2]?.vg?.lemma ?? '')) continue;
      // ("told X to leave" is a demand; "told X that…" is a report. Over "not", a time phrase, and in
      // the passive over the "by" agent: "told Peru on Monday not to", "was told by Chile to".)
      if (row.objInf) {
        let k = vg.passive ? ui + 1 : obj.length ? obj[obj.length - 1]! + 1 : -1;
        for (let guard = 0; guard < 4 && k >= 0; guard++) {
          const x = units[k];
          if (x?.kind === 'other') k++;
          else if (x?.kind === 'p' && units[k + 1]?.np && ((vg.passive && x.word === 'by') || TIME_HEADS.has(units[k + 1]!.np!.head) || (x.word === 'from' && !vg.passive))) k += 2;
          else break;
        }
        // (A list names the verbs the "to" may take: "ordered troops from Chile to leave".)
        if (units[k]?.kind !== 'inf' || (Array.isArray(row.objInf) && !row.objInf.includes(units[k + 1]?.vg?.lemma ?? ''))) continue;
      }
      // ("the council, which Peru calls the Vega Junta, …": in an object relative the verb's object is the antecedent,
      // and the phrase after the verb is what it is called.)
      if (row.noObjComplement && obj.length && obj[0]! > ui && (units[ui - 1]?.np || units[ui - 1]?.kind === 'pron') && units[ui - 2]?.kind === 'rel' && /^(?:which|that|whom)$/.test(units[ui - 2]!.word ?? '')) continue;
      if (row.noObjComplement && (obj.length || vg.passive)) {
        // ("Peru was called a bully by Chile": in the passive, the complement follows the verb.)
        const nx = units[vg.passive ? ui + 1 : obj[obj.length - 1]! + 1];
        // (Or an adjective: "calling it too low", "called the offer unfair".)
        if (nx && (nx.kind === 'np' || /^['"‘“]$/.test(tokens[nx.t0]?.text ?? '') || (nx.kind !== 'p' && !/^(?:late|early|last|next)$/.test(tokens[nx.t0]?.lower ?? '') && (tokens[nx.t0]?.pos === 'ADJ' || (tokens[nx.t0]?.pos === 'ADV' && tokens[nx.t0 + 1]?.pos === 'ADJ'))))) continue;
      }
      // (Over an adverb: "clashed publicly over …", "called again for …".)
      if (row.notThen && (row.notThen.includes(tokens[vg.verb + 1]?.lower ?? '') || (tokens[vg.verb + 1]?.pos === 'ADV' && row.notThen.includes(tokens[vg.verb + 2]?.lower ?? '')))) continue;
      if (row.combat && !inCombat(ctx, units, [...subjGroup, ...obj], [...subj, ...actorsOf(units, obj)])) continue;
      if (row.notOwnObj && obj.length && /^(?:its|their|our)$/.test(tokens[units[obj[0]!]!.t0]?.lower ?? '')) continue;
      if (row.noObjOwner && obj.length && (units[obj[0]!]!.np?.poss.length || POSSESSIVE_PRON.has(tokens[units[obj[0]!]!.t0]?.lower ?? ''))) continue;
      // ("has no extradition treaty with X", "signed no deal": an object that is "no" thing tells no act.)
      if (obj.length && obj[0]! > ui && tokens[units[obj[0]!]!.t0]?.lower === 'no' && units[obj[0]!]!.np) continue;
      if (row.noObjPrep && obj.length && units[obj[obj.length - 1]! + 1]?.kind === 'p' && ([] as readonly string[]).concat(row.noObjPrep).includes(units[obj[obj.length - 1]! + 1]!.word ?? '')) continue;
      if (row.noObjPrepNamed && obj.length) {
        // (Also after an apposition or a time phrase: "replaced its chief, X, with Y", "replaced her in May with Y".)
        let at = obj[obj.length - 1]! + 1;
        if (units[at]?.kind === 'comma' && units[at + 1]?.np?.actors.length && units[at + 2]?.kind === 'comma') at += 3;
        if (timePhraseAt(units, at)) at += 2;
        if (units[at]?.kind === 'comma' && units[at + 1]?.kind === 'p' && units[at - 2]?.kind === 'comma') at++;
        if (units[at]?.kind === 'p' && units[at]!.word === row.noObjPrepNamed && units[at + 1]?.np?.actors.length) continue;
      }
      // (Only "replaced", and not "replaced X as …", "… at the head of": "succeeded" is always succession.)
      if (row.notOtherOfficeObj && vg.lemma === 'replace' && obj.length && !/^(?:as|at)$/.test(units[obj[obj.length - 1]! + 1]?.word ?? '') && otherOffices(ctx, units, subjGroup, obj)) continue;
      if (row.noObjThat && obj.length && /^(?:sconj|rel)$/.test(units[obj[obj.length - 1]! + 1]?.kind ?? '') && units[obj[obj.length - 1]! + 1]!.word === 'that') continue;
      // ("the vote, which he calls a sham": an object before the verb leaves the complement right after it.)
      if (row.objComplement && !(obj.length && complementHas(tokens, obj[0]! > ui ? units[obj[obj.length - 1]!]!.t1 : units[ui]!.t1, row.objComplement))) continue;
      // "gave Peru a $2 billion loan": the recipient, then what it is given.
      if (row.secondObj) {
        const at = obj.length ? units[obj[obj.length - 1]! + 1] : undefined;
        // ("gave Bolivia 20 tonnes of food": a measure's "of" complement is what is given.)
        const second = at?.np ? units[measuredUnit(units, obj[obj.length - 1]! + 1)]!.np : undefined;
        if (!second || second.actors.length || !row.secondObj.includes(second.head) || !units[obj[0]!]!.np?.actors.length) continue;
        // A package is aid when the text says so ("a relief package", "a $2 billion package"), not "a package of proposals".
        if (second.head === 'package' && !tokens.slice(at!.t0, at!.t1).some((t) => /^(?:aid|support|relief|rescue|bailout|financial|economic|assistance|stimulus|humanitarian|emergency)$/.test(t.lower) || /^[$€£¥\d]/.test(t.text))) continue;
      }
      // "placed X under arrest": the object, then the state it is put in.
      if (row.objPrep) {
        let at = obj.length ? obj[obj.length - 1]! + 1 : -1;
        // ("hosted X and his rival, Y, for talks": over the comma closing an apposition.)
        if (units[at]?.kind === 'comma' && units[at + 1]?.kind === 'p') at++;
        // ("received X at his residence on Friday for dinner": over a place and a time before it.)
        for (let g = 0; g < 2 && units[at]?.kind === 'p' && units[at]!.word !== row.objPrep.word && /^(?:in|on|at)$/.test(units[at]!.word ?? '') && units[at + 1]?.np; g++) at += 2;
        // (A head of two words is matched on the phrase's last two: "its entity list", "the sanctions list".)
        const pn = units[at + 1];
        const two = pn?.np ? withWordBefore(tokens, pn, pn.np.head) : '';
        if ((units[at]?.kind !== 'p' && units[at]?.kind !== 'sconj') || units[at]!.word !== row.objPrep.word || !(row.objPrep.heads.includes(pn?.np?.head ?? '') || row.objPrep.heads.includes(two))) continue;
      }
      // ("hit Iran with new sanctions": not an attack; the preposition and its head after the object tell another act.)
      if (row.notObjPrep && obj.length) {
        const at = obj[obj.length - 1]! + 1;
        if (units[at]?.kind === 'p' && units[at]!.word === row.notObjPrep.word && row.notObjPrep.heads.includes(units[at + 1]?.np?.head ?? '')) continue;
      }
      // "declared X persona non grata", "declared Y, an attaché, persona non grata": the object, then fixed words.
      if (row.objWords) {
        // (A list may have run on over the words: "Chile's envoy, Pablo Ruiz, persona …".)
        const cut = obj.findIndex((k, i) => i > 0 && wordsAt(tokens, units[k]!.t0, row.objWords!));
        if (cut > 0) obj = obj.slice(0, cut);
        else if (!(obj.length && wordsAfterObject(units, tokens, obj[obj.length - 1]!, row.objWords))) continue;
      }
      // ("named X persona non grata" names no one to an office.)
      if (row.notObjWords && obj.length && (wordsAfterObject(units, tokens, obj[obj.length - 1]!, row.notObjWords) || obj.some((k, i) => i > 0 && wordsAt(tokens, units[k]!.t0, row.notObjWords!)))) continue;
      // (An object before the verb, a relative's antecedent, leaves the prepositions after the verb.)
      let ppFrom = obj.length && obj[0]! > ui ? obj[obj.length - 1]! + 1 : objAt;
      // ("sent its envoy, Ivo Kask, to the summit": over the comma that closes a name set off after the object.)
      if (units[ppFrom]?.kind === 'comma' && obj.length === 2 && obj[1] === obj[0]! + 2 && units[obj[0]! + 1]?.kind === 'comma' && units[ppFrom + 1]?.kind === 'p') ppFrom++;
      // ("beat X, leader of the Y coalition, in the run-off": over the comma closing an apposition the object took in.)
      else if (obj.length >= 2 && obj[0]! > ui && units[obj[0]! + 1]?.kind === 'comma' && !units[obj[1]!]!.np?.headIsEntity) {
        let k = ppFrom;
        while (k < units.length && k < ppFrom + 6 && (units[k]!.kind === 'p' || units[k]!.kind === 'np' || units[k]!.kind === 'other' || (units[k]!.kind === 'vg' && units[k]!.vg!.participle))) k++;
        // (Only a phrase of where or in what: "in the run-off", "at the summit".)
        if (units[k]?.kind === 'comma' && units[k + 1]?.kind === 'p' && /^(?:in|at|during)$/.test(units[k + 1]!.word ?? '') && units[k + 2]?.np) ppFrom = k + 1;
      }
      const pps = prepositions(units, ppFrom);
      // ("threatened action against X", not "threatened action at a meeting in Vienna": only the phrase right after the object.)
      if (row.ppNext && obj.length) {
        let at = obj[obj.length - 1]! + 1;
        // (Over a time phrase: "threatened sanctions on Monday against X".)
        if (timePhraseAt(units, at)) at += 2;
        for (const [w, g] of [...pps]) if (units[at]?.kind !== 'p' || units[at]!.word !== w || g[0] !== at + 1) pps.delete(w);
      }
      // "negotiated with X": the object of a particle preposition is also that preposition's argument.
      const lastParticle = particles[particles.length - 1];
      if (lastParticle && obj.length && !pps.has(lastParticle)) pps.set(lastParticle, obj);
      let args: Args;
      if (vg.passive) {
        // Surface subject is the active object; "by" gives the active subject.
        const by = pps.get('by');
        // "Chadian troops were deployed to X", "Turkish drones were shipped to Y": with no "by", the
        // state whose forces or goods they are is who sent them.
        const owner = !by && row.objHeads && SENT_BY_OWNER.has(row.relation) && !CARRYING.has(vg.lemma) && headed === subjGroup ? subjGroup.flatMap((i) => (units[i]!.np ? npActors(units[i]!.np!) : [])) : [];
        args = { subj: by ? groupActors(ofComplement(units, by, true)) : owner, obj: nounObject ?? subjGroup, pps, poss: [], pre: [], group: [], how, parties: eventParties(ctx, units, ui) };
        // "Talks between X and Y were brokered by Z": the sides named with the subject are the parties.
        if (!args.parties!.length) args.parties = subjectParties(ctx, units, subjGroup);
        if (!args.parties!.length) args.priorParties = priorParties(ctx, units, subjGroup);
      } else {
        // ("signed the accords with Y, normalising relations": ties restored in a gerund going on from a clause done
        // "with" Y are ties with Y.)
        const prevWith = vg.gerund && TIE_MENDING.has(vg.lemma) && prevAt >= 0 && units[ui - 1]?.kind === 'comma' && !pps.has('with') ? prepositions(units, prevAt).get('with') : undefined;
        args = { subj, obj, pps, poss: [], pre: [], group: groupMembers(subjGroup), from: objAt, prevObj, how, parties: subjectParties(ctx, units, obj), as, subjUnits: subjGroup, withPartners: prevWith ? groupActors(prevWith) : undefined };
        // ("Y named Z to replace him": whoever names Z to a task is not the one Z takes it from.)
        if (clause.governorUnit !== undefined && OBJECT_CONTROL.has(clause.governor ?? '')) args.namerSubj = actorsOf(units, findSubject(units, clause.governorUnit).subject);
        if (!args.parties!.length) args.priorParties = priorParties(ctx, units, obj);
      }
      emitRow(ctx, units, row, args);
    }
  });

  phraseFacts(ctx, chunked);
  ownParties(ctx, units);
  appositionOffices(ctx, chunked);
  appositionPlaces(ctx, chunked);
  namedStateBodies(ctx, chunked);
  titledOf(ctx, chunked);
  // Noun triggers: "X's sanctions on Y", "talks between X and Y", "the signing of T by X".
  units.forEach((u, ui) => {
    if (u.kind !== 'np') return;
    const np = u.np!;
    // "her predecessor Pedro Castillo", "his successor X": a relational noun written before the name
    // it describes; the name is what the noun stands for, the possessor its other end.
    if (np.headIsEntity && np.actors.length === 1 && ctx.ents.list[np.actors[0]!]!.type === 'Person') {
      const m = ctx.s.mentions.find((x) => x.refs[0] === np.actors[0] && x.t0 > u.t0 && x.t1 <= u.t1);
      const lead = m ? ctx.s.tokens[m.t0 - 1] : undefined;
      const rows = lead && APPOSED_NOUNS.has(lead.lower) ? (NOUN_INDEX.get(lead.lower) ?? []) : [];
      if (rows.length) {
        const poss = np.poss.filter((e) => e !== np.actors[0]);
        const owner = poss.length ? poss : possessivePronounAntecedent(ctx, u);
        const how = modality.noun(ui, supportOwner.get(ui));
        if (how) for (const row of rows) emitRow(ctx, units, row, { subj: [], obj: [], pps: new Map(), poss: owner, pre: [], group: [], anchor: np.actors, self: [], how });
        return;
      }
    }
    // A head that is an entity is read as an event only when it names one ("the Russian invasion", "talks").
    if (np.headIsEntity && !np.actors.every((e) => EVENTISH.has(ctx.ents.list[e]!.type) || (ctx.ents.list[e]!.tentative && np.mentions === 1))) return;
    if (blocked.has(ui)) return;
    // ("Peru's call for talks with Chile": a call "for" something is an appeal, no phone call.)
    let rows = np.head === 'call' && units[ui + 1]?.kind === 'p' && units[ui + 1]!.word === 'for' ? nounRows(ctx, u).filter((r) => r.relation !== 'MET_WITH') : nounRows(ctx, u);
    // ("no extradition treaty with X", "no sanctions on Y": a noun trigger that is "no" thing is none.)
    if (!rows.length || tokens[u.t0]?.lower === 'no') return;
    // ("a war of words", "a battle of wills": a figure of speech, no fighting.)
    if (units[ui + 1]?.kind === 'p' && units[ui + 1]!.word === 'of' && FIGURATIVE_OF.has(units[ui + 2]?.np?.head ?? '')) return;
    // ("the trade war between X and Y": a war of another kind; "a war between X and Y" feared or averted: none
    // told, unless counted out as one fought, "a 44-day war with Y".)
    if (np.head === 'war') {
      const before = tokens[u.t1 - 2]?.lower ?? '';
      const counted = tokens.slice(u.t0, u.t1 - 1).some((t) => /\d|-(?:day|week|month|year)$/.test(t.lower));
      // (A war feared, averted or to come: "fear a war between X and Y", "a new war between X and Y would …";
      // one that broke out is told: "A war between Chile and Peru broke out in 1879".)
      const feared = tokens.slice(Math.max(0, u.t0 - 3), u.t0).some((t) => FEARING.has(t.lemma ?? t.lower)) ||
        tokens.slice(u.t0, u.t1).some((t) => /^(?:possible|potential|future|new|another|wider|hypothetical)$/.test(t.lower)) ||
        tokens.slice(u.t1).some((t) => /^(?:would|could|might|must|should|unlikely|unthinkable|impossible|never|not)$/.test(t.lower));
      if (FIGURATIVE_WARS.has(before) || (/^(?:a|an)$/.test(tokens[u.t0]!.lower) && !counted && !supportSubject.has(ui) && feared)) rows = rows.filter((r) => r.relation !== 'ATTACKED');
      if (!rows.length) return;
    }
    // ("a Chilean attack on Peru could follow …", "fears of an invasion of X": an attack told as possible, no attack.)
    if (np.head !== 'war' && /^(?:a|an)$/.test(tokens[u.t0]!.lower) && rows.some((r) => FEARED_ACTS.has(r.relation))) {
      let k = ui + 1;
      while (units[k]?.kind === 'p' && units[k + 1]?.np) k += 2;
      const next = units[k]?.kind === 'vg' ? tokens.slice(units[k]!.t0, units[k]!.t1) : [];
      // (Not a past one: "may have killed", "could have been avoided"; nor one dated, "a raid on X in 1880 would shape …".)
      const dated = tokens.slice(u.t0, units[k]?.t0 ?? u.t1).some((t, j) => /^(?:1[5-9]|20)\d\d$/.test(t.text) || (TIME_HEADS.has(t.lower) && !/^(?:next|coming)$/.test(tokens[u.t0 + j - 1]?.lower ?? '')));
      const possible = next.some((t) => /^(?:would|could|might|may)$/.test(t.lower)) && !next.some((t) => t.lower === 'have') && !dated;
      const feared = tokens.slice(Math.max(0, u.t0 - 3), u.t0).some((t) => FEARING.has(t.lemma ?? t.lower)) || possible;
      if (feared) rows = rows.filter((r) => !FEARED_ACTS.has(r.relation));
      if (!rows.length) return;
    }
    // ("a truce in their trade war", "a tariff truce", "a truce over tariffs": a pause in a figurative war is
    // no ceasefire.)
    if (rows.some((r) => r.relation === 'AGREED_CEASEFIRE_WITH') && figurativeTruce(tokens, units, u, ui)) rows = rows.filter((r) => r.relation !== 'AGREED_CEASEFIRE_WITH');
    if (!rows.length) return;
    // ("X, a former ally of Y", "an ex-supporter of Y": a tie that was, not one that is.)
    // (On the noun itself, after any possessor: not "former president X's closest ally".)
    let own = u.t0;
    for (let t = u.t0; t < u.t1; t++) if (/^['’]s?$/.test(tokens[t]!.text)) own = t + 1;
    const past = tokens.slice(own, u.t1).some((t) => t.lower === 'former' || t.lower.startsWith('ex-'));
    if (past) rows = rows.filter((r) => !STANDING_TIES.has(r.relation));
    const pps = prepositions(units, ui + 1);
    const subj = supportSubject.get(ui) ?? [];
    // ("X and Y agreed to a truce in the war between A and B": the sides of a later noun's "between" are
    // that noun's, not those of the act two named subjects agreed.)
    const between = pps.get('between');
    if (between?.length && between[0]! - 1 > ui + 1) {
      const sides = between.flatMap((k) => units[k]?.np?.actors ?? []);
      if (subj.length >= 2 && !subj.some((e) => sides.includes(e))) pps.delete('between');
    }
    const anchor = anchorOf(ctx, units, ui);
    const self = np.headIsEntity ? np.actors : [];
    // "her support for Ukraine", "its sanctions on Iran": a possessive pronoun stands for the possessor.
    const poss = np.poss.length ? np.poss : possessivePronounAntecedent(ctx, u);
    const offered = supportAs.get(ui);
    const how = offered ? offered[1] : modality.noun(ui, supportOwner.get(ui));
    if (!how) return;
    // "matching sanctions", "similar measures", "sanctions on the same targets": the same act as one told before.
    const same = sameAsBefore(tokens, u, pps, units);
    // "the delivery of food aid to X" is aid, not a supply: a row's excluded heads apply to the "of" complement.
    const of = units[ui + 1]?.kind === 'p' && units[ui + 1]!.word === 'of' ? units[ui + 2]?.np?.head : undefined;
    // "an allegation from Y that X had …": a "that" clause after the phrase's complements.
    let thatAt = ui + 1;
    while (units[thatAt]?.kind === 'p' && units[thatAt + 1]?.np) thatAt = groupRight(units, thatAt + 1).at(-1)! + 1;
    const from = (units[thatAt]?.kind === 'rel' || units[thatAt]?.kind === 'sconj') && units[thatAt]!.word === 'that' ? thatAt : undefined;
    const governorSubj = from !== undefined && units[ui - 1]?.kind === 'vg' ? actorsOf(units, findSubject(units, ui - 1).subject) : undefined;
    for (const row of rows) {
      if (of && row.notObjHeads?.includes(of)) continue;
      if (row.objHeads && (!of || !row.objHeads.includes(of))) continue;
      emitRow(ctx, units, row, { subj, obj: [], pps, poss, pre: np.pre, group: [], anchor, self, how, prevObj: supportObject.get(ui), as: offered?.[0], sameAs: same ? row.relation : undefined, from, governorSubj });
    }
  });
}

/** "…, her Green party said": the party someone has is one they belong to. */
function ownParties(ctx: SentenceContext, units: Unit[]): void {
  for (const u of units) {
    const np = u.np;
    if (!np?.headIsEntity || !PARTY_HEADS.test(np.head) || !/^(?:his|her)$/.test(ctx.s.tokens[u.t0]!.lower)) continue;
    for (const h of possessivePronounAntecedent(ctx, u)) if (ctx.ents.list[h]!.type === 'Person') for (const o of np.actors) if (ctx.ents.list[o]!.type === 'Organization') ctx.emit(h, 'MEMBER_OF', o, 0.55);
  }
}

/** Verbs that keep what their object names from happening ("blocked Sweden's accession", "vetoed the resolution"). */
export const BLOCKING: ReadonlySet<string> = new Set(['block', 'veto', 'prevent', 'thwart', 'stall', 'delay', 'obstruct', 'derail', 'scuttle', 'torpedo']);

/** Facts that accuse their target of something, which a denial answers. */
const ACCUSING: ReadonlySet<RelationType> = new Set<RelationType>(['ACCUSED', 'CRITICIZED', 'SUED']);

/** A "with" phrase at `k`, or after one phrase of where ("talks in Lima with X", "consultations at the palace with Y"). */
function withAfterSetting(units: Unit[], k: number): boolean {
  const isWith = (i: number) => units[i]?.kind === 'p' && units[i]!.word === 'with';
  return isWith(k) || (units[k]?.kind === 'p' && (units[k]!.word === 'in' || units[k]!.word === 'at') && !!units[k + 1]?.np && isWith(k + 2));
}

/** Verbs of carrying, not of sending: "soldiers were flown to Germany for treatment" says nothing of who sent them. */
const CARRYING: ReadonlySet<string> = new Set(['fly', 'move', 'rush', 'take', 'bring', 'carry', 'evacuate']);

/** Relations whose object kind (forces, goods) is sent by the state that has it ("Chadian troops were deployed to X"). */
const SENT_BY_OWNER: ReadonlySet<RelationType> = new Set<RelationType>(['DEPLOYED_TO', 'SUPPLIED']);

/** The person a noun phrase opens with, before the office it is given ("X trade minister"). */
function personOpening(ctx: SentenceContext, u: Unit): number[] {
  const m = ctx.s.mentions.find((x) => x.t0 === u.t0 && x.refs.length === 1);
  return m && ctx.ents.list[m.refs[0]!]!.type === 'Person' ? [m.refs[0]!] : [];
}

/** Verbs that put someone in an office, and verbs of taking it over from someone ("appointed X, replacing Y"). */
const PUTTING_IN_OFFICE = new Set([...APPOINTING, 'elect', 'swear']);
const TAKING_OVER = new Set(['replace', 'succeed']);

/** The entities a continued clause's object names, or else those of its "on/against/to/with" phrase ("imposed sanctions on X and Y"). */
function continuedTargets(units: Unit[], obj: Group): number[] {
  const named = actorsOf(units, obj);
  if (named.length) return named;
  const pps = prepositions(units, obj[obj.length - 1]! + 1);
  for (const w of ['on', 'against', 'to', 'with']) {
    const g = pps.get(w);
    if (g) return g.flatMap((k) => (units[k]!.np ? (units[k]!.np!.headIsEntity ? units[k]!.np!.actors : npActors(units[k]!.np!)) : []));
  }
  return [];
}

/** Nouns for another state as seen from one ("its rival", "its neighbour"). */
const RELATIONAL_STATES = new Set(['neighbour', 'neighbor', 'rival', 'foe', 'adversary', 'arch-rival', 'archrival', 'enemy']);

/**
 * The owners a craft or property phrase at `i` names: "a tanker owned by X" after it, or a firm or body
 * as its possessor ("Vega Oil's tanker"; not a state's, "Chile's tanker", which may be its flag).
 */
function craftOwners(ctx: SentenceContext, units: Unit[], i: number): number[] {
  const np = units[i]!.np!;
  if (!np.mentions) return ownerAfter(units, i);
  return np.poss.length && np.poss.every((e) => ctx.ents.list[e]!.type === 'Organization') ? np.poss : [];
}
/** Craft and property a target may be told by, standing for whoever owns or runs them. */
const OWNED_THINGS = new Set(['tanker', 'vessel', 'ship', 'boat', 'trawler', 'freighter', 'aircraft', 'plane', 'jet', 'yacht', 'cargo', 'asset', 'property', 'shipment', 'ferry', 'barge']);
/** The owner named after a craft: "owned by X", "operated by X", "belonging to X", "chartered by X". */
function ownerAfter(units: Unit[], i: number): number[] {
  return agentAfter(units, i, /^(?:own|operate|charter|manage|run|lease)$/) ?? agentAfter(units, i, /^belong$/, 'to') ?? [];
}

/** Participles whose "by" agent a slot reads after the object: the buyer of goods, the filer of a petition. */
const PARTICIPLE_AGENTS: Readonly<Record<'obj-buyer' | 'obj-filer', RegExp>> = {
  'obj-buyer': /^(?:order|buy|purchase|procure|commission|request)$/,
  'obj-filer': /^(?:file|bring|lodge|submit|launch|mount)$/,
};

/**
 * The one named right after the phrase at `i` by a one-word participle of `lemmas` and `prep`
 * ("owned by X", "belonging to Y", "ordered by Z"), if a name; else none.
 * (A named one only: "a trawler owned by a Maltese company" names no one.)
 */
function agentAfter(units: Unit[], i: number, lemmas: RegExp, prep = 'by'): number[] | undefined {
  const v = units[i + 1];
  if (v?.kind !== 'vg' || v.t1 - v.t0 !== 1 || !lemmas.test(v.vg!.lemma)) return undefined;
  return units[i + 2]?.kind === 'p' && units[i + 2]!.word === prep && units[i + 3]?.np?.headIsEntity ? units[i + 3]!.np!.actors : undefined;
}

/** The buyer or filer named after goods or a filing: "ordered by X", "filed by Y". */
function buyerOrFiler(units: Unit[], i: number, lemmas: RegExp): number[] {
  // ("the last three of ten frigates ordered by X": the goods a number is of.)
  if (units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of' && units[i + 2]?.np && NUMBER_WORD.test(units[i]!.np?.head ?? '')) i += 2;
  // (Not when the verb names another end after it: "delivered jets ordered by Peru to Bolivia".)
  if (units[i + 4]?.kind === 'p' && units[i + 4]!.word === 'to' && units[i + 5]?.np?.actors.length) return [];
  return agentAfter(units, i, lemmas) ?? [];
}

/** Participles that say where goods come from ("imported from", "made in"). */
const ORIGIN_VERBS = new Set(['import', 'make', 'produce', 'manufacture', 'export', 'ship', 'source', 'build', 'grow']);

/** Words that tell an act as the same as one told before ("matching sanctions", "similar measures"). */
const SAME_WORDS = new Set(['parallel', 'similar', 'matching', 'identical', 'equivalent', 'comparable', 'coordinated']);

/** The noun phrase tells its act as one told before: "matching sanctions", or "… on the same targets". */
function sameAsBefore(tokens: readonly Token[], u: Unit, pps: Map<string, Group>, units: Unit[]): boolean {
  for (let t = u.t0; t < u.t1; t++) if (SAME_WORDS.has(tokens[t]!.lower)) return true;
  for (const g of pps.values()) {
    const x = units[g[0]!];
    if (x && tokens[x.t0]?.lower === 'the' && tokens[x.t0 + 1]?.lower === 'same' && !x.np?.actors.length && !TIME_HEADS.has(x.np?.head ?? '')) return true;
  }
  return false;
}

/** Nouns whose "that" clause reports a claim, not a fact ("accusations that it supplied…"). */
const CLAIM_NOUNS = new Set('accusation allegation claim charge report rumour rumor suggestion assertion speculation suspicion fear concern idea notion belief'.split(' '));

/** The verb at unit u is inside a "that" clause of a claim noun ("denied accusations that it had supplied…"). */
function reportedClause(units: Unit[], u: number): boolean {
  for (let k = u - 1; k >= 0 && u - k <= 8; k--) {
    const x = units[k]!;
    if (x.kind === 'vg' || x.kind === 'stop') return false;
    if ((x.kind === 'rel' || x.kind === 'sconj') && x.word === 'that') return !!units[k - 1]?.np && CLAIM_NOUNS.has(units[k - 1]!.np!.head);
  }
  return false;
}

/** The antecedent of an object relative clause: "the deal [that|which] X signed" → the deal. */
function relativeObject(units: Unit[], subject: Group, isDeedName?: (e: number) => boolean, tokens?: readonly Token[]): Group {
  const first = subject[0];
  if (first === undefined) return [];
  const rel = units[first - 1];
  // "a rival she criticised", "the treaty Peru ratified": a relative with no relative word, its subject
  // a pronoun or a name straight after a noun phrase naming no one.
  // (Not a phrase opening the sentence after its preposition: "Under the deal Chile agreed".)
  // (Also an agreement or event named before the subject: "under a transit protocol the two countries
  // signed", "the summit he is hosting"; its subject a name, a pronoun, a pair written by its number, or "the country".)
  const named = !!isDeedName && !!rel?.np?.mentions && rel.np.actors.length > 0 && rel.np.actors.every(isDeedName);
  const subjNp = units[first]!.np;
  const lead = tokens ? tokens.slice(units[first]!.t0, Math.min(units[first]!.t1, units[first]!.t0 + 2)).map((t) => t.lower).join(' ') : '';
  // (Or a state written as one: "the water pact the republic agreed with X".)
  const counted = !!subjNp && !subjNp.mentions && /^(?:both|the two|the three|all three|the (?:country|government|kingdom|republic|bloc))\b/.test(lead);
  const zero = rel?.kind === 'np' && !TIME_HEADS.has(rel.np!.head) && !(first === 2 && units[0]!.kind === 'p') && (!rel.np!.mentions || named) &&
    (units[first]!.kind === 'pron' ? ZERO_RELATIVE_SUBJECTS.has(units[first]!.word!) : (!!subjNp?.actors.length || (named && counted)) && (!rel.np!.actors.length || named));
  // ("Zirok, the province Chile runs": a description set off after a name stands for it; not an act,
  // "X arrested Y, a step Z condemned", which sums up the clause.)
  if (zero) return units[first - 2]?.kind === 'comma' && units[first - 3]?.np?.actors.length && units[first - 3]!.np!.headIsEntity && !ACT_NOUNS.has(rel.np!.head) ? [first - 3] : [first - 1];
  if (rel?.kind !== 'rel' || (rel.word !== 'that' && rel.word !== 'which' && rel.word !== 'whom')) return [];
  // "the Protocol, which Britain and the EU signed": over the comma of a non-restrictive relative.
  const at = units[first - 2]?.kind === 'comma' ? first - 3 : first - 2;
  if (units[at]?.kind !== 'np') return [];
  // "Zirok, the province that Chile runs": an antecedent naming no one stands for the name it is set beside.
  // (Not an act after a state, place or person, "recognised Kosovo, a move that Y denounced", which sums up the
  // clause; after a plan or deal it describes it, "the Vega Plan, a proposal that Y rejected".)
  const sums = ACT_NOUNS.has(units[at]!.np!.head) && !DESCRIBING_ACTS.has(units[at]!.np!.head);
  if (!units[at]!.np!.actors.length && units[at - 1]?.kind === 'comma' && units[at - 2]?.np?.actors.length && units[at - 2]!.np!.headIsEntity && !sums) return [at - 2];
  return [at];
}

/**
 * What a noun phrase describes: the phrase before an apposition ("Sheinbaum, a close ally of X") or
 * the subject of a copula ("X is a key partner of Y", "X became an ally of Y").
 */
function anchorOf(ctx: SentenceContext, units: Unit[], i: number): number[] {
  // "X, one of Y's main donors", "X is one of the leading critics of Y": what "one" describes.
  if (units[i - 1]?.kind === 'p' && units[i - 1]!.word === 'of' && units[i - 2]?.np?.head === 'one' && !units[i - 2]!.np!.mentions) return anchorOf(ctx, units, i - 2);
  if (units[i - 1]?.kind === 'comma' && units[i - 2]?.np) return npActors(units[i - 2]!.np!);
  // "Y's successor, X, dropped the plan": a name set off right after a possessed description.
  const after = units[i + 2];
  // ("his successor, Ines Paz.": a possessive pronoun's owner too, and the name may end the sentence.)
  const owned = !!units[i]?.np && (units[i]!.np!.poss.length > 0 || /^(?:his|her|their|its)$/.test(ctx.s.tokens[units[i]!.t0]?.lower ?? ''));
  // (Not in a fronted phrase, "To Y's critics, X is a hero", nor before a speaker, "Y's backers, Peru said, …".)
  const closing = units[i + 3];
  const speaker = closing?.kind === 'vg' && CLAUSE_REPORTING.has(closing.vg!.lemma);
  const lead = units[i - 2];
  const fronted = units[i - 1]?.kind === 'sconj' || (i === 1 && units[0]!.kind === 'other') || ((units[i - 1]?.kind === 'p' || units[i - 1]?.kind === 'inf') && (!lead || lead.kind === 'comma' || lead.kind === 'stop' || lead.kind === 'sconj' || (lead.kind === 'vg' && lead.vg!.gerund && i - 2 === 0)));
  if (owned && !(fronted && closing?.kind === 'vg') && !units[i]!.np!.actors.length && units[i + 1]?.kind === 'comma' && after?.np?.actors.length && !after.np.poss.length && !speaker && (closing?.kind === 'comma' || closing?.kind === 'vg' || closing?.kind === 'stop')) return npActors(after.np);
  // "X, a former mayor of Lima and a close ally of Y": the second of two joined descriptions.
  if (units[i - 1]?.kind === 'cc' && units[i - 1]!.word === 'and' && units[i]?.np?.indefinite) {
    for (let k = i - 2; k >= Math.max(1, i - 9); k--) {
      const x = units[k]!;
      if (x.kind === 'comma') return units[k + 1]?.np?.indefinite && units[k - 1]?.np ? npActors(units[k - 1]!.np!) : [];
      if (!x.np && x.kind !== 'p') return [];
    }
  }
  const v = units[i - 1];
  // (Not a copula in an infinitive, "wants to become Y's main supplier": no fact yet.)
  if (v?.kind === 'vg' && ANCHOR_COPULAS.has(v.vg!.lemma) && !v.vg!.negated && units[i - 2]?.kind !== 'inf') {
    const c = findSubject(units, i - 1);
    return actorsOf(units, c.subject);
  }
  // "declared X the winner of Y", "named X its envoy": the object a verb of naming gives the description to.
  // ("declared X of the ruling party the winner": over the object's "of" phrase.)
  const named = units[i - 2]?.kind === 'p' && units[i - 2]!.word === 'of' && units[i - 1]?.np && units[i - 3]?.np?.actors.length ? i - 3 : i - 1;
  if (units[named]?.np?.actors.length && units[named - 1]?.kind === 'vg' && NAMING_VERBS.has(units[named - 1]!.vg!.lemma) && !units[named - 1]!.vg!.passive && !units[named - 1]!.vg!.negated && units[i]?.np?.definite) return npActors(units[named]!.np!);
  // "fought in 1879 as an ally of Y": the subject of the clause the "as" phrase ends.
  if (v?.kind === 'p' && v.word === 'as' && units[i]?.np?.indefinite) {
    for (let k = i - 2; k >= 0 && i - k <= 8; k--) {
      const x = units[k]!;
      if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'comma') break;
      if (x.kind === 'vg' && !x.vg!.participle && !x.vg!.gerund && !x.vg!.negated) return actorsOf(units, findSubject(units, k).subject);
    }
  }
  return [];
}
/** Verbs that give their object a description after it ("declared X the winner"). */
const NAMING_VERBS = new Set(['declare', 'proclaim', 'name', 'make', 'crown', 'certify', 'confirm']);
/** Copulas of an anchor: the shared ones, and "stay" ("X stayed a close ally of Y"). */
const ANCHOR_COPULAS = new Set([...COPULAS, 'stay', 'declare', 'proclaim', 'name']);

/** Harms one undergoes ("how X was killed"). */
const HARMS = /^(?:kill|murder|attack|injure|wound|arrest|detain|abduct|kidnap|shoot|beat|torture|poison|harm|assassinate|execute|hit|strike)$/;

/** Verbs whose passive subject was at the event ("was welcomed at the summit", "was represented at the talks"). */
const PRESENT_PASSIVE = new Set(['represent', 'welcome', 'receive', 'host', 'invite', 'greet', 'admit', 'elect', 'swear', 'seat', 'honour', 'honor', 'award', 'introduce', 'present', 'applaud', 'cheer']);

/** Verbs of running a body, whose object a relative with no relative word may leave before its subject ("the group he chairs"). */
const RUNNING = new Set(['chair', 'head', 'lead', 'run', 'found', 'co-found', 'direct']);

/** Verbs of holding talks, whose partners were there ("held talks with Y at the summit"). */
const TALK_HOLDING = new Set(['hold', 'have', 'conduct', 'mediate', 'broker', 'facilitate', 'chair', 'host', 'open', 'begin', 'start', 'resume', 'end', 'conclude', 'wrap']);

/** Verbs whose object is a fellow participant ("met X on the sidelines of the summit"). */
const WITH_OBJECT = new Set(['meet', 'talk', 'speak', 'hold', 'host', 'receive', 'welcome', 'sign', 'greet']);

/** Events one lives through or takes part in otherwise, never attends ("during the 2019 banking crisis"); votes are VOTE_NAME's. */
const UNATTENDED_EVENT = /\b(?:crisis|war|conflict|attack|attacks|pandemic|invasion|coup|offensive|insurgency|uprising|revolution|earthquake|flood|floods|famine|recession|occupation|siege|genocide|massacre|bombing|shooting|blockade|drought)$/i;

/** Words that name a gathering, whatever it is about ("the Conference on the Vilca Crisis"). */
const GATHERING_NAME = /\b(?:conference|summit|meeting|forum|talks|session|congress|dialogue|symposium|roundtable)\b/i;

/** Where a target that names no one stands ("a police post in Putre"). */
const PLACE_SLOTS: readonly Slot[] = ['pp:in', 'pp:near', 'pp:on'];
/** Attack rows whose targets, with no attacker named, a later claim of responsibility may take. */
const UNCLAIMABLE_ROWS: ReadonlySet<string> = new Set(['attack', 'attack-noun']);
/** Heads of what one claims for an attack: the attack itself ("claimed the raid") or responsibility for it. */
const CLAIMED_HEADS: ReadonlySet<string> = new Set(['responsibility', 'attack', 'attacks', 'raid', 'strike', 'strikes', 'bombing', 'assault', 'ambush', 'blast', 'shelling']);

/**
 * "Gunmen stormed a post in Putre. The Front claimed responsibility": whoever claims an attack told
 * with no attacker, in this sentence or the two before, attacked its targets. (A claimed attack with a
 * target of its own, "claimed the attack on X", is the lexicon's.)
 */
function claimedAttack(ctx: SentenceContext, units: Unit[], u: number, subj: number[]): void {
  const vg = units[u]!.vg!;
  if (vg.lemma !== 'claim' || vg.negated || vg.passive || !subj.length || !ctx.unclaimed?.length) return;
  const obj = units[u + 1]?.np;
  // (Only the attack just told: "claimed the raid", "claimed responsibility", "claimed responsibility for the
  // assault"; not one of many or one before, "claimed a 2019 bombing", "often claims such attacks", nor what
  // a clause says, "claimed the strike was staged".)
  const definite = (at: number): boolean => {
    const ws = ctx.s.tokens.slice(units[at]!.t0, units[at]!.t1);
    return (/^(?:the|this|that|its)$/.test(ws[0]?.lower ?? '') || /^['’]s$/.test(ws[1]?.text ?? '')) && !ws.some((t) => /^\d{4}$|^(?:such|many|several|dozens|all)$/.test(t.lower));
  };
  if (!obj || obj.mentions || vg.hedged || vg.future || /^(?:often|usually|routinely|regularly|always|frequently)$/.test(ctx.s.tokens[units[u]!.t0 - 1]?.lower ?? '')) return;
  let k = u + 2;
  if (obj.head === 'responsibility') {
    if (units[k]?.kind === 'p' && units[k]!.word === 'for') {
      const what = units[k + 1]?.np;
      if (!what || what.mentions || !CLAIMED_HEADS.has(what.head) || what.head === 'responsibility' || !definite(k + 1)) return;
      k += 2;
    } else if (units[k]?.kind === 'sconj') return;
    // (Not a claim made before, "claimed responsibility in the past for attacks", "in 2019 for a similar attack".)
    for (let q = k; q < units.length && units[q]!.kind !== 'stop' && units[q]!.kind !== 'sconj'; q++) {
      const np = units[q]!.np;
      if (np && (np.head === 'past' || /^\d{4}$/.test(np.head))) return;
      if (units[q]!.kind === 'p' && units[q]!.word === 'for' && units[q + 1]?.np && !definite(q + 1)) return;
    }
  } else if (!CLAIMED_HEADS.has(obj.head) || !definite(u + 1) || units[k]?.kind === 'vg') return;
  // (Its own target: "claimed the attack on X", "responsibility for the strike on Y"; nor "of" one, "the killing of X".)
  if (units[k]?.kind === 'p' && /^(?:on|against|in|of)$/.test(units[k]!.word ?? '') && units[k + 1]?.np?.mentions) return;
  const last = ctx.unclaimed[ctx.unclaimed.length - 1]!;
  if (ctx.index - last.sentence > 2) return;
  for (const t of last.targets) for (const a of subj) if (a !== t && ctx.ents.list[a]!.type !== 'Person') ctx.emit(a, 'ATTACKED', t, 0.55);
}

/**
 * "X met Y on the sidelines of the summit", "X spoke at the conference", "…during the talks": the
 * clause's participants attended the event.
 */
function attendance(ctx: SentenceContext, units: Unit[], u: number, subj: number[]): void {
  const vg = units[u]!.vg!;
  if (vg.lemma === 'host' || vg.lemma === 'organize' || vg.lemma === 'organise') return;
  const events: number[] = [];
  let objEnd = u + 1;
  const obj: number[] = [];
  if (units[objEnd]?.kind === 'p' && units[objEnd]!.word === 'with') objEnd++;
  // ("sat beside X at the forum", "stood alongside Y at the summit": whoever one is beside was there too.)
  const beside = units[objEnd]?.kind === 'p' && /^(?:beside|alongside)$/.test(units[objEnd]!.word ?? '');
  if (beside) objEnd++;
  // ("held talks with Y at the summit", "mediated talks between Y and Z at the forum": whoever the
  // talks were with or between was there too.)
  // (Only talks held, told as done: not "cancelled a meeting with Y", "will hold talks with Y", "said talks with Y failed".)
  const held = TALK_HOLDING.has(vg.lemma) && !vg.future && !vg.hedged && !vg.reported && !vg.negated && !vg.base && !ctx.s.tokens.some((t) => t.text === '?');
  const talks = held && units[objEnd]?.np && !units[objEnd]!.np!.mentions && (TALK_NOUNS.has(units[objEnd]!.np!.head) || units[objEnd]!.np!.head === 'meeting') && units[objEnd + 1]?.kind === 'p' && (units[objEnd + 1]!.word === 'with' || units[objEnd + 1]!.word === 'between');
  if (talks && units[objEnd + 2]?.np) for (const i of groupRight(units, objEnd + 2)) obj.push(...npActors(units[i]!.np!));
  else if (units[objEnd]?.np && (WITH_OBJECT.has(vg.lemma) || beside)) for (const i of groupRight(units, objEnd)) obj.push(...npActors(units[i]!.np!));
  for (let j = u + 1; j < units.length && j < u + 14; j++) {
    const x = units[j]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || (x.kind === 'vg' && !x.vg!.participle)) break;
    if (x.kind !== 'p' || !units[j + 1]?.np) continue;
    const np = units[j + 1]!.np!;
    const at = x.word === 'at' || x.word === 'during' || (x.word === 'of' && /^(?:sideline|margin)s?$/.test(units[j - 1]?.np?.head ?? ''));
    // (Only a gathering: one is not "at" or "during" a crisis, a war or an election as at a summit.)
    // (Nor a vote, whatever body holds it: "during the Security Council election".)
    if (at) for (const e of np.actors) if (ctx.ents.list[e]!.type === 'Event' && !VOTE_NAME.test(ctx.ents.list[e]!.name) && (!UNATTENDED_EVENT.test(ctx.ents.list[e]!.name) || GATHERING_NAME.test(ctx.ents.list[e]!.name))) events.push(e);
  }
  if (!events.length) return;
  // (In the passive the surface subject underwent the act, and was there only when the verb says so: "X
  // was welcomed at the summit", "Peru was represented at it"; not "the bloc was launched", "Y was criticised".)
  const takers = vg.passive && !PRESENT_PASSIVE.has(vg.lemma) ? [] : subj;
  // ("was signed by X and Y on the sidelines of the summit": the "by" agents of a passive were there.)
  const by = vg.passive && !vg.negated && !vg.hedged ? prepositions(units, u + 1).get('by') : undefined;
  const agents = by ? actorsOf(units, by) : [];
  for (const p of new Set([...takers, ...obj, ...agents])) {
    if (!['Person', 'Country', 'Organization'].includes(ctx.ents.list[p]!.type)) continue;
    for (const e of events) ctx.emit(p, 'ATTENDED', e, 0.55);
  }
}

/**
 * "the council, whose members include X and Y", "the council's members include X", "members of the
 * alliance include Y": those the members of a body are said to include are its members.
 */
function membersInclude(ctx: SentenceContext, units: Unit[], u: number, subjGroup: Group): void {
  const vg = units[u]!.vg!;
  if ((vg.lemma !== 'include' && !COPULAS.has(vg.lemma)) || vg.passive || vg.participle || vg.gerund || vg.negated) return;
  // "Chile, Peru and eight other states are members of X": those named in the subject, when the
  // complement is members "of" a body.
  const c = units[u + 1]?.np;
  // (Not former ones: "are former members of X", "were once members".)
  const span = ctx.s.tokens.slice(units[u]!.t0, units[u + 1]?.t1 ?? 0);
  const former = span.some((t, k) => /^(?:former|ex|formerly|no)$/.test(t.lower) || (t.lower === 'once' && span[k + 1]?.lower !== 'again'));
  if (COPULAS.has(vg.lemma) && c && c.head === 'member' && !c.actors.length && !former && units[u + 2]?.kind === 'p' && units[u + 2]!.word === 'of' && units[u + 3]?.np?.headIsEntity) {
    for (const o of units[u + 3]!.np!.actors) if (ctx.ents.list[o]!.type === 'Organization') for (const e of actorsOf(units, subjGroup)) if (e !== o && ctx.ents.list[e]!.type !== 'Place') ctx.emit(e, 'MEMBER_OF', o, 0.6);
    return;
  }
  // "Peru and Chile are both Andean Forum members": the body before the plural noun, over "both/all/also".
  const at = units[u + 1]?.kind === 'other' && /^(?:both|all|also|now|still)$/.test(units[u + 1]!.word ?? '') ? u + 2 : u + 1;
  const plural = units[at]?.np;
  if (COPULAS.has(vg.lemma) && plural && plural.head === 'member' && !former && !plural.poss.length && plural.pre.length && /s$/.test(ctx.s.tokens[units[at]!.t1 - 1]!.lower) && units[at + 1]?.kind !== 'p') {
    for (const o of plural.pre) if (ctx.ents.list[o]!.type === 'Organization') for (const e of actorsOf(units, subjGroup)) if (e !== o && (ctx.ents.list[e]!.type === 'Country' || ctx.ents.list[e]!.type === 'Organization')) ctx.emit(e, 'MEMBER_OF', o, 0.6);
    return;
  }
  if (subjGroup.length !== 1) return;
  const s0 = subjGroup[0]!;
  const np = units[s0]!.np;
  if (!np || np.head !== 'member' || np.actors.length || !/s$/.test(ctx.s.tokens[units[s0]!.t1 - 1]!.lower)) return;
  let body: number[] = np.poss;
  if (!body.length && units[s0 + 1]?.kind === 'p' && units[s0 + 1]!.word === 'of' && units[s0 + 2]?.np?.headIsEntity) body = units[s0 + 2]!.np!.actors;
  if (!body.length && units[s0 - 1]?.kind === 'rel' && units[s0 - 1]!.word === 'whose') {
    const k = units[s0 - 2]?.kind === 'comma' ? s0 - 3 : s0 - 2;
    const ante = units[k]?.np;
    // (Over an apposition naming no one: "the Andean Council, a body whose members include…".)
    body = ante?.actors.length ? ante.actors : !ante?.mentions && units[k - 1]?.kind === 'comma' && units[k - 2]?.np?.headIsEntity ? units[k - 2]!.np!.actors : [];
  }
  // (So for a pact: those its members take in are its parties.)
  const orgs = body.filter((e) => ctx.ents.list[e]!.type === 'Organization' || ctx.ents.list[e]!.type === 'Treaty');
  if (!orgs.length) return;
  if (!units[u + 1]?.np) return;
  // (Not people named by their states: "the Front's members are Peruvians and Bolivians".)
  const demonyms = new Set(ctx.s.mentions.filter((m) => m.gaz?.kind === 'demonym').flatMap((m) => m.refs));
  for (const i of groupRight(units, u + 1)) for (const e of units[i]!.np!.actors) {
    if (demonyms.has(e) && !ctx.s.mentions.some((m) => m.gaz?.kind !== 'demonym' && m.refs.includes(e) && m.t0 >= units[i]!.t0 && m.t1 <= units[i]!.t1)) continue;
    const t = ctx.ents.list[e]!.type;
    if (t !== 'Country' && t !== 'Organization') continue;
    for (const o of orgs) if (o !== e) ctx.emit(e, ctx.ents.list[o]!.type === 'Treaty' ? 'PARTY_TO' : 'MEMBER_OF', o, 0.6);
  }
}

/** Crimes one is wanted for ("wanted in Peru for murder", "for his role in a massacre", "for tax evasion"). */
const CRIMES = new Set('murder killing fraud corruption embezzlement terrorism treason espionage spying bribery trafficking smuggling laundering rape kidnapping abduction theft robbery crime genocide assault extortion sedition rebellion insurrection desertion evasion massacre bombing attack scheme'.split(' '));

/**
 * "X, who is wanted in Peru on charges of fraud", "wanted by Chile for murder": the state that wants
 * someone on charges has charged them.
 */
function wantedOnCharges(ctx: SentenceContext, units: Unit[], u: number, subj: number[]): void {
  const vg = units[u]!.vg!;
  // (A reduced participle the tagger reads as a past tense has no subject of its own.)
  if (vg.lemma !== 'want' || !(vg.passive || vg.participle || !subj.length) || ctx.s.tokens[vg.verb]!.lower !== 'wanted') return;
  if (units[u + 1]?.kind !== 'p' || !/^(?:in|by)$/.test(units[u + 1]!.word ?? '') || !units[u + 2]?.np) return;
  const charge = units[u + 3]?.kind === 'p' && ((units[u + 3]!.word === 'on' && /^(?:charge|allegation|suspicion)$/.test(units[u + 4]?.np?.head ?? '')) || (units[u + 3]!.word === 'for' && !!units[u + 4]?.np && (CRIMES.has(units[u + 4]!.np!.head) || ctx.s.tokens.slice(units[u + 4]!.t0, units[u + 4]!.t1 + 6).some((t) => CRIMES.has(t.lemma ?? t.lower)))));
  if (!charge) return;
  // (A state, or its capital: not a police body that circulates the warrant, "wanted by Interpol".)
  const states = units[u + 2]!.np!.actors.filter((e) => ctx.ents.list[e]!.type === 'Country');
  // ("X, a former minister wanted in Peru on charges…": the one the description before the participle is of.)
  const before = units[u - 1]?.np && !subj.length ? [...npActors(units[u - 1]!.np!), ...anchorOf(ctx, units, u - 1)] : [];
  const people = [...subj, ...before].filter((e) => ctx.ents.list[e]!.type === 'Person');
  for (const st of states) for (const p of new Set(people)) ctx.emit(st, 'CHARGED', p, 0.55);
}

/**
 * "Mexico, which trades with the United States under the USMCA", "handed Hong Kong back to China
 * under the Joint Declaration": states acting under a treaty, and the states they act with or
 * towards, are its parties.
 */
function underTreaty(ctx: SentenceContext, units: Unit[], u: number, subj: number[]): void {
  // (Not one who only speaks of another's duties: "Peru said the duties breach Chile's obligations under X".)
  if (units[u]!.vg!.passive || CLAUSE_REPORTING.has(units[u]!.vg!.lemma)) return;
  const parties = new Set(typedIn(ctx, [subj], ['Country']));
  if (!parties.size) return;
  const treaties: number[] = [];
  for (let j = u + 1; j < units.length && j < u + 16; j++) {
    const x = units[j]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || (x.kind === 'vg' && !x.vg!.participle)) break;
    if (x.np && units[j - 1]?.kind === 'p' && ['with', 'to'].includes(units[j - 1]!.word!)) for (const e of typedIn(ctx, [x.np.actors], ['Country'])) parties.add(e);
    if (x.kind === 'p' && x.word === 'under' && units[j + 1]?.np) for (const e of units[j + 1]!.np!.actors) if (ctx.ents.list[e]!.type === 'Treaty') treaties.push(e);
  }
  for (const t of treaties) for (const p of parties) ctx.emit(p, 'PARTY_TO', t, 0.55);
}

/** Verbs of acting that "on" a request may follow ("acted on Peru's request"). */
const ACTING_ON = new Set(['act', 'move', 'intervene', 'proceed', 'step']);

/** Nouns of asking that a clause's act may answer ("at Peru's request", "at the urging of Chile"). */
const REQUEST_HEADS = new Set(['request', 'behest', 'urging']);
/** Prepositions a request is met by ("at Peru's request", "upon the request of", "acted on its request"). */
const REQUEST_PREPS = new Set(['at', 'upon', 'on']);

/** Verbs of fearing or keeping off what follows ("fear a war", "averted a war"). */
const FEARING = new Set(['fear', 'avert', 'avoid', 'prevent', 'risk', 'warn', 'threaten', 'predict', 'forecast', 'spark', 'trigger', 'provoke', 'of']);

/** Words before "war" that make it a contest of another kind ("trade war", "price war", "cold war"). */
const FIGURATIVE_WARS = new Set(['trade', 'tariff', 'price', 'cold', 'media', 'diplomatic', 'bidding', 'currency', 'culture', 'propaganda', 'legal', 'turf', 'information', 'tech', 'technology', 'chip', 'subsidy', 'rate', 'talent', 'word', 'shadow', 'proxy', 'drug', 'class']);

/** The last word of each title named inside the units of a group ("minister" of "Finance Minister X"; "prime minister" whole). */
function officeWords(ctx: SentenceContext, units: Unit[], group: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const k of group) {
    const u = units[k];
    if (!u?.np?.titled) continue;
    for (const m of ctx.s.mentions) if (m.kind === 'role' && m.t0 >= u.t0 && m.t1 <= u.t1) out.add(/^prime minister$/i.test(tokenText(ctx.s.tokens, m.t1 - 2, m.t1, ' ')) ? 'prime minister' : ctx.s.tokens[m.t1 - 1]!.lower);
  }
  return out;
}

/** Offices that appoint and dismiss others ("President X replaced Finance Minister Y"). */
const APPOINTING_OFFICES = /^(?:president|prime minister|premier|chancellor|king|queen|emir|sultan)$/i;

/**
 * A subject named with an office that appoints others, and an object named with another office
 * ("President X replaced Finance Minister Y"); not "Army chief X replaced Defence Minister Y".
 */
function otherOffices(ctx: SentenceContext, units: Unit[], subj: readonly number[], obj: readonly number[]): boolean {
  const a = officeWords(ctx, units, subj);
  const b = officeWords(ctx, units, obj);
  return [...a].some((w) => APPOINTING_OFFICES.test(w)) && b.size > 0 && ![...a].some((w) => b.has(w));
}

/** Kinds of war a truce in which pauses no fighting ("a truce in the trade war", "a tariff truce"). */
const FIGURATIVE_TRUCES = new Set(['trade', 'tariff', 'tariffs', 'price', 'currency', 'chip', 'tech', 'technology', 'subsidy', 'media', 'bidding', 'legal', 'culture', 'propaganda', 'word', 'words', 'export', 'exports', 'import', 'imports']);

/** A truce noun at `ui` in a figurative war: its own modifier, or the war, row or matter of its next phrase. */
function figurativeTruce(tokens: Token[], units: Unit[], u: Unit, ui: number): boolean {
  if (FIGURATIVE_TRUCES.has(tokens[u.t1 - 2]?.lower ?? '')) return true;
  const p = units[ui + 1];
  const next = units[ui + 2];
  if (p?.kind !== 'p' || !/^(?:in|of|on|over)$/.test(p.word ?? '') || !next?.np || next.np.actors.length) return false;
  return FIGURATIVE_TRUCES.has(next.np.head) || FIGURATIVE_TRUCES.has(tokens[next.t1 - 2]?.lower ?? '');
}

/** Heads of an "of" phrase that make a fighting noun a figure of speech ("a war of words", "a battle of wills"). */
const FIGURATIVE_OF = new Set(['word', 'words', 'will', 'wills', 'nerve', 'nerves', 'idea', 'ideas']);

/** Rows of the noun phrase's head noun (a two-word trigger such as "air strike" first). */
function nounRows(ctx: SentenceContext, u: Unit): LexiconRow[] {
  const np = u.np!;
  const out: LexiconRow[] = [];
  const phrases = NOUN_PHRASES.get(np.head);
  if (phrases) {
    for (const { row, words } of phrases) {
      const from = u.t1 - words.length;
      if (from < u.t0) continue;
      let ok = true;
      for (let k = 0; k < words.length - 1; k++) {
        const t = ctx.s.tokens[from + k]!;
        if (t.lower !== words[k] && t.lemma !== words[k]) ok = false;
      }
      if (ok) out.push(row);
    }
  }
  // ("a joint offensive": done together, and still an offensive.)
  if (out.length && ctx.s.tokens[u.t1 - 2]?.lower === 'joint') return [...out, ...(NOUN_INDEX.get(np.head) ?? []).filter((r) => !out.includes(r))];
  if (out.length) return out;
  return NOUN_INDEX.get(np.head) ?? [];
}

/** Index of the first unit starting at or after token t. */
function unitAt(units: Unit[], t: number): number {
  for (let i = 0; i < units.length; i++) if (units[i]!.t0 >= t) return i;
  return units.length;
}

/** Whether a time phrase, a preposition and a time noun naming no one, starts at unit k ("on Monday", "in May"). */
function timePhraseAt(units: readonly Unit[], k: number): boolean {
  return units[k]?.kind === 'p' && TIME_HEADS.has(units[k + 1]?.np?.head ?? '') && !units[k + 1]!.np!.actors.length;
}

/** Whether `words` follow the object unit at `last`, or an apposition set off by commas after it. */
function wordsAfterObject(units: readonly Unit[], tokens: readonly Token[], last: number, words: string): boolean {
  let t = units[last]!.t1;
  if (units[last + 1]?.kind === 'comma' && units[last + 2]?.np && units[last + 3]?.kind === 'comma') t = units[last + 3]!.t1;
  else if (tokens[t]?.text === ',') t++;
  // (The chunker may take the first word into the object's phrase: "Pablo Ruiz persona".)
  // ("held X fully accountable": over one adverb.)
  if (tokens[t]?.pos === 'ADV' && wordsAt(tokens, t + 1, words)) return true;
  return wordsAt(tokens, t, words) || (t - 1 > units[last]!.t0 && wordsAt(tokens, t - 1, words));
}

/**
 * Whether the complement that starts at token t (a quotation, or words up to the clause's next
 * punctuation or verb) holds one of `words`: "branded the levies 'theft by another name'".
 */
function complementHas(tokens: readonly Token[], t: number, words: readonly string[]): boolean {
  // ("called the election in Peru a farce", "Peru's vote on the treaty a sham": over a phrase the object
  // goes on with, to where a new noun phrase opens.)
  if (tokens[t]?.pos === 'ADP' && tokens[t]!.lower !== 'as') {
    let k = t + 1;
    while (k < tokens.length && k < t + 8 && !(/^['"‘“]$/.test(tokens[k]!.text) || (tokens[k]!.pos === 'DET' && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos ?? ''))) && !/^[,.;:!?]$/.test(tokens[k]!.text)) k++;
    if (k < tokens.length && (/^['"‘“]$/.test(tokens[k]!.text) || tokens[k]!.pos === 'DET')) t = k;
  }
  const quoted = /^['"‘“]$/.test(tokens[t]?.text ?? '');
  for (let k = quoted ? t + 1 : t; k < tokens.length && k < t + 12; k++) {
    const x = tokens[k]!;
    // (Nor past a preposition: "a partner in the fight against terrorism", "called X on Monday about a
    // violation" say nothing ill of X.)
    // (A participle that is the slur goes on: "called the arrest politically motivated".)
    if (quoted ? /^['"’”]$/.test(x.text) && !/^['’]s$/.test(x.text) : /^[,.;:!?()]$/.test(x.text) || (k > t && (x.pos === 'VERB' || x.pos === 'AUX') && !(/ed$/.test(x.lower) && words.includes(x.lower)))) break;
    // ("an act of aggression", "a form of blackmail": "of" after a word for a kind of deed goes on.)
    if (x.pos === 'ADP' && x.lower !== 'as' && !(x.lower === 'of' && KIND_OF_DEED.has(tokens[k - 1]?.lower ?? ''))) break;
    // ("called it no mistake": a slur denied is none.)
    // ("neither biased nor rigged"; "motivated" only "politically" so: "a highly motivated team" is praise.)
    if (words.includes(x.lower) && !/^(?:no|not|hardly|never|neither|nor)$/.test(tokens[k - 1]?.lower ?? '') && (x.lower !== 'motivated' || tokens[k - 1]?.lower === 'politically')) return true;
  }
  return false;
}

/** Events named in lower case that "took part" may be about instead of an event named before. */
const OTHER_EVENTS = new Set(['exercise', 'exercises', 'drill', 'drills', 'inauguration', 'swearing-in', 'ceremony', 'protest', 'protests', 'rally', 'march', 'funeral', 'strike', 'strikes', 'bombing', 'raid', 'operation', 'vote', 'talks', 'meeting', 'parade', 'election', 'race', 'contest']);

/** Words for a kind of deed whose "of" names it: "an act of piracy", "a form of blackmail". */
const KIND_OF_DEED = new Set(['act', 'acts', 'form', 'kind', 'case', 'instance', 'piece', 'campaign', 'policy', 'example']);

/** `words` may give alternatives: "responsible|accountable". */
function wordsAt(tokens: readonly Token[], t: number, words: string): boolean {
  return words.split('|').some((alt) => alt.split(' ').every((w, k) => tokens[t + k]?.lower === w));
}

/** Token index after the particles, or -1: each word matches a token's lemma or text, after up to two adjectives or determiners. */
function matchParticles(ctx: SentenceContext, from: number, particles: string[]): number {
  const found = particlesFrom(ctx, from, particles);
  // "signed up late on Friday to the pact", "pulled out last week of the deal": over a time phrase.
  // ("spoke by phone with X", "talked over the phone to Y": over a means of speaking.)
  const after = found < 0 && particles.length ? meansEnd(ctx.s.tokens, timePhraseEnd(ctx.s.tokens, meansEnd(ctx.s.tokens, from))) : from;
  return after > from ? particlesFrom(ctx, after, particles) : found;
}

/** The end of a means of speaking at `t` ("by phone", "by video link", "over the phone", "on the phone"), else `t`. */
function meansEnd(tokens: readonly Token[], t: number): number {
  const w = tokens[t]?.lower;
  let k = t + 1;
  if (w !== 'by' && w !== 'over' && w !== 'on' && w !== 'via') return t;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') k++;
  if (!/^(?:phone|telephone|videophone|video|videolink|videoconference|teleconference|zoom)$/.test(tokens[k]?.lower ?? '')) return t;
  k++;
  if (/^(?:link|call|conference)$/.test(tokens[k]?.lower ?? '')) k++;
  return k;
}

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
// (The two words looked for at every verb, as constants: a regex literal is a new object each time it is evaluated.)
const EARLY_OR_LATE = /^(?:late|early|earlier|later)$/;
const NEAR_TIME = /^(?:last|this|next)$/;
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)$/;
/**
 * The end of a time phrase at token `t` ("on Monday", "late on Thursday", "on March 4", "last week",
 * "in 2019"), or `t` itself when there is none.
 */
export function timePhraseEnd(tokens: readonly Token[], t: number): number {
  let k = t;
  if (EARLY_OR_LATE.test(tokens[k]?.lower ?? '')) k++;
  const w = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  if (w === 'on' && (WEEKDAYS.test(next) || (MONTHS.test(next) && /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '')))) {
    k += WEEKDAYS.test(next) ? 2 : 3;
    if (/^(?:night|morning|evening|afternoon)$/.test(tokens[k]?.lower ?? '')) k++;
    return k;
  }
  if (NEAR_TIME.test(w) && (/^(?:week|month|year|weekend)$/.test(next) || WEEKDAYS.test(next))) return k + 2;
  if (w === 'in' && (/^(?:19|20)\d\d$/.test(tokens[k + 1]?.text ?? '') || MONTHS.test(next))) return k + 2 + (/^(?:19|20)\d\d$/.test(tokens[k + 2]?.text ?? '') ? 1 : 0);
  return t;
}

function particlesFrom(ctx: SentenceContext, from: number, particles: string[]): number {
  const tokens = ctx.s.tokens;
  let t = from;
  for (const w of particles) {
    let skipped = 0;
    while (skipped < 4 && t < tokens.length && particleModifier(tokens, t, from, skipped, w) && tokens[t]!.lower !== w && tokens[t]!.lemma !== w) t++, skipped++;
    const tok = tokens[t];
    if (!tok || (tok.lower !== w && tok.lemma !== w)) return -1;
    // ("donate up to 5 million dollars to X": the "to" of "up to" bounds an amount, it is no particle.)
    if (tok.lower === 'to' && tokens[t - 1]?.lower === 'up' && tokens[t - 1]!.pos === 'ADJ') return -1;
    t++;
  }
  return t;
}

/** Modifiers before a particle noun, coordinated ones too: "cut diplomatic and trade ties with". */
function particleModifier(tokens: readonly Token[], k: number, from: number, skipped: number, w: string): boolean {
  const x = tokens[k]!;
  if (x.pos === 'ADJ' || x.pos === 'DET' || POSSESSIVES.has(x.lower)) return true;
  // "trades heavily with", "worked closely with": a manner adverb right after the verb.
  if (k === from && x.pos === 'ADV' && /ly$/.test(x.lower)) return true;
  // ("restored full diplomatic relations": a word the tagger reads as an adverb before an adjective.)
  if (x.pos === 'ADV' && tokens[k + 1]?.pos === 'ADJ' && /^[a-z]+$/.test(x.lower)) return true;
  return (x.lower === 'and' || x.lower === 'or' || x.pos === 'NOUN') && skipped > 0 && k + 1 < tokens.length && (tokens[k + 1]!.lower === w || tokens[k + 1]!.lemma === w || tokens[k + 1]!.pos === 'NOUN' || tokens[k + 1]!.pos === 'ADJ');
}

/** An act told as made or decided ("will withdraw" is condemned as much as a withdrawal), not denied or negated. */
function toldAsMade(x: LocalRelation): boolean {
  return !x.status || x.status === 'asserted' || x.status === 'planned';
}

/** Act nouns that name the kind of act they refer back to. */
const ACT_NOUN_TYPES: Readonly<Record<string, readonly RelationType[]>> = {
  arrest: ['ARRESTED'], detention: ['ARRESTED'], expulsion: ['EXPELLED'], sanction: ['SANCTIONED'], embargo: ['SANCTIONED'], tariff: ['SANCTIONED'],
  attack: ['ATTACKED'], strike: ['ATTACKED'], raid: ['ATTACKED'], bombing: ['ATTACKED'], assault: ['ATTACKED'], killing: ['KILLED', 'ATTACKED'],
  blast: ['ATTACKED'],
  invasion: ['INVADED'], offensive: ['ATTACKED', 'INVADED'], recognition: ['RECOGNIZED'], withdrawal: ['WITHDREW_FROM'], suspension: ['SUSPENDED'],
  ratification: ['RATIFIED'], seizure: ['SEIZED', 'CAPTURED'], abduction: ['ARRESTED'], kidnapping: ['ARRESTED'],
  takeover: ['CAPTURED', 'SEIZED', 'ACQUIRED'], veto: ['REJECTED'], closure: ['SUSPENDED'], recall: ['CUT_TIES_WITH'], deportation: ['EXPELLED'], deployment: ['DEPLOYED_TO'], execution: ['KILLED'], sale: ['SUPPLIED'],
  incident: ['ATTACKED', 'SEIZED', 'ARRESTED'], accession: ['JOINED'], ban: ['BLACKLISTED', 'SANCTIONED'], crackdown: ['ARRESTED', 'ATTACKED'],
  ruling: ['CHARGED'], verdict: ['CHARGED'], judgment: ['CHARGED'], judgement: ['CHARGED'],
  request: ['CALLED_ON', 'DEMANDED'], demand: ['DEMANDED', 'CALLED_ON'], appeal: ['CALLED_ON'], plea: ['CALLED_ON'], ultimatum: ['DEMANDED', 'THREATENED'], offer: ['OFFERED'], proposal: ['OFFERED', 'CALLED_ON'],
};


/** Verbs of acts done for their object ("offered to help X"): an offer of one is made to that object. */
const BENEFITING = new Set('help assist aid support back fund finance train protect defend rebuild supply arm equip rescue host welcome mediate'.split(' '));
/** What befalls someone rather than what they do. */
const SUFFERED = new Set(['illness', 'health', 'resignation', 'plight', 'treatment', 'injury', 'injuries', 'imprisonment', 'jailing', 'disappearance', 'murder', 'assassination', 'exile', 'defeat', 'loss']);
/** Acts whose possessor is the one they are done to ("X's arrest", "X's expulsion"), not who did them. */
const PATIENT_ACTS = new Set('arrest detention release expulsion killing death execution sentencing conviction extradition abduction kidnapping dismissal removal ouster suspension'.split(' '));
/** Kinds of act an act noun names ("the seizure", "the arrest"). */
const NAMED_ACTS: ReadonlySet<RelationType> = new Set(Object.values(ACT_NOUN_TYPES).flat());

/** Verbs of reacting to an act, which an act set off after them does not sum up. */
const REACTIONS = new Set('condemn criticise criticize denounce praise welcome hail reject say call deny urge accuse warn'.split(' '));

/** CAMEO roots of acts one decides and others react to (material cooperation and conflict: aid, yielding, force, cutting ties, coercion, violence), not words. */
const DECIDED_ROOTS: ReadonlySet<string> = new Set(['06', '07', '08', '14', '15', '16', '17', '18', '19', '20']);
/** Acts of diplomatic cooperation (root 05) that are decided, not said: signing, ratifying, joining, recognising. */
const DECIDED_TYPES: ReadonlySet<string> = new Set(['SIGNED', 'RATIFIED', 'JOINED', 'RECOGNIZED', 'ESTABLISHED_TIES_WITH']);

/**
 * Who did the act a definite act noun refers back to: "the EU imposed sanctions. Minsk condemned
 * the decision" → the EU. The source of the last act (a fact with a CAMEO class, done or announced) told in this
 * sentence before the noun or in the two before, other than the clause's own subject.
 */
/** Words opening a clause of time, reason or concession that closes a sentence's main clause. */
const ADVERBIAL_CLAUSE = /^(?:before|after|when|while|as|because|since|until|although|though|once)$/;

function actAntecedent(ctx: SentenceContext, units: Unit[], i: number, notThese: readonly number[]): number[] {
  const u = units[i]!;
  const np = u.np;
  if (!np || !(ACT_NOUNS.has(np.head) || COURT_ACTS.has(np.head) || np.head === 'vote' || ENACTED_TEXTS.has(np.head))) return [];
  // ("Congress passed the bill. X condemned the law": a text just enacted is its enacter's act.)
  // (Not one named by its own complement: "the law of the sea".)
  if (ENACTED_TEXTS.has(np.head)) return !np.mentions && /^(?:the|this|that)$/.test(ctx.s.tokens[u.t0]?.lower ?? '') && u.t1 - u.t0 <= 2 && !(units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of') ? previousDoer(ctx, units, i).filter((e) => !notThese.includes(e)) : [];
  // ("welcomed the vote": only a legislature's vote on a treaty told in this sentence or the one
  // before; an election or referendum is an event of its own, and another vote may come between.
  // Kept out of ACT_NOUNS, where the chunker would cut "the vote Peru held" apart.)
  if (np.head === 'vote') {
    if (np.mentions || !/^(?:the|this|that)$/.test(ctx.s.tokens[u.t0]?.lower ?? '')) return [];
    const f = recentFact(ctx, 1, (x) => x.type === 'RATIFIED' && ctx.ents.list[x.source]!.type === 'Organization' && toldAsMade(x));
    // (Or the passing of a bill or law told in the sentence before: "Congress passed the bill. X condemned the vote".)
    if (!f) return previousDoer(ctx, units, i).filter((e) => !notThese.includes(e));
    return !notThese.includes(f.source) ? [f.source] : [];
  }
  // "the ruling by the court", "Peru's decision": whoever the phrase says made it, its "by" agent
  // first. (Not the possessor of an act done to it: "X's arrest by Y", "X's expulsion".)
  const by = units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'by' ? groupRight(units, i + 2).flatMap((k) => (units[k]!.np ? npActors(units[k]!.np!) : [])) : [];
  // ("condemned the Peruvian decision": an actor written before the act made it, as a possessor does.)
  const pre = np.pre.filter((e) => stateOrBody(ctx, e));
  const made = by.length ? by : PATIENT_ACTS.has(np.head) ? [] : np.poss.length ? np.poss : pre;
  if (made.length) return made.filter((e) => !notThese.includes(e));
  // ("condemned the step Chile took", "rejected the proposal Peru put forward": a relative clause with no
  // relative word after the act names who did it, unless its verb is itself a reaction, "a move Peru condemned".)
  const rel = units[i + 1]?.np?.actors.length && units[i + 2]?.kind === 'vg' && !units[i + 2]!.vg!.participle && !units[i + 2]!.vg!.gerund ? units[i + 2]!.vg! : undefined;
  if (rel && DOING.has(rel.lemma)) return npActors(units[i + 1]!.np!).filter((e) => !notThese.includes(e));
  // "Ghana cut subsidies, a step praised by Y": an act set off after a clause sums it up; whoever did
  // it is that clause's subject (the "by" agent of a passive one), when the clause tells an act, not
  // a reaction to one ("X condemned Y's blockade, a move Z also condemned" is about the blockade).
  if (!np.mentions && np.indefinite && units[i - 1]?.kind === 'comma') {
    // The clause right before the comma first ("Markets fell after X raised taxes, a move …" is X's);
    // when it names no actor, the clause a closing time or reason clause follows ("X quit the race
    // before the count ended, a move …").
    const actorOfClauseFrom = (from: number): number[] => {
      for (let k = from; k >= 0; k--) {
        const x = units[k]!;
        // ("suspended X for recognising Y": an -ing clause after "for" or "by" is passed over.)
        if (x.kind === 'sconj' && /^(?:for|by)$/.test(x.word ?? '') && units[k + 1]?.vg?.gerund) continue;
        if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel') break;
        if (x.kind !== 'vg' || x.vg!.participle || x.vg!.gerund || units[k - 1]?.kind === 'inf') continue;
        // ("suspended X over the vote that Y held, a move …": a relative clause is passed over for the clause it hangs on.)
        const rel = relativeOpening(units, k);
        if (rel >= 0) {
          k = rel;
          continue;
        }
        if (REACTIONS.has(x.vg!.lemma)) return [];
        if (x.vg!.passive) {
          const agent = prepositions(units, k + 1).get('by');
          return agent ? actorsOf(units, agent).filter((e) => !notThese.includes(e)) : [];
        }
        const subject = findSubject(units, k).subject;
        // ("X and Y said they would recognise Z, a move …": a pronoun subject stands for its antecedent.)
        const pron = subject.length === 1 && units[subject[0]!]!.kind === 'pron' ? units[subject[0]!]! : undefined;
        // (A "they" is two or more, or a state or body; one person is no "they".)
        const sayers = pron?.word === 'they' ? sayersBefore(units, subject[0]!) : [];
        const doers = pron?.word === 'they' ? (sayers.length >= 2 || sayers.some((e) => ctx.ents.list[e]!.type !== 'Person') ? sayers : []) : pron ? pronounAntecedent(ctx, pron, true, units, []) : actorsOf(units, subject);
        return doers.filter((e) => !notThese.includes(e));
      }
      return [];
    };
    const near = actorOfClauseFrom(i - 2);
    if (near.length) return near;
    for (let k = i - 2; k >= 0; k--) {
      const x = units[k]!;
      if (x.kind === 'stop' || x.kind === 'comma' || x.kind === 'rel') break;
      // (The chunker may take "after" before a clause for a preposition: "after the talks collapsed".)
      const opensClause = x.kind === 'sconj' || (x.kind === 'p' && units[k + 1]?.kind === 'np' && units[k + 2]?.kind === 'vg');
      if (opensClause && ADVERBIAL_CLAUSE.test(x.word ?? '')) return actorOfClauseFrom(k - 1);
      if (x.kind === 'sconj') break;
    }
    return [];
  }
  if (np.mentions || !/^(?:the|this|that|such)$/.test(ctx.s.tokens[u.t0]?.lower ?? '') || u.t1 - u.t0 > 3) return [];
  // ("criticised the ruling", "welcomed the verdict": a court's act, the court last named.)
  // (With no court that ruled named, the act told before, as for any act noun: "A Lima court sentenced X. Y welcomed the verdict.")
  if (COURT_ACTS.has(np.head)) {
    const court = lastCourt(ctx, u.t0);
    if (court !== undefined) return notThese.includes(court) ? [] : [court];
  }
  // ("the sale of its state airline" is a sale of its own; "the incident" is the act just told, in this
  // sentence or the one before, or none.)
  if ((np.head === 'sale' && units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of') || (np.head === 'incident' && !recentFact(ctx, 1, (x) => ACT_NOUN_TYPES.incident!.includes(x.type)))) return [];
  // ("the closure of the hospital", "the road closure", "the deportation of migrants by Chile": a closure or a
  // deportation told with its own complement or kind is not the act told before.)
  if ((np.head === 'closure' || np.head === 'deportation' || np.head === 'deployment') && (u.t1 - u.t0 > 2 || (units[i + 1]?.kind === 'p' && /^(?:of|by|from)$/.test(units[i + 1]!.word ?? '')))) return [];
  // ("called the arrest alarming": an act the noun names, an arrest, before any other decided act.)
  const named = ACT_NOUN_TYPES[np.head];
  // (A noun that names its kind finds only an act of that kind: "condemned the arrest" after an expulsion refers to none;
  // or one whose target named no one: "Iran seized a tanker. Chile condemned the seizure".)
  if (named && !recentFact(ctx, 2, (x) => named.includes(x.type))) {
    // (Only a bare act noun: "the seizure of British assets by Russia", "the arrest of X" tell their own.)
    if (units[i + 1]?.kind === 'p' && /^(?:of|from|in|against|on)$/.test(units[i + 1]!.word ?? '') && units[i + 2]?.np?.mentions) return [];
    // (Nor one whose "by" phrase names who did it: "the seizure of foreign vessels by pirates".)
    if (units.slice(i + 1, i + 5).some((x) => x.kind === 'p' && x.word === 'by')) return [];
    const kept = [...(ctx.targetless ?? [])].reverse().find((x) => ctx.index - x.sentence <= 2 && named.includes(x.type));
    return kept ? kept.sources.filter((e) => !notThese.includes(e)) : [];
  }
  const f = (named && recentFact(ctx, 2, (x) => named.includes(x.type) && !notThese.includes(x.source) && toldAsMade(x))) || recentFact(ctx, 2, (x) => {
    const root = classOfRelation(x.type)?.cameo;
    // A move announced ("will withdraw") is condemned as much as one made.
    return !!root && (DECIDED_ROOTS.has(root) || DECIDED_TYPES.has(x.type)) && !notThese.includes(x.source) && toldAsMade(x);
  });
  if (!f) return GENERIC_ACTS.has(np.head) ? previousDoer(ctx, units, i).filter((e) => !notThese.includes(e)) : [];
  // ("X and Y restored ties. Z welcomed the step": an act two sides did together is both sides'.)
  const sides = (ctx.facts ?? []).filter((x) => x.sentence === f.sentence && x.type === f.type && toldAsMade(x) && (x.target === f.target || (SYMMETRIC_RELATIONS.has(x.type) && (x.target === f.source || x.source === f.target))) && !notThese.includes(x.source)).map((x) => x.source);
  // (Both ends of a mutual act: "Peru and Chile agreed a ceasefire".)
  if (SYMMETRIC_RELATIONS.has(f.type) && !notThese.includes(f.target) && ctx.ents.list[f.target]!.type !== 'Treaty') sides.push(f.target);
  return [...new Set([f.source, ...sides])];
}

/** Texts a legislature or government enacts, which stand for whoever enacted them ("the bill", "the law"). */
const ENACTED_TEXTS = new Set(['bill', 'law', 'legislation', 'amnesty']);

/** Act nouns that name no kind of act ("the decision", "the move", "the order"). */
const GENERIC_ACTS = new Set(['decision', 'move', 'step', 'order', 'measure', 'action', 'announcement', 'decree']);

/**
 * "X issued a decree. Y praised the step": with no fact told that the act noun sums up, the
 * subject of the sentence before, when its verb enacts a text or measure ("signed a decree", "issued an
 * order", "passed a law"); none when the reaction's own sentence tells another act before it.
 */
function previousDoer(ctx: SentenceContext, units: Unit[], i: number): number[] {
  // (A verb in a relative clause is no act of the sentence's own: "Y, which had accused X, condemned the move".)
  if (units.slice(0, i).filter((x, k) => x.kind === 'vg' && units[k - 1]?.kind !== 'rel' && !(units[k - 2]?.kind === 'rel' && units[k - 1]?.kind === 'other')).length > 1) return [];
  // (The sentence before, or the one before that when the one between enacts nothing: "X approved a bill. Y said
  // the bill goes to a committee. Z condemned the measure".)
  // (The evidence then starts at that sentence.)
  for (const back of [1, 2]) {
    const s = ctx.sentences?.[ctx.index - back];
    if (!s) return [];
    const doers = enacter(ctx, s);
    if (doers === undefined) continue;
    if (doers.length) reachBack(ctx, s);
    return doers;
  }
  return [];
}

/** The subject of a sentence whose first verb enacts a text or measure, [] when it names none, undefined when the sentence enacts nothing. */
function enacter(ctx: SentenceContext, s: SentenceInfo): number[] | undefined {
  const t = s.tokens;
  const v = t.findIndex((x, k) => k >= (s.bodyStart ?? 0) && x.pos === 'VERB');
  if (v < 0 || !ENACTING.has(t[v]!.lemma ?? t[v]!.lower)) return undefined;
  // (Its object a text or measure: "signed a decree", not "made a speech", "took questions".)
  let o = v + 1;
  while (o < t.length && o < v + 5 && !ENACTED.has(t[o]!.lower)) o++;
  if (!ENACTED.has(t[o]?.lower ?? '')) return undefined;
  let k = v;
  while (k > 0 && (t[k - 1]!.pos === 'ADV' || t[k - 1]!.pos === 'AUX')) k--;
  // (Over a time phrase: "Ana Ruiz on Monday signed a decree".)
  if (/^(?:on|last|this|in)$/.test(t[k - 2]?.lower ?? '') && /^(?:[A-Z][a-z]+day|week|month|year|\d{4})$/.test(t[k - 1]?.text ?? '')) k -= 2;
  // (The subject right before the verb, with any joined to it by "and"; over an apposition closed by a comma, the sentence's first name.)
  // ("Peru's cabinet approved …": a state's body written by its common noun is the state.)
  const bodyOf = !s.mentions.some((m) => m.t1 === k) && GOVERNING_NOUNS.has(t[k - 1]?.lower ?? '') && /^['’]s$/.test(t[k - 2]?.text ?? '') ? k - 2 : k;
  const subject = t[k - 1]?.text === ',' ? s.mentions.find((m) => m.t0 >= (s.bodyStart ?? 0)) : s.mentions.find((m) => m.t1 === bodyOf);
  if (!subject || subject.refs.length !== 1) return [];
  const doers = [subject.refs[0]!];
  for (let m = s.mentions.indexOf(subject) - 1; m >= 0; m--) {
    const x = s.mentions[m]!;
    const gap = s.tokens.slice(x.t1, s.mentions[m + 1]!.t0).map((y) => y.lower).join(' ');
    if (!/^(?:and|,|, and)$/.test(gap) || x.refs.length !== 1) break;
    doers.unshift(x.refs[0]!);
  }
  return doers.filter((e) => ['Person', 'Country', 'Organization'].includes(ctx.ents.list[e]!.type));
}

/** Common nouns for a state's governing bodies ("Peru's cabinet", "Chile's parliament"). */
const GOVERNING_NOUNS = new Set(['cabinet', 'government', 'junta', 'parliament', 'congress', 'senate', 'legislature', 'assembly']);
/** Verbs that enact a text or measure. */
const ENACTING = new Set(['sign', 'issue', 'decree', 'announce', 'adopt', 'impose', 'enact', 'pass', 'approve', 'introduce', 'unveil', 'order']);
/** Texts and measures one enacts. */
const ENACTED = new Set(['decree', 'decrees', 'order', 'orders', 'law', 'laws', 'bill', 'bills', 'legislation', 'measure', 'measures', 'ban', 'policy', 'plan', 'directive', 'regulation', 'regulations', 'resolution', 'amnesty', 'pardon', 'pardons', 'moratorium', 'curfew']);

/** Act nouns that describe a named plan or offer set off before them ("the Vega Plan, a proposal that …") rather than sum up the clause. */
const DESCRIBING_ACTS: ReadonlySet<string> = new Set(['plan', 'proposal', 'policy', 'offer', 'request', 'demand', 'appeal', 'plea', 'ultimatum']);

/** "X and Y said they would …": the named subject of the clause right before a "they" at unit `at`. */
function sayersBefore(units: Unit[], at: number): number[] {
  for (let k = at - 1; k >= 0; k--) {
    if (units[k]!.kind === 'stop') return [];
    if (units[k]!.kind === 'vg') return actorsOf(units, findSubject(units, k).subject);
  }
  return [];
}

/** The relative word opening the clause of the verb group at `k` ("the vote that Y held"), or -1. */
function relativeOpening(units: Unit[], k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const x = units[j]!;
    if (x.kind === 'rel') return j;
    if (x.kind !== 'np' && x.kind !== 'pron' && x.kind !== 'other') return -1;
  }
  return -1;
}

/** Verbs whose subject did the act its object names ("the step Chile took", "the tariffs Peru imposed"); not "suffered", "faces", "blamed". */
const DOING = new Set('take make impose announce adopt propose issue order launch carry approve sign reach introduce offer submit present lodge file enact pass decide unveil put level slap conduct stage mount wage perpetrate commit'.split(' '));

/** Acts only a court makes. */
const COURT_ACTS = new Set(['ruling', 'verdict', 'judgment', 'judgement']);
const COURT_NAME = /\b(?:Court|Tribunal)\b/;
/** What a court does when it rules. */
const COURT_VERBS = /^(?:rule|uphold|order|approve|reject|dismiss|convict|sentence|acquit|overturn|strike|block|halt|suspend|annul|grant|throw|quash|back|allow|clear|find)$/;

/**
 * The court named last before token `t` in this sentence or the two before, that ruled there ("the
 * court on Tuesday upheld…"; not one asked to review a case).
 */
function lastCourt(ctx: SentenceContext, t: number): number | undefined {
  const ruling = (s: SentenceInfo, m: Mention) => {
    const e = m.refs.length === 1 ? ctx.ents.list[m.refs[0]!]! : undefined;
    if (e?.type !== 'Organization' || !COURT_NAME.test(e.name)) return false;
    // (The court's own verb, the first after its name: not one it is asked to take, "asked the court to block".)
    // (Over a relative clause set off by commas: "the court, which was asked to review it, upheld…".)
    let from = m.t1;
    if (s.tokens[from]?.text === ',' && /^(?:which|who|whose)$/.test(s.tokens[from + 1]?.lower ?? '')) {
      const close = s.tokens.findIndex((x, j) => j > from + 1 && x.text === ',');
      if (close > 0) from = close + 1;
    }
    const k = s.tokens.findIndex((x, j) => j >= from && j < from + 6 && (x.pos === 'VERB' || x.lower === 'to'));
    const v = k >= 0 ? s.tokens[k]! : undefined;
    return !!v && v.pos === 'VERB' && COURT_VERBS.test(v.lemma ?? '');
  };
  for (let k = ctx.s.mentions.length - 1; k >= 0; k--) {
    const m = ctx.s.mentions[k]!;
    if (m.t0 < t && ruling(ctx.s, m)) return m.refs[0]!;
  }
  for (let i = ctx.index - 1; i >= 0 && i >= ctx.index - 2; i--) {
    const s = ctx.sentences?.[i];
    const m = s?.mentions.findLast((x) => ruling(s, x));
    if (m) {
      reachBack(ctx, s!);
      return m.refs[0]!;
    }
  }
  return undefined;
}

/** What slotEntities reads a slot with. */
interface SlotRead {
  ctx: SentenceContext;
  units: Unit[];
  args: Args;
  allowed: readonly EntityType[];
  asTarget: boolean;
  /** The row's target options (craftOwner, pairOnly, relation), when read as its target. */
  row?: Pick<LexiconRow, 'craftOwner' | 'pairOnly' | 'relation' | 'source'>;
}

/** Entities of each unit of a slot's group (see slotEntities). */
function ofGroup({ ctx, units, args, allowed, asTarget, row }: SlotRead, g: Group): number[][] {
  return g.map((i) => {
    const u = units[i]!;
    // An object pronoun never stands for its own clause's subject ("Tokayev succeeded him").
    if (u.kind === 'pron') {
      // "imposed sanctions on X and Y, accusing them of…", "expelled X's envoy, accusing him…": an
      // object pronoun of a clause that goes on from another stands for that clause's object or target.
      if (asTarget && args.prevObj?.length && OBJECT_PRONOUNS.has(u.word ?? '')) {
        // ("lodged a protest with Chile and accused her": "him" and "her" only a person, or a state's
        // unnamed official, "expelled Peru's consul, accusing him".)
        const official = args.prevObj.some((k) => { const np = units[k]!.np; return !!np && !np.headIsEntity && (np.titled || AGENT_NOUNS.has(np.head)); });
        // ("it" never a person: "demanded that the Front free X and threatened it with sanctions".)
        const prev = continuedTargets(units, args.prevObj).filter((e) => !args.subj.includes(e) && (!HE_SHE.has(u.word ?? '') || official || ctx.ents.list[e]!.type === 'Person') && !(u.word === 'it' && ctx.ents.list[e]!.type === 'Person'));
        if (prev.length) return prev;
      }
      return pronounAntecedent(ctx, u, asTarget && OBJECT_PRONOUNS.has(u.word ?? ''), units, asTarget && (HE_SHE.has(u.word ?? '') || u.word === 'it' || u.word === 'them') ? [...args.subj, ...(args.namerSubj ?? [])] : []);
    }
    const np = u.np;
    if (!np) return [];
    // "condemned the Turkish-led alliance": the body described, not the state that leads it (none when unclear).
    if (isLedDescription(ctx, u)) return describedAntecedent(ctx, u, asTarget ? args.subj : []);
    // "sanctions on his government", "Luna's regime": the state the person leads, when the text says it.
    const ruler = rulerOf(ctx, u) ?? namedRuler(ctx, u);
    const led = ruler !== undefined ? ledState(ctx, ruler) : undefined;
    if (led !== undefined) return [led];
    // "Vega Oil chief X said his company had signed …": a firm or party of a pronoun is the body its holder heads.
    const headed = headedBody(ctx, u);
    if (headed !== undefined) return [headed];
    if (asTarget && np.places.length && np.places.every((e) => allowed.includes(ctx.ents.list[e]!.type))) return np.places;
    // "his Azerbaijani counterpart, Jeyhun Bayramov": a person described by office stands for the person named after it.
    // (Not one who then speaks: "ordered jets, Defence Minister X said".)
    if (!np.headIsEntity && (AGENT_NOUNS.has(np.head) || np.titled) && units[i + 1]?.kind === 'comma' && units[i + 3]?.kind !== 'vg') {
      const named = units[i + 2]?.np;
      if (named?.headIsEntity && named.actors.length && named.actors.every((e) => ctx.ents.list[e]!.type === 'Person')) return named.actors;
    }
    // "the Chilean island of Putre", "Bolivia's border town of Putre": a kind of place a state qualifies is the place named "of" it.
    if (!np.headIsEntity && OF_HEADS.has(np.head) && ctx.s.tokens[u.t1 - 1]!.lower === np.head && units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of' && units[i + 2]?.np?.places.length === 1 && !units[i + 2]!.np!.poss.length &&
      [...np.poss, ...np.pre].length && [...np.poss, ...np.pre, ...npActors(np)].every((e) => ctx.ents.list[e]!.type === 'Country')) return units[i + 2]!.np!.places;
    // ("backed its NATO ally", "a fellow EU member": one of a body's members, which the body named before the noun is not.)
    // (One member only: "asked its NATO allies" is an appeal to the alliance.)
    if (!np.headIsEntity && CLUB_MEMBER_HEADS.has(np.head) && ctx.s.tokens[u.t1 - 1]!.lower === np.head && np.pre.length && np.pre.every((e) => ctx.ents.list[e]!.type === 'Organization') && !np.poss.some((e) => np.pre.includes(e)) && npActors(np).every((e) => np.pre.includes(e))) return [];
    const actors = npActors(np);
    if (actors.length || np.headIsEntity) return actors;
    // "duties on shoes made in Peru", "a ban on fruit imported from Chile": goods
    // stand for where they come from.
    const made = units[i + 1];
    if (asTarget && !np.mentions && made?.kind === 'vg' && made.t1 - made.t0 === 1 && ORIGIN_VERBS.has(made.vg!.lemma) && units[i + 2]?.kind === 'p' && /^(?:from|in|by)$/.test(units[i + 2]!.word ?? '') && units[i + 3]?.np?.actors.length) return units[i + 3]!.np!.actors;
    // "seized a tanker owned by X", "boarded two vessels belonging to Y": a craft or property stands for its owner.
    if (asTarget && row?.craftOwner && OWNED_THINGS.has(np.head)) {
      const owner = craftOwners(ctx, units, i);
      if (owner.length) return owner;
    }
    // "cut ties with its rival", "blamed its neighbour": the other state named before, not the subject.
    if (asTarget && !np.mentions && RELATIONAL_STATES.has(np.head) && !/s$/.test(ctx.s.tokens[u.t1 - 1]!.lower) && /^(?:its|their)$/.test(ctx.s.tokens[u.t0]!.lower) && u.t1 - u.t0 === 2) {
      const own = ownSide(ctx, units, args.subj);
      for (let k = ctx.s.mentions.length - 1; k >= 0; k--) {
        const m = ctx.s.mentions[k]!;
        if (m.t0 >= u.t0 || m.refs.length !== 1) continue;
        const e = ctx.actor(k).find((x) => ctx.ents.list[x]!.type === 'Country' && !own.has(x));
        if (e !== undefined) return [e];
      }
    }
    // "Poland opposes the deal": a definite description stands for what it describes.
    // (Never the own state of a subject that speaks for it: "Serbia's foreign ministry accused the country of …" is
    // another one; a party may accuse its own, "Chile's Vega Party accused the state of …".)
    const speaksForState = args.subj.length > 0 && args.subj.every((e) => ctx.ents.list[e]!.type === 'Person' || STATE_ORGAN.test(ctx.ents.list[e]!.name));
    const described = describedAntecedent(ctx, u, asTarget ? [...args.subj, ...(speaksForState ? ownSide(ctx, units, args.subj) : [])] : []);
    if (described.length) return described;
    // "denounced the judge", "congratulated the president-elect": the person described so before.
    if (asTarget && !np.mentions && ctx.s.tokens[u.t0]!.lower === 'the' && ctx.s.tokens[u.t1 - 1]!.lower === np.head) {
      const person = npActorsOrTitle(ctx, u).filter((e) => !args.subj.includes(e));
      if (person.length) return person;
    }
    // "urged both countries", "called on the two governments": the two named before, not the caller.
    if (asTarget && !np.mentions) {
      // As a target only states: people addressed as "both leaders" are too often others named since.
      // (Or two firms or parties: "fined both banks", "sued the two parties".)
      // (Nor the caller's own state: "X, Uruguay's trade minister, thanked both governments".)
      const own = ownSide(ctx, units, args.subj);
      const pair = pairAntecedents(ctx, u, [...own], 'Country');
      if (pair.length) return pair;
      const bodies = pairAntecedents(ctx, u, [...own], 'Organization');
      if (bodies.length) return bodies;
    }
    // "the town of X", "five senior figures of Hamas": the named complement.
    // "the government of Peru and the Andean Front", "the leaders of Peru and Chile": the whole coordination.
    // ("met officials from the Andean Council": "from" as well as "of" after a body's people.)
    // (Not a place named before its kind: "shelled the Donetsk region of Ukraine" struck Donetsk.)
    const namedPlace = PLACE_KINDS.has(np.head) && np.prePlaces.length > 0 && !(units[i + 2]?.np?.actors ?? []).some((e) => ctx.ents.list[e]!.type === 'Organization');
    if ((OF_HEADS.has(np.head) || MEMBER_HEADS.has(np.head)) && !namedPlace && units[i + 1]?.kind === 'p' && (units[i + 1]!.word === 'of' || (units[i + 1]!.word === 'from' && MEMBER_HEADS.has(np.head))) && units[i + 2]?.np) {
      // (From a body only: "officials from China" may be any of its nationals.)
      const from = units[i + 1]!.word === 'from';
      const named = groupRight(units, i + 2).flatMap((k) => (units[k]!.np ? npActors(units[k]!.np!) : [])).filter((e) => !from || ctx.ents.list[e]!.type === 'Organization');
      // ("named Karl Borg his chief of staff": a complement naming no one leaves the person named before the title.)
      const person = np.pre.filter((e) => ctx.ents.list[e]!.type === 'Person');
      return named.length || !asTarget ? named : person;
    }
    // "elected Nelson Mandela president", "named X minister": the person before the office.
    if (asTarget && np.titled) {
      const people = np.pre.filter((e) => ctx.ents.list[e]!.type === 'Person');
      if (people.length) return people;
    }
    // A target named by its country: "attacked a Pakistani border post", "sanctioned Russian banks";
    // by any actor when the head is its forces or positions ("attacked Front positions").
    // "governed Cusco province": a place named before its kind.
    // "shelled Peru's Tacna department": the place, not the country that owns it.
    if (asTarget && PLACE_KINDS.has(np.head) && np.prePlaces.length && np.prePlaces.every((e) => ctx.ents.list[e]!.type === 'Place') && allowed.includes('Place')) return np.prePlaces;
    // "sanctions on Peru's mining industry", "struck Chile's gas infrastructure": a state's holdings stand for the
    // state; so does what it does ("condemned Peru's conduct").
    // (So do its sites and forces: "struck Chile's border post".)
    if (asTarget && np.poss.length && (HOLDING_HEADS.has(np.head) || CONDUCT_HEADS.has(np.head) || (ASSET_HEADS.has(np.head) && !ASSET_PEOPLE.has(np.head)))) return np.poss.filter((e) => stateOrBody(ctx, e));
    if (asTarget) return np.pre.filter((e) => ctx.ents.list[e]!.type === 'Country' || ASSET_HEADS.has(np.head));
    return [];
  });
}

/** Entities of a slot; targets may keep places as written ("struck Kyiv" is the city). */
function slotEntities(ctx: SentenceContext, units: Unit[], slot: Slot, args: Args, allowed: readonly EntityType[], asTarget: boolean, row?: SlotRead['row']): number[][] {
  // ofGroup is a module function, not a closure here: this runs for every slot of every candidate,
  // and a named closure costs a defineProperty call each time under tsx (it keeps function names).
  const read: SlotRead = { ctx, units, args, allowed, asTarget, row };
  switch (slot) {
    case 'subj':
      return [args.subj];
    case 'obj':
      // ("denied any Peruvian involvement": no one is denied by the state whose part is disowned.)
      if (row?.relation === 'DENIED' && args.obj.length === 1 && DENIED_SHARES.has(units[args.obj[0]!]!.np?.head ?? '')) return [];
      return ofGroup(read, args.obj);
    case 'rest': {
      const out: number[][] = [];
      // (After "and" and a verb, only the phrase right after a verb: "denied it and said Peru's troops fired first",
      // "…and called Chile's move hostile"; not "…and said he would appeal to the Andean Court".)
      let next = false;
      for (let i = args.from ?? units.length; i < units.length; i++) {
        const u = units[i]!;
        // "denied accusations that it had sold arms to X": the claim's own clause is what was denied.
        if ((u.kind === 'sconj' || u.kind === 'rel') && u.word === 'that' && CLAIM_NOUNS.has(units[i - 1]?.np?.head ?? '')) continue;
        if (u.kind === 'stop' || u.kind === 'sconj' || u.kind === 'comma' || u.kind === 'rel') break;
        if (u.kind === 'cc' && units[i + 1]?.kind === 'vg' && !units[i + 1]!.vg!.gerund) next = true;
        if (next && u.np && units[i - 1]?.kind !== 'vg') continue;
        // ("rejected the claim Peru made about Chile": a relative clause with no relative word ends what was denied.)
        if (u.kind === 'vg' && !u.vg!.gerund && !u.vg!.participle && units[i - 1]?.np?.actors.length && units[i + 1]?.kind !== 'np' && units[i + 1]?.kind !== 'pron') break;
        // ("has denied funding the group": a definite description stands for what it describes.)
        if (u.np) out.push(u.np.mentions ? npActors(u.np) : describedAntecedent(ctx, u, args.subj));
      }
      return out;
    }
    case 'obj-first':
      // "gave Peru $2 billion", "awarded Kenya $300 million": the name right before the sum is who gets it.
      // ("pledged $40 million and Chile $25 million": after a bare sum, a name and a sum are a second
      // giver with its own sum, not a recipient.)
      return args.obj.map((i, k) => {
        const u = units[i]!;
        const tokens = ctx.s.tokens;
        if (k > 0 && /^(?:[$€£¥]|US\$|\d)/.test(tokens[units[args.obj[0]!]!.t0]!.text)) return [];
        return ctx.s.mentions.filter((m) => m.t0 >= u.t0 && m.t1 < u.t1 && m.refs.length === 1 && /^(?:[$€£¥]|US\$|\d)/.test(tokens[m.t1]!.text) && m.gaz?.kind !== 'demonym').map((m) => m.refs[0]!);
      });
    case 'obj-poss':
      return args.obj.map((i) => {
        const np = units[i]!.np;
        // ("the US-led coalition": the state that leads a body owns none of what is done to it.)
        if (!np || isLedDescription(ctx, units[i]!)) return [];
        // ("condemned X's arrest", "called Y's death shocking": one something happened to is no owner of the
        // act; "Peru's release of the prisoners" has its agent.)
        if ((PATIENT_ACTS.has(np.head) || SUFFERED.has(np.head)) && !(units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of')) return [];
        // ("denied any Peruvian involvement": the state whose part is denied is the denier's, not the one denied.)
        if (row?.relation === 'DENIED' && DENIED_SHARES.has(np.head)) return [];
        // ("criticised a fellow EU member": the body a member belongs to is not the one criticised.)
        const pre = CLUB_MEMBER_HEADS.has(np.head) && ctx.s.tokens[units[i]!.t1 - 1]!.lower === np.head ? np.pre.filter((e) => ctx.ents.list[e]!.type !== 'Organization') : np.pre;
        if (np.poss.length || pre.length) return [...np.poss, ...pre];
        if (np.pre.length) return [];
        // ("expelled X, Belarus's chargé d'affaires, and Y": a person set off by an office a state's possessive owns.)
        const office = units[i + 1]?.kind === 'comma' && np.headIsEntity ? units[i + 2]?.np : undefined;
        if (office && !office.headIsEntity && ENVOY_HEADS.has(office.head) && office.poss.length && office.poss.every((e) => ctx.ents.list[e]!.type === 'Country')) return office.poss;
        // "praising his decisive initiative": a possessive pronoun stands for its antecedent.
        return possessivePronounAntecedent(ctx, units[i]!);
      });
    case 'obj-act': {
      // (Nor the state the subject holds an office of: "Peru's minister condemned the move" is not about Peru's own.)
      // (Only a serving one: a former president or an opposition senator may condemn their state's acts.)
      const own = (ctx.facts ?? []).filter((f) => args.subj.includes(f.source) && OFFICE_RELATIONS.has(f.type) && !f.properties?.standing).map((f) => f.target);
      // (Through the body they serve: a ministry's spokesman speaks for the ministry's state.)
      own.push(...(ctx.facts ?? []).filter((f) => f.type === 'PART_OF' && own.includes(f.source)).map((f) => f.target));
      // (One who stands by or backs a decision just told of their own backs their own: "Peru expelled X. Peru stood by the decision.")
      if (row?.relation === 'SUPPORTED' && recentFact(ctx, 2, (x) => [...args.subj, ...own].includes(x.source) && !!classOfRelation(x.type) && toldAsMade(x))) return [];
      return args.obj.map((i) => actAntecedent(ctx, units, i, [...args.subj, ...own]));
    }
    case 'obj-origin':
      // "bought Swedish jets": goods named by the state they come from.
      // (By its adjective only: "sold Peru jets" names the buyer, not where they come from.)
      return args.obj.map((i) => {
        // ("bought about 85% of Peru's copper": the goods after "of" and a part of them.)
        const share = units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of' && units[i + 2]?.np && !units[i]!.np?.actors.length && /^(?:%|percent|most|half|much|bulk|third|quarter)$/.test(units[i]!.np?.head ?? '');
        const u = share ? units[i + 2]! : units[i]!;
        // ("buys Peru's copper": goods a state's possessive owns are that state's.)
        if (u.np && !u.np.headIsEntity && u.np.poss.length && u.np.poss.every((e) => ctx.ents.list[e]!.type === 'Country') && !u.np.poss.some((e) => args.subj.includes(e))) return u.np.poss;
        // (Or a state's name made a modifier: "US-made jets", "Turkish-built drones".)
        const madeIn = (m: { t1: number }) => ctx.s.tokens[m.t1]?.text === '-' && /^(?:made|built|produced|manufactured|designed|supplied)$/.test(ctx.s.tokens[m.t1 + 1]?.lower ?? '');
        const adjectives = new Set(ctx.s.mentions.filter((m) => m.t0 >= u.t0 && m.t1 <= u.t1 && (m.gaz?.kind === 'demonym' || madeIn(m))).flatMap((m) => ctx.actor(ctx.s.mentions.indexOf(m))));
        // (Not a named body bought: "bought the American carrier Andes Telecom" acquires a firm, no goods.)
        if (u.np?.headIsEntity && u.np.actors.some((e) => ctx.ents.list[e]!.type === 'Organization')) return [];
        return u.np ? u.np.pre.filter((e) => ctx.ents.list[e]!.type === 'Country' && adjectives.has(e) && !args.subj.includes(e)) : [];
      });
    case 'wh-subj': {
      // "investigated how X evaded the sanctions", "asked whether Y had paid": the subject of a clause
      // a wh-word opens right after the verb.
      const k = args.from ?? -1;
      const w = units[k];
      // (Not one something befell: "investigating how X was killed", "how X died".)
      const v = units[k + 2]?.vg;
      if (w?.kind !== 'other' || !/^(?:how|whether|why|if|where|when)$/.test(w.word ?? '') || !units[k + 1]?.np || !v || (v.passive && HARMS.test(v.lemma)) || /^(?:die|disappear|vanish|perish|drown|collapse|fall|crash)$/.test(v.lemma)) return [];
      return [npActors(units[k + 1]!.np!)];
    }
    case 'obj-buyer':
    case 'obj-filer':
      // "delivered six jets ordered by X": goods stand for whoever ordered or bought them; "dismissed a
      // petition filed by X": a filing for whoever filed it.
      return args.obj.map((i) => buyerOrFiler(units, i, PARTICIPLE_AGENTS[slot]));
    case 'same-target': {
      // "adopted matching sanctions", "similar measures on the same targets": the target of the last
      // such act told in this sentence or the two before.
      if (!args.sameAs) return [];
      const f = recentFact(ctx, 2, (x) => x.type === args.sameAs && !args.subj.includes(x.source));
      if (!f) return [];
      // Of the targets told in that sentence, the bodies or states before the people among them
      // ("sanctions on three leaders of a front, including X": the same targets are the front).
      const told = (ctx.facts ?? []).filter((x) => x.type === args.sameAs && x.sentence === f.sentence && !args.subj.includes(x.source)).map((x) => x.target);
      const bodies = told.filter((e) => ctx.ents.list[e]!.type !== 'Person');
      return [[(bodies[0] ?? f.target)]];
    }
    case 'sanctioner': {
      // Not whoever reports it: "Russia said the Western sanctions hit Germany" is not Russia's.
      const f = recentFact(ctx, 2, (x) => x.type === 'SANCTIONED' || x.type === 'BLACKLISTED');
      return f ? [[f.source]] : [];
    }
    case 'poss':
      return [args.poss];
    // ("Chile's critics" are Chile's, "Chile's fiercest critics of Peru" are Peru's.)
    case 'poss-alone':
      return args.pps.has('of') ? [] : [args.poss];
    case 'pre':
      return [args.pre];
    case 'group':
      return args.group;
    case 'between': {
      const g = args.pps.get('between');
      // "talks between the two", "fighting between both countries": the pair named before.
      if (g?.length === 1 && units[g[0]!]!.np && !units[g[0]!]!.np!.mentions) {
        // (Never the clause's own subject: "X, which hosted talks between the two rivals".)
        // (Nor the subject's own state: "Uruguay's water minister, X, shuttling between the two delegations".)
        let pair = pairAntecedents(ctx, units[g[0]!]!);
        const own = ownSide(ctx, units, args.subj);
        if (pair.some((e) => own.has(e))) pair = pairAntecedents(ctx, units[g[0]!]!, [...own]);
        // ("talks between the three countries": as many as the number says.)
        if (pair.length >= 2) return [pair];
      }
      // ("agreed a truce, ending a war between them": the sides named together before.)
      // (Others than the subject when the row's source is the subject: "Nigeria mediated between them".)
      if (g?.length === 1 && units[g[0]!]!.kind === 'pron' && units[g[0]!]!.word === 'them') {
        const pair = coordinatedAntecedent(ctx, units[g[0]!]!.t0, row?.source.includes('between') ? [] : args.subj);
        return pair.length >= 2 ? [pair] : [];
      }
      // (Or two states named as states, not their capitals: "shuttled between Chile and Peru".)
      if (row?.pairOnly && !(g && g.length === 2 && g.every((k) => namesStateItself(ctx, units[k]!)))) return [];
      return g ? ofGroup(read, g) : [];
    }
    case 'members': {
      const g = args.pps.get('of');
      return g && g.length >= 2 ? ofGroup(read, g) : [];
    }
    case 'anchor':
      return [args.anchor ?? []];
    case 'prev-obj':
      return ofGroup(read, args.prevObj ?? []);
    case 'subj-poss':
      // "Chile's recognition of Kosovo drew criticism": whose act the subject is, else the subject.
    {
      // ("Peru's decision to expel Chile's envoy drew …": the act before the infinitive is the subject.)
      let g = args.subjUnits ?? [];
      const k = g[0];
      if (k !== undefined && units[k - 1]?.kind === 'vg' && units[k - 2]?.kind === 'inf' && units[k - 3]?.np) g = [k - 3];
      // Whose act it is: its possessor, not one it is done to ("X's arrest drew criticism" is no criticism of X).
      const acts = g.map((i) => units[i]!.np).filter((np): np is NounPhrase => !!np);
      if (acts.some((np) => PATIENT_ACTS.has(np.head))) return [[]];
      const owners = acts.flatMap((np) => (np.poss.length && (ACT_NOUNS.has(np.head) || triggerNounLemma(np.head) !== undefined) ? np.poss : []));
      // (A named body with its state before it is the body itself: "Peru's Congress passed X, drawing criticism".)
      return [owners.length ? owners : acts.some((np) => np.poss.length && !np.headIsEntity) ? [] : args.subj];
    }
    case 'inf-backed': {
      // "refused to sign the accord", "declined to endorse the plan": the object of an infinitive of backing or joining.
      const at = args.from;
      if (at === undefined || units[at]?.kind !== 'inf' || units[at + 1]?.kind !== 'vg' || !BACKING.has(units[at + 1]!.vg!.lemma)) return [];
      const o = unitAt(units, units[at + 1]!.vg!.verb + 1);
      // (Only what the object names itself, not its owner: "declined to join X's call"; nor a body joined
      // in an act: "refused to join X in condemning Y".)
      if (units[o]?.kind !== 'np' || !units[o]!.np!.headIsEntity) return [];
      const g = groupRight(units, o);
      if (units[g[g.length - 1]! + 1]?.kind === 'p' && units[g[g.length - 1]! + 2]?.vg?.gerund) return [];
      return g.map((k) => units[k]!.np!.actors);
    }
    case 'inf-obj': {
      // "offered to help X", "offered to ship grain to X", "offered to mediate between X and Y": who
      // the act in the infinitive is for — its object when an actor, else those it is
      // sent to or for, or the sides of the talks it would host.
      let at = args.from;
      // ("gave 3 million euros to help X": an infinitive after the object, its own object only.)
      let afterObject = false;
      if (at !== undefined && units[at]?.kind === 'np') {
        const g = groupRight(units, at);
        if (units[g[g.length - 1]! + 1]?.kind === 'inf') at = g[g.length - 1]! + 1, (afterObject = true);
      }
      if (at === undefined || units[at]?.kind !== 'inf' || units[at + 1]?.kind !== 'vg') return [];
      const inner = units[at + 1]!.vg!;
      const o = unitAt(units, inner.verb + 1);
      // (Its object only when the act is for it: "offered to help Chile", not "offered to extradite X".)
      if (afterObject) {
        // (Only those helped: of each coordinated phrase after "help", its first name that owns nothing.
        // The chunker may take in the verb after it: "to help Chile and Peru fight Bolivia" helps Chile and Peru.)
        if (units[o]?.kind !== 'np' || !BENEFITING.has(inner.lemma)) return [];
        return groupRight(units, o).map((g) => {
          const u = units[g]!;
          const first = ctx.s.mentions.findIndex((m) => m.t0 >= u.t0 && m.t0 < u.t1 && m.refs.length > 0 && !/^['’]s$/.test(ctx.s.tokens[m.t1]?.text ?? ''));
          return first >= 0 ? ctx.actor(first) : [];
        });
      }
      if (units[o]?.kind === 'np' && units[o]!.np!.actors.length && BENEFITING.has(inner.lemma)) return ofGroup(read, groupRight(units, o));
      // (Over a modifier read as a verb: "to ship cooking fuel to X".)
      const np = units[o]?.kind === 'vg' && units[o + 1]?.kind === 'np' ? o + 1 : o;
      const pps = prepositions(units, np);
      const to = pps.get('to') ?? pps.get('for') ?? pps.get('between');
      return to ? ofGroup(read, to) : [];
    }
    case 'parties':
      return args.parties?.length ? ofGroup(read, args.parties) : (args.priorParties ?? []).map((e) => [e]);
    case 'sides': {
      // (Not one whose own phrase names what they mediated: "acted as a mediator in the 1998 dispute".)
      if (args.from === undefined) return [];
      const pp = units[args.from]?.kind === 'np' && units[args.from + 1]?.kind === 'p' ? units[args.from + 2]?.np : undefined;
      if (pp && (MEDIATED_MATTERS.has(pp.head) || pp.actors.some((e) => ctx.ents.list[e]!.type === 'Event'))) return [];
      // (A state after the role, "a mediator in Sudan", leaves only talks told in this sentence; a city, "in Doha", is where.)
      const told = recentSides(ctx, pp?.actors.some((e) => ctx.ents.list[e]!.type === 'Country') ? 0 : 2);
      if (told.length) return told.map((e) => [e]);
      // (Talks told in this same sentence before the trigger: "X and Y held talks, with Z acting as mediator".)
      for (let k = args.from - 1; k >= 0; k--) {
        if (units[k]!.kind === 'stop') break;
        if (!units[k]!.np || !SIDED_EVENTS.has(units[k]!.np!.head)) continue;
        const sides = actorsOf(units, eventParties(ctx, units, k + 1));
        return sides.length === 2 ? sides.map((e) => [e]) : [];
      }
      return [];
    }
    case 'that-subj': {
      const at = args.from;
      if (at === undefined || (units[at]?.kind !== 'sconj' && units[at]?.kind !== 'rel') || units[at]!.word !== 'that') return [];
      // "X denied an allegation from Y that it had …": "it" is the one who denies it.
      if (units[at + 1]?.kind === 'pron' && args.governorSubj?.length && /^(?:it|they)$/.test(units[at + 1]!.word ?? '')) return [args.governorSubj];
      if (!units[at + 1]?.np) return [];
      const subject = groupRight(units, at + 1);
      // (A demand's "that" clause asks in the base form, "insisted that Peru withdraw"; one that tells,
      // "insisted that Peru had attacked", is a claim.)
      const told = units[subject[subject.length - 1]! + 1];
      // (So is one with a modal of what can be: "insisted that Peru can remain neutral".)
      // (Not one that forbids: "insisted that Peru may not fish there".)
      const first = ctx.s.tokens[told?.t0 ?? -1]?.lower ?? '';
      const tells = !!told?.vg && first !== 'be' && !(told.vg.negated && /^(?:can|may)$/.test(first)) && (/^(?:had|has|have|was|were|is|are|will|would|did|does|could|can|may|might)$/.test(first) || (!told.vg.base && /ed$/.test(ctx.s.tokens[told.vg.verb]!.lower)));
      if (row?.relation === 'DEMANDED' && tells) return [];
      return ofGroup(read, subject);
    }
    case 'that-other': {
      // "warned that Chile would strike the Front": the one the reported act is aimed at. When the
      // reported subject is the speaker's own side, its object; else that subject ("warned that Peru
      // would pay a price").
      const at = args.from;
      if (at === undefined || (units[at]?.kind !== 'sconj' && units[at]?.kind !== 'rel') || units[at]!.word !== 'that' || (!units[at + 1]?.np && units[at + 1]?.kind !== 'pron')) return [];
      // ("denied that it had attacked Peru": a personal pronoun there is the speaker's own side.)
      const selfPron = units[at + 1]!.kind === 'pron' && /^(?:it|he|she|they|we)$/.test(units[at + 1]!.word ?? '');
      const sub = selfPron ? [at + 1] : groupRight(units, at + 1);
      const subActors = sub.flatMap((k) => (units[k]!.np ? npActors(units[k]!.np!) : []));
      const own = ownSide(ctx, units, args.subj);
      if (!selfPron && (!subActors.length || !subActors.every((e) => own.has(e)))) return ofGroup(read, sub);
      const v = sub[sub.length - 1]! + 1;
      if (units[v]?.kind !== 'vg') return [];
      const objOf = units[v + 1]?.kind === 'np' ? ofGroup(read, groupRight(units, v + 1)) : [];
      if (objOf.some((g) => g.length)) return objOf;
      // "denied that it had supplied drones to Peru": else whom the act was aimed at.
      const pps = prepositions(units, v + 1);
      return (['to', 'with', 'on', 'against', 'into'] as const).flatMap((w) => (pps.has(w) ? ofGroup(read, pps.get(w)!) : []));
    }
    case 'must-subj': {
      // "said Peru must raise taxes", "insisted that Chile should withdraw": the one a reported
      // obligation is laid on, unless it is the speaker's own side.
      let at = args.from;
      if (at === undefined) return [];
      if (units[at]?.kind === 'sconj' && units[at]!.word === 'that') at++;
      if (!units[at]?.np) return [];
      const sub = groupRight(units, at);
      const v = units[sub[sub.length - 1]! + 1];
      if (v?.kind !== 'vg' || v.vg!.negated || v.vg!.passive || !ctx.s.tokens.slice(v.t0, v.vg!.verb).some((t) => OBLIGATION.has(t.lower))) return [];
      const own = ownSide(ctx, units, args.subj);
      return ofGroup(read, sub).map((g) => g.filter((e) => !own.has(e)));
    }
    case 'replaced': {
      // "swore in X as president in place of Y", "named X in Y's place", "in her place": the one replaced.
      const k = args.pps.get('in')?.[0];
      const np = k === undefined ? undefined : units[k]!.np;
      if (k === undefined || !np || np.head !== 'place') return [];
      if (units[k + 1]?.kind === 'p' && units[k + 1]!.word === 'of' && units[k + 2]?.np) return ofGroup(read, groupRight(units, k + 2));
      // (Never the one who puts them in: "the king swore in X in his place" is not the king's place.)
      if (np.poss.length) return [np.poss.filter((e) => !args.subj.includes(e))];
      return [possessivePronounAntecedent(ctx, units[k]!).filter((e) => !args.subj.includes(e))];
    }
    case 'self':
      return [args.self ?? []];
    case 'recent-event': {
      // ("attended as observers", "took part for the first time": the event last named, when nothing follows the verb but how.)
      // (Only "as …", "for …" or nothing after it: not "attended to the wounded"; and no other event
      // named in lower case between: "held exercises after the summit. Peru took part".)
      if (args.obj.length || args.pps.has('in') || args.pps.has('to') || args.from === undefined) return [];
      const at = units[args.from - 1]!.t1;
      if (!/^(?:as|for|\.|,|;)$/.test(ctx.s.tokens[at]?.lower ?? '.')) return [];
      const other = (from: number, to: number, toks: readonly Token[]) => toks.slice(from, to).some((t) => OTHER_EVENTS.has(t.lower));
      for (const [s, end] of [[ctx.s, at], [ctx.sentences?.[ctx.index - 1], Infinity]] as const) {
        if (!s) continue;
        const m = lastEventMention(ctx, s, end);
        if (!m) {
          if (s === ctx.s && other(0, end, s.tokens)) return [];
          continue;
        }
        const stop = Math.min(end, s.tokens.length);
        if (other(0, m.t0, s.tokens) || other(m.t1, stop, s.tokens) || (s !== ctx.s && other(0, at, ctx.s.tokens))) return [];
        if (s !== ctx.s) reachBack(ctx, s);
        return [[m.refs[0]!]];
      }
      return [];
    }
    case 'recent-election': {
      // ("X won the election. Y came second and conceded": the vote named last, in this sentence before the
      // verb or in the one before, when the verb has no object of its own but a defeat.)
      if (args.obj.some((i) => units[i]!.np?.head !== 'defeat') || args.from === undefined) return [];
      // (Nor one a year places elsewhere: "finished first in 2016" was another vote.)
      if (units[args.from]?.kind === 'p' && units[args.from]!.word === 'in' && /^\d{4}$/.test(units[args.from + 1]?.np?.head ?? '')) return [];
      // (Not what is conceded: "conceded that the economy was weak".)
      if (/^(?:that|the|a|an)$/.test(ctx.s.tokens[units[args.from - 1]!.t1]?.lower ?? '')) return [];
      const at = units[args.from - 1]!.t0;
      for (const [s, end] of [[ctx.s, at], [ctx.sentences?.[ctx.index - 1], Infinity]] as const) {
        if (!s) continue;
        const m = lastEventMention(ctx, s, end);
        if (!m) continue;
        if (!VOTE_NAME.test(ctx.ents.list[m.refs[0]!]!.name)) return [];
        if (s !== ctx.s) reachBack(ctx, s);
        return [[m.refs[0]!]];
      }
      return [];
    }
    case 'claim-accusers':
      // ("Chile accused Peru of arming X, a charge Peru denies": the charge's maker, not the act's other side.)
      // (The charge is the object, or the phrase the subject's clause leans on: "…, a charge Peru denies".)
      // (Not a charge that names its maker: "denied the claim of Argentina that…", "the charge from Y".)
      return args.obj.some((k) => CLAIM_NOUNS.has(units[k]?.np?.head ?? '') && !units[k]!.np!.mentions && !(units[k + 1]?.kind === 'p' && /^(?:of|from|by)$/.test(units[k + 1]!.word ?? ''))) || (args.subjUnits?.length && CLAIM_NOUNS.has(units[args.subjUnits[0]! - 1]?.np?.head ?? '')) ? slotEntities(ctx, units, 'accusers', args, allowed, asTarget) : [];
    case 'accusers': {
      const out: number[] = [];
      const accused = new Set(args.subj.flatMap((e) => [e, ...statesActedFor(ctx, e)]));
      for (const f of ctx.facts ?? []) {
        if (ctx.index - f.sentence > 2) continue;
        // ("Chile says the Front is armed by Bolivia, which denies the charge": whoever alleged the subject's act.)
        if (f.status === 'alleged' && f.claimedBy?.length && accused.has(f.source) && f.sentence === ctx.index) {
          for (const c of f.claimedBy) if (!accused.has(c) && !out.includes(c)) out.push(c);
          continue;
        }
        // (A complaint or suit against the subject is an accusation too: "dismissed the suit".)
        if (!ACCUSING.has(f.type) || !accused.has(f.target)) continue;
        out.push(f.source);
        // The evidence then reaches back to the accusation.
        const from = ctx.sentences?.[f.sentence];
        if (from && f.sentence < ctx.index) reachBack(ctx, from);
      }
      // ("X accused the firm of bribery, a charge Y denies": whoever accused in the sentence, though the
      // accused is named by no entity.)
      if (!out.length) {
        for (let k = 0; k < units.length; k++) {
          const v = units[k]!;
          // (Only a main clause's accusation: not one in a relative clause, "X, who has accused Y, said…".)
          // (Blaming only someone: "blamed bad weather for the crash" accuses no one.)
          const blamesNoOne = v.vg?.lemma === 'blame' && !units[k + 1]?.np?.actors.length;
          if (v.kind === 'vg' && !v.vg!.passive && !v.vg!.negated && /^(?:accuse|allege|blame)$/.test(v.vg!.lemma) && !blamesNoOne && units[k - 1]?.kind !== 'rel' && !(units[k - 2]?.kind === 'rel')) out.push(...actorsOf(units, findSubject(units, k).subject).filter((e) => !args.subj.includes(e)));
        }
      }
      return [out];
    }
    default: {
      const out: number[][] = [];
      for (const p of ppSlotWords(slot)) {
        const g = args.pps.get(p);
        if (g) out.push(...ofGroup(read, g));
      }
      return out;
    }
  }
}

/** The prepositions of a slot "pp:to/into" ("to", "into"), split once per slot. */
const PP_SLOT_WORDS = new Map<string, readonly string[]>();
function ppSlotWords(slot: string): readonly string[] {
  let words = PP_SLOT_WORDS.get(slot);
  if (!words) PP_SLOT_WORDS.set(slot, (words = slot.slice(3).split('/')));
  return words;
}

/** The distinct entities of a slot's groups whose type the row allows. */
function typedIn(ctx: SentenceContext, xs: number[][], allowed: readonly EntityType[]): number[] {
  const out: number[] = [];
  for (const x of xs) for (const e of x) if (!out.includes(e) && allowed.includes(ctx.ents.list[e]!.type)) out.push(e);
  return out;
}

/**
 * The object of the same verb told earlier in the sentence, for a verb that has none of its own and is
 * not followed by a clause or an infinitive ("Peru signed the accord, with Chile also signing as an observer").
 */
function elidedObject(units: Unit[], ui: number): Group {
  const lemma = units[ui]!.vg!.lemma;
  if (!ELLIPTIC_VERBS.has(lemma)) return [];
  // (Only a time, a place or a role after it, "signed in June", "signing as observers"; not "met in Quito with X".)
  for (let k = ui + 1; k < units.length; k++) {
    const x = units[k]!;
    if (x.kind === 'stop' || x.kind === 'comma' || x.kind === 'cc') break;
    if (x.kind === 'np' && units[k - 1]?.kind === 'p') continue;
    if (x.kind === 'p' && /^(?:in|on|at|as|during|after|before|by)$/.test(x.word ?? '') && !(x.word === 'by' && units[ui]!.vg!.passive)) continue;
    if (x.kind === 'other') continue;
    return [];
  }
  for (let k = ui - 1; k >= 0; k--) {
    const x = units[k]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel') break;
    if (x.kind !== 'vg' || x.vg!.lemma !== lemma) continue;
    if (x.vg!.passive || units[k + 1]?.kind !== 'np') return [];
    const g = groupRight(units, k + 1);
    return g.every((j) => !units[j]!.np!.actors.length || units[j]!.np!.headIsEntity) ? g : [];
  }
  return [];
}

/** Verbs of answering an act with one's own ("retaliated with strikes on X"). */
const RESPONDING = new Set(['retaliate', 'respond', 'hit', 'strike', 'answer', 'react', 'fight']);

/** Verbs that report a clause rather than take an object ("said the duties breach …"). */
const CLAUSE_REPORTING = new Set(['say', 'argue', 'insist', 'claim', 'note', 'add', 'warn', 'tell', 'contend', 'complain', 'allege']);

/** Heads of what a mediator's own phrase may name as mediated ("a mediator in the 1998 dispute"). */
const MEDIATED_MATTERS = new Set(['dispute', 'conflict', 'war', 'case', 'row', 'standoff', 'crisis', 'feud', 'quarrel', 'strike', 'disputes', 'conflicts', 'wars', 'cases', 'process', 'negotiation', 'negotiations', 'talks', 'talk', 'matter', 'issue', 'fight', 'battle', 'rebellion', 'insurgency']);

/** Verbs whose bare repetition keeps the first one's object: a text one signs, ratifies, joins or endorses. */
const ELLIPTIC_VERBS = new Set(['sign', 'ratify', 'initial', 'endorse', 'approve', 'join', 'accede', 'countersign']);

/** Facts carry the id of the row that read them when set (`npm run eval:rules` reads it; nothing else does). */
const TRACE_RULES = process.env.NEWSGRAPH_TRACE_RULES === '1';

/** Person `p` holds an office of one of `bodies` by a fact told so far. */
function holdsOfficeOf(ctx: SentenceContext, p: number, bodies: readonly number[]): boolean {
  return ctx.ents.list[p]!.type === 'Person' && (ctx.facts ?? []).some((f) => f.source === p && OFFICE_RELATIONS.has(f.type) && bodies.includes(f.target));
}

function emitRow(outer: SentenceContext, units: Unit[], row: LexiconRow, args: Args): void {
  const states = row.statesRelation;
  const ctx: SentenceContext = TRACE_RULES || states ? {
    ...outer,
    emit: (s, t, o, c, p, h) => {
      const type = states && t === row.relation && outer.ents.list[s]!.type !== 'Person' && outer.ents.list[o]!.type !== 'Person' ? states : t;
      outer.emit(s, type, o, c, TRACE_RULES ? { ...p, rule: row.id } : p, h);
    },
  } : outer;
  if (args.as) {
    emitOffered(ctx, units, row, args, args.as);
    return;
  }
  // ("Peru did not suspend the accord", "refused to implement the pact": no fact either way.)
  if (row.untoldWhenNegated && args.how?.some((h) => h.status === 'negated' || h.status === 'denied')) return;
  let sources: number[] = [];
  let sourceSlot: Slot | undefined;
  for (const slot of row.source) {
    sources = typedIn(ctx, slotEntities(ctx, units, slot, args, row.src, slot === 'obj' && row.src.includes('Place')), row.src);
    if (sources.length) {
      sourceSlot = slot;
      break;
    }
  }
  // ("Gunmen stormed a post in Putre": an attack with no attacker named keeps its targets for a later
  // claim of responsibility.)
  if (!sources.length && UNCLAIMABLE_ROWS.has(row.id) && outer.unclaimed && (args.how ?? []).every((h) => h.status === 'asserted')) {
    // (A target that names no one stands for the place it is in: "a police post in Putre".)
    for (const slot of [...row.target, ...PLACE_SLOTS]) {
      const targets = typedIn(ctx, slotEntities(ctx, units, slot, args, row.tgt, true, row), PLACE_SLOTS.includes(slot) ? ['Place', 'Country'] : row.tgt);
      if (!targets.length) continue;
      outer.unclaimed.push({ sentence: outer.index, targets });
      break;
    }
  }
  if (!sources.length || (row.manySources && sources.length < 2)) return;
  // "between X and Y" or "X and Y met": every pair of the members.
  if ((sourceSlot === 'between' || sourceSlot === 'group' || sourceSlot === 'members') && row.target.includes(sourceSlot)) {
    const members = typedIn(ctx, slotEntities(ctx, units, sourceSlot, args, row.tgt, true), row.tgt);
    let anyTarget = false;
    for (const slot of row.target) {
      if (slot === sourceSlot) continue;
      if (typedIn(ctx, slotEntities(ctx, units, slot, args, row.tgt, true, row), row.tgt).length) anyTarget = true;
    }
    if (!anyTarget) {
      for (let a = 0; a < members.length; a++) {
        for (let b = a + 1; b < members.length; b++) {
          ctx.emit(members[a]!, row.relation, members[b]!, row.confidence, undefined, args.how);
          if (row.mutual) ctx.emit(members[b]!, row.relation, members[a]!, row.confidence, undefined, args.how);
        }
      }
      return;
    }
  }
  // "X and Y accused each other": each did it to the other.
  // (Only names that are the subject themselves, not "fans of X and Y"; and not in a question.)
  if (sourceSlot === 'subj' && sources.length >= 2 && row.target.includes('obj') && !row.target.includes('group') && eachOther(ctx, units, args.obj)) {
    // ("The armies of X and Y shelled each other": a state's forces stand for it.)
    const named = (args.subjUnits ?? []).filter((k) => units[k]?.np?.actors.length);
    const first = Math.min(...named);
    const forces = units[first - 1]?.kind === 'p' && units[first - 1]!.word === 'of' && FORCE_HEADS.has(units[first - 2]?.np?.head ?? '');
    const question = ctx.s.tokens[ctx.s.tokens.length - 1]?.text === '?' && !ctx.s.tokens.some((t) => t.text === ',');
    if (named.some((k) => !units[k]!.np!.headIsEntity) || (units[first - 1]?.kind === 'p' && !forces) || question) return;
    for (const a of sources) for (const b of sources) if (a !== b && row.tgt.includes(ctx.ents.list[b]!.type)) ctx.emit(a, row.relation, b, row.confidence, undefined, args.how);
    return;
  }
  for (const slot of row.target) {
    if (slot === sourceSlot) continue;
    let targets = typedIn(ctx, slotEntities(ctx, units, slot, args, row.tgt, true, row), row.tgt);
    if (slot === 'group' && args.withPartners?.length) {
      for (const a of sources) for (const b of args.withPartners) if (a !== b) {
        ctx.emit(a, row.relation, b, row.confidence, undefined, args.how);
        if (row.mutual) ctx.emit(b, row.relation, a, row.confidence, undefined, args.how);
      }
      return;
    }
    if (slot === 'group') {
      // The other members of a coordinated subject, when nothing else is the target and the verb has
      // no object of its own ("X and Y met", not "X and Y called it a betrayal"), or only the thing
      // the row names by its heads ("X and Y traded goods").
      if (sources.length < 2 || (args.obj.length && !reciprocalObject(units, args.obj) && !row.objHeads)) continue;
      // ("Ana Ruiz and her deputy X negotiated the text": one named by the other's possessive is on her side.)
      if (sources.every((e) => ctx.ents.list[e]!.type === 'Person') && (args.subjUnits ?? []).some((k) => POSSESSIVE_PRON.has(ctx.s.tokens[units[k]!.t0]?.lower ?? ''))) continue;
      for (let a = 0; a < sources.length; a++) {
        for (let b = a + 1; b < sources.length; b++) {
          ctx.emit(sources[a]!, row.relation, sources[b]!, row.confidence, undefined, args.how);
          if (row.mutual) ctx.emit(sources[b]!, row.relation, sources[a]!, row.confidence, undefined, args.how);
        }
      }
      return;
    }
    // "The agreement, brokered by X, …": an agreement or talks whose sides the text has told stand for them.
    if (row.sidesOfTarget) targets = targets.flatMap((t) => sidesOf(ctx, t) ?? [t]);
    if (row.targetName) targets = targets.filter((t) => row.targetName!.test(ctx.ents.list[t]!.name));
    // (A mediator is no side: "Turkey hosted talks between Turkish and Syrian officials", or between
    // its own leader and another, has mediated nothing.)
    if (row.relation === 'MEDIATED' && targets.some((t) => sources.includes(t) || holdsOfficeOf(ctx, t, sources))) continue;
    // ("a deal signed by ministers A of Peru and B of Chile, brokered by Chile": a state or body mediates
    // between the states they act for; a person, "brokered by President Z", between the people.)
    // (Only when each person stands for a state of their own: two of one state are a split inside it.)
    if (row.relation === 'MEDIATED' && sources.every((e) => ctx.ents.list[e]!.type !== 'Person')) {
      const states = targets.map((t) => (ctx.ents.list[t]!.type === 'Person' ? servedState(ctx, t) : t));
      if (states.every((x) => x !== undefined) && new Set(states).size === states.length) targets = states as number[];
    }
    targets = targets.filter((t) => !sources.includes(t));
    // ("hosted Chilean President X in Lima": a guest named as another state's visits; none at home.)
    if (row.foreignGuest) {
      const guestStates = args.obj.flatMap((k) => (units[k]!.np ? [...units[k]!.np!.pre, ...units[k]!.np!.poss] : [])).filter((e) => ctx.ents.list[e]!.type === 'Country');
      const stateOf = (t: number): string | undefined => (ctx.ents.list[t]!.type === 'Country' ? ctx.ents.list[t]!.name : placeCountry(ctx.ents.list[t]!));
      targets = guestStates.length ? targets.filter((t) => !guestStates.some((g) => ctx.ents.list[g]!.name === stateOf(t))) : [];
    }
    if (!targets.length || (row.manyTargets && (targets.length < 2 || (slot === 'parties' && !facingSides(outer, targets))))) continue;
    for (const s of sources) for (const t of targets) {
      ctx.emit(s, row.relation, t, row.confidence, undefined, args.how);
      // ("traded fire with Y": each side did it to the other.)
      if (row.mutual) ctx.emit(t, row.relation, s, row.confidence, undefined, args.how);
    }
    // "Japan and Australia held drills with the Philippines": the coordinated actors of a
    // symmetric relation are in it with each other too.
    // (Not two people who together "held talks with Z": they are one side, often one government.)
    // (Not ties: "Chile and Bolivia restored ties with Peru" tells nothing of theirs with each other.)
    if (SYMMETRIC_RELATIONS.has(row.relation) && sourceSlot === 'subj' && !OWN_TIES.has(row.relation)) {
      const people = (a: number, b: number) => ctx.ents.list[a]!.type === 'Person' && ctx.ents.list[b]!.type === 'Person';
      for (let x = 0; x < sources.length; x++) for (let y = x + 1; y < sources.length; y++) if (!people(sources[x]!, sources[y]!)) ctx.emit(sources[x]!, row.relation, sources[y]!, row.confidence * 0.9, undefined, args.how);
    }
    return;
  }
  // ("Iran seized a tanker": an act whose target names no one keeps its doers for a later "the seizure".)
  if (outer.targetless && NAMED_ACTS.has(row.relation) && (args.how ?? []).every((h) => h.status === 'asserted')) outer.targetless.push({ sentence: outer.index, type: row.relation, sources });
}

/** Acts of force that a noun may tell only as feared or possible ("an attack on X could …", "fear an invasion"). */
const FEARED_ACTS: ReadonlySet<RelationType> = new Set<RelationType>(['ATTACKED', 'INVADED', 'OCCUPIED']);

/** Heads of an envoy's office, whose state an act on the envoy reaches ("X, Belarus's chargé d'affaires"): a diplomat's, not staff. */
const ENVOY_HEADS = new Set([...DIPLOMATS.filter((h) => h !== 'staff'), 'affaires']);

/** Names of a state's own organs, which speak for it ("Ministry of Foreign Affairs (Peru)", "Government of Chile"). */
const STATE_ORGAN = /\b(?:Ministry|Government|Cabinet|Presidency|Embassy|Foreign Office|Department of State)\b/;

/** Nouns for one member of a body named before them ("its NATO ally", "an EU member"). */
const CLUB_MEMBER_HEADS = new Set(['ally', 'member', 'partner', 'neighbour', 'neighbor', 'signatory']);

/** Facts that set two sides against one another in a negotiation or a deal; the planned ones only an agreement to act. */
const FACING_FACTS: ReadonlySet<RelationType> = new Set<RelationType>(['NEGOTIATED_WITH', 'AGREED_CEASEFIRE_WITH', 'ESTABLISHED_TIES_WITH', 'SIGNED']);
const FACING_PLANNED: ReadonlySet<RelationType> = new Set<RelationType>(['AGREED_CEASEFIRE_WITH', 'ESTABLISHED_TIES_WITH']);

/**
 * The sentence has two of `sides` face each other, told (or agreed to be done) as done: "X and Y agreed a
 * truce after talks hosted by Z"; not allies who "joined talks hosted by Z", nor talks refused or to come.
 */
function facingSides(ctx: SentenceContext, sides: readonly number[]): boolean {
  const here = (ctx.facts ?? []).filter((f) => f.sentence === ctx.index && FACING_FACTS.has(f.type) && (!f.status || f.status === 'asserted' || (f.status === 'planned' && FACING_PLANNED.has(f.type))));
  if (here.some((f) => f.type !== 'SIGNED' && sides.includes(f.source) && sides.includes(f.target))) return true;
  // (Or two of them signed one deal.)
  const signed = here.filter((f) => f.type === 'SIGNED' && sides.includes(f.source));
  if (signed.some((f) => signed.some((g) => g.target === f.target && g.source !== f.source))) return true;
  // (Or the sentence has them agree a truce or a deal, or hold talks, which its nouns tell later: "agreed a truce
  // after talks hosted by Z", "held talks in Quito co-hosted by Z".)
  const t = ctx.s.tokens;
  const heads = (verb: string): ReadonlySet<string> | undefined => (COMING_TO_TERMS.has(verb) ? AGREED_HEADS : SIDES_HOLD_TALKS.has(verb) ? HELD_TALKS : undefined);
  return t.some((x, k) => x.pos === 'VERB' && heads(x.lemma ?? x.lower) !== undefined && !t.slice(Math.max(0, k - 3), k).some((y) => /^(?:not|never|will|would|may|might|could)$/.test(y.lower) || /n['’]t$/.test(y.lower)) &&
    t.slice(k + 1, k + 5).some((y) => y.pos === 'NOUN' && heads(x.lemma ?? x.lower)!.has(y.lemma ?? y.lower)));
}
/** Verbs of coming to terms, and the deals they reach; verbs of holding talks, and the talks. */
const COMING_TO_TERMS = new Set(['agree', 'reach', 'sign', 'conclude', 'seal', 'strike', 'clinch', 'ink']);
const AGREED_HEADS = new Set(['truce', 'ceasefire', 'deal', 'agreement', 'accord', 'pact', 'treaty', 'settlement', 'peace', 'armistice']);
const SIDES_HOLD_TALKS = new Set(['hold', 'resume', 'open', 'begin', 'start']);
const HELD_TALKS = new Set(['talk', 'talks', 'negotiation', 'negotiations', 'dialogue']);

/**
 * A clash told as a fight: no words of a meeting or of speech in the sentence, no crowd on either side, and
 * forces, a border or casualties told, or states on both sides ("India and China clashed in the valley").
 */
function inCombat(ctx: SentenceContext, units: Unit[], sides: readonly number[], actors: readonly number[]): boolean {
  const tokens = ctx.s.tokens;
  if (tokens.some((t) => VERBAL_ARENAS.has(t.lower))) return false;
  if (sides.some((k) => tokens.slice(units[k]!.t0, units[k]!.t1).some((t) => CROWDS.has(t.lower)))) return false;
  if (tokens.some((t) => COMBAT_CUES.has(t.lower))) return true;
  return actors.length >= 2 && actors.every((e) => ctx.ents.list[e]!.type === 'Country');
}
/** Words of a meeting or of speech, where a clash is one of words ("clashed at the summit", "clashed publicly"). */
const VERBAL_ARENAS = new Set('summit talks meeting meetings conference council court forum assembly session debate press parliament publicly diplomatically verbally interview televised statement statements remarks words tweet tweets media negotiations un'.split(' '));
/** Words that tell a fight: forces and fighters, a border, fire and casualties. */
const COMBAT_CUES = new Set('troop troops force forces soldier soldiers army armies fighter fighters militant militants rebel rebels guerrilla guerrillas gunman gunmen militia militias insurgent insurgents border frontier kill killed killing dead death deaths wound wounded injure injured casualty casualties gunfire artillery shelling skirmish skirmishes navy naval warship patrol patrols'.split(' '));
/** Crowds whose clashes are no fight between the states or bodies they are named by. */
const CROWDS = new Set('fans supporters worshippers protesters protestors demonstrators students youths crowds mobs rioters'.split(' '));

/** Verbs of holding a post, whose "alongside Y" names a colleague, not one who holds it too ("served as minister alongside Y"). */
const SERVING = new Set(['serve', 'work', 'sit', 'stand', 'be', 'become', 'remain']);

/** Verbs of mending ties, whose gerund after a clause done "with" another mends ties with that other. */
const TIE_MENDING = new Set(['normalise', 'normalize', 'restore', 'establish', 'resume', 're-establish', 'reestablish']);

/** Ties each side has of its own with the other named, not with those it acts beside. */
const OWN_TIES: ReadonlySet<RelationType> = new Set<RelationType>(['ESTABLISHED_TIES_WITH', 'CUT_TIES_WITH']);

/** Facts that name a side of an agreement or talks. */
const SIDE_FACTS: ReadonlySet<RelationType> = new Set<RelationType>(['SIGNED', 'PARTY_TO', 'INVOLVED_IN', 'RATIFIED']);

/** The sides the document has told of an agreement or event (two or more), else undefined. */
function sidesOf(ctx: SentenceContext, e: number): number[] | undefined {
  const type = ctx.ents.list[e]!.type;
  if (type !== 'Treaty' && type !== 'Event') return undefined;
  const sides = [...new Set((ctx.facts ?? []).filter((f) => f.target === e && SIDE_FACTS.has(f.type) && (!f.status || f.status === 'asserted')).map((f) => f.source))];
  return sides.length >= 2 ? sides : undefined;
}

/**
 * "Chile offered to mediate between X and Y", "threatened to impose duties on Peru": the act is
 * only offered or threatened, so the subject offered it to (or threatened) each of the act's other ends
 * that is an actor; the act itself is not told.
 */
function emitOffered(ctx: SentenceContext, units: Unit[], row: LexiconRow, args: Args, as: RelationType): void {
  if (!row.source.includes('subj') || !args.subj.length) return;
  // Not the subject's own side ("Ruiz threatened to end aid to both neighbours": not her own state).
  const own = ownSide(ctx, units, args.subj);
  const actor = (e: number): boolean => ACTOR_TYPES.has(ctx.ents.list[e]!.type) && !own.has(e);
  // ("offered to extradite X to Chile": sending someone away is offered to where they are sent.)
  const slots = row.relation === 'EXPELLED' && args.pps.has('to') ? ['pp:to' as const] : row.target;
  for (const slot of slots) {
    if (slot === 'subj' || slot === 'group') continue;
    const targets = typedIn(ctx, slotEntities(ctx, units, slot, args, row.tgt, true, row), row.tgt).filter(actor);
    if (!targets.length) continue;
    for (const s of args.subj) for (const t of targets) ctx.emit(s, as, t, row.confidence * 0.9, undefined, args.how);
    return;
  }
}
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['Country', 'Organization', 'Person']);
/** Verbs whose "to" clause is an act only offered or threatened, and the relation they tell it as. */
const INTENT_AS: ReadonlyMap<string, RelationType> = new Map<string, RelationType>([['offer', 'OFFERED'], ['volunteer', 'OFFERED'], ['threaten', 'THREATENED']]);

/** Event nouns that have sides: talks, a deal, a truce. */
/** Verbs whose subject takes part in the talks or deal of its clause ("agreed to a truce in talks …"). */
const PARTICIPATION = new Set('agree sign reach conclude seal strike ink initial hold resume join attend accept end finalize finalise clinch exchange swap free trade negotiate draft pledge promise vow commit decide reaffirm'.split(' '));
/** Pledges and decisions, which make sides of talks only two or more named together ("Chile and Peru vowed …"). */
const JOINT_PLEDGES = new Set(['pledge', 'promise', 'vow', 'commit', 'decide', 'reaffirm']);
/** Verbs of staying out of talks, whose infinitive keeps its subject out of them ("decided to boycott the talks"). */
const STAYING_OUT = new Set(['reject', 'quit', 'boycott', 'withdraw', 'leave', 'abandon', 'skip', 'refuse', 'oppose', 'shun', 'snub', 'suspend', 'exit']);
/** Releasing or returning captives takes part in their exchange ("released 50 prisoners in a swap brokered by X"), not releasing a report. */
const CAPTIVES = new Set(['prisoner', 'detainee', 'captive', 'hostage', 'fisherman', 'fishermen', 'soldier', 'sailor', 'civilian', 'national', 'citizen', 'pow']);
/** Nouns for who won a contest ("the winner of the election"). */
const WINNER_HEADS = new Set(['winner', 'victor']);

const SIDED_EVENTS = new Set('talk negotiation dialogue ceasefire truce deal agreement accord pact treaty process exchange swap settlement breakthrough rapprochement reconciliation normalisation normalization detente détente understanding compromise'.split(' '));

/**
 * The sides of the event a passive participle right after it describes ("talks brokered by Z"):
 * "between X and Y" after the event noun, or else the participants of the clause the event noun sits
 * in: its subject ("X and Y agreed to a truce in talks brokered by Z"), or in the passive its "by"
 * agent ("it was signed by X and Y after talks mediated by Z").
 */
function eventParties(ctx: SentenceContext, units: Unit[], u: number): Group {
  // "talks in Lome brokered by Z": over the place the talks were held in.
  let at = u - 1;
  if (units[at]?.np && units[at]!.np!.actors.length && !units[at]!.np!.actors.some((e) => !PLACE_TYPES.has(ctx.ents.list[e]!.type)) && units[at - 1]?.kind === 'p' && /^(?:in|at)$/.test(units[at - 1]!.word ?? '') && units[at - 2]?.np) at -= 2;
  const np = units[at]?.np;
  if (!np || !SIDED_EVENTS.has(np.head) || !np.actors.every((e) => EVENTISH.has(ctx.ents.list[e]!.type))) return [];
  const between = prepositions(units, at + 1).get('between');
  if (between) return between;
  for (let k = at - 1; k >= 0; k--) {
    const x = units[k]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel') return [];
    // (Over a participle or gerund that goes on from the clause: "signed X, committing to a truce after talks…".)
    if (x.kind !== 'vg' || x.vg!.participle || x.vg!.gerund) continue;
    // ("agreed to restore ties after talks …": the verb the "to" clause hangs on takes part.)
    // ("agreed to restore ties after talks …", "vowed on Monday not to strike again after talks …": over an infinitive,
    // a negation and a phrase of time, the verb the "to" clause hangs on takes part; not one of staying out,
    // "decided to boycott the talks".)
    if (units[k - 1]?.kind === 'inf') {
      let g = k - 2;
      if (units[g]?.kind === 'other' && /^(?:not|never)$/.test(ctx.s.tokens[units[g]!.t0]!.lower)) g--;
      if (units[g]?.np && TIME_HEADS.has(units[g]!.np!.head) && units[g - 1]?.kind === 'p') g -= 2;
      // (Or a noun's own infinitive: "agreed to end a row over Chile's plan to dam the river, after talks …".)
      if (g === k - 2 && units[g]?.np && !units[g]!.np!.actors.length) continue;
      // (A verb that does not take part governs no part: "refused to hold talks hosted by Z", "wants to sign".)
      if (units[g]?.kind === 'vg' && (units[g]!.vg!.passive || !PARTICIPATION.has(units[g]!.vg!.lemma) || STAYING_OUT.has(x.vg!.lemma))) return [];
      if (units[g]?.kind === 'vg') continue;
    }
    const captives = /^(?:release|return|free)$/.test(x.vg!.lemma) && !!units[k + 1]?.np && CAPTIVES.has(nounSingular(units[k + 1]!.np!.head));
    // ("negotiated with Chile in talks mediated by Z": the side "with" names is one too.)
    // (A pledge or decision only of sides named together: "Peru pledged $10 million after talks …" took no part in them.)
    const subject = x.vg!.passive ? [] : findSubject(units, k).subject;
    if (JOINT_PLEDGES.has(x.vg!.lemma) && actorsOf(units, subject).length < 2) return [];
    if (!x.vg!.passive) return PARTICIPATION.has(x.vg!.lemma) || captives ? [...subject, ...(prepositions(units, k + 1).get('with')?.filter((w) => w < at) ?? [])] : [];
    const by = prepositions(units, k + 1).get('by');
    return by && by[by.length - 1]! < at ? by : [];
  }
  return [];
}

/** The sides "between" names right after a subject that is a sided event ("talks between X and Y"). */
function subjectParties(ctx: SentenceContext, units: Unit[], subject: Group): Group {
  const at = subject[subject.length - 1];
  const np = at === undefined ? undefined : units[subject[0]!]?.np;
  if (at === undefined || !np || !SIDED_EVENTS.has(np.head) || !np.actors.every((e) => EVENTISH.has(ctx.ents.list[e]!.type))) return [];
  const between = prepositions(units, at + 1).get('between');
  if (between) return between;
  // ("talks between X and Y on a truce, which are mediated by Z": the matter of sided talks has their sides.)
  const k = subject[0]!;
  if (subject.length !== 1 || units[k - 1]?.kind !== 'p' || !/^(?:on|over|about|for)$/.test(units[k - 1]!.word ?? '') || !units[k - 2]?.np) return [];
  const g = groupLeft(units, k - 2);
  const talks = units[g[0]! - 1]?.kind === 'p' && units[g[0]! - 1]!.word === 'between' ? g[0]! - 2 : k - 2;
  return units[talks]?.np && SIDED_EVENTS.has(units[talks]!.np!.head) ? subjectParties(ctx, units, [talks]) : [];
}

const TALK_HEADS = new Set(['talk', 'negotiation', 'dialogue']);
/** Facts between the sides of talks or a deal. */
const SIDED_FACTS: ReadonlySet<string> = new Set(['AGREED_CEASEFIRE_WITH', 'NEGOTIATED_WITH', 'ESTABLISHED_TIES_WITH', 'SIGNED']);

/**
 * "The truce was brokered by Z", "Z mediated the talks": a definite sided event named by no entity
 * stands for the last talks or deal told in this sentence or the two before; its sides are that
 * fact's ends (for a signing, everyone who signed the same treaty in that sentence).
 */
function priorParties(ctx: SentenceContext, units: Unit[], group: Group): number[] {
  const u = group.length === 1 ? units[group[0]!] : undefined;
  const np = u?.np;
  // ("X and Y restored ties, in a deal brokered by Z": an indefinite deal after "in" sums up its own sentence's act, agreed or done.)
  // ("A truce between X and Y took effect under an accord Z mediated": or "under".)
  // ("X and Y signed a truce, mediated by Z": or the object of the verb that sealed it.)
  const before = units[group[0]! - 1];
  const summing = !!u && /^(?:a|an)$/.test(ctx.s.tokens[u.t0]?.lower ?? '') && ((before?.kind === 'p' && /^(?:in|under)$/.test(before.word ?? '')) || (before?.kind === 'vg' && !before.vg!.passive && PARTICIPATION.has(before.vg!.lemma)));
  // (So does one a year names, "in a 2019 deal brokered by Z".)
  const named = summing ? np && !np.actors.every((e) => EVENTISH.has(ctx.ents.list[e]!.type)) : np && (np.actors.length || np.mentions);
  if (!u || !np || named || !SIDED_EVENTS.has(np.head) || (ctx.s.tokens[u.t0]?.lower !== 'the' && !summing) || u.t1 - u.t0 > 3) return [];
  // Talks may be told as a meeting ("held talks"); a deal or truce is agreed or signed.
  const talks = TALK_HEADS.has(np.head);
  const f = recentFact(ctx, summing ? 0 : 2, (x) => (SIDED_FACTS.has(x.type) || (talks && x.type === 'MET_WITH')) && (!x.status || x.status === 'asserted' || (summing && x.status === 'planned')) && sideStandsFor(ctx, x));
  if (!f && summing) {
    // ("Peru will supply power to Chile under an accord mediated by Z": any act between two sides told before it.)
    const act = recentFact(ctx, 0, (x) => classOfRelation(x.type) !== undefined && x.type !== 'MEDIATED' && (!x.status || x.status === 'asserted' || x.status === 'planned') && stateOrBody(ctx, x.source) && stateOrBody(ctx, x.target));
    if (act) return [act.source, act.target];
    const between = sidesBetweenBefore(ctx, units, group[0]!);
    if (between.length) return between;
    // ("X and Y signed a truce, mediated by Z": the coordinated subject of the verb that sealed it.)
    if (before?.kind === 'vg') {
      const subj = actorsOf(units, findSubject(units, group[0]! - 1).subject).filter((e) => stateOrBody(ctx, e));
      return subj.length >= 2 ? subj : [];
    }
    return clauseSides(ctx, units, group[0]! - 1);
  }
  if (!f) return [];
  if (f.type !== 'SIGNED') return [f.source, f.target];
  return coSigners(ctx, f);
}

/**
 * "Peru handed X to Chile in a deal brokered by Z": with no act told between them, the subject of the
 * clause and the state or body named right before the preposition at `p` are the deal's sides.
 */
function clauseSides(ctx: SentenceContext, units: Unit[], p: number): number[] {
  const last = units[p - 1]?.np;
  const other = last ? last.actors.filter((e) => stateOrBody(ctx, e)) : [];
  if (other.length !== 1) return [];
  for (let k = p - 2; k >= 0; k--) {
    const x = units[k]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'comma') return [];
    if (x.kind !== 'vg' || x.vg!.participle || x.vg!.gerund) continue;
    const subj = actorsOf(units, findSubject(units, k).subject).filter((e) => stateOrBody(ctx, e));
    return subj.length === 1 && subj[0] !== other[0] ? [subj[0]!, other[0]!] : [];
  }
  return [];
}

/** The two sides "between" names after a truce, deal or talks earlier in the sentence than unit `at` ("a truce between X and Y took effect"). */
function sidesBetweenBefore(ctx: SentenceContext, units: Unit[], at: number): number[] {
  for (let k = at - 1; k >= 0; k--) {
    const np = units[k]!.np;
    if (!np || !SIDED_EVENTS.has(np.head) || !np.actors.every((e) => EVENTISH.has(ctx.ents.list[e]!.type))) continue;
    const between = prepositions(units, k + 1).get('between');
    const sides = between ? actorsOf(units, between) : [];
    return sides.length === 2 ? sides : [];
  }
  return [];
}

/** Not a deal's signer who stands for no state the text names: "the document was signed by X for the government". */
function sideStandsFor(ctx: SentenceContext, f: LocalRelation): boolean {
  return f.type !== 'SIGNED' || ctx.ents.list[f.source]!.type !== 'Person' || ledState(ctx, f.source) !== undefined;
}

/** Everyone who signed what a SIGNED fact's source signed, in the same sentence, each once. */
function coSigners(ctx: SentenceContext, f: LocalRelation): number[] {
  return [...new Set((ctx.facts ?? []).filter((x) => x.type === 'SIGNED' && x.target === f.target && x.sentence === f.sentence).map((x) => x.source))];
}

/** Offices and parts through which an entity speaks for a state. */
const ACTS_FOR = new Set(['PART_OF', 'PRESIDENT_OF', 'PRIME_MINISTER_OF', 'LEADER_OF', 'MINISTER_OF', 'SPOKESPERSON_OF']);

/**
 * The states a body or person speaks for: a ministry named for its country ("Ministry of Foreign
 * Affairs (Chile)"), or one the document has made it part of or given an office of.
 */
function statesActedFor(ctx: SentenceContext, e: number): number[] {
  const out: number[] = [];
  const country = bodyQualifier(ctx.ents.list[e]!.name);
  const c = country !== undefined ? ctx.ents.find('Country', country) : undefined;
  if (c !== undefined) out.push(c);
  for (const f of ctx.facts ?? []) if (f.source === e && ACTS_FOR.has(f.type) && ctx.ents.list[f.target]!.type === 'Country') out.push(f.target);
  return out;
}

/** The past form of a verb after an object ("ordered X detained / held / taken"). */
const PAST_FORM = /ed$|held$|taken$/;

/** Modals that lay an obligation on their subject. */
const OBLIGATION = new Set(['must', 'should', 'ought']);

/** A clause subject's own side: itself, the states it acts for, and the states its noun phrase names ("Chilean Prime Minister X"). */
function ownSide(ctx: SentenceContext, units: Unit[], subj: number[]): Set<number> {
  const own = new Set(subj.flatMap((e) => [e, ...statesActedFor(ctx, e)]));
  for (const u of units) if (u.np && u.np.actors.some((e) => subj.includes(e))) for (const e of [...u.np.pre, ...u.np.poss]) own.add(e);
  return own;
}

/** The unit is a state written by its own name (not its capital or a demonym). */
function namesStateItself(ctx: SentenceContext, u: Unit): boolean {
  return !!u.np?.headIsEntity && u.np.actors.length === 1 && ctx.ents.list[u.np.actors[0]!]!.type === 'Country' && ctx.s.mentions.some((m) => m.t0 >= u.t0 && m.t1 <= u.t1 && m.gaz?.type === 'Country' && m.gaz.kind === 'name');
}

/** Relational nouns that may stand right before the name they describe ("her predecessor X"). */
const APPOSED_NOUNS = new Set(['predecessor', 'successor']);

/** Heads of a state's forces, which stand for it ("the armies of X and Y"). */
const FORCE_HEADS = new Set(['army', 'armies', 'force', 'forces', 'troops', 'military', 'militaries', 'navy', 'navies', 'soldiers', 'guards']);

/** The object is "each other" or "one another" and nothing else. */
function eachOther(ctx: SentenceContext, units: Unit[], obj: Group): boolean {
  if (obj.length !== 1) return false;
  const u = units[obj[0]!]!;
  const t = ctx.s.tokens;
  // (The chunker may leave "another" out of "one another"'s unit.)
  return u.t1 - u.t0 <= 2 && ((t[u.t0]!.lower === 'each' && t[u.t0 + 1]?.lower === 'other') || (t[u.t0]!.lower === 'one' && t[u.t0 + 1]?.lower === 'another'));
}

/**
 * The actors of an "along with" or "together with" phrase that share the subject's act: set off right
 * after the subject, or opening the sentence ("Together with Germany, France …"), or after the verb's
 * object when they are of the subject's kind and not the object's ("Mali quit the bloc along with Niger";
 * not "sanctioned Chile along with the Vega Front", "killed X along with Y").
 */
function alongWith(ctx: SentenceContext, units: Unit[], subjGroup: Group, ui: number, subj: readonly number[]): number[] {
  // ("signed the accord alongside Y": one word does it too, of one named; not "alongside Iranian drones",
  // "alongside Mozambican forces", whose state only fights or stands beside the act.)
  const at = (k: number): number[] =>
    (units[k]?.word === 'along' || units[k]?.word === 'together') && units[k + 1]?.kind === 'p' && units[k + 1]!.word === 'with' && units[k + 2]?.np ? actorsOf(units, groupRight(units, k + 2))
    : units[k]?.kind === 'p' && units[k]!.word === 'alongside' && units[k + 1]?.np?.headIsEntity && !SERVING.has(units[ui]?.vg?.lemma ?? '') ? actorsOf(units, groupRight(units, k + 1)) : [];
  const last = subjGroup[subjGroup.length - 1]!;
  if (units[last + 1]?.kind === 'comma') {
    const found = at(last + 2);
    if (found.length) return found;
  }
  // ("Brazil brokered, alongside Norway, the truce": set off right after the verb, up to its closing comma.)
  const objectAfter = asideAfterVerb(units, ui);
  if (objectAfter > 0) {
    const names: number[] = [];
    for (let k = ui + 3; k < objectAfter - 1; k++) if (units[k]!.np) names.push(k);
    const found = actorsOf(units, names.filter((k) => units[k]!.np!.headIsEntity));
    if (found.length) return found;
  }
  if (/^(?:along|together|alongside)$/.test(units[0]?.word ?? '') && units[units[0]!.word === 'alongside' ? 1 : 2]?.np) {
    const g = groupRight(units, units[0]!.word === 'alongside' ? 1 : 2);
    if (units[g[g.length - 1]! + 1]?.kind === 'comma' && g[g.length - 1]! + 2 === subjGroup[0]) return at(0);
  }
  for (let k = ui + 1; k < units.length && k < ui + 12; k++) {
    const x = units[k]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'vg' || x.kind === 'comma' || x.kind === 'cc') break;
    // ("fought alongside Y": right after the verb, "alongside" is the verb's own word.)
    const found = x.word === 'alongside' && k === ui + 1 ? [] : at(k);
    if (!found.length) continue;
    const kinds = new Set(subj.map((e) => ctx.ents.list[e]!.type));
    const objectKinds = new Set(units.slice(ui + 1, k).flatMap((y) => (y.np ? npActors(y.np) : [])).map((e) => ctx.ents.list[e]!.type));
    return found.every((e) => kinds.has(ctx.ents.list[e]!.type) && !objectKinds.has(ctx.ents.list[e]!.type)) ? found : [];
  }
  return [];
}

/**
 * The unit after the comma that closes an "alongside"/"along with"/"together with" phrase set off right after
 * the verb at `ui` ("brokered, alongside Norway and Mexico, the truce"), or -1.
 */
function asideAfterVerb(units: Unit[], ui: number): number {
  if (units[ui + 1]?.kind !== 'comma') return -1;
  const k = ui + 2;
  const from = units[k]?.kind === 'p' && units[k]!.word === 'alongside' ? k + 1 : /^(?:along|together)$/.test(units[k]?.word ?? '') && units[k + 1]?.kind === 'p' && units[k + 1]!.word === 'with' ? k + 2 : -1;
  if (from < 0 || !units[from]?.np) return -1;
  // (The names joined by "and", up to the closing comma.)
  let close = from + 1;
  while (units[close]?.kind === 'cc' && units[close]!.word === 'and' && units[close + 1]?.np) close += 2;
  return units[close]?.kind === 'comma' && units[close + 1]?.np ? close + 1 : -1;
}

/** "each other", "one another": an object that is the coordinated subject itself. */
function reciprocalObject(units: Unit[], obj: Group): boolean {
  const head = units[obj[0]!]?.np?.head;
  // (A bare time word after the verb is no object: "exchanged fire overnight".)
  return head === 'other' || head === 'another' || (obj.length === 1 && !units[obj[0]!]!.np!.actors.length && (TIME_HEADS.has(head ?? '') || /^(?:overnight|today|yesterday|tonight|tomorrow)$/.test(head ?? '')));
}

/** A call or meeting in which the clause's act took place: "agreed in a phone call", "during a meeting". */
const SETTING_PREPS = new Set(['in', 'during']);
const SETTING_NOUNS = new Set(['call', 'conversation', 'meeting', 'videoconference']);
/** Verbs of speech whose object is the other side of the call they happen in. */
const SPEECH_ACTS = new Set('congratulate thank tell ask urge invite assure promise brief reassure warn press update inform'.split(' '));
/** Talks "with" someone in which the clause's act happened, or that it followed. */
const TALK_PREPS = new Set(['after', 'following', 'during']);
/** Support verbs whose "by" agent in the passive does the act itself ("imposed by X"), not carries it ("delivered by X"). */
const PASSIVE_SUPPORT = new Set(['impose', 'announce', 'adopt', 'approve', 'unveil', 'introduce', 'extend', 'tighten', 'expand', 'level', 'slap', 'enforce', 'renew', 'issue', 'sign', 'conclude', 'reach', 'hold', 'launch', 'conduct', 'carry', 'stage', 'mount']);
/** Verbs of a journey that talks "for" are the purpose of ("arrived for talks with X"). */
const JOURNEYS = new Set(['arrive', 'travel', 'fly', 'head', 'go', 'come', 'return', 'land', 'visit', 'stop']);
const TALK_NOUNS = new Set(['talk', 'consultation', 'negotiation', 'discussion']);
/** A trip the subject of the verb before made: "returned from a visit to", "was on a tour of". */
const TRIP_PREPS = new Set(['from', 'on', 'during', 'after', 'under']);
/** Nouns whose event the clause's subject took part in when they follow the verb in a phrase: a trip it made, mediation it was under. */
const TRIP_NOUNS = new Set(['visit', 'trip', 'tour', 'mediation', 'auspices']);
/** Kinds of place a name may come before ("Cusco province", "Donetsk region"). */
const PLACE_KINDS = new Set(['province', 'region', 'state', 'district', 'county', 'territory', 'oblast', 'governorate', 'prefecture', 'city', 'town', 'area', 'island', 'islands', 'peninsula', ...SITE_NOUNS]);
/** What a state or body holds, whose possessor a target stands for ("Peru's mining industry", "Chile's naval fleet"). */
const HOLDING_HEADS = new Set('sector industry economy export import oil gas bank asset reserve programme program infrastructure grid network facility plant refinery fleet navy military currency shipping trade airline'.split(' '));
/** What an actor does, whose possessor a target stands for ("condemned Peru's conduct", "a probe of Chile's role"). */
const CONDUCT_HEADS = new Set('crackdown role conduct handling action involvement treatment behaviour behavior aggression policy interference meddling'.split(' '));
/** Heads that stand for the actor modifying them when they are a target ("Front positions", "Hamas fighters"). */
/** The people among ASSET_HEADS, who stand for their state only when written with its adjective ("attacked Chilean soldiers"). */
const ASSET_PEOPLE = new Set('fighter troop soldier militant commander leader official'.split(' '));
const ASSET_HEADS = new Set('position base camp fighter force troop soldier convoy stronghold hideout target unit outpost militant commander leader official asset vessel ship headquarters embassy consulate compound premises site facility depot installation launcher stockpile warehouse bunker post checkpoint airfield airbase'.split(' '));
/**
 * "attacked the town of X", "by the government of X and Y": a group that is one noun phrase naming no
 * one, headed by a noun that stands for its "of" complement, stands for that complement. With
 * `members`, also a noun for members of it or from it ("by the leaders of X", "by officials from X").
 */
function ofComplement(units: Unit[], g: Group, members: boolean): Group {
  const k = g[0]!;
  const np = units[k]?.np;
  // "300 of Bolivia's pilots", "dozens of Chilean fishermen": a number or quantity before "of" counts its complement.
  const counted = !!np && (isCount(units[k]!) || QUANTITY_HEADS.has(np.head));
  if (g.length !== 1 || !np || np.mentions || !(OF_HEADS.has(np.head) || counted || (members && MEMBER_HEADS.has(np.head)))) return g;
  // Members come "of" or "from" a body or state ("by leaders from X, Y and Z").
  const p = units[k + 1]?.kind === 'p' ? units[k + 1]!.word : undefined;
  return (p === 'of' || (p === 'from' && members && MEMBER_HEADS.has(np.head))) && units[k + 2]?.kind === 'np' ? groupRight(units, k + 2) : g;
}

/** Heads of a phrase whose "of" complement is the act a support verb carries out ("a round of talks"). */
/** Verbs that end talks, which were held for that ("closed six days of talks"). */
const TALK_ENDING = new Set(['end', 'close', 'adjourn', 'break off']);
const ROUND_HEADS = new Set(['round', 'cluster', 'phase', 'stage', 'series', 'wave', 'spate', 'flurry', 'day', 'week', 'package', 'set', 'raft', 'batch', 'slew', 'string', 'tranche']);
/** Heads that count their "of" complement ("dozens of", "hundreds of", "some of"). */
const QUANTITY_HEADS = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'some', 'many', 'several', 'few', 'number', 'majority', 'handful']);
/** A noun phrase that is only a number ("1,500 of"). */
function isCount(u: Unit): boolean {
  return u.t1 - u.t0 === 1 && /^\d[\d,.]*$/.test(u.np?.head ?? '');
}

/**
 * The unit a noun phrase at `k` stands for: a measure's or a number's "of" complement ("a planeload of
 * vaccines", "thousands of rifles", "the last three of ten frigates"), else the phrase itself.
 */
function measuredUnit(units: readonly Unit[], k: number): number {
  const head = units[k]?.np?.head ?? '';
  return (MEASURE_HEADS.has(head) || NUMBER_WORD.test(head)) && units[k + 1]?.kind === 'p' && units[k + 1]!.word === 'of' && units[k + 2]?.np ? k + 2 : k;
}

/** A head with the word written before it in unit `u` ("military adviser", "entity list"). */
function withWordBefore(tokens: readonly Token[], u: Unit, head: string): string {
  return `${tokens[u.t1 - 2]?.lower ?? ''} ${head}`;
}

/** The last mention of one event in sentence `s` ending by token `end`. */
function lastEventMention(ctx: SentenceContext, s: SentenceInfo, end: number): Mention | undefined {
  return [...s.mentions].reverse().find((x) => x.t1 <= end && x.refs.length === 1 && ctx.ents.list[x.refs[0]!]!.type === 'Event');
}

/** Names of votes ("presidential election", "runoff"). */
const VOTE_NAME = /\b(?:election|elections|vote|poll|polls|ballot|runoff|run-off|referendum|primary|primaries)\b/i;
/** Gatherings that show solidarity of their own ("a march in solidarity with X"). */
const GATHERINGS = new Set(['march', 'rally', 'protest', 'vigil', 'demonstration', 'gathering', 'sit-in', 'concert']);
/** Ties a person or state is in, which "former" puts in the past. */
const STANDING_TIES = new Set(['SUPPORTED', 'COOPERATES_WITH', 'OPPOSES', 'CRITICIZED']);
/** Heads whose "of" complement names what they stand for. */
const OF_HEADS = new Set('runoff run-off town city village port region province district state country island capital area people government leadership regime territory enclave strip camp base headquarters level echelon rank much most part parts half rest swathe swathes post outpost crossing jurisdiction authority legitimacy position positions stronghold strongholds hideout hideouts camps bases posts convoy convoys facility facilities'.split(' '));
/** Verb particles between a support verb and its object. */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'forward', 'back', 'through']);
/** Heads that stand for the body in their "of" complement ("five senior figures of Hamas"). */
const MEMBER_HEADS = new Set('figure leader member official commander executive chief head officer representative delegate delegation envoy minister lawmaker militant fighter unit wing branch arm faction'.split(' '));
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * "Peru said its prosecutors had charged X": a subject that is an agent noun owned by "its" stands for the
 * one state or body that is the subject of the clause it is reported or goes on from, in the same sentence.
 * (Not its members, nor a target: "police raided its consulate" is too often another state's.)
 */
function ownersAgents(ctx: SentenceContext, units: Unit[], k: number): number[] {
  const u = units[k];
  const np = u?.np;
  if (!u || !np || np.actors.length || np.poss.length || np.pre.length || !AGENT_NOUNS.has(np.head) || OWN_MEMBERS.has(np.head) || ctx.s.tokens[u.t0]?.lower !== 'its') return [];
  // (Only right after a verb of saying, "Peru said (that) its police …"; after "Peru criticised Chile,
  // saying its police …" the one "its" means is as likely the object.)
  let j = units[k - 1]?.kind === 'sconj' || units[k - 1]?.kind === 'rel' ? k - 2 : k - 1;
  // (Over a time phrase: "said on Monday that its police …".)
  if (units[j]?.np && TIME_HEADS.has(units[j]!.np!.head) && units[j - 1]?.kind === 'p') j -= 2;
  const x = units[j];
  if (x?.kind !== 'vg' || x.vg!.participle || x.vg!.gerund || !REPORTING_LEMMAS.has(x.vg!.lemma)) return [];
  const owner = actorsOf(units, findSubject(units, j).subject).filter((e) => stateOrBody(ctx, e));
  return owner.length === 1 ? owner : [];
}
/** Heads (lemmas) of the forces a commander acts through. */
/** (A rebel leader's "fighters" act for the group he leads, which the text names as the actor.) */
const COMMANDED = new Set(['troop', 'troops', 'soldier', 'force', 'forces', 'army']);
/** The person "his"/"her" stands for, before forces that are theirs ("his troops took the palace"). */
function commandersForces(ctx: SentenceContext, u: Unit): number[] {
  const np = u.np;
  if (!np || np.actors.length || !COMMANDED.has(np.head) || !/^(?:his|her)$/.test(ctx.s.tokens[u.t0]?.lower ?? '') || u.t1 - u.t0 > 3) return [];
  return possessivePronounAntecedent(ctx, u).filter((e) => ctx.ents.list[e]!.type === 'Person');
}
/** Plural offices whose holders act for their states ("their prime ministers", "their foreign ministers"). */
const LEADERS_PLURAL = /^(?:leaders|presidents|prime ministers|premiers|foreign ministers|defence ministers|defense ministers|trade ministers|ministers|envoys|negotiators|delegations|heads of state|heads of government)$/;

/** The states "their" stands for, before their leaders: two or more named together before it. */
function theirLeaders(ctx: SentenceContext, u: Unit): number[] {
  const np = u.np;
  if (!np || np.actors.length || ctx.s.tokens[u.t0]?.lower !== 'their') return [];
  if (!LEADERS_PLURAL.test(ctx.s.tokens.slice(u.t0 + 1, u.t1).map((t) => t.lower).join(' '))) return [];
  const pair = coordinatedAntecedent(ctx, u.t0, []);
  if (pair.length < 2 || !pair.every((e) => ctx.ents.list[e]!.type === 'Country')) return [];
  // (Only states that opened the sentence before as its subject: not "parties in Chile and Peru … Their leaders".)
  const prev = ctx.sentences?.[ctx.index - 1];
  const first = prev?.mentions.find((m) => m.refs.length === 1 && pair.includes(m.refs[0]!));
  return first && first.t0 === (prev!.bodyStart ?? 0) ? pair : [];
}

/** Verbs that report what their subject's own agents did ("said its police had arrested X"). */
const REPORTING_LEMMAS = new Set(['say', 'announce', 'confirm', 'report', 'state', 'add', 'claim', 'insist', 'note']);
/** Agent nouns for a body's members or friends, not the body acting. */
const OWN_MEMBERS = new Set(['member', 'ally', 'partner', 'neighbour', 'neighbor', 'rival']);
const EVENTISH = new Set<EntityType>(['Event', 'Treaty']);
const PLACE_TYPES = new Set<EntityType>(['Place', 'Country']);
const HE_SHE = new Set(['he', 'she', 'him', 'her']);
/** A possessive pronoun opening a phrase, as the personal pronoun it stands for. */
const POSSESSIVE_AS_OBJECT: Readonly<Record<string, string>> = { his: 'him', her: 'her', its: 'it' };

/** The antecedent of the possessive pronoun ("his", "her", "its") opening a noun phrase, if any. */
function possessivePronounAntecedent(ctx: SentenceContext, u: Unit): number[] {
  const t = ctx.s.tokens;
  const word = POSSESSIVE_AS_OBJECT[t[u.t0]!.lower];
  // ("his rival's loan", "her main challenger's claim": the owner is the rival, not the one "his" stands for.)
  if (word && t.slice(u.t0 + 2, u.t1).some((x) => /^['’]s$/.test(x.text))) return [];
  // ("X beat Y. His party won 40 seats.": opening its sentence, it goes on from the subject before, as "He" does.)
  const opening = u.t0 === (ctx.s.bodyStart ?? 0) && (word === 'him' || word === 'her');
  if (word) return pronounAntecedent(ctx, { ...u, kind: 'pron', word: opening ? (word === 'him' ? 'he' : 'she') : word });
  // "the country's loan", "the bloc's summit": a described possessor stands for what it describes.
  const noun = t[u.t0 + 1]?.lower ?? '';
  if (t[u.t0]!.lower === 'the' && /^['’]s$/.test(t[u.t0 + 2]?.text ?? '') && DESCRIBED_TYPES[noun] && !ctx.s.mentions.some((m) => m.t0 === u.t0 + 1)) {
    const np: NounPhrase = { actors: [], places: [], head: noun, headIsEntity: false, poss: [], pre: [], prePlaces: [], mentions: 0, titled: false, indefinite: false };
    return describedAntecedent(ctx, { ...u, t1: u.t0 + 2, np });
  }
  return [];
}
/** Verbs of denying a charge. */
const DENYING = new Set(['deny', 'reject', 'dispute', 'refute']);

/** What a denial disowns of its own side ("denied any Peruvian involvement", "rejected Chile's role in the attack"). */
const DENIED_SHARES = new Set(['involvement', 'role', 'link', 'complicity', 'responsibility', 'hand', 'part', 'wrongdoing', 'participation']);

/** Heads of a vote a clause's "in" phrase may name ("took 40 seats in the legislative vote"). */
const ELECTION_HEADS_IN = new Set(['election', 'elections', 'vote', 'poll', 'polls', 'ballot', 'referendum', 'runoff', 'run-off', 'primary', 'race', 'contest']);

/** Verbs that lay an act at someone's door: "blamed X for the attack", "accused Y of the bombing". */
const BLAMING = new Set(['blame', 'accuse', 'suspect']);

/** Verbs of backing or joining, whose refusal rejects their object ("refused to sign the accord"). */
const BACKING = new Set(['sign', 'endorse', 'ratify', 'join', 'back', 'support', 'recognise', 'recognize', 'accept', 'approve', 'implement']);

/** Verbs whose "to"/"on" object is what the subject agrees to ("agreed to a ceasefire"). */
const AGREEING = new Set(['agree', 'commit', 'consent', 'sign']);

/** Heads for a person's rule over a state, or their state ("his government", "Luna's regime", "her country"). */
const RULING_HEADS = new Set(['government', 'regime', 'administration', 'cabinet', 'junta', 'country', 'nation']);

/** The one person a phrase names as the owner of a rule: "Prime Minister X's government", or X of "the government of X". */
function namedRuler(ctx: SentenceContext, u: Unit): number | undefined {
  const np = u.np!;
  const tokens = ctx.s.tokens;
  const ofRuling = np.headIsEntity && np.actors.length === 1 && tokens[u.t0 - 1]?.lower === 'of' && RULING_HEADS.has(tokens[u.t0 - 2]?.lower ?? '') && tokens[u.t0 - 3]?.lower === 'the';
  // (Or the ruling noun itself, before "of" and the person: "The government of X expelled …".)
  // (The noun may have been read as a description of a state already: its own word decides.)
  const after = RULING_HEADS.has(tokens[u.t1 - 1]?.lower ?? '') && !np.poss.length && tokens[u.t0]?.lower === 'the' && tokens[u.t1]?.lower === 'of' ? ctx.s.mentions.find((m) => m.t0 === u.t1 + 1 && m.refs.length === 1) : undefined;
  const owner = ofRuling ? np.actors[0]! : after ? after.refs[0]! : np.poss.length === 1 && RULING_HEADS.has(np.head) && !np.headIsEntity && np.actors.every((e) => e === np.poss[0]) ? np.poss[0]! : -1;
  return owner >= 0 && ctx.ents.list[owner]!.type === 'Person' ? owner : undefined;
}

/** The person whose rule a phrase names ("his government", "Luna's regime"), when it names one person. */
function rulerOf(ctx: SentenceContext, u: Unit): number | undefined {
  const np = u.np!;
  if (!RULING_HEADS.has(np.head) || np.headIsEntity) return undefined;
  // ("X, whose cabinet hosted the forum": the one named right before the relative.)
  const tokens = ctx.s.tokens;
  const whose = tokens[u.t0 - 1]?.lower === 'whose' && tokens[u.t0 - 2]?.text === ',' ? ctx.s.mentions.filter((m) => m.t1 === u.t0 - 2 && m.refs.length === 1).map((m) => m.refs[0]!) : [];
  const owner = np.poss.length ? np.poss : whose.length ? whose : possessivePronounAntecedent(ctx, u);
  return owner.length === 1 && ctx.ents.list[owner[0]!]!.type === 'Person' ? owner[0] : undefined;
}

/** Words that name a political body ("the Vega Party", "the Sendero Front"). */
const PARTY_NAME = /\b(?:Party|Movement|Front|Alliance|Congress|League|Union|Coalition|Bloc)\b/;

/** Heads of a body a person may run, after "his"/"her" ("his company", "her party"). */
const OWN_BODY_HEADS = new Set(['company', 'firm', 'group', 'bank', 'party', 'airline', 'carrier', 'lender', 'miner', 'organisation', 'organization', 'agency', 'movement', 'front', 'business', 'conglomerate', 'fund', 'alliance', 'coalition', 'bloc']);

/** The one body the person a "his"/"her" before a firm's or party's noun stands for heads or leads, by a fact or by a title in this sentence. */
function headedBody(ctx: SentenceContext, u: Unit): number | undefined {
  const np = u.np!;
  // ("Mandić's alliance", "Ruiz's party": a person named as the owner, as "his"/"her" does.)
  const named = np.poss.length === 1 && ctx.ents.list[np.poss[0]!]!.type === 'Person' && np.actors.every((e) => e === np.poss[0]) && !np.headIsEntity && OWN_BODY_HEADS.has(np.head) && ctx.s.tokens[u.t1 - 1]?.lower === np.head && /^['’]s$/.test(ctx.s.tokens[u.t1 - 2]?.text ?? '');
  if (!named && (!OWN_BODY_HEADS.has(np.head) || np.headIsEntity || np.actors.length || !/^(?:his|her)$/.test(ctx.s.tokens[u.t0]?.lower ?? '') || u.t1 - u.t0 !== 2)) return undefined;
  const owner = named ? np.poss : possessivePronounAntecedent(ctx, u);
  if (owner.length !== 1 || ctx.ents.list[owner[0]!]!.type !== 'Person') return undefined;
  const p = owner[0]!;
  const bodies = new Set((ctx.facts ?? []).filter((f) => f.source === p && (f.type === 'HEAD_OF' || f.type === 'LEADER_OF') && ctx.ents.list[f.target]!.type === 'Organization').map((f) => f.target));
  // ("Vega Oil chief X": a body before a title before the name, in this sentence.)
  const ms = ctx.s.mentions;
  for (let k = 2; k < ms.length; k++) {
    const role = ms[k - 1]!;
    const body = ms[k - 2]!;
    if (ms[k]!.refs.length !== 1 || ms[k]!.refs[0] !== p || role.kind !== 'role' || body.t1 !== role.t0 || body.refs.length !== 1) continue;
    if (ctx.ents.list[body.refs[0]!]!.type === 'Organization' && /^(?:HEAD_OF|LEADER_OF)$/.test(role.role?.rel ?? '')) bodies.add(body.refs[0]!);
  }
  // (A party's noun for a party, a firm's for a firm: "Vega Oil chief X … his party" is no Vega Oil.)
  const political = /^(?:party|movement|front|alliance|coalition|bloc)$/.test(np.head);
  const kinds = [...bodies].filter((b) => PARTY_NAME.test(ctx.ents.list[b]!.name) === political);
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** The one state the facts so far give this person one of `offices` of (only current ones, when `current`), if any. */
function heldState(ctx: SentenceContext, person: number, offices: ReadonlySet<string>, current: boolean): number | undefined {
  const held = new Set((ctx.facts ?? []).filter((f) => f.source === person && offices.has(f.type) && ctx.ents.list[f.target]!.type === 'Country' && !(current && f.properties?.standing)).map((f) => f.target));
  return held.size === 1 ? [...held][0] : undefined;
}
const HEAD_OFFICES: ReadonlySet<string> = new Set(['PRESIDENT_OF', 'PRIME_MINISTER_OF', 'LEADER_OF']);

/** The one state a person is told to hold a national office of (a minister's too), if any. */
function servedState(ctx: SentenceContext, person: number): number | undefined {
  // (A current office only: not "a former trade minister of Bolivia", nor an opposition leader.)
  return heldState(ctx, person, NATIONAL_OFFICES, true);
}

/** The one state the document makes this person head of (president, prime minister, leader), if any. */
function ledState(ctx: SentenceContext, person: number): number | undefined {
  return heldState(ctx, person, HEAD_OFFICES, false);
}

/**
 * The state a person's title names in this sentence ("Chilean Prime Minister Ana Ruiz", "Chile's
 * foreign minister, X"), before the title's own fact is read.
 */
function titledState(ctx: SentenceContext, person: number): number | undefined {
  const ms = ctx.s.mentions;
  const tokens = ctx.s.tokens;
  for (let k = 2; k < ms.length; k++) {
    const m = ms[k]!;
    const role = ms[k - 1]!;
    const body = ms[k - 2]!;
    if (m.refs.length !== 1 || m.refs[0] !== person || role.kind !== 'role' || !role.role || role.role.plural) continue;
    const gap = tokenText(tokens, role.t1, m.t0);
    const lead = tokenText(tokens, body.t1, role.t0, ' ', true);
    if (!/^,?$/.test(gap) || !/^(?:|['’]s)$/.test(lead)) continue;
    const states = ctx.actor(k - 2).filter((e) => ctx.ents.list[e]!.type === 'Country');
    if (states.length === 1) return states[0];
  }
  // "X, Chile's foreign minister,", "X, the foreign minister of Chile,": the title set off after the name.
  for (let k = 0; k + 2 < ms.length; k++) {
    const m = ms[k]!;
    if (m.refs.length !== 1 || m.refs[0] !== person) continue;
    const [a, b] = [ms[k + 1]!, ms[k + 2]!];
    const first = tokenText(tokens, m.t1, a.t0, ' ', true);
    const second = tokenText(tokens, a.t1, b.t0, ' ', true);
    const [state, role] = a.kind === 'role' ? [k + 2, a] : [k + 1, b];
    if (role.kind !== 'role' || !role.role || role.role.plural) continue;
    const shaped = a.kind === 'role' ? /^, (?:the )?$/.test(`${first} `) && second === 'of' : first === ',' && /^['’]s$/.test(second);
    if (!shaped) continue;
    const states = ctx.actor(state).filter((e) => ctx.ents.list[e]!.type === 'Country');
    if (states.length === 1) return states[0];
  }
  return undefined;
}

/** Pronouns that can be a verb's object. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'it', 'them']);
/** Verbs of meeting, after which "they" are both sides ("X met Y, and they signed…"). */
const MEETING_VERBS = new Set(['meet', 'host', 'receive', 'welcome', 'visit', 'talk', 'confer']);
/** Subject pronouns that open a relative clause with no relative word ("a rival she criticised"). */
const ZERO_RELATIVE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we']);

/**
 * The entity a personal pronoun stands for: he/she the nearest person before it in this sentence or
 * the two before; it the nearest country or organization. The evidence then starts at the sentence
 * that names it, so it still shows both ends.
 */
/** The one treaty a sentence names (every mention of a treaty refers to it), if any. */
function onlyTreaty(ctx: SentenceContext, s: NonNullable<SentenceContext['sentences']>[number]): number | undefined {
  let found: number | undefined;
  for (const m of s.mentions) {
    const e = m.refs.length === 1 ? m.refs[0]! : undefined;
    if (e === undefined || ctx.ents.list[e]!.type !== 'Treaty') continue;
    if (found !== undefined && found !== e) return undefined;
    found = e;
  }
  return found;
}

/**
 * An object "them": the last states or bodies named together ("Peru, Chile and Bolivia", "X and Y") in this
 * sentence before it or in the one before, none of them the clause's own subject; none when a plural
 * noun comes between ("accused the rebels … of arming them" is about the rebels).
 */
function coordinatedAntecedent(ctx: SentenceContext, before: number, notThese: readonly number[]): number[] {
  const here = ctx.sentences?.[ctx.index];
  const prev = ctx.sentences?.[ctx.index - 1];
  for (const [s, end] of [[here ?? ctx.s, before], [prev, Infinity]] as const) {
    if (!s) continue;
    const ms = s.mentions.filter((m) => m.t0 < end && m.refs.length === 1 && m.gaz?.kind !== 'demonym' && ['Country', 'Organization'].includes(ctx.ents.list[m.refs[0]!]!.type));
    for (let k = ms.length - 1; k >= 1; k--) {
      const group = [ms[k]!];
      const seps: string[] = [];
      for (let j = k - 1; j >= 0; j--) {
        const sep = tokenText(s.tokens, ms[j]!.t1, group[0]!.t0);
        if (!/^(?:,|and|, and)(?: the)?$/.test(sep)) break;
        seps.unshift(sep);
        group.unshift(ms[j]!);
      }
      // (", the" is a list's only inside one joined by "and": "X, the Y's contractor" is an apposition.)
      if (seps.includes(', the') && !seps.some((x) => /and/.test(x))) continue;
      if (group.length < 2) continue;
      const ids = group.map((m) => m.refs[0]!);
      // (The clause's own subject named together is not "them": "X and Y mediated between them".)
      if (ids.some((e) => notThese.includes(e))) {
        k = k - group.length + 1;
        continue;
      }
      // (A plural noun after the group, in the same sentence, is the nearer antecedent.)
      const last = group[group.length - 1]!.t1;
      const stop = s === (here ?? ctx.s) ? end : s.tokens.length;
      // Another plural between them is the nearer antecedent when it names people or bodies ("detained
      // 20 migrants … criticised them", "fined three banks"), or, for a verb that takes things too,
      // anything countable outside a prepositional phrase ("proposed two amendments. Y vetoed them").
      // Not the noun the pronoun depends on ("sanctions on them"), nor a count of the group itself
      // ("the two companies", "both countries").
      const ht = (here ?? ctx.s).tokens;
      const own = ht[before - 2];
      const verb = [...ht.slice(0, before)].reverse().find((t) => t.pos === 'VERB');
      const aboutPeople = HUMAN_OBJECT_VERBS.has(verb?.lemma ?? '');
      const nearer = (toks: readonly Token[]) => (t: Token, k: number): boolean => {
        if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.lower) || PLURAL_STATE_NOUNS.has(t.lower) || t === own) return false;
        const lead = toks[k - 1]?.lower === 'two' || toks[k - 1]?.lower === 'three' ? toks[k - 2]?.lower : toks[k - 1]?.lower;
        if (lead === 'both' || (lead === 'the' && /^(?:two|three|four)$/.test(toks[k - 1]?.lower ?? ''))) return false;
        const single = t.lower.replace(/ies$/, 'y').replace(/s$/, '');
        if (AGENT_NOUNS.has(single) || PEOPLE_PLURALS.has(t.lower) || BODY_PLURALS.has(t.lower)) return true;
        if (aboutPeople) return false;
        let q = k - 1;
        while (q >= 0 && ['ADJ', 'NOUN', 'NUM', 'DET', 'PROPN'].includes(toks[q]!.pos ?? '')) q--;
        return toks[q]?.pos !== 'ADP';
      };
      if (s.tokens.some((t, k) => k >= last && k < stop && nearer(s.tokens)(t, k))) return [];
      if (s === prev && ht.some((t, k) => k < before && nearer(ht)(t, k))) return [];
      // (Nor people in the plural before them: "The rebels attacked X and Y, and Z condemned them".)
      if (s.tokens.some((t, k) => k < group[0]!.t0 && t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && AGENT_NOUNS.has(t.lower.replace(/s$/, '')))) return [];
      return [...new Set(ids)];
    }
  }
  return [];
}
/** Plural nouns that stand for states or bodies named together ("the three countries", "both firms"). */
const PLURAL_STATE_NOUNS = new Set(['countries', 'states', 'nations', 'governments', 'neighbours', 'neighbors', 'juntas', 'members', 'allies', 'sides', 'parties', 'blocs']);
/** People in the plural that may be "them" ("detained 20 migrants"). */
const PEOPLE_PLURALS = new Set(['prisoners', 'migrants', 'suspects', 'detainees', 'workers', 'civilians', 'refugees', 'hostages', 'protesters', 'students', 'farmers', 'journalists', 'activists', 'people', 'citizens', 'nationals', 'residents', 'voters', 'lawmakers', 'executives', 'sailors', 'crew', 'passengers', 'fishermen', 'tourists', 'pilots', 'doctors', 'nurses']);
/** Bodies in the plural that may be "them" ("fined three banks"). */
const BODY_PLURALS = new Set(['banks', 'firms', 'companies', 'groups', 'operators', 'lenders', 'carriers', 'insurers', 'airlines', 'exporters', 'importers', 'militias', 'factions', 'organisations', 'organizations', 'agencies', 'universities', 'newspapers', 'outlets']);
/** Verbs whose object is a person or a body, not a thing ("urged them", "praised them"). */
const HUMAN_OBJECT_VERBS = new Set(['urge', 'call', 'praise', 'congratulate', 'thank', 'accuse', 'criticise', 'criticize', 'condemn', 'warn', 'invite', 'ask', 'press', 'welcome', 'mediate', 'host', 'meet', 'blame', 'commend', 'rebuke', 'summon', 'persuade', 'encourage']);

/** Verbs that mostly take no object, so share none after "and" ("left and joined X"). */
const MOSTLY_INTRANSITIVE = new Set(['leave', 'quit', 'resign', 'retire', 'return', 'arrive', 'go', 'come', 'step', 'die', 'fall', 'rise', 'flee', 'travel', 'stay', 'remain', 'wait', 'vote', 'win', 'lose', 'speak', 'talk', 'meet']);

/** Measures of amount whose "of" complement names what is measured ("tonnes of grain", "thousands of rifles"). */
/** A number written as a head ("the first six", "two", "12"). */
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands|half|rest|remainder|first|last|remaining)$/;
const MEASURE_HEADS = new Set(['team', 'tonne', 'ton', 'million', 'thousand', 'hundred', 'billion', 'batch', 'shipment', 'consignment', 'cargo', 'load', 'truckload', 'planeload', 'shipload', 'plane', 'lot', 'quantity', 'amount', 'package', 'round', 'barrel', 'dozen', 'number', 'dose', 'vial', 'pack', 'crate', 'sack', 'bag', 'box', 'unit', '%', 'percent', 'most', 'half', 'bulk']);

/**
 * The one entity named as the subject of the clause a subject pronoun's clause is joined to by ", but"
 * or ", and" (over a fronted phrase: ", but last year it …"), if it is of the wanted types and fits the pronoun.
 */
function previousClauseSubject(ctx: SentenceContext, units: Unit[], at: number, want: readonly EntityType[], word: string, notThese: readonly number[]): number | undefined {
  let k = at - 1;
  // (Over a fronted phrase of time or a prepositional phrase: ", but last year it", ", but in May it".)
  const timeWord = (x: Unit | undefined): boolean => !!x?.np && !x.np.actors.length && (TIME_HEADS.has(x.np.head) || /^(?:last|next|this|early|late)$/.test(x.np.head));
  if (timeWord(units[k])) {
    while (timeWord(units[k])) k--;
  } else if (units[k]?.kind === 'np' && units[k - 1]?.kind === 'p') k -= 2;
  if (units[k]?.kind === 'comma' && units[k - 1]?.kind === 'np' && units[k - 2]?.kind === 'p') k -= 3;
  if (units[k]?.kind !== 'cc' || !/^(?:but|and|yet)$/.test(units[k]!.word ?? '') || units[k - 1]?.kind !== 'comma') return undefined;
  let v = -1;
  for (let j = k - 2; j >= 0; j--) {
    const x = units[j]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'cc') return undefined;
    if (x.kind === 'vg' && !x.vg!.participle && !x.vg!.gerund && units[j - 1]?.kind !== 'rel') v = j;
  }
  if (v < 0) return undefined;
  const subject = findSubject(units, v).subject;
  const named = subject.flatMap((i) => units[i]!.np?.headIsEntity ? units[i]!.np!.actors : []);
  if (named.length !== 1 || subject.length !== 1) return undefined;
  // (Not when the verb's object names one of the wanted kind, as likely the one meant: "Chile accused Peru
  // of spying, but it denied the charge".)
  const objectAt = units[v + 1]?.kind === 'np' ? v + 1 : -1;
  const obj = units[objectAt];
  if (obj && ctx.s.mentions.some((m) => m.t0 >= obj.t0 && m.t1 <= obj.t1 && m.refs.length === 1 && m.gaz?.kind !== 'demonym' && want.includes(ctx.ents.list[m.refs[0]!]!.type))) return undefined;
  const e = named[0]!;
  if (!want.includes(ctx.ents.list[e]!.type) || notThese.includes(e) || !pronounFits(word, ctx.ents.list[e]!.name)) return undefined;
  // ("X named Y as envoy, and she later …": "he"/"she" only with no other person who fits named between.)
  const from = units[subject[0]!]!.t1;
  const to = units[at]!.t0;
  if (HE_SHE.has(word) && ctx.s.mentions.some((m) => m.t0 >= from && m.t1 <= to && m.refs.length === 1 && m.refs[0] !== e && ctx.ents.list[m.refs[0]!]!.type === 'Person' && pronounFits(word, ctx.ents.list[m.refs[0]!]!.name))) return undefined;
  return e;
}

export function pronounAntecedent(ctx: SentenceContext, u: Unit, asObject = false, units?: Unit[], notThese: readonly number[] = []): number[] {
  const word = u.word ?? '';
  if (asObject && word === 'them') return coordinatedAntecedent(ctx, u.t0, notThese);
  // An object "it" may be a deal named before it ("called the accord unfair, and Poland opposes it").
  const want: EntityType[] | undefined = HE_SHE.has(word) ? ['Person'] : word === 'it' ? (asObject ? ['Country', 'Organization', 'Treaty'] : ['Country', 'Organization']) : undefined;
  if (!want || !ctx.sentences) return [];
  // An object "it" after a definite common noun phrase stands for that phrase ("said the deal would
  // … and they oppose it"), not for a state or body named before it.
  if (asObject && word === 'it' && units) {
    let passedSubject = false;
    // (Over names inside a closed "which" clause: "X, which dislikes the pact between Y and Z, will block
    // against it" is about the deal.)
    const aside = closedWhich(ctx.s.tokens, u.t0);
    for (let k = units.indexOf(u) - 1; k >= 0; k--) {
      const np = units[k]!.np;
      if (!np) continue;
      const treaty = np.actors.length > 0 && np.actors.every((a) => ctx.ents.list[a]!.type === 'Treaty');
      if (np.actors.length && !treaty && aside.some(([a, b]) => units[k]!.t0 > a && units[k]!.t1 <= b)) continue;
      if (treaty && aside.length) return np.actors;
      // The clause's own subject is passed over ("…, while X denounced it"); past it, only a deal
      // named is taken ("called the accord unfair, and Y opposes it"), a state or body is too uncertain.
      if (np.actors.length && notThese.length && np.actors.every((a) => notThese.includes(a))) {
        passedSubject = true;
        continue;
      }
      if (np.actors.length && passedSubject) return np.actors.every((a) => ctx.ents.list[a]!.type === 'Treaty') ? np.actors : [];
      if (np.actors.length) break;
      // (Over a phrase that describes nothing named: "rejects the pact in its present shape; Y backs it".)
      if (/^(?:the|this|that|its)$/.test(ctx.s.tokens[units[k]!.t0]!.lower) && !/s$/.test(ctx.s.tokens[units[k]!.t1 - 1]!.lower)) {
        const described = describedAntecedent(ctx, units[k]!, notThese);
        if (described.length || ctx.s.tokens[units[k]!.t0]!.lower !== 'its') return described;
      }
    }
  }
  // A subject "he"/"she" after a relative clause set off by commas ("X, who defeated Y in May,
  // returned …, where he met Z") is not someone named inside that clause: X, not Y.
  const closedAsides: [number, number][] = [];
  // ("X, which Y funds, said it …": nor "it" someone named inside a "which" clause.)
  if (!asObject && HE_SHE.has(word)) closedAsides.push(...closedRelatives(ctx.s.tokens, u.t0, /^(?:who|whom|whose)$/));
  if (!asObject && word === 'it') closedAsides.push(...closedWhich(ctx.s.tokens, u.t0));
  const pick = (mentions: typeof ctx.s.mentions, before: number, first = false, bound = true): number | undefined => {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[first ? i : mentions.length - 1 - i]!;
      // A demonym is an adjective, not a phrase a pronoun can stand for ("American jobs … oppose it").
      if (m.t0 >= before || m.refs.length !== 1 || m.gaz?.kind === 'demonym') continue;
      if (before === u.t0 && closedAsides.some(([a, b]) => m.t0 > a && m.t1 <= b)) continue;
      const e = m.refs[0]!;
      if (want.includes(ctx.ents.list[e]!.type) && !m.placeCue && !(bound && notThese.includes(e)) && pronounFits(word, ctx.ents.list[e]!.name)) return e;
    }
    return undefined;
  };
  // ("Ecuador gets its wheat from Chile, but last year it purchased frigates from Bolivia": a subject pronoun
  // after ", but"/", and" goes on from the subject of the clause before, when that names one who fits.)
  if (!asObject && units) {
    const continued = previousClauseSubject(ctx, units, units.indexOf(u), want, word, notThese);
    if (continued !== undefined) return [continued];
  }
  const here = pick(ctx.s.mentions, u.t0);
  // ("He quit after rallies over the jailing of X, a poet, but his party won": past names inside prepositional phrases,
  // a pronoun of the same sex goes on from the sentence's own subject "He"/"She" and the one it stands for.)
  if (here !== undefined && !asObject && HE_SHE.has(word)) {
    const at = ctx.s.bodyStart ?? 0;
    const opening = ctx.s.tokens[at]?.lower;
    const same = SHE_WORDS.has(word) ? opening === 'she' : opening === 'he';
    const m = ctx.s.mentions.filter((x) => x.t1 <= u.t0 && x.refs.length === 1 && x.refs[0] === here).at(-1);
    if (same && u.t0 > at && m && isNoSubjectName(ctx.s.tokens, m.t0, m.t1) && !ctx.s.mentions.some((x) => x.t0 > at && x.t1 <= u.t0 && x.refs.length === 1 && ctx.ents.list[x.refs[0]!]!.type === 'Person' && !isNoSubjectName(ctx.s.tokens, x.t0, x.t1))) {
      const resolved = ctx.s.mentions.find((x) => x.t0 === at && x.kind === 'pronoun' && x.refs.length === 1);
      if (resolved) return [...resolved.refs];
      const chained = pronounAntecedent(ctx, { kind: 'pron', word: opening, t0: at, t1: at + 1 } as Unit, false, units, notThese);
      if (chained.length) return chained;
    }
  }
  if (here !== undefined) return [here];
  // An object "it" reaches no further than its sentence (it is as often a deal or a law as a state),
  // but for the one treaty the sentence before names ("The accord ended the war. It was signed by…").
  if (asObject && word === 'it') {
    const prev = ctx.sentences[ctx.index - 1];
    // Only when nothing but the clause's subject comes before it ("X and Y signed it", "It was signed").
    const before = units ? units.slice(0, units.indexOf(u)) : [];
    if (before.some((x) => x.np && !(x.np.actors.length && x.np.actors.every((a) => notThese.includes(a))))) return [];
    const treaty = prev ? onlyTreaty(ctx, prev) : undefined;
    if (treaty === undefined) return [];
    reachBack(ctx, prev!);
    return [treaty];
  }
  // Had the subject been the nearest, the pronoun is someone else ("President X met her": not X), named
  // in the sentence before or the one before that, never the subject.
  for (let back = 1; back <= 2 && ctx.index - back >= 0; back++) {
    const s = ctx.sentences[ctx.index - back]!;
    // An object "him"/"her" with no antecedent in its sentence is the topic the sentence before
    // opened with ("He joined … . The US designated him a terrorist"), not the last person it named.
    // When that sentence itself goes on about someone by pronoun, the chain is the document's topic.
    // A subject "he" after a sentence that itself went on about someone as "he" continues that chain
    // too ("… he was known as X's envoy. He later chaired…"), not the last person named in it.
    // (An object pronoun also goes on from a possessive one of its own sex: "Her plan was attacked by
    // X… The board backed her"; not "Her deputy, Y, … appointed him", where "him" is the deputy.)
    const samePossessive = word === 'him' ? 'his' : word === 'her' ? 'her' : '';
    // (So does a subject "he"/"she" after a sentence that named its one as an object "him"/"her": "the president
    // appointed her to the post, replacing Y. Later she …" is the one appointed, not Y.)
    const sameObject = word === 'he' ? 'him' : word === 'she' ? 'her' : '';
    // ("her" only right after a verb, where it is no possessive: "named her prime minister".)
    const objectPronoun = (t: Token, k: number): boolean => !asObject && t.lower === sameObject && (t.lower === 'him' || s.tokens[k - 1]?.pos === 'VERB');
    const chain = HE_SHE.has(word) && (asObject || /^(?:he|she)$/.test(word)) && s.tokens.some((t, k) => t.lower === 'he' || t.lower === 'she' || (asObject && t.lower === samePossessive) || objectPronoun(t, k));
    // (Never the place or agency of a dateline.)
    const body = s.bodyStart ? s.mentions.filter((m) => m.t0 >= s.bodyStart!) : s.mentions;
    // An object "him"/"her" when that sentence names the one the document is about, among others, is
    // that one ("Y quit, and X took over. The president confirmed him": X, when X is the one the text is about).
    const main = asObject && HE_SHE.has(word) ? topicPerson(ctx.ents) : undefined;
    const named = main !== undefined && body.some((m) => m.refs.length === 1 && m.refs[0] === main);
    const topic = chain || named ? (main ?? topicPerson(ctx.ents)) : undefined;
    // A subject "he"/"she" goes on from the subject of the sentence before (its first person named outside
    // an opening clause and a prepositional phrase: "X beat Y in the run-off. He will …" is X), else from
    // the last person it named.
    const mainStart = !asObject && /^(?:he|she)$/.test(word) ? openingClauseEnd(s.tokens, s.bodyStart ?? 0) : -1;
    const subjectBefore = mainStart >= 0 ? pick(body.filter((m) => m.t0 >= mainStart && !isNoSubjectName(s.tokens, m.t0, m.t1)), Infinity, true) : undefined;
    const e = topic !== undefined && !notThese.includes(topic) && pronounFits(word, ctx.ents.list[topic]!.name) ? topic : subjectBefore ?? pick(body, Infinity, asObject);
    if (e !== undefined) {
      reachBack(ctx, s);
      return [e];
    }
  }
  return [];
}
