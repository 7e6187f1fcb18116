/**
 * How each clause of a sentence tells its act (core/fact-status.ts), from the modality lexicon
 * (lexicon/modality.ts) read over the clause machinery:
 * - the verb group itself: negation ("did not sign", "never met") → negated; "will"/"would" → planned;
 *   "may"/"might"/"could" → no act; "allegedly" → alleged;
 * - the verbs governing it through "to", a gerund or "accused X of": refuse → negated, intend →
 *   planned, deny → denied (by the governor's subject), claim → alleged (by it), request or hedge → no act;
 * - a condition it sits in ("if X signs") → planned; a date still to come → planned;
 * - frames over part of the sentence: a reporting verb before its complement ("X said (that) …"), after
 *   it ("…, X said."), "according to X", the "that" clause of a claim noun ("accusations that …"), and a
 *   trailing denial ("…, which X denied", "…, a charge X rejects"). A denial frame covers the acts told
 *   before it, not the verbs that report or accuse.
 * Scope is the clause: a negation or denial reaches only the verb groups it governs or frames.
 * Each clause also gets the date expression nearest its verb within the clause (clauses/dates.ts).
 */
import type { FactStatus } from '../../../core/index.ts';
import type { SentenceContext, Telling } from '../types.ts';
import type { Unit } from './chunks.ts';
import { tokenText } from '../tokens/sentences.ts';
import { CLAUSE_PREPS, asideStart, findSubject, groupRight, type Clause, type Group } from './arguments.ts';
import { findDates, type DateHit } from './dates.ts';
import { CLAIM_NOUNS, CONDITION_OPENERS, DENIAL_ADJECTIVES, FUTURE_BEFORE_TO, HAPPENING_VERBS, MODAL_NOUNS, MODALITY_VERBS, OBJECT_CONTROL, TO_NOUNS, type ModalityCue } from '../lexicon/modality.ts';

/** Verbs that ask for what their "that" clause tells in the base form ("insisted that Peru withdraw"). */
const MANDATIVE = new Set(['insist', 'propose', 'recommend', 'suggest', 'require', 'request', 'demand', 'urge', 'ask']);
/** Verbs that give someone a task ("picked X to host"), and the tasks done by being given them. */
const TASK_GIVING = new Set(['name', 'appoint', 'nominate', 'choose', 'pick', 'tap', 'select', 'elect', 'hire', 'task', 'assign', 'commission', 'mandate']);
const TAKING_OVER_VERBS = new Set(['replace', 'succeed', 'head', 'lead', 'chair', 'run']);
/** A conditional auxiliary in a verb group (a constant: every verb group's telling looks for it). */
const WOULD_OR_COULD = /\b(?:would|could)\b/;

interface Frame {
  cue: 'report' | 'claim' | 'deny';
  claimants: number[];
  /** Units from..to-1 are in its scope. */
  from: number;
  to: number;
  /** Unit of the frame's own verb (never in its own scope). */
  own: number;
  /** A trailing denial covers only the acts, not the verbs reporting them… */
  actsOnly?: boolean;
  /** …and only the units of the clause it answers (not an aside inside that range). */
  only?: Set<number>;
}

/** Nouns of an act of asking that a verb of refusal answers but does not undo ("rejected the demand"). */
const MADE_NOUNS = new Set(['demand', 'ultimatum']);

const covers = (f: Frame, ui: number): boolean => ui >= f.from && ui < f.to && ui !== f.own && (!f.only || f.only.has(ui));

/** What the lexicon engine asks of one sentence. */
export interface SentenceModality {
  /** How the act of the verb group at unit `ui` is told; null when it is no act (a wish, a possibility). */
  verb(ui: number, clause: Clause): Telling[] | null;
  /** How the act of a noun trigger is told: by the verb whose object or subject it is (`owner`, else the nearest). */
  noun(ui: number, owner?: number): Telling[] | null;
  /** For facts read off the whole sentence (patterns, aid): the frames over all of it, and its first date. */
  sentence(): Telling[];
  /** The telling of the clause holding token `t`. */
  atToken(t: number): Telling[] | null;
}

