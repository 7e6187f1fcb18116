/**
 * Arguments of each verb group and of each noun phrase, from the units of one sentence (chunks.ts):
 * the subject (through coordination, appositions, relative clauses, "to" and "and" chains, and
 * pronouns), the direct object (after a verb particle when a trigger has one), prepositional
 * arguments up to the clause's end, and for noun phrases their possessor, modifiers and the
 * prepositional phrases after them.
 */
import { TO_NOUNS } from '../lexicon/modality.ts';
import { REPORT_VERBS } from '../tokens/tag.ts';
import { GERUND_LINK_WORDS, type Unit } from './chunks.ts';
import { AGENT_NOUNS, COPULAS } from './nouns.ts';

export { AGENT_NOUNS };

/** Acts of speech only, which a reporter does after what they report ("said X had ignored warnings and accused Y"), unlike threats, which X may have made too. */
const SPEECH_ONLY = new Set(['accuse', 'blame', 'urge', 'warn', 'insist', 'add', 'say', 'call', 'condemn', 'criticise', 'criticize', 'demand', 'deny', 'reject', 'dismiss', 'appeal']);
/** Verbs of speaking that go on from a report by the one reporting ("denied that … and accused X"). */
const SPEAKERS_ACTS = new Set(['accuse', 'blame', 'warn', 'urge', 'insist', 'add', 'vow', 'say', 'call', 'condemn', 'criticise', 'criticize', 'demand', 'threaten', 'deny', 'reject', 'dismiss', 'appeal']);

/** Verbs after which a subject-less "to" verb is not asserted ("threatened to impose", "denied supplying"). */
/**
 * Verbs whose object did the act of the infinitive after it ("led X to impose", "forced X to
 * withdraw"). Verbs of asking or allowing ("urged X to sign") tell no act done and stay with their
 * own subject, so a clause they govern is never asserted.
 */
// (And verbs of naming someone to a task: "named X to replace him", "appointed Y to lead the inquiry".)
/** Heads of those who speak for a body ("the heads of the alliance", "Peru's government of the day"). */
const SPEAKING_FOR = new Set(['leader', 'head', 'government', 'delegate', 'delegation', 'representative', 'negotiator', 'envoy', 'chief', 'board', 'leadership']);
export const OBJECT_CONTROL = new Set('lead prompt force persuade convince compel cause spur drive name appoint nominate choose pick tap select elect hire task assign'.split(' '));

export const NON_ASSERTING = new Set(
  'threaten plan consider seek want hope propose refuse fail deny try aim intend expect wish urge call ask demand warn accuse blame allege claim decline reject oppose weigh discuss debate mull vow pledge promise'.split(' '),
);

/** A coordinated group of noun phrases: the units' indices. */
export type Group = number[];

export interface Clause {
  /** Index of the verb group's unit. */
  u: number;
  subject: Group;
  /** The verb that governs this one through "to" or a gerund ("agreed to send"), if any. */
  governor?: string;
  /** Unit of that governing verb group. */
  governorUnit?: number;
  /** Unit of the verb group this one continues after "and" or a comma ("won X, defeating Y"), if any. */
  prev?: number;
}

/** Coordinated noun phrases going right from unit i (an np): "A, B and C". */
export function groupRight(units: Unit[], i: number): Group {
  const out: Group = [i];
  let j = i + 1;
  for (;;) {
    const a = units[j];
    const b = units[j + 1];
    // "A, B, and C" (serial comma), "X's president, Y, and Z": the comma before "and".
    // (Not a clause's subject, after a relative with no relative word: "sued X, and the group he chairs is…".)
    // (Nor one set off by its own apposition before a verb: "opposed the levies, and Peru's president, X, asked …".)
    const clauseAfter = units[j + 3]?.kind === 'vg' || ((units[j + 3]?.kind === 'pron' || units[j + 3]?.kind === 'np') && units[j + 4]?.kind === 'vg' && units[j + 5]?.kind === 'vg') ||
      (units[i - 1]?.word !== 'between' && units[j + 3]?.kind === 'comma' && units[j + 4]?.np && units[j + 5]?.kind === 'comma' && units[j + 6]?.kind === 'vg' && !units[j + 6]!.vg!.participle && !units[j + 6]!.vg!.gerund &&
        !(/^(?:say|add)$/.test(units[j + 6]!.vg!.lemma) && units[j + 7]?.np && /^(?:stop|comma|p)$/.test(units[j + 8]?.kind ?? 'stop')));
    if (a?.kind === 'comma' && b?.kind === 'cc' && (b.word === 'and' || b.word === 'or') && units[j + 2]?.kind === 'np' && !clauseAfter) {
      out.push(j + 2);
      // "by Arica's mayor, Y, and Tacna's mayor, Z": the last one named by its own apposition too.
      if (!units[j + 2]!.np!.actors.length && units[j + 3]?.kind === 'comma' && units[j + 4]?.np?.actors.length && units[j + 4]!.np!.headIsEntity && units[j + 5]?.kind !== 'vg') out.push(j + 4);
      break;
    }
    // "by A, then Peru's prime minister, and B": over an apposition of a former or later office (", then
    // Peru's ambassador to Chile,"), which names no one of the list.
    if (a?.kind === 'comma' && b?.kind === 'other' && OFFICE_TIMES.has(b.word ?? '') && units[j + 2]?.kind === 'np' && !units[j + 2]!.np!.headIsEntity) {
      let k = j + 3;
      while (units[k]?.kind === 'p' && units[k + 1]?.kind === 'np') k += 2;
      if (units[k]?.kind === 'comma' && units[k + 1]?.kind === 'cc') {
        j = k;
        continue;
      }
    }
    // "by A, secretary of Peru's council, and B": over an office set off after a name, which names no one of the list.
    // (A description with its "of" complement, "secretary of …", "head of …", "adviser to President X"; or one
    // a possessor owns, "the Front's spokesman".)
    const complement = units[j + 2]?.kind === 'p' && COMPLEMENT_PREPS.has(units[j + 2]!.word ?? '');
    const owned = !!b?.np && b.np.poss.length > 0 && b.np.actors.every((e) => b.np!.poss.includes(e)) && (units[j + 2]?.kind === 'comma' || complement);
    if (a?.kind === 'comma' && b?.np && (!b.np.actors.length || owned) && !b.np.headIsEntity && !b.np.indefinite && units[j - 1]?.np?.headIsEntity && (complement || owned)) {
      let k = j + 2;
      while (units[k]?.kind === 'p' && units[k + 1]?.kind === 'np') k += 2;
      const next = units[k + 1]?.kind === 'cc' && (units[k + 1]!.word === 'and' || units[k + 1]!.word === 'or') ? k + 2 : k + 1;
      if ((k > j + 2 || owned) && units[k]?.kind === 'comma' && units[next]?.np?.headIsEntity && units[next + 1]?.kind !== 'vg') {
        j = k;
        continue;
      }
    }
    if (!a || !b || b.kind !== 'np') break;
    if ((a.kind === 'cc' && (a.word === 'and' || a.word === 'or')) || a.kind === 'comma') {
      // A noun phrase followed by a verb opens a new clause ("…, Russia said"); one opening with
      // "a" describes the phrase before ("the CSTO, a Russian-led alliance").
      if (a.kind === 'comma' && (units[j + 2]?.kind === 'vg' || b.np!.indefinite)) break;
      out.push(j + 1);
      j += 2;
      if (a.kind === 'cc') {
        if (units[j]?.kind === 'cc' || units[j]?.kind === 'comma') continue;
        break;
      }
      continue;
    }
    break;
  }
  // "met X on Monday, the agency's director, Colonel Y, said": names set off before ", said" report the
  // sentence, they are not more of the list (the name, and the description of it before).
  const last = out[out.length - 1]!;
  if (out.length >= 2 && units[last + 1]?.kind === 'comma' && units[last + 2]?.kind === 'vg' && REPORTING.has(units[last + 2]!.vg!.lemma) && units[last - 1]?.kind === 'comma') {
    out.pop();
    const desc = out[out.length - 1]!;
    if (out.length >= 2 && units[desc]!.np && !units[desc]!.np!.headIsEntity && units[desc - 1]?.kind === 'comma') out.pop();
  }
  return withoutDescribed(units, out);
}

/** Prepositions of a description's complement ("secretary of …", "adviser to …"). */
const COMPLEMENT_PREPS = new Set(['of', 'to', 'for', 'at']);
/** Quantifiers floated before a verb ("both criticised Z"). */
const FLOATED_QUANTIFIERS = new Set(['both', 'all', 'each']);
/** Gerunds of speaking that set off what the subject says beside its acts (", saying …, and accused X"). */
const SAYING_GERUNDS = new Set(['say', 'add', 'insist', 'argue', 'note', 'claim', 'tell', 'stress', 'describe', 'call', 'warn', 'cite']);