const cueOf = (units: Unit[], k: number, tokens: SentenceContext['s']['tokens']): ModalityCue | undefined => {
  const vg = units[k]!.vg!;
  // "is to sign", "is going to sign": "be" and "go" intend only right before "to".
  if (vg.lemma === 'be' || vg.lemma === 'go') return units[k + 1]?.kind === 'inf' && (vg.lemma === 'be' || tokens[vg.verb]!.lower === 'going') ? 'intend' : undefined;
  // "has to ratify", "needs to sign": an obligation, an act still to come ("had to sign" it did).
  if (vg.lemma === 'have' || vg.lemma === 'need') return units[k + 1]?.kind === 'inf' && /^(?:has|have|need|needs)$/.test(tokens[vg.verb]!.lower) ? 'intend' : undefined;
  // "put off signing", "balked at signing": a particle verb.
  const particle = units[k + 1]?.kind === 'p' ? MODALITY_VERBS.get(`${vg.lemma} ${units[k + 1]!.word}`) : undefined;
  return particle ?? MODALITY_VERBS.get(vg.lemma);
};

/** Reads the modality of one sentence's units. `actorsOf` resolves a group to entities (pronouns and titles too). */
export function sentenceModality(ctx: SentenceContext, units: Unit[], actorsOf: (g: Group) => number[]): SentenceModality {
  return new ClauseModality(ctx, units, actorsOf);
}

/** Lazy: frames, dates and subjects are read only when a trigger asks. */
class ClauseModality implements SentenceModality {
  private readonly tokens: SentenceContext['s']['tokens'];
  private found: Frame[] | undefined;
  private dates: DateHit[] | undefined;
  private futureDates: DateHit[] | undefined;
  private unitAt: number[] | undefined;
  private readonly clauses = new Map<number, Clause>();
  private whole: Telling[] | undefined;
  private publishedDay: string | undefined;

  constructor(
    private readonly ctx: SentenceContext,
    private readonly units: Unit[],
    private readonly actorsOf: (g: Group) => number[],
  ) {
    this.tokens = ctx.s.tokens;
  }

  private framesOf(): Frame[] {
    return (this.found ??= findFrames(this.ctx, this.units, this.actorsOf));
  }

  private datesFor(future: boolean): DateHit[] {
    const { ctx } = this;
    return future ? (this.futureDates ??= findDates(ctx.docText ?? '', ctx.s, ctx.published, true)) : (this.dates ??= findDates(ctx.docText ?? '', ctx.s, ctx.published));
  }

  /** Unit of each token (-1: none), built when first asked. */
  private unitOfToken(t: number): number {
    if (!this.unitAt) {
      // (A plain array, cheaper to allocate than a typed one; filled by a loop, faster than its fill over a range.)
      const n = this.tokens.length;
      const at = (this.unitAt = new Array<number>(n).fill(-1));
      for (let i = 0; i < this.units.length; i++) for (let t = this.units[i]!.t0; t < Math.min(this.units[i]!.t1, n); t++) at[t] = i;
    }
    return this.unitAt[t] ?? -1;
  }

  /** Unit where a character offset's token starts. */
  private unitOfOffset(offset: number): number {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < tokens.length ? this.unitOfToken(lo) : -1;
  }

  private clauseOf(ui: number): Clause {
    let c = this.clauses.get(ui);
    if (!c) this.clauses.set(ui, (c = findSubject(this.units, ui)));
    return c;
  }

  private subjectActors(k: number): number[] {
    return this.units[k]!.vg!.passive ? [] : this.actorsOf(this.clauseOf(k).subject);
  }

  verb(ui: number, clause: Clause): Telling[] | null {
    const { units, tokens } = this;
    const vg = units[ui]!.vg!;
    if (vg.hedged) return null;
    // "demanded that Chile free X", "insisted that Peru withdraw": a verb in its base form in the "that"
    // clause of a request is asked for, not done.
    const s0 = clause.subject[0];
    // (Unless the text says it was done: "demanded that X withdraw its envoy, which it did".)
    if (vg.base && s0 !== undefined && s0 < ui && (units[s0 - 1]?.kind === 'sconj' || units[s0 - 1]?.kind === 'rel') && units[s0 - 1]!.word === 'that' && units[s0 - 2]?.kind === 'vg' && (cueOf(units, s0 - 2, tokens) === 'request' || MANDATIVE.has(units[s0 - 2]!.vg!.lemma)) &&
      !/\b(?:which|and) (?:it|they|he|she) (?:did|duly did)\b/.test(tokenText(tokens, units[ui]!.t1, tokens.length, ' ', true))) return null;
    // "would sign the pact only if its miners were spared": an act set on a condition is not told as coming.
    if (WOULD_OR_COULD.test(tokenText(tokens, units[ui]!.t0, units[ui]!.t1, ' ', true)) && conditionFollows(units, ui, tokens)) return null;
    let base: FactStatus = vg.negated ? 'negated' : vg.future ? 'planned' : 'asserted';
    const claims: Claim[] = [];
    const denials: number[][] = [];
    if (vg.reported) claims.push({ claimants: [], neutral: false });
    if (base === 'asserted' && (underCondition(units, ui, clause) || futureBeforeTo(units, ui, clause, tokens) || toBeDone(units, ui, tokens))) base = 'planned';
    // "Sweden's application to join", "its decision to leave": an act a noun wishes for or has decided.
    const toNoun = units[ui - 1]?.kind === 'inf' ? TO_NOUNS.get(units[ui - 2]?.np?.head ?? '') : undefined;
    if (toNoun === 'wish') return null;
    // "had no intention to meet", "there are no plans to sign": the act is denied.
    if (toNoun && /^(?:no|never)$/.test(tokens[units[ui - 2]!.t0]?.lower ?? '')) base = 'negated';
    else if (toNoun === 'intend' && base === 'asserted') base = 'planned';
    // The verbs governing this one, nearest first.
    const chain = new Set<number>();
    let c: Clause = clause;
    for (let depth = 0; depth < 4; depth++) {
      if (c.prev !== undefined) chain.add(c.prev);
      const gu = c.governorUnit;
      if (gu === undefined || chain.has(gu)) break;
      chain.add(gu);
      const g = units[gu]!.vg!;
      const cue = cueOf(units, gu, tokens);
      if (g.hedged) return null;
      // "told Iran to leave", "wants Japan to sign", "pledged $5 million to support": not the subject's act.
      // ("announced its decision to sign" is the subject's own decision, read from the noun above.)
      const objectBetween = (units[gu + 1]?.kind === 'np' && !TO_NOUNS.has(units[gu + 1]!.np!.head)) || units[gu + 1]?.kind === 'pron';
      if (objectBetween && units[ui - 1]?.kind === 'inf' && (cue === 'report' || cue === 'request' || cue === 'intend' || OBJECT_CONTROL.has(g.lemma))) return null;
      if (cue === 'request' || cue === 'hedge' || cue === 'wish') return null;
      // "picked Kenya to host the 2027 summit", "appointed Y to lead the inquiry": a task given is still to
      // be done; taking over is done by the naming ("named X to replace him").
      if (objectBetween && units[ui - 1]?.kind === 'inf' && TASK_GIVING.has(g.lemma) && !TAKING_OVER_VERBS.has(units[ui]!.vg!.lemma) && base === 'asserted') base = 'planned';
      if (g.negated && cue !== 'deny') base = 'negated';
      else if (cue === 'refuse') base = 'negated';
      else if ((cue === 'intend' || g.future) && base === 'asserted') base = 'planned';
      if (cue === 'deny' && !g.negated) denials.push(this.subjectActors(gu));
      // "did not deny supplying": a charge left standing, which the text does not vouch for.
      else if (cue === 'deny') claims.push({ claimants: [], neutral: false });
      else if (cue === 'claim' || (cue === 'report' && units[ui - 1]?.kind === 'inf')) claims.push({ claimants: this.subjectActors(gu), neutral: false });
      c = this.clauseOf(gu);
    }
    for (const f of this.framesOf()) {
      if (!covers(f, ui) || chain.has(f.own)) continue;
      const own = cueOf(units, ui, tokens);
      if (f.actsOnly && (own === 'report' || own === 'claim' || own === 'deny')) continue;
      if (f.cue === 'deny') denials.push(f.claimants);
      else if (f.claimants.length || f.cue === 'claim') claims.push({ claimants: f.claimants, neutral: f.cue === 'report' });
    }
    return this.dated(combine(base, claims, denials), ui, chain, base === 'planned');
  }