/** A quotation mark the chunker leaves as a unit of its own. */
const QUOTE_MARK = /^["“”‘’']$/;

/** Words that date an apposition's office ("…, then Peru's prime minister,"). */
const OFFICE_TIMES = new Set(['then', 'now', 'formerly', 'later']);

/** Verbs that report what the sentence before them says ("…, the spokesman, X, said"). */
const REPORTING = new Set(['say', 'tell', 'add', 'announce', 'state', 'confirm', 'report', 'write']);

/** Coordinated noun phrases going left from unit i (an np). */
export function groupLeft(units: Unit[], i: number): Group {
  const out: Group = [i];
  let j = i - 1;
  for (;;) {
    const a = units[j];
    if (!a) break;
    if (a.kind === 'cc' && (a.word === 'and' || a.word === 'or') && units[j - 1]?.kind === 'np') {
      out.unshift(j - 1);
      j -= 2;
      continue;
    }
    // "she and Chancellor X agreed": a personal pronoun opens the group.
    if (a.kind === 'cc' && a.word === 'and' && units[j - 1]?.kind === 'pron' && /^(?:he|she)$/.test(units[j - 1]!.word ?? '')) {
      out.unshift(j - 1);
      break;
    }
    if (a.kind === 'comma' && units[j - 1]?.kind === 'np' && out.length >= 2 && units[i - 1]?.kind === 'cc') {
      // "A, B and C": only inside a list that ends with "and".
      out.unshift(j - 1);
      j -= 2;
      continue;
    }
    // "A, B, and C": the serial comma of a list of three or more. ", and" after anything else opens a
    // clause of its own ("… to Australia and the United States, and Le Drian called it …").
    if (a.kind === 'cc' && (a.word === 'and' || a.word === 'or') && units[j - 1]?.kind === 'comma' && units[j - 2]?.kind === 'np' && units[j - 3]?.kind === 'comma' && units[j - 4]?.kind === 'np') {
      out.unshift(j - 2);
      j -= 3;
      continue;
    }
    break;
  }
  return withoutDescribed(units, out);
}

/** In an aside from `from` to `to`, the name after "known as", "called", "dubbed" ("…, known as the Quito Declaration,"), or -1. */
function knownAs(units: Unit[], from: number, to: number): number {
  let k = from;
  if (units[k]?.kind === 'other') k++;
  // ("The officers, who style themselves the X and are led by Y, …": a relative that names what it is set off after.)
  const relative = units[k]?.kind === 'rel' && /^(?:which|that|who)$/.test(units[k]!.word ?? '');
  if (relative) k++;
  // ("the council, which Peru calls the Vega Junta,": over the one who calls it so.)
  const namer = relative && (units[k]?.np || units[k]?.kind === 'pron') && units[k + 1]?.kind === 'vg' && /^(?:call|dub|name|style)$/.test(units[k + 1]!.vg!.lemma) && !units[k + 1]!.vg!.passive;
  if (namer) k++;
  const v = units[k];
  if (v?.kind !== 'vg' || !/^(?:know|call|dub|name|style)$/.test(v.vg!.lemma)) return -1;
  // ("known by": an alias; "named by Chile", "called by Peru" give the one who named or called it.)
  const by = units[k + 1]?.kind === 'p' && units[k + 1]!.word === 'by';
  if (by && v.vg!.lemma !== 'know') return -1;
  // (Active, only with the reflexive: "which styles itself the X", not "which called Peru a bully".)
  const reflexive = (x: Unit | undefined): boolean => (x?.kind === 'other' || x?.kind === 'pron') && /^(?:itself|themselves)$/.test(x.word ?? '') || /^(?:itself|themselves)$/.test(x?.np?.head ?? '');
  if (relative && !namer && !v.vg!.passive && !reflexive(units[k + 1])) return -1;
  const self = relative && !namer && !v.vg!.passive ? 1 : 0;
  const at = units[k + 1 + self]?.kind === 'p' && /^(?:as|by)$/.test(units[k + 1 + self]!.word ?? '') ? k + 2 + self : k + 1 + self;
  // (A relative may go on after the name: "which styles itself the X and is led by Y,".)
  const ends = at + 1 === to || (relative && units[at + 1]?.kind === 'cc' && units[at + 1]!.word === 'and');
  return at < to && units[at]?.np?.actors.length && (units[at + 1]?.kind === 'comma' || relative) && ends ? at : -1;
}

/**
 * "Chile's army, the Andean Guard, and the Sendero Front": a phrase naming no one that the next one in the
 * list names by apposition ("the X, the Y,") is that one, not another member.
 */
function withoutDescribed(units: Unit[], g: Group): Group {
  if (g.length < 2) return g;
  // "signed by A and B, Bolivia's top diplomat", "sanctioned X, Russia's state shipper": a description set off
  // after the last name, with no "and" before it, describes that name; its possessor is no member of the list.
  // (Except an envoy's outside a "by" list, which the act is aimed at through them: "expelled X, Chile's ambassador".)
  const end = g[g.length - 1]!;
  const tail = units[end]!.np;
  // (Not one the act's purpose goes on from: "summoned X, Japan's envoy, to protest" protests to the envoy's state.)
  let after = end + 1;
  while (units[after]?.kind === 'p' && units[after + 1]?.np) after += 2;
  const closes = !(units[after]?.kind === 'comma' && units[after + 1]?.kind === 'inf');
  const byList = units[g[0]! - 1]?.kind === 'p' && units[g[0]! - 1]!.word === 'by';
  if (tail && (byList || !ENVOY_HEADS.has(tail.head)) && !tail.headIsEntity && tail.poss.length && !tail.indefinite && closes && units[end - 1]?.kind === 'comma' && g[g.length - 2] === end - 2 && units[end - 2]!.np?.headIsEntity) g = g.slice(0, -1);
  if (g.length < 2) return g;
  return g.filter((k, n) => {
    const np = units[k]!.np;
    if (!np || np.headIsEntity) return true;
    const next = g[n + 1];
    const prev = g[n - 1];
    // "the X, the Y," before it names it, or (", Peru's navy," after "the Marina de Guerra") it describes the one before.
    // (Only a state's forces or government named as a body that is no rebel front: "Peru's navy" cannot be
    // Argentina, nor "Peru's army" the Sendero Front.)
    const fits = (j: number | undefined): boolean => j !== undefined && !!units[j]!.np?.headIsEntity && !!units[j]!.np!.stateBodyHead && STATE_ARM_HEADS.has(np.head) && np.poss.length + np.pre.length > 0;
    const namedAfter = g.length >= 3 && next === k + 2 && units[k + 1]?.kind === 'comma' && fits(next) && units[next + 1]?.kind === 'comma';
    const describesBefore = prev === k - 2 && units[k - 1]?.kind === 'comma' && fits(prev) && units[k + 1]?.kind === 'comma';
    return !namedAfter && !describesBefore;
  });
}

/** Heads of a description of a state's envoy ("Chile's ambassador", "Estonia's consul"). */
const ENVOY_HEADS = new Set(['ambassador', 'envoy', 'consul', 'diplomat', 'attaché', 'attache', 'chargé', 'charge', 'representative', 'emissary', 'commissioner']);

/** Heads of a description of a state's arm ("Sudan's army", "Myanmar's military", "the Peruvian navy"). */
const STATE_ARM_HEADS = new Set(['army', 'military', 'navy', 'force', 'forces', 'police', 'government', 'junta', 'guard', 'intelligence', 'service', 'ministry']);

/** Heads of deals and talks a participle with its agent describes ("a deal brokered by Z"). */
const AGREED_THINGS = new Set(['deal', 'agreement', 'accord', 'pact', 'truce', 'ceasefire', 'talks', 'talk', 'negotiations', 'negotiation', 'treaty', 'settlement', 'memorandum', 'declaration', 'dialogue', 'round', 'compromise', 'arrangement']);

/** Heads of what a broker or host arranges: deals and talks. */
const ARRANGED_HEADS = new Set(['agreement', 'deal', 'accord', 'pact', 'treaty', 'truce', 'ceasefire', 'talk', 'talks', 'negotiation', 'exchange', 'swap', 'memorandum', 'declaration']);
/** Verbs that arrange or preside over an event, whose participle describes it ("talks brokered by Z"). */
const EVENT_MAKERS = new Set(['broker', 'mediate', 'facilitate', 'host', 'chair', 'arrange', 'sponsor', 'organise', 'organize', 'convene', 'moderate', 'oversee']);

/** Verbs whose object is said to have done what the "of" gerund after it says ("accused X of supplying"). */
const OF_GERUND_GOVERNORS = new Set(['accuse', 'suspect', 'convict', 'acquit', 'clear']);
/** Acts of taking over an office, done by the one installed ("was installed to replace X", "was named to succeed Y"). */
const TAKING_OVER_INF = new Set(['replace', 'succeed']);
/** Written filings and messages whose gerund tells what their sender says ("a case accusing X", "a letter urging Y"). */
const DOCUMENT_HEADS = new Set(['case', 'complaint', 'lawsuit', 'suit', 'petition', 'letter', 'note', 'statement', 'resolution', 'motion', 'filing', 'request', 'report', 'memo', 'communique', 'communiqué']);
/** Verbs that send or file such a document. */
const FILING_VERBS = new Set(['file', 'bring', 'lodge', 'submit', 'send', 'issue', 'publish', 'table', 'present', 'deliver', 'launch', 'release', 'adopt', 'pass']);
/** Gerunds that tell what a clause's act drew from others ("…, drawing condemnation from X", "…, prompting protests"). */
const REACTION_GERUNDS = new Set(['draw', 'attract', 'earn', 'provoke', 'prompt', 'spark', 'trigger']);
/** Verbs of praise or thanks whose object did what the "for" gerund tells ("commended Peru for recognising Kosovo"). */
const FOR_GERUND_GOVERNORS = new Set(['praise', 'thank', 'congratulate', 'commend', 'hail', 'applaud', 'credit', 'reward', 'honour', 'honor', 'salute']);
/** Verbs of censure whose object did what the "for" gerund tells ("criticised Peru for shelling Putre"). */
const FOR_GERUND_CENSURE = new Set(['criticise', 'criticize', 'condemn', 'denounce', 'rebuke', 'reprimand', 'censure', 'castigate', 'chide', 'fault', 'slam', 'blast', 'lambast', 'lambaste', 'berate', 'scold', 'punish', 'fine', 'sanction', 'blame']);

/** Start of the comma-enclosed aside that ends just before unit `comma`, or -1: ", who hosted the summit," / ", the foreign minister,". */
/**
 * The comma opening a relative aside on the clause's subject that the phrase ending before `k` sits in
 * (", who leads the Front, a coalition …", ", who met Y, the envoy, in Lima,"), if any.
 */
function subjectRelativeBefore(units: Unit[], k: number): number | undefined {
  for (let m = k - 1; m >= 0 && k - m <= 14; m--) {
    const y = units[m]!;
    // (A verb right after a comma resumes a clause the aside closed: "When X, who leads Y, visited Lima, …".)
    if (y.kind === 'stop' || y.kind === 'sconj' || (y.kind === 'cc' && units[m - 1]?.kind === 'comma') || (y.kind === 'vg' && units[m - 1]?.kind === 'comma')) return undefined;
    // (Only a relative on the clause's own subject, the sentence's first phrase: not "After meeting X, who
    // leads Y, Ana Ruiz, the envoy, said…", where the aside closed before the subject.)
    if (y.kind === 'comma' && units[m + 1]?.kind === 'rel' && /^(?:who|which)$/.test(units[m + 1]!.word ?? '') && units[m + 2]?.kind === 'vg') {
      const ante = units[m - 1]?.kind === 'np' ? groupLeft(units, m - 1)[0]! : -1;
      // (An opening phrase of time or place, or a title set off before the name, may come first: "On
      // Monday, X, who …", "Peru's president, X, who …"; a verb may not.)
      return ante >= 0 && units.slice(0, ante).every((z) => z.kind === 'other' || z.kind === 'np' || z.kind === 'p' || z.kind === 'comma') ? m : undefined;
    }
  }
  return undefined;
}

export function asideStart(units: Unit[], comma: number, nested = true): number {
  for (let k = comma - 1; k >= 0 && comma - k <= 14; k--) {
    const x = units[k]!;
    if (x.kind === 'stop') return -1;
    if (x.kind === 'comma') {
      // (", formerly its partner,", ", both led by generals,": over an adverb or a floated quantifier.)
      const w1 = units[k + 1]?.kind === 'other' ? units[k + 1]!.word ?? '' : units[k + 1]?.np && units[k + 1]!.t1 - units[k + 1]!.t0 === 1 && !units[k + 1]!.np!.actors.length ? units[k + 1]!.np!.head : '';
      const lead = /^(?:[a-z]+ly|all|both|each|once|now|still|formerly|long|better|also|already|together)$/.test(w1) && k + 2 < comma ? k + 2 : k + 1;
      const first = units[lead];
      if (!first) return -1;
      // (A relative inside a relative aside on the subject is part of it: "X, who flew in with envoys from
      // Chile, which had brokered earlier rounds, held talks".)
      if (first.kind === 'rel') return nested && units[k - 1]?.kind === 'np' ? subjectRelativeBefore(units, k) ?? k : k;
      // (A relative aside with an apposition in it: "X, whose foreign minister, Y, shuttled between …, sided with Z".)
      if (first.kind === 'vg' && units[k - 1]?.np?.actors.length && units[k - 2]?.kind === 'comma' && units[k - 3]?.np && units[k - 4]?.kind === 'rel' && units[k - 5]?.kind === 'comma') return k - 5;
      // Apposition: noun phrases and prepositions only, or a noun phrase with its own relative clause
      // (", a Marxist-leaning lawmaker who promised to root out corruption,").
      let allNominal = true;
      // ", led by General X,", ", backed by Y,": a participle phrase describes the phrase before it.
      // (", widely known as X,", ", better known by the alias Y,": a name the subject goes by.)
      // (Also a bare past form right after the comma before a preposition, which the tagger may read as
      // a past tense: ", based in Quito,", ", headquartered in Lima,".)
      // (Only after a subject, not after a verb's object: "thanked X, returned to Lima, praised Y" is a series of acts.)
      const beforeSubject = units[k - 1]?.kind === 'np' ? units[groupLeft(units, k - 1)[0]! - 1]?.kind : 'none';
      const bareParticiple = first.kind === 'vg' && first.t1 - first.t0 === 1 && !first.vg!.gerund && !first.vg!.base && !SAYING.has(first.vg!.lemma) && units[lead + 1]?.kind === 'p' && units[k - 1]?.kind === 'np' &&
        beforeSubject !== 'vg' && beforeSubject !== 'p';
      const participial = bareParticiple || first.kind === 'vg' && ((first.vg!.participle && !first.vg!.gerund) || (/^(?:know|call|nickname|dub|style)$/.test(first.vg!.lemma) && units[lead + 1]?.kind === 'p' && (units[lead + 1]!.word === 'as' || (units[lead + 1]!.word === 'by' && first.vg!.lemma === 'know'))));
      // (", facing a deficit,", ", scrambling to replace its gas,", ", keen to attract investors,": a present
      // participle or an adjective with its complement describes the subject before it; only in subject place.)
      const subjectPlace = units[k - 1]?.kind === 'np' && beforeSubject !== 'vg' && beforeSubject !== 'p';
      const gerundLead = subjectPlace && first.kind === 'vg' && first.vg!.gerund && first.t1 - first.t0 === 1 && !SAYING.has(first.vg!.lemma);
      let q = participial || gerundLead ? lead + 1 : lead;
      for (; q < comma; q++) {
        // ("to replace gas supplies": an infinitive inside a described subject's aside.)
        if ((gerundLead || subjectPlace) && units[q]!.kind === 'inf' && units[q + 1]?.kind === 'vg' && units[q + 1]!.vg!.base && q > lead && q + 2 < comma) { q++; continue; }
        if (units[q]!.kind === 'rel' && q > k + 1 && units[q - 1]!.kind === 'np') break;
        // (", a carmaker owned by Y,": a participle describing the apposition's noun; also a present one, ", one
        // of several groups fighting for Y,".)
        if (units[q]!.kind === 'vg' && ((units[q]!.vg!.participle && !units[q]!.vg!.gerund) || (units[q]!.vg!.gerund && units[lead]!.kind === 'np' && units[q]!.t1 - units[q]!.t0 === 1)) && q > lead && units[q - 1]!.kind === 'np' && units[q + 1]?.kind === 'p') continue;
        // (", backed by X and supported by Y,": a second participle joined to the aside's own.)
        if (participial && units[q]!.kind === 'vg' && units[q]!.vg!.participle && !units[q]!.vg!.gerund && units[q - 1]!.kind === 'cc' && units[q - 1]!.word === 'and' && units[q + 1]?.kind === 'p') continue;
        // (A name's particle between two phrases is nominal too: "the Banco de la Nacion".)
        if (!['np', 'p', 'cc'].includes(units[q]!.kind) && !(units[q]!.kind === 'other' && /^(?:de|la|du|del|da|von|van)$/.test(units[q]!.word ?? ''))) allNominal = false;
      }
      if (!allNominal || units[k - 1]?.kind !== 'np') return -1;
      // ", at talks in Quito, Ecuador's capital,": an apposition inside an aside that ends in a place; the
      // aside is the whole. (Not a list: "Chile, Peru and Bolivia, the three states,".)
      // (", who leads the Front, a coalition that includes X,", ", who met Y, the envoy, in Lima,": an
      // apposition or a phrase inside a relative aside is part of it.)
      if (nested) {
        const m = subjectRelativeBefore(units, k);
        if (m !== undefined) return m;
      }
      const outer = nested ? asideStart(units, k, false) : -1;
      if (outer <= 0) return k;
      const inner = units.slice(outer + 1, k);
      return inner.some((x) => x.kind === 'p') && !inner.some((x) => x.kind === 'cc') ? outer : k;
    }
  }
  return -1;
}

/** Adverbs that sit between a subject and its verb ("Simion at first refused", "Kenya later signed"). */
const ADVERBS = new Set('first later then also initially eventually subsequently again earlier now still reportedly meanwhile instead once twice already soon immediately quickly finally jointly separately together always often long just even ever further both all each too'.split(' '));
/** Heads of time phrases ("on Monday", "in 2019", "last week"). */
export const TIME_HEADS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december day week month year weekend morning evening night time decade century spring summer autumn winter hour'.split(' '));

function isAdverbial(units: Unit[], j: number): number {
  const x = units[j];
  if (!x) return 0;
  if (x.kind === 'other' && x.word && ADVERBS.has(x.word) && units[j - 1]?.kind === 'p') return 2;
  if (x.kind === 'other' && x.word && (ADVERBS.has(x.word) || /^[a-z]+ly$/.test(x.word))) return 1;
  const np = x.np;
  if (x.kind === 'np' && np && !np.actors.length && !np.poss.length && !np.pre.length && units[j - 1]?.kind === 'p' && (TIME_HEADS.has(np.head) || /^\d{4}s?$/.test(np.head))) return 2;
  // "X and Y, which …, both criticised Z": a quantifier floated after an aside, alone before the verb.
  if (x.kind === 'np' && x.t1 - x.t0 === 1 && FLOATED_QUANTIFIERS.has(np?.head ?? '') && units[j - 1]?.kind === 'comma') return 1;
  return 0;
}

/** Unit index before adverbials and time phrases that end right before unit j+1 ("at first", "on Monday"). */
function skipAdverbials(units: Unit[], j: number): number {
  for (let guard = 0; guard < 4; guard++) {
    const w = isAdverbial(units, j);
    if (!w) break;
    // Only between a subject (or an aside's closing comma, or the "and" of a coordinated verb: "and on
    // Wednesday suspended") and the verb.
    const before = units[j - w];
    if (!before || (before.kind !== 'np' && before.kind !== 'comma' && before.kind !== 'other' && before.kind !== 'cc')) break;
    j -= w;
  }
  return j;
}

/** Verbs of leading: the leader acts for what they lead ("a trade mission headed by X toured Y", "a coalition led by Z struck"). */
const LEADING = new Set(['lead', 'head', 'command', 'chair']);
/** Weapons, and verbs of firing them, whose agent strikes ("mortars fired by Y hit X"). */
const WEAPONS = new Set(['missile', 'rocket', 'drone', 'shell', 'bomb', 'strike', 'airstrike', 'torpedo', 'mortar', 'projectile']);
const FIRING = new Set(['fire', 'launch', 'drop']);
/** Heads for a state's rule, which acts for the state, not for the one who leads it ("the government led by X"). */
const RULING = new Set(['government', 'regime', 'administration', 'junta', 'cabinet']);

/** Nouns for groups of people or bodies whose members may be named after them ("Lawmakers, among them X"). */
const GROUP_NOUNS = new Set('critic opponent analyst activist protester protestor lawmaker legislator official diplomat group organisation organization country government state nation leader member party rival campaigner'.split(' '));

/** Particles of phrasal verbs ("sworn in", "stepped down"). */
const PARTICLE_WORDS = new Set(['in', 'up', 'down', 'out', 'off', 'back', 'over', 'aside']);
/** Verbs of travel whose destination may be followed by the trip's purpose ("flew to Kyiv to meet …"). */
const MOTION_VERBS = new Set('fly travel go come head return arrive rush hurry journey sail drive march'.split(' '));

/** Prepositions that also open a clause ("after X arrived"): the noun phrase after them is a subject. */
export const CLAUSE_PREPS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'because', 'once', 'when', 'although', 'though', 'unless', 'whereas']);