  /** Adds the clause's date; a date still to come makes a told act planned. */
  private dated(tellings: Telling[], ui: number, chain: Set<number>, future: boolean): Telling[] {
    const hits = this.datesFor(future);
    if (!hits.length) return tellings;
    const inClause = clauseUnits(this.units, ui, chain);
    const at = this.tokens[this.units[ui]!.vg?.verb ?? this.units[ui]!.t0]!.start;
    let best: DateHit | undefined;
    for (const h of hits) {
      const u = this.unitOfOffset(h.start);
      if (u < 0 || !inClause.has(u)) continue;
      if (!best || Math.abs(h.start - at) < Math.abs(best.start - at)) best = h;
    }
    if (!best) return tellings;
    const { date, text } = best;
    // A partial date that holds the publication day ("2025" of 2025-03-01) sorts before it: not later.
    const later = best.future || (this.ctx.published !== undefined && date > (this.publishedDay ??= isoDay(this.ctx.published)));
    return tellings.map((t) => ({ ...t, status: later && (t.status === 'asserted' || t.status === 'alleged') ? 'planned' : t.status, date, dateText: text }));
  }

  /** The verb group nearest a noun phrase in its clause: before it, else after it (its predicate). */
  private owner(ui: number): number | undefined {
    const units = this.units;
    for (let k = ui - 1; k >= 0; k--) {
      const x = units[k]!;
      if (x.kind === 'vg') return k;
      if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'comma') break;
    }
    for (let k = ui + 1; k < units.length; k++) {
      const x = units[k]!;
      if (x.kind === 'vg') return x.vg!.participle ? undefined : k;
      if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'comma') break;
    }
    return undefined;
  }

  /** Frames only: how the sentence reports what its noun phrases name. */
  private framed(ui: number): Telling[] {
    return framedBy(this.framesOf().filter((f) => covers(f, ui)));
  }

  /**
   * A noun trigger's act: a support verb's object is what the verb does ("imposed sanctions", "did not
   * hold talks"); a subject of a verb of happening is told by it ("talks did not take place"); else
   * the event is taken as given ("ordered Israel to halt its offensive"), only framed by the sentence and
   * by the attitude of the verb it is the object of ("threatened sanctions", "rejected talks").
   */
  noun(ui: number, support?: number): Telling[] | null {
    const units = this.units;
    // "under the threat of tariffs", "plans for talks": a modal noun governs the event it names.
    const modal = units[ui - 1]?.kind === 'p' && /^(?:of|for)$/.test(units[ui - 1]!.word ?? '') ? MODAL_NOUNS.get(units[ui - 2]?.np?.head ?? '') : undefined;
    if (modal === 'hedge') return null;
    if (modal === 'intend') return (this.noun(ui - 2, support) ?? []).map(toPlanned);
    if (support !== undefined) {
      const told = this.verb(support, this.clauseOf(support));
      // ("blamed Peru for the attack": an act a verb of blaming lays at someone's door is alleged by the blamer.)
      const laidAt = /^(?:for|of)$/.test(units[ui - 1]?.word ?? '') && support < ui - 2;
      if (!told || !laidAt || cueOf(units, support, this.tokens) !== 'claim') return told;
      const by = this.subjectActors(support);
      return told.map((t) => (t.status === 'asserted' ? { ...t, status: 'alleged', claimedBy: by } : t));
    }
    const k = this.owner(ui);
    if (k === undefined) return this.framed(ui);
    if (k > ui && HAPPENING_VERBS.has(units[k]!.vg!.lemma)) return this.verb(k, this.clauseOf(k));
    // (A demand or an ultimatum rejected was still made: "rejected Peru's demand that it withdraw".)
    const cue = CLAIM_NOUNS.has(units[ui]!.np!.head) || MADE_NOUNS.has(units[ui]!.np!.head) || k > ui ? undefined : cueOf(units, k, this.tokens);
    if (cue === 'request' || cue === 'hedge' || cue === 'wish') return null;
    // A definite or possessed event is given ("halt its offensive"); a bare one is told by its clause ("will travel for talks").
    const np = units[ui]!.np!;
    // (So is one dated before its head: "did not affect a 2019 border pact with X" names a pact that exists.)
    const t0 = units[ui]!.t0;
    const given = np.poss.length > 0 || /^(?:the|its|his|her|their|this|that|these|those)$/.test(this.tokens[t0]!.lower) || (/^an?$/.test(this.tokens[t0]!.lower) && /^(?:19|20)\d\d$/.test(this.tokens[t0 + 1]?.text ?? ''));
    let told = given || k > ui ? this.framed(ui) : this.verb(k, this.clauseOf(k));
    if (!told) return null;
    if (cue === 'refuse' || cue === 'deny') told = told.map(toNegated);
    if (cue === 'intend') told = told.map(toPlanned);
    return this.dated(told, k, new Set(), false);
  }

  sentence(): Telling[] {
    if (this.whole) return this.whole;
    const n = this.units.length;
    const firstVerb = this.units.findIndex((u) => u.kind === 'vg');
    // Over all of it: "according to X", a report opening the sentence ("X said (that) …") or closing it ("…, X said").
    let whole = framedBy(this.framesOf().filter((f) => ((f.from === 0 || f.own === firstVerb) && f.to >= n - 2) || (f.from === 0 && f.own > f.to && !f.only)));
    const first = this.datesFor(false)[0];
    if (first) whole = whole.map((t) => ({ ...t, date: first.date, dateText: first.text }));
    return (this.whole = whole);
  }

  atToken(t: number): Telling[] | null {
    const u = this.unitOfToken(t);
    if (u < 0) return null;
    if (this.units[u]!.kind === 'vg') return this.verb(u, this.clauseOf(u));
    const k = this.owner(u);
    return k === undefined ? null : this.verb(k, this.clauseOf(k));
  }
}