/** The subject of the verb group at unit u. */
/** A body's followers, who act for it when "of" names it (not by a demonym: "Chilean protesters" are no state). */
const FOLLOWERS = new Set(['supporter', 'follower', 'loyalist', 'activist', 'partisan', 'backer']);

/** Verbs of saying, which report a clause rather than govern a gerund. */
const SAYING = new Set(['say', 'tell', 'add', 'note', 'state', 'write', 'announce', 'declare', 'explain', 'insist', 'argue', 'stress']);

/** Words before an adverbial gerund that shares its clause's subject. */
// ("responded by expelling X", "retaliated by imposing duties": the means the subject acted by.)
// (The chunker's words that make an -ing form a gerund, and "when", after which one already is.)
const GERUND_LINKS: ReadonlySet<string> = new Set([...GERUND_LINK_WORDS, 'when']);

/** Nouns of a body made of members ("a coalition of parties", "an alliance of groups"). */
const COLLECTIVE_HEADS = new Set(['coalition', 'alliance', 'group', 'grouping', 'network', 'federation', 'union', 'bloc', 'consortium', 'umbrella', 'association', 'confederation', 'league', 'front', 'movement', 'collective']);
/** Heads of an apposition that sums up the clause before it ("…, a move welcomed by Y"). */
const CLAUSE_SUMMARIES = new Set(['move', 'step', 'decision', 'measure', 'action', 'act', 'development', 'change', 'shift', 'gesture', 'claim', 'charge', 'accusation', 'allegation', 'accord', 'deal', 'agreement', 'plan', 'policy', 'rule', 'ruling', 'blow', 'setback', 'boost']);

/** Particles between a verb and the gerund it governs ("put off signing", "balked at joining"). */
const GERUND_PARTICLES = new Set(['off', 'at', 'on', 'from', 'of']);

/**
 * Heads of a "whose" subject that act for its antecedent ("X, whose troops fought…"); not "whose
 * government", which for a person is the state they lead, not them.
 */
const WHOSE_AGENTS = new Set(['troop', 'troops', 'force', 'forces', 'soldier', 'soldiers', 'army', 'military', 'fighter', 'fighters', 'navy', 'militia', 'drone', 'drones', 'missile', 'missiles', 'warplane', 'warplanes', 'jet', 'jets', 'artillery', 'warship', 'warships', 'gunboat', 'gunboats', 'coastguard']);

/** Whether the verb group at `k` completes the object of a verb of keeping or leaving before it ("kept the crossing closed"). */
function complementOfObject(units: Unit[], k: number): boolean {
  let q = k - 1;
  if (units[q]?.kind === 'other') q--;
  if (!units[q]?.np) return false;
  while (q > 0 && k - q <= 6 && (units[q]!.np || units[q]!.kind === 'p')) q--;
  return units[q]?.kind === 'vg' && OBJECT_COMPLEMENT_VERBS.has(units[q]!.vg!.lemma) && !!units[q + 1]?.np;
}

/** Gerunds of taking another's place, which go on from an infinitive's subject ("hired X to run it, replacing Y"). */
const TAKING_OVER_GERUNDS = new Set(['replace', 'succeed']);

/** Verbs whose object a past form may complete ("kept the border closed", "left the town cut off"). */
const OBJECT_COMPLEMENT_VERBS = new Set(['keep', 'leave', 'hold', 'declare', 'find', 'render', 'get', 'have', 'want', 'deem', 'consider']);

/** The subject of the clause after the comma that ends an opening gerund clause at u, if any. */
function subjectAfterComma(units: Unit[], u: number, depth: number): number[] {
  const c = units.findIndex((y, k) => k > u && (y.kind === 'comma' || y.kind === 'stop'));
  if (units[c]?.kind !== 'comma') return [];
  for (let k = c + 1; k < units.length && k < c + 12; k++) {
    const y = units[k]!;
    if (y.kind === 'stop' || y.kind === 'rel' || y.kind === 'sconj') break;
    if (y.kind === 'vg' && !y.vg!.participle && !y.vg!.gerund) return findSubject(units, k, depth + 1).subject;
  }
  return [];
}