interface Claim {
  claimants: number[];
  /** Told by a neutral reporting verb ("said"). */
  neutral: boolean;
}

const toPlanned = (t: Telling): Telling => (t.status === 'asserted' || t.status === 'alleged' ? { ...t, status: 'planned' } : t);
const toNegated = (t: Telling): Telling => (t.status === 'asserted' || t.status === 'alleged' ? { ...t, status: 'negated' } : t);

/** An act told only through the frames over it. */
function framedBy(over: Frame[]): Telling[] {
  const claims = over.filter((f) => f.cue !== 'deny' && (f.claimants.length || f.cue === 'claim')).map((f) => ({ claimants: f.claimants, neutral: f.cue === 'report' }));
  return combine('asserted', claims, over.filter((f) => f.cue === 'deny').map((f) => f.claimants));
}

/** The last day written (every sentence of a document asks for its publication day; toISOString is slow). */
let lastDay: { time: number; iso: string } | undefined;
function isoDay(d: Date): string {
  const time = d.getTime();
  if (lastDay?.time !== time) lastDay = { time, iso: d.toISOString().slice(0, 10) };
  return lastDay.iso;
}

/** Entities of the lists, each once, in first-seen order. */
function union(xs: number[][]): number[] {
  const out: number[] = [];
  for (const x of xs) for (const e of x) if (!out.includes(e)) out.push(e);
  return out;
}

/** Statuses from the clause's own status, the claims over it and the denials of it. */
function combine(base: FactStatus, claims: Claim[], denials: number[][]): Telling[] {
  const out: Telling[] = [];
  if (denials.length) out.push({ status: 'denied', claimedBy: union(denials) });
  if (claims.length) {
    const claimedBy = union(claims.map((c) => c.claimants));
    out.push({ status: base === 'asserted' ? 'alleged' : base, claimedBy, ...(claims.every((c) => c.neutral) ? { selfAsserts: true } : {}) });
  }
  // Denied and not claimed by anyone: the sentence tells the act only to deny it.
  if (!out.length) out.push({ status: base, claimedBy: [] });
  return out;
}

/** "… only if X", "… unless Y", "… on condition that Z" later in the clause of unit `ui`. */
function conditionFollows(units: Unit[], ui: number, tokens: SentenceContext['s']['tokens']): boolean {
  for (let k = ui + 1; k < units.length && k < ui + 12; k++) {
    const x = units[k]!;
    // ("provided Bolivia agreed": the tagger may read "provided" as a verb.)
    if (/^(?:unless|provided|providing)$/.test(tokens[x.t0]?.lower ?? '')) return true;
    if (x.kind === 'stop' || x.kind === 'vg') break;
    if ((x.kind === 'sconj' || x.kind === 'p' || x.kind === 'other') && x.word === 'if' && tokens[x.t0 - 1]?.lower === 'only') return true;
    if (x.kind === 'p' && x.word === 'on' && units[k + 1]?.np?.head === 'condition') return true;
  }
  return false;
}

/** "if Japan signs", "unless X withdraws": a condition opens the clause. */
function underCondition(units: Unit[], ui: number, clause: Clause): boolean {
  const from = clause.subject.length ? Math.min(...clause.subject) - 1 : ui - 1;
  for (let k = from; k >= 0 && from - k <= 2; k--) {
    const x = units[k]!;
    if ((x.kind === 'sconj' || x.kind === 'p' || x.kind === 'other') && CONDITION_OPENERS.has(x.word ?? '')) return true;
    if (x.kind !== 'other') break;
  }
  return false;
}

/** "the treaty to be signed by X": a passive infinitive after a noun is an act still to be done. */
function toBeDone(units: Unit[], ui: number, tokens: SentenceContext['s']['tokens']): boolean {
  const vg = units[ui]!.vg!;
  return vg.passive && units[ui - 1]?.kind === 'inf' && units[ui - 2]?.kind === 'np' && tokens[units[ui]!.t0]!.lower === 'be';
}

/** "is due to sign", "is set to visit": the word before "to" puts the act to come. */
function futureBeforeTo(units: Unit[], ui: number, clause: Clause, tokens: SentenceContext['s']['tokens']): boolean {
  if (units[ui - 1]?.kind !== 'inf') return false;
  const before = tokens[units[ui - 1]!.t0 - 1];
  return !!before && FUTURE_BEFORE_TO.has(before.lower) && clause.governorUnit !== undefined;
}