/** Kinds of place whose "of" complement is the place itself ("the town of Putre"). */
const PLACE_OF_HEADS = new Set(['town', 'city', 'village', 'port', 'region', 'province', 'district', 'island', 'enclave', 'territory', 'oblast', 'governorate', 'county']);

/** The unit of the verb a "that" at unit `q` follows, over a phrase of time between them ("said in May that …"). */
function reporterBefore(units: Unit[], q: number): number {
  const np = units[q - 1]?.np;
  if (!np || np.actors.length || !TIME_HEADS.has(np.head)) return q - 1;
  if (units[q - 2]?.kind === 'p') return q - 3;
  // ("said last week that", "blamed Peru this month for", "said Monday that": a bare phrase of time.)
  // (The chunker may leave "last" a phrase of its own.)
  if (/^(?:last|this|next|that|early|late)$/.test(units[q - 2]?.np?.head ?? '') && units[q - 2]!.t1 - units[q - 2]!.t0 === 1) return q - 3;
  return !np.definite && !np.indefinite && units[q - 1]!.t1 - units[q - 1]!.t0 <= 2 ? q - 2 : q - 1;
}

/** Subordinators of an adverbial clause, which a verb after its closing comma does not go on from. */
const ADVERBIAL_SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'while', 'since', 'although', 'though', 'until', 'once', 'whereas']);

export function findSubject(units: Unit[], u: number, depth = 0): Clause {
  const clause: Clause = { u, subject: [] };
  if (depth > 4) return clause;
  let j = skipAdverbials(units, u - 1);
  // "the Front, which officials say is funded by Peru": a verb right after a report inside a relative
  // clause has the relative's antecedent as its subject; the report governs it.
  const vgu = units[u]!.vg!;
  if (!vgu.gerund && !vgu.base && !vgu.participle && units[j]?.kind === 'vg' && j === u - 1 && REPORT_VERBS.has(units[j]!.vg!.lemma) && !units[j]!.vg!.participle &&
    (units[j - 1]?.kind === 'np' || units[j - 1]?.kind === 'pron') && units[j - 2]?.kind === 'rel' && /^(?:which|who|that)$/.test(units[j - 2]!.word ?? '')) {
    const a = units[j - 3]?.kind === 'comma' ? j - 4 : j - 3;
    if (units[a]?.np) return { ...clause, subject: [a], governor: units[j]!.vg!.lemma, governorUnit: j };
  }
  // "Signed in Lima by X and Y, the accord…", "Backed by X, the Front attacked…": a participle opening the
  // sentence describes the subject of the clause after its comma.
  if (vgu.participle && !vgu.gerund && units.slice(0, u).every((y) => y.kind === 'other')) {
    for (let k = u + 1; k < units.length && k - u <= 20; k++) {
      const y = units[k]!;
      // (Over "since 2019": "Led by X since 2019, Peru …".)
      const sinceWhen = y.kind === 'sconj' && (y.word === 'since' || y.word === 'until') && !!units[k + 1]?.np && !units[k + 1]!.np!.actors.length;
      if (y.kind !== 'p' && y.kind !== 'np' && y.kind !== 'cc' && y.kind !== 'comma' && !sinceWhen) break;
      if (y.kind !== 'comma' || !units[k + 1]?.np) continue;
      const g = groupRight(units, k + 1);
      const v = units[g.at(-1)! + 1];
      if (v?.kind === 'vg' && !v.vg!.participle && !v.vg!.gerund) return { ...clause, subject: g };
    }
  }
  // ("approved a law that would fine unions for organising strikes, drawing criticism from Y": a gerund of reaction
  // after a comma goes on from the sentence's main clause, over relatives and the gerunds inside its phrases.)
  if (units[j]?.kind === 'comma' && units[u]!.vg!.gerund && REACTION_GERUNDS.has(units[u]!.vg!.lemma)) {
    for (let k = j - 1; k >= 0; k--) {
      const y = units[k]!;
      // (Over "for" before a gerund: "fine unions for organising strikes".)
      if (y.kind === 'stop' || (y.kind === 'sconj' && !(/^(?:for|of|by)$/.test(y.word ?? '') && units[k + 1]?.vg?.gerund))) break;
      if (y.kind !== 'vg' || y.vg!.gerund || y.vg!.participle || units[k - 1]?.kind === 'inf') continue;
      const inRelative = units[k - 1]?.kind === 'rel' || (units[k - 2]?.kind === 'rel' && (units[k - 1]?.np || units[k - 1]?.kind === 'pron'));
      if (inRelative) continue;
      return { ...findSubject(units, k, depth + 1), u, prev: k };
    }
  }
  // ("lodged a complaint with the court accusing Peru of shelling Y", "sent a letter urging X to …": a filing's or letter's
  // words are those of the one who filed or sent it.)
  if (vgu.gerund && units[j]?.np && j === u - 1) {
    let k = j;
    while (k >= 2 && units[k]!.np && !DOCUMENT_HEADS.has(units[k]!.np!.head) && units[k - 1]?.kind === 'p' && units[k - 2]?.np) k -= 2;
    const doc = units[k]?.np;
    if (doc && DOCUMENT_HEADS.has(doc.head) && !doc.actors.length && !doc.poss.length && units[k - 1]?.kind === 'vg' && !units[k - 1]!.vg!.passive && FILING_VERBS.has(units[k - 1]!.vg!.lemma)) {
      return { ...findSubject(units, k - 1, depth + 1), u, prev: k - 1 };
    }
  }
  // ", led by X,": a participle after a comma describes the phrase before it.
  if (units[u]!.vg!.participle && units[j]?.kind === 'comma' && units[j - 1]?.kind === 'np') {
    // "a truce between X and Y, brokered by Z", "negotiations between X and Y in Geneva, chaired by Z": the
    // participle describes the event, not the last side or the place.
    // (Only verbs that arrange an event: "backed by Z" after "the war between X and Y" backs Y.)
    if (EVENT_MAKERS.has(units[u]!.vg!.lemma)) {
      let k = j - 1;
      if (units[k - 1]?.kind === 'p' && (units[k - 1]!.word === 'in' || units[k - 1]!.word === 'at') && units[k - 2]?.kind === 'np') k -= 2;
      const g = groupLeft(units, k);
      if (units[g[0]! - 1]?.kind === 'p' && units[g[0]! - 1]!.word === 'between' && units[g[0]! - 2]?.np && !units[g[0]! - 2]!.np!.actors.length) return { ...clause, subject: [g[0]! - 2] };
      // (Also a named deal or talks: "inked a border accord in Quito, brokered by Z".)
      if (k !== j - 1 && (!units[k]!.np!.actors.length || ARRANGED_HEADS.has(units[k]!.np!.head))) return { ...clause, subject: [k] };
    }
    return { ...clause, subject: [j - 1] };
  }
  // "The accord, brokered by Z and signed by X and Y, …": a participle after "and" that goes on from a
  // participle set off after a phrase describes the same phrase.
  if (units[u]!.vg!.participle && !units[u]!.vg!.gerund && units[j]?.kind === 'cc' && units[j]!.word === 'and') {
    let k = units[j - 1]?.kind === 'comma' ? j - 2 : j - 1;
    while (k > 0 && units[k]!.kind !== 'vg' && units[k]!.kind !== 'stop' && units[k]!.kind !== 'rel' && units[k]!.kind !== 'sconj') k--;
    const first = units[k];
    if (first?.kind === 'vg' && first.vg!.participle && !first.vg!.gerund && units[k - 1]?.kind === 'comma' && units[k - 2]?.np) return { ...findSubject(units, k, depth + 1), u };
  }
  // "Kessel, a chipmaker owned by Y": a participle after an apposition describes the name it describes.
  // (Not "…, a move opposed by Y": an act noun sums up the clause before, not its last name.)
  if (units[u]!.vg!.participle && j === u - 1 && units[j]?.np?.indefinite && !units[j]!.np!.actors.length && !CLAUSE_SUMMARIES.has(units[j]!.np!.head) && units[j - 1]?.kind === 'comma' && units[j - 2]?.np?.actors.length) return { ...clause, subject: [j - 2] };
  // "the Front, a coalition of farmer groups led by Y": a collective's members name it, the participle
  // describes the collective, so the name it stands beside.
  if (units[u]!.vg!.participle && j === u - 1 && units[j]?.np && !units[j]!.np!.actors.length) {
    const o = groupLeft(units, j)[0]!;
    if (units[o - 1]?.kind === 'p' && units[o - 1]!.word === 'of' && units[o - 2]?.np?.indefinite && !units[o - 2]!.np!.actors.length && COLLECTIVE_HEADS.has(units[o - 2]!.np!.head) &&
      units[o - 3]?.kind === 'comma' && units[o - 4]?.np?.actors.length) return { ...clause, subject: [o - 4] };
  }
  // "with Uruguay's water minister, X, shuttling between …": a gerund after "with" and a name set off by
  // commas has that name as its subject.
  // (Only an absolute "with" after a comma or opening the sentence, not a verb's: "cut ties with its neighbour, X, accusing…".)
  if (units[u]!.vg!.gerund && units[j]?.kind === 'comma' && units[j - 1]?.np?.actors.length && units[j - 2]?.kind === 'comma' && units[j - 3]?.np && units[j - 4]?.kind === 'p' && units[j - 4]!.word === 'with' && (j - 4 === 0 || units[j - 5]?.kind === 'comma')) return { ...clause, subject: [j - 1] };
  // ", with Bolivia and Ecuador also signing", "With Chile backing the plan, …": an absolute "with"
  // has the names before its gerund as the gerund's subject.
  if (units[u]!.vg!.gerund && j === u - 1 && units[j]?.np?.actors.length) {
    const g = groupLeft(units, j);
    if (units[g[0]! - 1]?.kind === 'p' && units[g[0]! - 1]!.word === 'with' && (g[0]! - 1 === 0 || units[g[0]! - 2]?.kind === 'comma') && g.every((k) => units[k]!.np?.actors.length)) return { ...clause, subject: g };
  }
  // "Lawmakers, among them X, condemned…", "Rights groups, including X and Y, urged…": those named, set
  // off as members of a group that names no one, are the ones told to act.
  if (units[j]?.kind === 'comma' && !units[u]!.vg!.gerund) {
    for (let k = j - 1; k >= Math.max(2, j - 10); k--) {
      const w = units[k]!;
      if (w.kind === 'stop' || w.kind === 'comma') break;
      const opens = (w.kind === 'p' && /^(?:among|including)$/.test(w.word ?? '')) || (w.kind === 'vg' && w.vg!.lemma === 'include' && w.vg!.gerund);
      if (!opens) continue;
      const group = units[k - 2]?.np;
      // (A plural noun opening the sentence may be read as a name: "Lawmakers".)
      if (units[k - 1]?.kind !== 'comma' || !group || ((group.actors.length || group.headIsEntity) && !(k - 2 === 0 && GROUP_NOUNS.has(group.head)))) break;
      const at = units[k + 1]?.kind === 'pron' && units[k + 1]!.word === 'them' ? k + 2 : k + 1;
      const g = units[at]?.np?.actors.length ? groupRight(units, at) : [];
      if (g.length && g[g.length - 1]! + 1 === j && g.every((i) => units[i]!.np?.actors.length)) return { ...clause, subject: g };
      break;
    }
  }
  if (units[j]?.kind === 'comma' && !units[u]!.vg!.gerund) {
    // "Its other members, Peru, Chile and Bolivia, suspended…": a list of names set off after a phrase
    // that names no one is the subject, all of it.
    // (Phrases naming no one may be read as the list's first members: "Its other members, Peru, …".)
    const group = units[j - 1]?.np?.actors.length ? groupLeft(units, j - 1) : [];
    const first = group.findIndex((x) => units[x]!.np?.actors.length);
    const list = first > 0 ? group.slice(first) : [];
    const leadNp = units[list[0]! - 2]?.np;
    // (Only a phrase that opens the clause, over fronted phrases naming no one: "Within a week the other
    // members, …", "In 2022, its members, …"; not "Chile, after talks with its neighbours, Peru and Bolivia, signed…".)
    let k = list[0]! - 3;
    // (A clause opens at the sentence start, a subordinator, or ", and"/", but".)
    const opener = (x: Unit | undefined): boolean => !x || x.kind === 'stop' || x.kind === 'sconj' || (x.kind === 'cc' && units[k - 1]?.kind === 'comma');
    while (!opener(units[k]) && ((units[k]!.kind === 'np' && !units[k]!.np!.actors.length) || units[k]!.kind === 'p' || units[k]!.kind === 'comma')) k--;
    const opens = opener(units[k]);
    if (opens && list.length > 1 && units[list[0]! - 1]?.kind === 'comma' && leadNp && !leadNp.actors.length && !leadNp.headIsEntity && list.every((x) => units[x]!.np?.actors.length)) return { ...clause, subject: list };
    const a = asideStart(units, j);
    if (a > 0) {
      // "Duterte's daughter, Vice President Sara Duterte, accused…": when the phrase before names no
      // entity, the apposition does.
      const before = units[a - 1]?.np;
      const aside = units[a + 1]?.np;
      // ("The deal, known as the Quito Declaration, was signed…": a description the aside names.)
      if (before && !before.headIsEntity && !before.actors.length && units[a + 1]?.kind !== 'np') {
        const named = knownAs(units, a + 1, j);
        if (named >= 0) return { ...clause, subject: [named] };
      }
      // (Not one a body's followers are "of": "Supporters of the former president, X, attacked…" were not X.)
      const followersOf = units[a - 2]?.kind === 'p' && units[a - 2]!.word === 'of' && FOLLOWERS.has(units[a - 3]?.np?.head.replace(/s$/, '') ?? '');
      if (followersOf) return clause;
      // "The chair of the Andean Forum, Ana Ruiz, said…": the holder set off after a title "of" a body.
      const titleOf = units[a - 2]?.kind === 'p' && units[a - 2]!.word === 'of' && units[a - 3]?.np && !units[a - 3]!.np!.actors.length && (units[a - 3]!.np!.titled || AGENT_NOUNS.has(units[a - 3]!.np!.head));
      if (titleOf && before?.headIsEntity && aside?.headIsEntity && aside.actors.length === 1 && units[a + 2]?.kind === 'comma' && a + 2 === j && !units[a - 4]?.np) return { ...clause, subject: [a + 1] };
      if (before && !before.headIsEntity && !before.actors.length && aside?.actors.length && units[a + 2]?.kind === 'comma') {
        // "Ghana's finance minister, A, and Togo's trade minister, B, signed": each side a title with its holder
        // set off after it; the holders are the subject.
        const first = units[a - 3]?.kind === 'comma' ? units[a - 4]?.np : undefined;
        if (units[a - 2]?.kind === 'cc' && units[a - 2]!.word === 'and' && first?.actors.length && units[a - 5]?.kind === 'comma' && units[a - 6]?.np && !units[a - 6]!.np!.actors.length) return { ...clause, subject: [a - 4, a + 1] };
        // "President A and her Chilean counterpart, B, signed": a name joined to the title the holder is set off after.
        // (Not a name inside a phrase: "an aide to President A and his deputy, B, met …".)
        if (units[a - 2]?.kind === 'cc' && units[a - 2]!.word === 'and' && units[a - 3]?.np?.actors.length && units[a - 3]!.np!.headIsEntity) {
          const named = groupLeft(units, a - 3);
          const lead = units[named[0]! - 1];
          if (!(lead?.kind === 'p' && /^(?:of|to|for|with|by|from|against)$/.test(lead.word ?? ''))) return { ...clause, subject: [...named, a + 1] };
        }
        return { ...clause, subject: [a + 1] };
      }
      // "Both pilots, X and Y, were detained": names set off after a phrase that names no one.
      if (before && !before.headIsEntity && !before.actors.length && aside?.actors.length) {
        const g = groupRight(units, a + 1);
        if (g.length > 1 && units[g[g.length - 1]! + 1]?.kind === 'comma' && g[g.length - 1]! + 1 === j && g.every((k) => units[k]!.np?.actors.length)) return { ...clause, subject: g };
      }
      j = a - 1;
    }
  }
  const x = units[j];
  // "Speaking at the summit, X said…", "Visiting Lima, Y praised…": so does a participle clause opening it.
  if (units[u]!.vg!.gerund && units.slice(0, u).every((y) => y.kind === 'other')) return { ...clause, subject: subjectAfterComma(units, u, depth) };
  if (!x) return clause;
  if (x.kind === 'np') {
    // ("under a deal struck with Chile": a participle before "with" describes the agreement right before it.)
    if (j === u - 1 && units[u]!.vg!.participle && !units[u]!.vg!.gerund && units[u + 1]?.kind === 'p' && units[u + 1]!.word === 'with' && AGREED_THINGS.has(x.np!.head)) return { ...clause, subject: [j] };
    // "militias funded by Y shelled…", "the cabinet formed by X approved…": a participle with its agent,
    // not set off by commas, describes the phrase before it, which is the subject.
    const by = groupLeft(units, j)[0]!;
    // (The one who leads a mission or coalition acts for it, "a mission headed by X toured Y"; not for a government.)
    if (units[by - 1]?.kind === 'p' && units[by - 1]!.word === 'by' && units[by - 2]?.kind === 'vg' && units[by - 2]!.vg!.participle && !units[by - 2]!.vg!.gerund && units[by - 2]!.t1 - units[by - 2]!.t0 === 1 && units[by - 3]?.kind === 'np') {
      const described = groupLeft(units, by - 3);
      // (Nor for weapons fired: "mortars fired by Y hit X" is Y's strike; not "missiles supplied by Y".)
      const leading = (LEADING.has(units[by - 2]!.vg!.lemma) && !RULING.has(units[by - 3]!.np!.head)) || (WEAPONS.has(units[by - 3]!.np!.head) && FIRING.has(units[by - 2]!.vg!.lemma));
      return { ...clause, subject: leading ? groupLeft(units, j) : described };
    }
    // "leaders of X", "the foreign minister of X": the phrase before "of" is the head.
    // "hours after X arrived", "days before Y signed": a temporal preposition opens a new clause.
    if (units[j - 1]?.kind === 'p' && CLAUSE_PREPS.has(units[j - 1]!.word!)) return { ...clause, subject: groupLeft(units, j) };
    // "Chile, whose troops fought alongside…": a state's or body's forces act for it.
    if (units[j - 1]?.kind === 'rel' && units[j - 1]!.word === 'whose' && WHOSE_AGENTS.has(x.np!.head) && !x.np!.actors.length) {
      let k = j - 2;
      if (units[k]?.kind === 'comma') k--;
      if (units[k]?.np?.actors.length) return { ...clause, subject: groupLeft(units, k) };
    }
    if (units[j - 1]?.kind === 'p' && units[j - 2]?.kind === 'np') {
      const head = units[j - 2]!.np!;
      // ("restored ties with Chile in a deal brokered by Z": a participle with its agent describes the deal before it.)
      if (units[u]!.vg!.participle && !units[u]!.vg!.gerund && units[u + 1]?.kind === 'p' && units[u + 1]!.word === 'by' && AGREED_THINGS.has(x.np!.head)) return { ...clause, subject: [j] };
      // ("The line from Lima to Quito is run by X": a route's ends after "from … to" are no subject; the line is.)
      const route = units[j - 1]!.word === 'to' && units[j - 3]?.kind === 'p' && units[j - 3]!.word === 'from' && units[j - 4]?.np && !units[j - 4]!.np!.actors.length && ROUTE_NOUNS.has(units[j - 4]!.np!.head);
      if (route) return { ...clause, subject: [j - 4] };
      // ("a visit to Lima by a delegation led by X": a participle right after a "by" agent describes that agent.)
      if (units[j - 1]!.word === 'by' && units[u]!.vg!.participle && !units[u]!.vg!.gerund && j === u - 1) return { ...clause, subject: [j] };
      if (head.actors.length) return { ...clause, subject: groupLeft(units, j - 2) };
      if (['of', 'in', 'from'].includes(units[j - 1]!.word!) && AGENT_NOUNS.has(head.head)) return { ...clause, subject: [j] };
      // ("Supporters of the Front marched…": a body's followers act for it, only when "of" names it.)
      // (Only a body written with "the": "supporters of the Andean Front", not of a state or a person.)
      if (units[j - 1]!.word === 'of' && FOLLOWERS.has(head.head.replace(/s$/, '')) && units[j]!.np?.actors.length && units[j]!.np!.definite && units[j]!.np!.headIsEntity && !units[j]!.np!.titled) return { ...clause, subject: [j] };
      if (units[j - 1]!.word !== 'of') return { ...clause, subject: [j - 2] };
      // ("The town of Putre fell…": a place's kind before "of" names the place after it.)
      // (Only "the/a" and the kind: not "the largest city of Bolivia", "the Kurdistan region of Iraq".)
      if (PLACE_OF_HEADS.has(head.head) && !head.poss.length && !head.mentions && units[j - 2]!.t1 - units[j - 2]!.t0 <= 2 && x.np!.places.length) return { ...clause, subject: [j] };
      // ("The Donetsk region of Ukraine was shelled": a named place of a kind is the subject itself.)
      if (PLACE_OF_HEADS.has(head.head) && head.prePlaces.length && !head.actors.length) return { ...clause, subject: [j - 2] };
      // "Chile's recognition of Kosovo drew criticism": an act with its possessor is the subject.
      if (head.poss.length) return { ...clause, subject: [j - 2] };
      return clause;
    }
    return { ...clause, subject: groupLeft(units, j) };
  }
  if (x.kind === 'rel') {
    let k = j - 1;
    if (units[k]?.kind === 'comma') k--;
    // "X is a Liberian economist who was president of Liberia": the relative's antecedent is a copula's
    // complement naming no one, so its subject is the copula's.
    const head = units[k]?.np ? groupLeft(units, k)[0]! : -1;
    if (head >= 0 && !units[k]!.np!.actors.length && units[head - 1]?.kind === 'vg' && COPULAS.has(units[head - 1]!.vg!.lemma)) {
      const c = findSubject(units, head - 1, depth + 1);
      if (c.subject.length) return { ...clause, subject: c.subject };
    }
    // "President X of Chile, who…": "who" stands for the titled person, not the "of" complement.
    if (x.word === 'who' && units[k]?.kind === 'np' && units[k - 1]?.kind === 'p' && units[k - 1]!.word === 'of' && units[k - 2]?.np?.titled && units[k - 2]!.np!.actors.length) return { ...clause, subject: [k - 2] };
    // "X, a leader of the Front who was sanctioned": "who" is the person the titled apposition describes.
    if (x.word === 'who' && units[k]?.kind === 'np' && units[k - 1]?.kind === 'p' && units[k - 1]!.word === 'of' && units[k - 2]?.np && (units[k - 2]!.np!.titled || AGENT_NOUNS.has(units[k - 2]!.np!.head)) &&
      !units[k - 2]!.np!.actors.length && units[k - 3]?.kind === 'comma' && units[k - 4]?.np?.headIsEntity) return { ...clause, subject: groupLeft(units, k - 4) };
    // "X, a force controlled by Y that replaced Z": a restrictive "that" after a participle's "by" agent stands for what
    // the participle describes, not the agent (", which" and "who" may be the agent: "a move criticised by Y, which backs Z").
    // (Only when what it describes names an actor, or is set off after one: a statement or a coalition "issued/led by Y
    // that …" is told as Y's own act.)
    if (x.word === 'that' && units[j - 1]?.kind !== 'comma' && units[k]?.np && units[k - 1]?.kind === 'p' && units[k - 1]!.word === 'by' && units[k - 2]?.kind === 'vg' && units[k - 2]!.vg!.participle && units[k - 3]?.np) {
      const a = units[k - 3]!.np!.headIsEntity ? k - 3 : !units[k - 3]!.np!.actors.length && units[k - 4]?.kind === 'comma' && units[k - 5]?.np?.headIsEntity ? k - 5 : -1;
      if (a >= 0) return { ...clause, subject: groupLeft(units, a) };
    }
    // "the CSTO, a Russian-led alliance, which sent troops": over an apposition that names no one.
    if (units[k]?.np && !units[k]!.np!.actors.length && units[k - 1]?.kind === 'comma' && units[k - 2]?.np?.actors.length) return { ...clause, subject: groupLeft(units, k - 2) };
    // "X, the candidate of the ruling coalition, who conceded": over an apposition with an "of" phrase.
    if (units[k]?.np && !units[k]!.np!.actors.length && units[k - 1]?.kind === 'p' && units[k - 1]!.word === 'of' && units[k - 2]?.np && !units[k - 2]!.np!.actors.length && units[k - 3]?.kind === 'comma' && units[k - 4]?.np?.actors.some((e) => e >= 0)) {
      return { ...clause, subject: groupLeft(units, k - 4) };
    }
    if (units[k]?.kind === 'np') return { ...clause, subject: groupLeft(units, k) };
    return clause;
  }
  if (x.kind === 'pron') return { ...clause, subject: [j] };
  // "denied supplying", "began shelling": the verb before governs the gerund.
  // (Not a verb of saying: in "said joining the bloc would help" the gerund has no subject of its own.)
  if (x.kind === 'vg' && j === u - 1 && units[u]!.vg!.gerund && !SAYING.has(x.vg!.lemma)) {
    const gov = findSubject(units, j, depth + 1);
    return { ...gov, u, governor: x.vg!.lemma, governorUnit: j };
  }
  // "X, a firm it accuses of supplying drones", "X, which Chile suspects of selling…": with no object after
  // the governor, its object is the relative clause's antecedent, the gerund's subject.
  if (x.kind === 'p' && x.word === 'of' && j === u - 1 && units[u]!.vg!.gerund && units[j - 1]?.kind === 'vg' && OF_GERUND_GOVERNORS.has(units[j - 1]!.vg!.lemma) && !units[j - 1]!.vg!.passive) {
    const k = j - 2;
    if (units[k]?.kind === 'pron' || units[k]?.np?.actors.length) {
      let r = units[k - 1]?.kind === 'rel' && /^(?:which|that|whom|who)$/.test(units[k - 1]!.word ?? '') ? k - 2 : k - 1;
      // (", which": over the comma of a relative set off.)
      if (units[r]?.kind === 'comma' && units[r + 1]?.kind === 'rel') r--;
      let a = units[r]?.np ? r : -1;
      // ("a drone maker it accuses": the name the description is set off after.)
      if (a >= 0 && units[a]!.np!.indefinite && !units[a]!.np!.actors.length && units[a - 1]?.kind === 'comma' && units[a - 2]?.np?.actors.length) a -= 2;
      if (a >= 0 && units[a]!.np!.actors.length) return { ...clause, subject: [a], governor: units[j - 1]!.vg!.lemma, governorUnit: j - 1 };
    }
  }
  // "commended X for recognising Y", "congratulated Z for winning": the one praised did it.
  // (Not a pronoun, which as a subject would be read as the one who praises; nor an act the "for" phrase
  // belongs to: "applauded Peru's call for imposing sanctions".)
  // ("criticised Peru for arming X", "blamed Chile last week for shelling Y": a censure's ground, over a time
  // phrase after the object; blaming keeps its distance as accusing does.)
  let fo = reporterBefore(units, j);
  // (Also over a phrase of manner or place that names no one: "condemned Chile in a statement for shelling Y".)
  if (fo === j - 1 && units[fo]?.np && !units[fo]!.np!.actors.length && units[fo - 1]?.kind === 'p' && /^(?:in|on|at|during)$/.test(units[fo - 1]!.word ?? '') && units[fo - 2]?.np?.headIsEntity) fo -= 2;
  if ((x.kind === 'p' || x.kind === 'sconj') && x.word === 'for' && j === u - 1 && units[u]!.vg!.gerund && units[fo]?.kind === 'np' && units[fo]!.np!.headIsEntity) {
    const head = groupLeft(units, fo);
    const v = units[head[0]! - 1];
    if (v?.kind === 'vg' && !v.vg!.passive && FOR_GERUND_GOVERNORS.has(v.vg!.lemma)) return { ...clause, subject: head };
    if (v?.kind === 'vg' && !v.vg!.passive && !v.vg!.negated && FOR_GERUND_CENSURE.has(v.vg!.lemma)) {
      return v.vg!.lemma === 'blame' ? { ...clause, subject: head, governor: 'blame', governorUnit: head[0]! - 1 } : { ...clause, subject: head };
    }
  }
  // "put off signing", "held off on ratifying": through the governor's particle.
  if (x.kind === 'p' && j === u - 1 && units[u]!.vg!.gerund && units[j - 1]?.kind === 'vg' && GERUND_PARTICLES.has(x.word!)) {
    const gov = findSubject(units, j - 1, depth + 1);
    return { ...gov, u, governor: units[j - 1]!.vg!.lemma, governorUnit: j - 1 };
  }
  // "expelled French troops while deepening ties with X", "after meeting Y": an adverbial gerund
  // shares the subject of the clause it hangs on.
  if ((x.kind === 'sconj' || x.kind === 'p') && j === u - 1 && units[u]!.vg!.gerund && GERUND_LINKS.has(x.word!)) {
    for (let k = j - 1; k >= 0; k--) {
      const y = units[k]!;
      if (y.kind === 'stop') break;
      // ("accused Peru of escalating the war by sending troops": "by" gives the means of the nearest act, a gerund's too.)
      if (y.kind === 'vg' && x.word === 'by' && y.vg!.gerund) return { ...clause, subject: findSubject(units, k, depth + 1).subject };
      if (y.kind === 'vg' && !y.vg!.participle && !y.vg!.gerund) return { ...clause, subject: findSubject(units, k, depth + 1).subject };
    }
    // "After defeating X in a runoff, Y signed…": a gerund clause opening the sentence shares the subject of the
    // clause after its comma.
    if (units.slice(0, j).every((y) => y.kind === 'other')) return { ...clause, subject: subjectAfterComma(units, u, depth) };
  }
  // "accused Iran of supplying drones", "accusing it of having shelled": the object is the gerund's subject.
  // ("blamed Peru last week for arming…": over a time phrase after the object.)
  const o = units[j - 1]?.np && !units[j - 1]!.np!.actors.length && TIME_HEADS.has(units[j - 1]!.np!.head) && units[j - 2]?.kind === 'p' ? j - 3 : j - 1;
  if (x.kind === 'p' && x.word === 'of' && j === u - 1 && (units[u]!.vg!.gerund || units[u]!.vg!.perfectGerund) && (units[o]?.kind === 'np' || units[o]?.kind === 'pron')) {
    const head = units[o]!.kind === 'np' ? groupLeft(units, o) : [o];
    const v = units[head[0]! - 1];
    if (v?.kind === 'vg' && OF_GERUND_GOVERNORS.has(v.vg!.lemma)) return { ...clause, subject: head, governor: v.vg!.lemma, governorUnit: head[0]! - 1 };
  }
  // "Sweden's application to join", "Iran's decision to leave": the noun's possessor does the act.
  if (x.kind === 'inf' && units[j - 1]?.np?.poss.length && TO_NOUNS.has(units[j - 1]!.np!.head)) return { ...clause, subject: [j - 1] };
  // ("was installed by the assembly to replace him", "was flown to Lima to meet Y": an infinitive of purpose after a
  // passive, over its phrases, is the passive subject's act.)
  if (x.kind === 'inf') {
    let k = j - 1;
    while (k >= 1 && units[k]!.np && units[k - 1]?.kind === 'p') k -= 2;
    while (units[k]?.kind === 'p' && PARTICLE_WORDS.has(units[k]!.word ?? '')) k--;
    const v = units[k];
    if (k < j - 1 && v?.kind === 'vg' && v.vg!.passive && !v.vg!.participle && TAKING_OVER_INF.has(units[u]!.vg!.lemma)) return { ...findSubject(units, k, depth + 1), u, prev: k };
  }
  // "led the EU and the US to impose sanctions", "prompted Chile to recall its envoy": the object of a
  // verb of causing does the act, also when it names no one ("persuaded the bloc's delegates to back it").
  if (x.kind === 'inf' && units[j - 1]?.kind === 'np') {
    const group = groupLeft(units, j - 1);
    // ("persuaded the heads of the bloc to back it": over the common noun the body is the "of" complement of.)
    // (Only those who speak for it, with "the": not "opponents of X", "several members of Y".)
    const lead = units[group[0]! - 2];
    const k = units[group[0]! - 1]?.kind === 'p' && units[group[0]! - 1]!.word === 'of' && lead?.np && !lead.np.actors.length && lead.np.definite && SPEAKING_FOR.has(lead.np.head) ? group[0]! - 2 : group[0]!;
    const v = units[k - 1];
    if (v?.kind === 'vg' && !v.vg!.passive && OBJECT_CONTROL.has(v.vg!.lemma)) return { ...clause, subject: group, governor: v.vg!.lemma, governorUnit: k - 1 };
  }
  // "X was among the first to congratulate Y": the subject of the verb before "among".
  if (x.kind === 'inf' && units[j - 1]?.np && /^(?:first|last|few|ones)$/.test(units[j - 1]!.np!.head) && units[j - 2]?.kind === 'p' && units[j - 2]!.word === 'among' && units[j - 3]?.kind === 'vg') {
    return { ...clause, subject: findSubject(units, j - 3, depth + 1).subject };
  }
  // Purpose: "X signed a contract to supply Y", "X sent troops to help Y": the subject of the verb before.
  // (Also over a phrase of time after the object: "signed a deal on Monday to buy …".)
  const purposeObj = x.kind === 'inf' && units[j - 1]?.np && TIME_HEADS.has(units[j - 1]!.np!.head) && !units[j - 1]!.np!.actors.length && units[j - 2]?.kind === 'p' && units[j - 3]?.kind === 'np' ? j - 3 : j - 1;
  if (x.kind === 'inf' && units[purposeObj]?.kind === 'np' && units[purposeObj - 1]?.kind === 'vg' && !units[purposeObj - 1]!.vg!.passive) {
    const gov = findSubject(units, purposeObj - 1, depth + 1);
    return { ...gov, u, governor: units[purposeObj - 1]!.vg!.lemma, governorUnit: purposeObj - 1 };
  }
  // "cleared the way for Erdogan to visit Jeddah", "it is time for Chile to sign": "for X to" makes X the subject.
  if (x.kind === 'inf' && units[j - 1]?.kind === 'np' && units[j - 2]?.kind === 'p' && units[j - 2]!.word === 'for' && units[j - 1]!.np!.actors.length) return { ...clause, subject: groupLeft(units, j - 1) };
  // "… for President Marco Diaz of Bolivia to visit": over the person's "of" complement.
  if (x.kind === 'inf' && units[j - 1]?.kind === 'np' && units[j - 2]?.word === 'of' && units[j - 3]?.np?.titled && units[j - 4]?.kind === 'p' && units[j - 4]!.word === 'for') return { ...clause, subject: [j - 3] };
  // "agreed on Wednesday to buy X", "pledged in March to send Y": over a time adverbial.
  if (x.kind === 'inf' && units[j - 1]?.np && TIME_HEADS.has(units[j - 1]!.np!.head) && !units[j - 1]!.np!.actors.length && units[j - 2]?.kind === 'p' && units[j - 3]?.kind === 'vg' && !units[j - 3]!.vg!.passive) {
    const gov = findSubject(units, j - 3, depth + 1);
    return { ...gov, u, governor: units[j - 3]!.vg!.lemma, governorUnit: j - 3 };
  }
  // "flew to Honiara to ask X", "travelled to Moscow to meet Y": a trip's purpose, the traveller's.
  // (Over more places and times: "marched on the embassy in Lima on Friday to protest".)
  if (x.kind === 'inf' && units[j - 1]?.kind === 'np' && units[j - 2]?.kind === 'p') {
    let k = j - 3;
    while (k >= 2 && units[k]?.kind === 'np' && units[k - 1]?.kind === 'p' && j - k < 8) k -= 2;
    if (units[k]?.kind === 'vg' && !units[k]!.vg!.passive && MOTION_VERBS.has(units[k]!.vg!.lemma)) {
      const gov = findSubject(units, k, depth + 1);
      return { ...gov, u, governor: units[k]!.vg!.lemma, governorUnit: k };
    }
  }
  // "the treaty to be signed by X", "the first country to join": the noun phrase before "to".
  if (x.kind === 'inf' && units[j - 1]?.kind === 'np' && units[j - 2]?.kind !== 'vg' && units[j - 2]?.kind !== 'p') return { ...clause, subject: [j - 1] };
  // "was sworn in to replace X", "stepped down to make way for Y": over the verb's particle.
  if (x.kind === 'inf' && units[j - 1]?.kind === 'p' && PARTICLE_WORDS.has(units[j - 1]!.word!) && units[j - 2]?.kind === 'vg') {
    const gov = findSubject(units, j - 2, depth + 1);
    return { ...gov, u, governor: units[j - 2]!.vg!.lemma, governorUnit: j - 2 };
  }
  if (x.kind === 'inf' && units[j - 1]?.kind === 'vg') {
    const gov = findSubject(units, j - 1, depth + 1);
    return { ...gov, u, governor: units[j - 1]!.vg!.lemma, governorUnit: j - 1 };
  }
  // "X met Y and signed Z", "X met Y, then signed": the subject of the coordinated verb.
  // A participle after "and" continues a passive ("was negotiated in London and signed by X").
  if ((x.kind === 'cc' || x.kind === 'comma') && (!units[u]!.vg!.participle || x.kind === 'cc')) {
    // "travelled to X, where he met Y, then flew to Z": over the relative clause the comma closes.
    let from = j - 1;
    // (Also ", and went on to …".)
    const closing = x.kind === 'comma' ? j : units[j - 1]?.kind === 'comma' ? j - 1 : -1;
    if (closing > 0) {
      // (Over a quotation inside the clause: ", saying the levies were "legal", and …".)
      for (let a = closing - 1; a > 0 && closing - a <= 16 && (units[a]!.kind !== 'stop' || QUOTE_MARK.test(units[a]!.word ?? '')); a--) {
        if (units[a]!.kind !== 'comma') continue;
        if (/^(?:where|who|which|whom|whose)$/.test(units[a + 1]?.word ?? '')) from = a - 1;
        // (", saying the tariffs were lawful, and accused X": over a gerund clause set off by commas, to the verb before it.)
        else if (x.kind === 'cc' && units[a + 1]?.kind === 'vg' && units[a + 1]!.vg!.gerund && SAYING_GERUNDS.has(units[a + 1]!.vg!.lemma) && units[a - 1] && units[a - 1]!.kind !== 'cc') from = a - 1;
        break;
      }
    }
    for (let k = from; k >= 0 && j - k <= 16; k--) {
      const y = units[k]!;
      if (y.kind === 'comma') {
        // Over an aside: "was brokered by X, which acts as guarantor, and was signed by Y".
        const a = asideStart(units, k);
        if (a > 0) k = a;
        continue;
      }
      if (y.kind === 'stop' || y.kind === 'sconj' || y.kind === 'rel') break;
      // ("kept the border closed, accusing X": a past form that completes an object is no verb of its own.)
      // (Over the object's own phrases and an adverb: "kept its border with Benin fully closed".)
      if (y.kind === 'vg' && y.t1 - y.t0 <= 2 && complementOfObject(units, k)) continue;
      // ("was among the first envoys to greet the outcome, commending X": a gerund after a comma goes on from the
      // finite verb, not from an infinitive whose subject is a noun before it.)
      // (Not a succession, which goes to the one given the task: "hired X to run the fund, replacing Y".)
      if (y.kind === 'vg' && x.kind === 'comma' && units[u]!.vg!.gerund && units[k - 1]?.kind === 'inf' && !TAKING_OVER_GERUNDS.has(units[u]!.vg!.lemma)) continue;
      // ("said nine marchers died when soldiers fired, and accused X": after ", and", a finite verb goes on from the
      // clause an adverbial clause hangs on, not from the adverbial clause.)
      // (Not a gerund, which hangs on the nearest clause: "walked out when talks stalled, accusing X"; nor a list of
      // verbs: "after X visited Lima, met Y and warned him".)
      const finite = !units[u]!.vg!.gerund && !units[u]!.vg!.participle && !units[u]!.vg!.base;
      if (finite && y.kind === 'vg' && !y.vg!.participle && !y.vg!.gerund && x.kind === 'cc' && units[j - 1]?.kind === 'comma') {
        const s0 = findSubject(units, k, depth + 1).subject[0];
        const at = s0 !== undefined && s0 < k ? groupLeft(units, s0)[0]! - 1 : k - 1;
        // (Only to a clause whose subject names someone: "The crisis began when Chile expelled X, and imposed …" goes
        // on from Chile.)
        let named = false;
        for (let v = at - 1; v >= 0 && !named && units[v]!.kind !== 'stop'; v--) {
          if (units[v]!.kind !== 'vg' || units[v]!.vg!.participle || units[v]!.vg!.gerund) continue;
          named = findSubject(units, v, depth + 1).subject.some((i) => units[i]!.kind === 'pron' || !!units[i]!.np?.actors.length);
        }
        if (units[at] && units[at]!.kind !== 'np' && units[at]!.kind !== 'vg' && ADVERBIAL_SUBORDINATORS.has(units[at]!.word ?? '') && named) {
          k = at;
          continue;
        }
      }
      if (y.kind === 'vg' && !y.vg!.participle) {
        // ("rebuilt reserves with a loan that Chile extended to Peru, and visited Lima": after a comma, a
        // verb is coordinated with the clause an object relative with its own subject hangs on.)
        if (x.kind === 'cc' && units[j - 1]?.kind === 'comma' && (units[k - 1]?.np || units[k - 1]?.kind === 'pron') && units[k - 2]?.kind === 'rel' && /^(?:that|which)$/.test(units[k - 2]!.word ?? '') && units[k - 3]?.kind === 'np') {
          k -= 2;
          continue;
        }
        // (So with a subject relative not set off by a comma: "accused X of a campaign that targeted
        // lawmakers, and imposed sanctions on Y".)
        // (Only when the relative's noun names an act or thing that cannot go on acting: "the hackers who targeted X,
        // and attacked Y" goes on with the hackers.)
        if (x.kind === 'cc' && units[j - 1]?.kind === 'comma' && (units[k - 1]?.kind === 'rel' || units[k - 1]?.kind === 'sconj') && /^(?:that|which)$/.test(units[k - 1]!.word ?? '') && units[k - 2]?.kind === 'np' && units[k - 3]?.kind !== 'comma' && !y.vg!.passive && RELATIVE_ACTS.has(units[k - 2]!.np!.head)) {
          k -= 1;
          continue;
        }
        // "called on X to lift its tariffs and rebuked Z": an inflected verb after an infinitive is
        // coordinated with the finite verb that governs it, whose subject it shares.
        // (A verb right after "to" is a base form whatever its tag ("to honour", British spelling).)
        if ((y.vg!.base || units[k - 1]?.kind === 'inf') && units[k - 1]?.kind === 'inf' && !units[u]!.vg!.base && !units[u]!.vg!.gerund && !units[u]!.vg!.participle) {
          for (let g = k - 2; g >= 0 && k - g <= 12; g--) {
            const z = units[g]!;
            // (Over the "for" or "of" of a gerund: "faulted X for refusing to vote and accused Y".)
            if (z.kind === 'sconj' && /^(?:for|of)$/.test(z.word ?? '') && units[g + 1]?.vg?.gerund) continue;
            if (z.kind === 'stop' || z.kind === 'sconj' || z.kind === 'rel') break;
            if (z.kind === 'vg' && !z.vg!.participle && !z.vg!.gerund && !z.vg!.base) return { ...findSubject(units, g, depth + 1), u, prev: g };
          }
        }
        // "demanded that the Front free X and threatened it": an inflected verb after the base form of a
        // "that" clause asked for is coordinated with the verb that asks.
        if (y.vg!.base && units[k - 1]?.kind !== 'inf' && !units[u]!.vg!.base && !units[u]!.vg!.gerund && !units[u]!.vg!.participle) {
          for (let q = k - 1; q >= 1 && k - q <= 8; q--) {
            const z = units[q]!;
            if (z.kind === 'stop' || z.kind === 'comma' || z.kind === 'vg') break;
            const r = reporterBefore(units, q);
            if ((z.kind === 'sconj' || z.kind === 'rel') && z.word === 'that' && units[r]?.kind === 'vg' && !units[r]!.vg!.participle && !units[r]!.vg!.base) return { ...findSubject(units, r, depth + 1), u, prev: r };
          }
        }
        // "denied that soldiers had crossed the border and accused X": a simple past after a reported
        // clause's compound verb is coordinated with the verb reporting it, not with the reported one.
        const compound = (v: Unit): boolean => v.t1 - v.t0 > 1;
        // (Only a verb of speaking, which the one reporting does: "had attacked X and sanctioned Y" shares "had".)
        if (!compound(units[u]!) && SPEAKERS_ACTS.has(units[u]!.vg!.lemma) && !units[u]!.vg!.base && !units[u]!.vg!.gerund && !units[u]!.vg!.participle && compound(y)) {
          for (let q = k - 1; q >= 1 && k - q <= 8; q--) {
            const z = units[q]!;
            // (Also with no "that": "said Chile would defend its measures and urged Peru to …"; only after a modal, which
            // a past form cannot go on from; after "had" it may: "said Russia had invaded X and threatened Y".)
            if ((y.vg!.future || y.vg!.hedged || SPEECH_ONLY.has(units[u]!.vg!.lemma)) && z.kind === 'vg' && REPORTING.has(z.vg!.lemma) && !z.vg!.participle && !z.vg!.gerund && !compound(z) && units[q + 1]?.kind === 'np' && units[q + 1]!.np!.mentions && groupRight(units, q + 1).at(-1) === k - 1) return { ...findSubject(units, q, depth + 1), u, prev: q };
            if (z.kind === 'stop' || z.kind === 'comma' || z.kind === 'vg') break;
            const r = reporterBefore(units, q);
            if ((z.kind === 'sconj' || z.kind === 'rel') && z.word === 'that' && units[r]?.kind === 'vg' && !units[r]!.vg!.participle && !compound(units[r]!)) return { ...findSubject(units, r, depth + 1), u, prev: r };
          }
        }
        // "said the quotas hurt farmers and urged X to …": an act of speaking after a reported clause
        // whose subject names no one is the reporter's, not the reported clause's.
        // (Over an adverb before the reported verb: "the quotas clearly hurt".)
        const rs = units[k - 1]?.kind === 'other' ? k - 2 : k - 1;
        if (SPEAKERS_ACTS.has(units[u]!.vg!.lemma) && !units[u]!.vg!.base && !units[u]!.vg!.gerund && !units[u]!.vg!.participle && units[rs]?.kind === 'np' &&
          !units[rs]!.np!.mentions && !AGENT_NOUNS.has(units[rs]!.np!.head) && !/^(?:he|she|they|it|we|i|you)$/.test(units[rs]!.np!.head) && units[rs - 1]?.kind === 'vg' && REPORTING.has(units[rs - 1]!.vg!.lemma) && !units[rs - 1]!.vg!.participle) {
          return { ...findSubject(units, rs - 1, depth + 1), u, prev: rs - 1 };
        }
        const gov = findSubject(units, k, depth + 1);
        // "refused to concede and accused X": an inflected verb is coordinated with the governor of a
        // base-form one, not with the base form, so it is not governed by "refused".
        if (gov.governor && y.vg!.base && !units[u]!.vg!.base) delete gov.governor, delete gov.governorUnit;
        // "accused X of handing Y over and flew to Z": an inflected verb after a gerund is coordinated
        // with the gerund's governor, whose subject it shares.
        if (y.vg!.gerund && !units[u]!.vg!.gerund && !units[u]!.vg!.base && gov.governorUnit !== undefined && gov.governorUnit < k) {
          const outer = findSubject(units, gov.governorUnit, depth + 1);
          return { ...outer, u, prev: gov.governorUnit };
        }
        return { ...gov, u, prev: k, ...(units[u]!.vg!.gerund ? { governor: y.vg!.lemma, governorUnit: k } : {}) };
      }
    }
  }
  return clause;
}