/** Units of the clause of the verb at `ui`: back to its opener (over asides and the verbs governing it), on to the next clause. */
function clauseUnits(units: Unit[], ui: number, chain: Set<number>): Set<number> {
  const out = new Set<number>([ui]);
  for (let k = ui - 1; k >= 0; k--) {
    const x = units[k]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel') break;
    if (x.kind === 'vg' && !chain.has(k)) break;
    // "…, after Peru withdrew": a preposition opening a clause is its start.
    if (x.kind === 'p' && CLAUSE_PREPS.has(x.word ?? '') && units[k + 1]?.kind === 'np' && out.has(k + 1)) break;
    if (x.kind === 'comma') {
      const a = asideStart(units, k);
      if (a > 0 && a < k) {
        k = a;
        continue;
      }
    }
    out.add(k);
  }
  for (let k = ui + 1; k < units.length; k++) {
    const x = units[k]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel') break;
    if (x.kind === 'vg' && !x.vg!.participle) break;
    if (x.kind === 'cc' && units[k + 1]?.kind === 'vg') break;
    out.add(k);
  }
  return out;
}

/** Reporting, claim-noun and denial frames of the sentence. */
function findFrames(ctx: SentenceContext, units: Unit[], actorsOf: (g: Group) => number[]): Frame[] {
  const tokens = ctx.s.tokens;
  const frames: Frame[] = [];
  const n = units.length;
  for (let k = 0; k < n; k++) {
    const u = units[k]!;
    // "according to X": the rest of the sentence is X's word (a capitalised "According" may be chunked as a noun).
    if (tokens[u.t1 - 1]!.lower === 'according' && units[k + 1]?.word === 'to' && (units[k + 2]?.kind === 'np' || units[k + 2]?.kind === 'pron')) {
      const g = units[k + 2]!.kind === 'np' ? groupRight(units, k + 2) : [k + 2];
      frames.push({ cue: 'report', claimants: actorsOf(g), from: 0, to: n, own: k });
      continue;
    }
    // "…, accusations that X supplied …", "denied reports that …": the "that" clause of a claim noun.
    if (u.kind === 'np' && CLAIM_NOUNS.has(u.np!.head) && (units[k + 1]?.kind === 'rel' || units[k + 1]?.kind === 'sconj') && units[k + 1]!.word === 'that' && units[k + 2]?.kind !== 'vg') {
      let ownerVerb = -1;
      for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
        if (units[j]!.kind === 'vg') {
          ownerVerb = j;
          break;
        }
        if (units[j]!.kind === 'stop' || units[j]!.kind === 'sconj' || units[j]!.kind === 'rel') break;
      }
      const holders = [...u.np!.poss, ...u.np!.pre];
      const ownerCue = ownerVerb >= 0 ? MODALITY_VERBS.get(units[ownerVerb]!.vg!.lemma) : undefined;
      const ownerSubject = ownerVerb >= 0 && !units[ownerVerb]!.vg!.passive ? actorsOf(findSubject(units, ownerVerb).subject) : [];
      if (ownerCue === 'deny' && !units[ownerVerb]!.vg!.negated) {
        frames.push({ cue: 'deny', claimants: ownerSubject, from: k + 2, to: n, own: ownerVerb });
        if (holders.length) frames.push({ cue: 'claim', claimants: holders, from: k + 2, to: n, own: ownerVerb });
      } else frames.push({ cue: 'claim', claimants: holders.length ? holders : ownerSubject, from: k + 2, to: n, own: ownerVerb });
      continue;
    }
    if (u.kind !== 'vg') continue;
    const vg = u.vg!;
    const cue = MODALITY_VERBS.get(vg.lemma);
    if (cue !== 'report' && cue !== 'claim' && cue !== 'deny') continue;
    if (vg.negated || vg.hedged || vg.gerund) continue;
    const subject = findSubject(units, k).subject;
    const claimants = (g: Group): number[] => (vg.passive ? [] : actorsOf(g));
    // Before its complement: "X said (that) …", "X told reporters that …", "X denied that …".
    let c = k + 1;
    // Over the addressee and where it was said: "told reporters in Lima that …".
    let that = c;
    while (that < n && that - c < 4 && (units[that]!.kind === 'np' || units[that]!.kind === 'pron' || units[that]!.kind === 'p')) that++;
    if (that > c && units[that]?.kind === 'sconj' && units[that]!.word === 'that') c = that;
    if (units[c]?.kind === 'sconj' && units[c]!.word === 'that') {
      if (cue !== 'deny' || !vg.passive) frames.push({ cue, claimants: claimants(subject), from: c + 1, to: n, own: k });
      continue;
    }
    if (cue !== 'deny' && (units[c]?.kind === 'np' || units[c]?.kind === 'pron')) {
      // "X said Y signed …": a clause whose subject opens right after the verb.
      let v = c + 1;
      while (v < n && units[v]!.kind !== 'vg' && units[v]!.kind !== 'stop' && v - c < 12) v++;
      const inner = units[v]?.kind === 'vg' ? findSubject(units, v) : undefined;
      if (inner && inner.governorUnit === undefined && inner.subject.includes(c)) {
        frames.push({ cue, claimants: claimants(subject), from: c, to: n, own: k });
        continue;
      }
    }
    // After what it reports: "…, X said.", "…, said X.", "…, X told reporters on Monday."
    let end = k + 1;
    while (end < n && units[end]!.kind !== 'stop' && units[end]!.kind !== 'comma' && units[end]!.kind !== 'vg' && units[end]!.kind !== 'sconj' && units[end]!.kind !== 'rel' && units[end]!.kind !== 'inf') end++;
    const tail = end >= n || units[end]!.kind === 'stop' || units[end]!.kind === 'comma';
    if (!tail) continue;
    // "dismissed … as false": a denial by its complement.
    let speaker = subject;
    if (!speaker.length && units[k + 1]?.kind === 'np') speaker = [k + 1];
    const s0 = speaker.length ? Math.min(...speaker, k) : k;
    let b = s0 - 1;
    if (cue === 'deny') {
      // "…, which X denied", "…, a charge (that) X rejects", "…, which X dismissed as false".
      if (units[b]?.kind === 'rel') b--;
      if (units[b]?.kind === 'np' && CLAIM_NOUNS.has(units[b]!.np!.head)) b--;
      const asFalse = units[k + 1]?.word === 'as' && tokens.slice(units[k + 1]!.t1, units[k + 1]!.t1 + 3).some((t) => DENIAL_ADJECTIVES.has(t.lower));
      if (units[b]?.kind === 'comma' && (units[k + 1] === undefined || units[k + 1]!.kind === 'stop' || units[k + 1]!.kind === 'comma' || asFalse || units[k + 1]!.kind === 'p')) {
        // It denies what the clause just before it tells: back over gerunds ("of providing … exploding
        // drones") to the nearest inflected verb, with that verb's clause.
        const only = new Set<number>();
        for (let x = b - 1; x >= 0; x--) {
          const y = units[x]!;
          if (y.kind === 'stop' || y.kind === 'sconj' || y.kind === 'rel') break;
          if (y.kind === 'vg' && !y.vg!.gerund && !y.vg!.perfectGerund && !y.vg!.participle) {
            for (const z of clauseUnits(units, x, new Set())) only.add(z);
            break;
          }
          only.add(x);
        }
        if (!only.size) continue;
        frames.push({ cue, claimants: claimants(subject), from: Math.min(...only), to: b, own: k, actsOnly: true, only });
      }
      continue;
    }
    if (units[b]?.kind === 'stop' && /^["“”']$/.test(units[b]!.word ?? '')) b--;
    if (units[b]?.kind === 'comma' && b > 0) frames.push({ cue, claimants: claimants(speaker), from: 0, to: b, own: k });
  }
  // A trailing denial ("…, which X denied") is no part of the report before it.
  for (const d of frames) {
    if (!d.actsOnly) continue;
    for (const f of frames) if (f !== d && f.from < d.to && d.to < f.to) f.to = d.to;
  }
  return frames;
}