/** Prepositional arguments after unit `from`, up to the clause's end: preposition → groups. */
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'outside']);

/**
 * The comma at `j` closes ", Country," after "in Place" (read with the place as one group) and another
 * preposition follows: "signed in Lome, Togo, by X".
 */
function placeApposition(units: Unit[], j: number): boolean {
  return units[j + 1]?.kind === 'p' && !!units[j - 1]?.np?.mentions && units[j - 2]?.kind === 'comma' && !!units[j - 3]?.np &&
    units[j - 4]?.kind === 'p' && LOCATIVE_PREPS.has(units[j - 4]!.word ?? '');
}

/** Prepositions of time that open an adjunct after a verb's own phrases. */
const ADJUNCT_TIME_PREPS = new Set(['after', 'before', 'since', 'until', 'following', 'amid', 'during']);
/** Nouns of a route, whose ends after "from … to" are places, not its subject. */
const ROUTE_NOUNS = new Set(['line', 'route', 'road', 'railway', 'rail', 'pipeline', 'flight', 'corridor', 'highway', 'link', 'cable', 'canal', 'train', 'bridge', 'tunnel', 'interconnector']);
/** Nouns of an act or a thing after which ", and VERB" goes back to the main clause ("a campaign that targeted X, and imposed …"). */
const RELATIVE_ACTS = new Set(['campaign', 'attack', 'strike', 'raid', 'bombing', 'offensive', 'operation', 'war', 'deal', 'agreement', 'accord', 'pact', 'treaty', 'plan', 'law', 'policy', 'programme', 'program', 'project', 'scheme', 'measure', 'decision', 'move', 'bill', 'blockade', 'crackdown', 'effort', 'initiative', 'process', 'protest', 'rally', 'election', 'vote', 'referendum', 'crisis', 'conflict', 'dispute', 'sanction', 'tariff', 'ban', 'embargo', 'report', 'statement', 'letter', 'resolution']);

// (Numbers of a date, as constants: a regex literal is a new object each time it is evaluated.)
const DAY_NUMBER = /^\d{1,2}$/;
const YEAR_NUMBER = /^\d{4}$/;

/** A comma inside or closing a written date: "on March 3, 1999, by X". */
function dateComma(units: Unit[], j: number): boolean {
  const day = (u: Unit | undefined): boolean => !!u?.np && DAY_NUMBER.test(u.np.head);
  const year = (u: Unit | undefined): boolean => !!u?.np && YEAR_NUMBER.test(u.np.head);
  return (day(units[j - 1]) && year(units[j + 1])) || (year(units[j - 1]) && units[j - 2]?.kind === 'comma' && day(units[j - 3]));
}

/**
 * The comma closing an apposition opened by the comma at `j` after a name ("X, leader of the Y, in …",
 * "X, a former prosecutor backed by Z, in …"), when a preposition follows it; else -1.
 */
function appositionClose(units: Unit[], j: number): number {
  if (!units[j - 1]?.np?.headIsEntity || !units[j + 1]?.np || units[j + 1]!.np!.headIsEntity) return -1;
  for (let k = j + 2; k < units.length && k < j + 12; k++) {
    const y = units[k]!;
    if (y.kind === 'comma') return units[k + 1]?.kind === 'p' && /^(?:in|at|during)$/.test(units[k + 1]!.word ?? '') && units[k + 2]?.np ? k : -1;
    if (!(y.kind === 'np' || y.kind === 'p' || y.kind === 'other' || (y.kind === 'vg' && y.vg!.participle))) return -1;
  }
  return -1;
}

export function prepositions(units: Unit[], from: number): Map<string, Group> {
  const out = new Map<string, Group>();
  for (let j = from; j < units.length; j++) {
    const x = units[j]!;
    // A participle after a noun ("the claims made by Ukraine") stays inside the phrase.
    if (x.kind === 'vg' && x.vg!.participle) continue;
    // "signed in Lome, Togo, by X": the country of a place set off by commas; the adjuncts go on.
    if (x.kind === 'comma' && placeApposition(units, j)) continue;
    // ("signed on March 3, 1999, by X": the commas of a date.)
    if (x.kind === 'comma' && dateComma(units, j)) continue;
    // ("beat X, leader of the Y coalition, in the election": over an apposition to the phrase after it.)
    if (x.kind === 'comma') {
      const close = appositionClose(units, j);
      if (close > 0) {
        j = close;
        continue;
      }
    }
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'vg' || x.kind === 'comma' || x.kind === 'inf') break;
    if (x.kind === 'cc' && units[j + 1]?.kind === 'vg') break;
    // ("deployed forces to Juba after clashes in Nasir": a phrase of time opens an adjunct the verb's own phrases end at.)
    if (x.kind === 'p' && ADJUNCT_TIME_PREPS.has(x.word ?? '') && j > from) break;
    // ("blamed X for opening fire on Y": what follows a gerund after a preposition is its own.)
    if (x.kind === 'p' && units[j + 1]?.kind === 'vg' && units[j + 1]!.vg!.gerund) break;
    // "in occupied Crimea": a lone past form between a preposition and a noun phrase is its modifier.
    // ("sanctions on them", "a deal with him": an object pronoun after a preposition is its argument.)
    if (x.kind === 'p' && units[j + 1]?.kind === 'pron' && /^(?:him|her|them|it)$/.test(units[j + 1]!.word ?? '')) {
      if (!out.has(x.word!)) out.set(x.word!, [j + 1]);
      j++;
      continue;
    }
    // ("signed by then prime ministers X and Y": a word dating the office before the phrase.)
    const dated = x.kind === 'p' && units[j + 1]?.kind === 'other' && /^(?:then|now)$/.test(units[j + 1]!.word ?? '') && units[j + 2]?.np?.titled;
    const at = units[j + 1]?.kind === 'np' ? j + 1 : x.kind === 'p' && (isModifyingParticiple(units[j + 1]) || dated) && units[j + 2]?.kind === 'np' ? j + 2 : -1;
    if (x.kind === 'p' && at > 0) {
      const g = groupRight(units, at);
      // "imposed sanctions on Friday on X": a time phrase leaves the preposition free for its argument.
      const np = units[at]!.np!;
      const time = g.length === 1 && !np.actors.length && (TIME_HEADS.has(np.head) || /^\d{4}$/.test(np.head));
      // ("blamed the strike on a hospital in Kharkiv on Russia": a first phrase naming no one leaves the
      // preposition to a later one that does.)
      const nameless = (gr: Group): boolean => gr.every((k) => !units[k]!.np?.actors.length && !units[k]!.np?.mentions);
      // (Only "on" and "against": a place in a place, "projects in Jujuy", is a chain of locatives.)
      if ((!out.has(x.word!) || (/^(?:on|against)$/.test(x.word!) && nameless(out.get(x.word!)!) && !nameless(g))) && !time) {
        const more = repeatedAfterAside(units, g[g.length - 1]!, x.word!);
        out.set(x.word!, more.length ? [...g, ...more] : g);
      }
      j = g[g.length - 1]!;
    }
  }
  return out;
}

/** A verb group of one past form ("occupied", "disputed"), read as an adjective. */
function isModifyingParticiple(u: Unit | undefined): boolean {
  return u?.kind === 'vg' && u.t1 - u.t0 === 1 && !u.vg!.base && !u.vg!.negated;
}

/**
 * "backed by Chile, whose navy patrols the strait, and by Peru": the same preposition repeated after a
 * relative aside on its noun phrase adds to its group.
 */
function repeatedAfterAside(units: Unit[], last: number, word: string): Group {
  // "sanctions on X and on Y", "on X, a drone maker, and on its chairman, Y": the preposition repeated
  // after "and" (over an apposition) adds to its group; a phrase naming no one stands for its apposition.
  let k = last + 1;
  if (units[k]?.kind === 'comma' && units[k + 1]?.np && units[k + 2]?.kind === 'comma') k += 2;
  if (units[k]?.kind === 'comma' && units[k + 1]?.kind === 'cc') k++;
  if (units[k]?.kind === 'cc' && units[k]!.word === 'and' && units[k + 1]?.kind === 'p' && units[k + 1]!.word === word && units[k + 2]?.kind === 'np') {
    const g = groupRight(units, k + 2);
    const end = g[g.length - 1]!;
    if (g.length === 1 && !units[end]!.np!.actors.length && units[end + 1]?.kind === 'comma' && units[end + 2]?.np?.actors.length && units[end + 2]!.np!.headIsEntity) return [end + 2];
    return g;
  }
  if (units[last + 1]?.kind !== 'comma' || units[last + 2]?.kind !== 'rel') return [];
  for (let k = last + 3; k + 3 < units.length && k < last + 30; k++) {
    const x = units[k]!;
    if (x.kind === 'stop') return [];
    if (x.kind === 'comma' && units[k + 1]?.kind === 'cc' && units[k + 1]!.word === 'and') {
      return units[k + 2]?.kind === 'p' && units[k + 2]!.word === word && units[k + 3]?.kind === 'np' ? groupRight(units, k + 3) : [];
    }
  }
  return [];
}
