/**
 * Offices a clause gives its subject: "Mugabe became the first prime minister of Zimbabwe",
 * "she served as finance minister", "he was elected president of Liberia in 2005". The office is a
 * title inside the noun phrase after a verb of becoming or holding office (or after "as"); its body
 * is the "of" complement, a country modifying the title, or the title's own body. Being elected
 * also gives the electing country (`Y ELECTED X`).
 */
import type { EntityType, RelationType } from '../../../core/index.ts';
import type { SentenceContext } from '../types.ts';
import type { NounPhrase, Unit } from './chunks.ts';
import { GOVERNMENT_BODY, bodyQualifier } from '../resolve/bodies.ts';
import { PARTY_HEADS, isPartyName, isPartyOrBloc } from './phrase-facts.ts';
import { countryPossessor } from './descriptions.ts';
import { TIME_HEADS } from './arguments.ts';

/** Office nouns read as titles in an apposition ("X, the leader of Y"). */
const HEAD_ROLES: Readonly<Record<string, RelationType>> = {
  leader: 'LEADER_OF', head: 'HEAD_OF', chief: 'HEAD_OF', director: 'HEAD_OF', chairman: 'HEAD_OF', chairwoman: 'HEAD_OF', chair: 'HEAD_OF',
  president: 'PRESIDENT_OF', founder: 'MEMBER_OF', member: 'MEMBER_OF', spokesman: 'SPOKESPERSON_OF', spokeswoman: 'SPOKESPERSON_OF',
  spokesperson: 'SPOKESPERSON_OF', justice: 'OFFICIAL_OF', judge: 'OFFICIAL_OF', ambassador: 'OFFICIAL_OF', envoy: 'OFFICIAL_OF',
  commander: 'HEAD_OF', governor: 'HEAD_OF', mayor: 'HEAD_OF', minister: 'MINISTER_OF', secretary: 'MINISTER_OF', executive: 'OFFICIAL_OF',
  speaker: 'HEAD_OF', chairperson: 'HEAD_OF',
};

/** The relation of the last singular title inside a unit ("the first Prime Minister" → PRIME_MINISTER_OF). */
function titleIn(ctx: SentenceContext, u: Unit): RelationType | undefined {
  let rel: RelationType | undefined;
  for (const m of ctx.s.mentions) if (m.kind === 'role' && m.role && !m.role.plural && m.t0 >= u.t0 && m.t1 <= u.t1) rel = m.role.rel;
  return rel;
}

/** Bodies an office can be of: states, organisations and places. */
function isOfficeBody(ctx: SentenceContext, e: number): boolean {
  const type = ctx.ents.list[e]!.type;
  return type === 'Country' || type === 'Organization' || type === 'Place';
}

/** Words that may stand between "the country's" and a national title ("first woman", "new interim"). */
const NATIONAL_TITLE_QUALIFIERS = /^(?:first|second|third|new|next|former|interim|acting|youngest|oldest|only|woman|female|black|civilian|elected|democratically|sole|current)$/;

/**
 * The state "the country's" stands for before a national title at tokens t0…t1 ("the nation's new
 * interim leader"): the one state the sentence names before it; none when it names another anywhere, or
 * a word other than a qualifier comes before the title ("the nation's central bank governor").
 */
function theCountry(ctx: SentenceContext, t0: number, t1: number): number[] {
  const t = ctx.s.tokens;
  for (let k = t0 + 3; k < t1 - 1; k++) if (!NATIONAL_TITLE_QUALIFIERS.test(t[k]!.lower)) return [];
  // (Not inside a relative clause, "Peru hailed X, who then took office as the nation's leader"; nor from
  // one closed before, "X, who once lived in Chile, became …".)
  const relative = (from: number, to: number): boolean => {
    for (let k = to - 1; k >= from; k--) {
      if (/^(?:who|which|whom|whose)$/.test(t[k]!.lower)) return true;
      if (t[k]!.text === ',' && k < to - 1) return false;
    }
    return false;
  };
  if (relative(0, t0)) return [];
  const closedRelative = (m: { t0: number; t1: number }): boolean => t.slice(m.t1, t0).some((x) => x.text === ',') && relative(0, m.t0);
  const isState = (m: { gaz?: { type?: string }; refs: readonly number[] }): boolean => m.gaz?.type === 'Country' && m.refs.length === 1 && ctx.ents.list[m.refs[0]!]!.type === 'Country';
  const states = ctx.s.mentions.filter((m) => isState(m) && !closedRelative(m));
  // ("Peru's Congress ousted X. Y took the oath, becoming the country's youngest president": with no state in its
  // own sentence, the one state the sentence before names.)
  if (!states.length && !ctx.s.mentions.some((m) => m.gaz?.type === 'Country' || m.gaz?.kind === 'demonym')) {
    const before = ctx.sentences?.[ctx.index - 1];
    const named = new Set(before ? before.mentions.filter((m) => isState(m) || m.gaz?.kind === 'demonym').flatMap((m) => m.refs) : []);
    if (before && named.size === 1) {
      ctx.s.evidenceStart = Math.min(ctx.s.evidenceStart ?? ctx.s.start, before.start);
      return [...named];
    }
    return [];
  }
  if (new Set(states.map((m) => m.refs[0]!)).size !== 1 || states.some((m) => m.t0 > t0)) return [];
  return [states[0]!.refs[0]!];
}

/** Heads of those who sit in a legislature. */
const LEGISLATORS = new Set(['senator', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'deputy', 'mp']);

function officeRelation(title: RelationType, bodyType: EntityType): RelationType {
  return bodyType === 'Place' ? 'HEAD_OF' : title;
}

/**
 * The bodies an "of" complement gives an office: the entities it acts for, except that a head of a
 * place heads the place itself ("the mayor of Bucharest" is not an office of Romania).
 */
function ofBodies(np: NounPhrase, title: RelationType, ctx: SentenceContext): number[] {
  if (title === 'HEAD_OF' && np.places.some((e) => ctx.ents.list[e]!.type === 'Place')) return np.places;
  return np.actors;
}

/** Verbs of becoming, holding or being given an office. */
const OFFICE_VERBS = new Set('become be serve remain elect re-elect appoint name nominate swear install choose reelect return declare proclaim make'.split(' '));

/**
 * "she returned to the senate in 2019 as a member of Y", "he sat on the board as chairman of Z": an
 * "as" phrase with an office closing the clause of any other verb gives its subject that office.
 */
function asOffices(ctx: SentenceContext, units: Unit[], u: number, subjects: number[]): void {
  const people = subjects.filter((e) => ctx.ents.list[e]!.type === 'Person');
  if (!people.length) return;
  for (let j = u + 1; j < units.length && j < u + 10; j++) {
    const x = units[j]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel' || x.kind === 'comma' || x.kind === 'vg' || x.kind === 'cc') return;
    if ((x.kind !== 'p' && x.kind !== 'other') || x.word !== 'as' || !units[j + 1]?.np) continue;
    const np = units[j + 1]!;
    const of = units[j + 2]?.kind === 'p' && units[j + 2]!.word === 'of' && units[j + 3]?.np ? units[j + 3]!.np! : undefined;
    const found = titleIn(ctx, np) ?? (of ? HEAD_ROLES[np.np!.head] : undefined);
    if (!found) return;
    // ("as a commander of Y": a body has many, so one of its officials.)
    const title = np.np!.indefinite && /^(?:commander|leader|chief)$/.test(np.np!.head) && (found === 'HEAD_OF' || found === 'LEADER_OF') ? 'OFFICIAL_OF' : found;
    const bodies = (of ? ofBodies(of, title, ctx) : [...np.np!.pre, ...np.np!.poss]).filter((e) => isOfficeBody(ctx, e));
    for (const p of people) for (const b of bodies) ctx.emit(p, officeRelation(title, ctx.ents.list[b]!.type), b, 0.65, {});
    return;
  }
}

/** Offices a successor takes over from the one succeeded. */
const SUCCESSION_OFFICES: ReadonlySet<RelationType> = new Set<RelationType>(['PRESIDENT_OF', 'PRIME_MINISTER_OF', 'MINISTER_OF', 'HEAD_OF', 'LEADER_OF', 'SPOKESPERSON_OF']);
const SUCCEEDING = new Set(['succeed', 'replace']);

/** Emits office facts for the verb group at unit `u` whose subject entities are `subjects`. */
export function officeFacts(ctx: SentenceContext, units: Unit[], u: number, subjects: number[], pronoun: (unit: Unit) => number[] = () => []): void {
  const succeeded = succeededIn(units, u);
  // (Only a clause that succeeds someone records the offices it gives, to hand them back.)
  if (!succeeded.length) return clauseOffices(ctx, units, u, subjects, pronoun, succeeded);
  const given: [number, RelationType, number][] = [];
  const recording: SentenceContext = { ...ctx, emit: (a, type, b, c, props, how) => (given.push([a, type, b]), ctx.emit(a, type, b, c, props, how)) };
  clauseOffices(recording, units, u, subjects, pronoun, succeeded);
  predecessorOffices(ctx, succeeded, given);
}

/**
 * "took over as head of X, succeeding Y", "named A defence minister, replacing B", "succeeded B as
 * leader": the one succeeded held the office the clause gives.
 */
function predecessorOffices(ctx: SentenceContext, succeeded: readonly number[], given: readonly [number, RelationType, number][]): void {
  for (const p of succeeded) {
    if (ctx.ents.list[p]!.type !== 'Person') continue;
    for (const [holder, type, body] of given) if (holder !== p && body !== p && SUCCESSION_OFFICES.has(type) && ctx.ents.list[holder]!.type === 'Person') ctx.emit(p, type, body, 0.55, {});
  }
}

/** Whom the clause at `u` succeeds: its object ("succeeded Y as leader") or a gerund's (", replacing Y"). */
function succeededIn(units: Unit[], u: number): number[] {
  const vg = units[u]!.vg!;
  if (SUCCEEDING.has(vg.lemma) && !vg.passive && units[u + 1]?.np) return units[u + 1]!.np!.actors;
  for (let j = u + 1; j < units.length - 2; j++) {
    const x = units[j]!;
    if (x.kind === 'stop' || x.kind === 'sconj' || x.kind === 'rel') break;
    const v = units[j + 1]!;
    if (x.kind === 'comma' && v.kind === 'vg' && v.vg!.gerund && SUCCEEDING.has(v.vg!.lemma) && units[j + 2]?.np) return units[j + 2]!.np!.actors;
  }
  return [];
}

/**
 * The one body the text already makes the people succeeded hold this office of; none when it gives them
 * other offices too ("served as president of Peru and then ran the bank": which one was handed on?).
 */
function heldBy(ctx: SentenceContext, people: readonly number[], title: RelationType): number[] {
  if (!SUCCESSION_OFFICES.has(title)) return [];
  const held = (ctx.facts ?? []).filter((f) => people.includes(f.source) && SUCCESSION_OFFICES.has(f.type) && (!f.status || f.status === 'asserted'));
  const bodies = new Set(held.filter((f) => f.type === title).map((f) => f.target));
  return bodies.size === 1 && held.every((f) => f.type === title || f.target === [...bodies][0]) ? [...bodies] : [];
}

/** Words of a title (the last word of any office name: "president", "minister", "chairman"). */
function titleWord(w: string): boolean {
  return /^(?:president|prime|minister|premier|chairman|chairwoman|chairperson|chair|head|leader|governor|mayor|chancellor|secretary|director|spokesman|spokeswoman|spokesperson|general|chief|executive|commander|speaker)$/.test(w);
}

function clauseOffices(ctx: SentenceContext, units: Unit[], u: number, subjects: number[], pronoun: (unit: Unit) => number[], succeeded: readonly number[]): void {
  const vg = units[u]!.vg!;
  if (vg.negated || vg.hedged) return;
  // (An office verb whose office is not right after it, "returned to politics in 2019 as …", too.)
  const next = units[u + 1];
  if (!OFFICE_VERBS.has(vg.lemma) || (next?.kind === 'p' && next.word !== 'as' && next.word !== 'in')) return asOffices(ctx, units, u, subjects);
  let people = subjects.filter((e) => ctx.ents.list[e]!.type === 'Person');
  // The office phrase: right after the verb, or after "as"; "declared himself Niger's leader".
  let i = u + 1;
  if (vg.lemma === 'swear' && !vg.passive && units[i]?.kind === 'p' && units[i]!.word === 'in' && units[i + 1]?.np) i++;
  // "Ruiz appointed Diaz (as) trade minister": the one appointed takes the office; with no body
  // written, a national office is of the appointer's state.
  let appointers: number[] = [];
  // ("Parliament elected X prime minister": electing is appointing too.)
  // ("The legislature swore in X as president": swearing someone in is installing them.)
  // ("The vote made X the first woman president", "won, making her president": what makes one an office-holder.)
  const naming = !vg.passive && (APPOINTING.has(vg.lemma) || vg.lemma === 'elect' || vg.lemma === 'swear' || vg.lemma === 'make');
  const appointed = naming ? units[i]?.np : undefined;
  // "named him ambassador": an object pronoun stands for the one appointed.
  // (Also the subject itself after a result: "won the vote, making her president".)
  const appointedPron = naming && units[i]?.kind === 'pron' && /^(?:him|her)$/.test(units[i]!.word ?? '') ? pronoun(units[i]!).filter((e) => ctx.ents.list[e]!.type === 'Person' && (!subjects.includes(e) || (vg.lemma === 'make' && vg.gerund))) : [];
  if (appointedPron.length) {
    appointers = subjects;
    people = appointedPron;
    i++;
  } else if (appointed?.actors.length && appointed.actors.every((e) => ctx.ents.list[e]!.type === 'Person')) {
    appointers = subjects;
    people = appointed.actors;
    i++;
  } else if (appointed?.titled && !appointed.headIsEntity) {
    // "named Jose Luna ambassador": the name and the office read as one phrase.
    const named = appointed.pre.filter((e) => ctx.ents.list[e]!.type === 'Person');
    if (named.length) appointers = subjects, people = named;
  }
  if (!people.length) return;
  // "elected X of the Unity Party as prime minister": over the body the one appointed belongs to.
  if (appointers.length && units[i]?.kind === 'p' && units[i]!.word === 'of' && units[i + 1]?.np?.actors.length && units[i + 1]!.np!.actors.every((e) => ctx.ents.list[e]!.type === 'Organization') && units[i + 2]?.word === 'as') i += 2;
  // "named X, a judge from Y, as its chair": over an apposition to its "as".
  if (appointers.length && units[i]?.kind === 'comma') {
    let k = i + 1;
    while (k < units.length && k < i + 8 && units[k]!.kind !== 'comma' && units[k]!.kind !== 'vg') k++;
    if (units[k]?.kind === 'comma' && units[k + 1]?.word === 'as') i = k + 1;
  }
  if (units[i]?.kind === 'other' && /^(?:himself|herself)$/.test(units[i]!.word ?? '')) i++;
  // "was sworn in as", "took office as".
  if (units[i]?.kind === 'p' && units[i]!.word === 'in' && units[i + 1]?.word === 'as') i++;
  // ("took the oath for a new term as", "took office on Monday as": over a phrase of term or time before "as".)
  else if (units[i]?.kind === 'p' && units[i]!.word === 'in' && units[i + 1]?.kind === 'p' && /^(?:for|on)$/.test(units[i + 1]!.word ?? '') && units[i + 2]?.np && !units[i + 2]!.np!.actors.length && (units[i + 2]!.np!.head === 'term' || TIME_HEADS.has(units[i + 2]!.np!.head)) && units[i + 3]?.word === 'as') i += 3;
  // "as" is tagged a preposition or, before a title, an adverb ("served as prime minister").
  if ((units[i]?.kind === 'p' || units[i]?.kind === 'other') && units[i]!.word === 'as') i++;
  // "was declared the winner of Senegal's presidential election": the state whose election it was elected them.
  if (units[i]?.np?.head === 'winner' && units[i + 1]?.word === 'of' && ELECTION_HEADS.has(units[i + 2]?.np?.head ?? '')) {
    const election = units[i + 2]!.np!;
    const states = [...election.poss, ...election.pre].filter((e) => ctx.ents.list[e]!.type === 'Country' || ctx.ents.list[e]!.type === 'Place');
    for (const p of people) for (const st of new Set(states)) ctx.emit(st, 'ELECTED', p, 0.6);
    return;
  }
  // "was elected mayor of Seongnam in 2010 and governor of Gyeonggi Province in 2018": each office.
  while (units[i]?.kind === 'np') {
    const np = units[i]!;
    // A lower-case office the title list leaves out alone, after a possessor or before "of"
    // ("Niger's leader", "was elected mayor of Lima").
    const title = titleIn(ctx, np) ?? (np.np!.poss.length || (units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of') ? HEAD_ROLES[np.np!.head] : undefined);
    if (!title) return;
    const targets: number[] = [];
    let next = i + 1;
    // "… of Zimbabwe", "… of the World Trade Organization".
    if (units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of' && units[i + 2]?.np) {
      targets.push(...ofBodies(units[i + 2]!.np!, title, ctx));
      next = i + 3;
    }
    if (!targets.length) targets.push(...np.np!.pre, ...np.np!.poss);
    // ("sworn in as the nation's new interim president": the one state the sentence names before it.)
    if (!targets.length && countryPossessor(ctx.s.tokens, np.t0)) targets.push(...theCountry(ctx, np.t0, np.t1));
    let bodies = targets.filter((e) => isOfficeBody(ctx, e));
    // "The Senate elected X as its president": the office of the body itself, not of its state.
    const own = /^(?:its|their)$/.test(ctx.s.tokens[np.t0]?.lower ?? '');
    if (!bodies.length && own) bodies = appointers.filter((e) => ctx.ents.list[e]!.type === 'Organization');
    // (A president only when a legislature swears one in: a chamber or court "elected X as president" chose its own.)
    // (Or an interim one a state or its ruling council names: "the ruling council named X as interim president".)
    const interim = ctx.s.tokens.slice(Math.max(0, np.t0 - 1), np.t1).some((t) => /^(?:interim|transitional|acting)$/.test(t.lower)) && appointers.every((a) => ctx.ents.list[a]!.type === 'Country' || /\b(?:Junta|Military|Council)\b/.test(ctx.ents.list[a]!.name));
    const swornPresident = title === 'PRESIDENT_OF' && (vg.lemma === 'swear' || interim) && !(units[i + 1]?.kind === 'p' && units[i + 1]!.word === 'of') && appointers.every((a) => !/\b(?:Court|Tribunal)\b/.test(ctx.ents.list[a]!.name));
    if (!bodies.length && !own && appointers.length && (APPOINTED_NATIONAL.has(title) || swornPresident)) bodies = appointerStates(ctx, appointers);
    // "was sworn in as prime minister, succeeding Y": the office Y is told to hold (the title bare, not
    // "party president" or "the bank's president").
    const bareTitle = np.np!.poss.length === 0 && np.np!.pre.length === 0 && np.t1 - np.t0 <= 3 && ctx.s.tokens.slice(np.t0, np.t1).every((t) => /^(?:the|a|an|interim|acting|new)$/.test(t.lower) || titleWord(t.lower));
    // (Not when a body names its own head: "the federation elected X as president, replacing Y".)
    const bodyAppoints = (naming && !appointers.length && !subjects.some((e) => ctx.ents.list[e]!.type === 'Person')) || appointers.some((a) => ctx.ents.list[a]!.type === 'Organization' && !GOVERNMENT_BODY.test(ctx.ents.list[a]!.name));
    if (!bodies.length && !own && bareTitle && !bodyAppoints) bodies = heldBy(ctx, succeeded, title);
    for (const p of people) {
      for (const b of bodies) {
        const type = ctx.ents.list[b]!.type;
        ctx.emit(p, officeRelation(title, type), b, 0.7, {});
        // "was elected president of Peru", "was elected mayor of Lima": the state or place elected them.
        // ("was elected leader of the Vega Party": a party or body elects its own head too.)
        // (Only an election told as done, not "will be elected" or "if she is elected"; a body elects its head, not
        // "a lawmaker of the party".)
        const told = !vg.future && !vg.hedged && !vg.negated && !ctx.s.tokens.slice(0, units[u]!.t0).some((t) => t.lower === 'if' || t.lower === 'unless');
        if ((vg.lemma === 'elect' || vg.lemma === 're-elect' || vg.lemma === 'reelect') && vg.passive && told && (type === 'Country' || type === 'Place' || (type === 'Organization' && BODY_HEAD_OFFICES.has(title)))) ctx.emit(b, 'ELECTED', p, 0.65);
      }
    }
    // Past a time phrase ("in 2010"), "and" with another office.
    if (units[next]?.kind === 'p' && units[next]!.word === 'in' && /^\d{4}$/.test(ctx.s.tokens[units[next + 1]?.t0 ?? 0]?.text ?? '')) next += 2;
    if (units[next]?.kind !== 'cc' || units[next]!.word !== 'and' || units[next + 1]?.kind !== 'np' || !units[next + 2] || units[next + 2]!.word !== 'of') return;
    i = next + 1;
  }
}

/** Offices a body elects its own holder to. */
const BODY_HEAD_OFFICES: ReadonlySet<RelationType> = new Set<RelationType>(['HEAD_OF', 'LEADER_OF', 'PRESIDENT_OF']);

/** Verbs by which someone gives another an office ("appointed X foreign minister"). */
export const APPOINTING: ReadonlySet<string> = new Set(['appoint', 'name', 'nominate', 'choose', 'install', 'select', 'pick', 'tap']);
/** Offices an appointer gives in its own state when the text names no body ("made X envoy to Peru"). */
const APPOINTED_NATIONAL: ReadonlySet<RelationType> = new Set<RelationType>(['MINISTER_OF', 'PRIME_MINISTER_OF', 'OFFICIAL_OF', 'SPOKESPERSON_OF']);
/** Heads of state and government, whose state is the one they appoint for. */
const HEADS_OF_STATE: ReadonlySet<string> = new Set(['PRESIDENT_OF', 'PRIME_MINISTER_OF', 'LEADER_OF']);

/** The states appointers act for: a state itself, or the state a head of state or government leads, as told in this sentence. */
function appointerStates(ctx: SentenceContext, appointers: number[]): number[] {
  const out = new Set<number>();
  for (const a of appointers) {
    if (ctx.ents.list[a]!.type === 'Country') out.add(a);
    // (Told in this sentence, or just before by a title: "President X … On Tuesday X appointed Y as prime minister".)
    // (Before, only in the two sentences just before, by a title, "President X", not "was Peru's president until 2016".)
    for (const f of ctx.facts ?? []) if (f.source === a && (f.sentence === ctx.index || (f.sentence < ctx.index && f.sentence >= ctx.index - 2 && f.properties?.role && !f.properties.standing && (!f.status || f.status === 'asserted'))) && HEADS_OF_STATE.has(f.type) && ctx.ents.list[f.target]!.type === 'Country') out.add(f.target);
    // "Chile's Senate chose X as its president": a state's own body gives that state's office.
    if (ctx.ents.list[a]!.type === 'Organization' && GOVERNMENT_BODY.test(ctx.ents.list[a]!.name)) {
      const qualifier = bodyQualifier(ctx.ents.list[a]!.name);
      const q = qualifier ? ctx.ents.find('Country', qualifier) : undefined;
      if (q !== undefined) out.add(q);
      for (const m of ctx.s.mentions) {
        if (m.refs[0] !== a || !/^['’]s$/.test(ctx.s.tokens[m.t0 - 1]?.text ?? '')) continue;
        const owner = ctx.s.mentions.find((x) => x.t1 === m.t0 - 1 && x.refs.length === 1);
        if (owner && ctx.ents.list[owner.refs[0]!]!.type === 'Country') out.add(owner.refs[0]!);
      }
      // ("the chamber swore in X": a body the text has already made part of one state.)
      if (!out.size) for (const f of ctx.facts ?? []) if (f.source === a && f.type === 'PART_OF' && ctx.ents.list[f.target]!.type === 'Country' && (!f.status || f.status === 'asserted')) out.add(f.target);
    }
  }
  return out.size === 1 ? [...out] : [];
}

/** Heads of election phrases ("the presidential election", "Senegal's run-off"). */
const ELECTION_HEADS = new Set(['election', 'vote', 'poll', 'run-off', 'runoff', 'race', 'ballot', 'primary', 'contest']);

/** Nouns of office that make a person one of a body's officials, read in an apposition ("X, a veteran Taiwanese diplomat"). */
const OFFICIAL_NOUNS: ReadonlySet<string> = new Set('official diplomat adviser advisor aide coordinator rapporteur negotiator lawmaker legislator senator general officer representative envoy ambassador'.split(' '));

/** Words before a title that make its holder an official under the head ("the deputy leader", "a vice-chair"). */
const SUBORDINATE = /^(?:deputy|vice|assistant|associate)(?:-|$)/;

/** The office an apposition's description gives, or undefined: its title, made OFFICIAL_OF by "deputy", "vice"… */
function descriptionTitle(ctx: SentenceContext, desc: Unit): RelationType | undefined {
  // (A speaker described by a language names no office: "a native Russian speaker".)
  const language = desc.np!.head === 'speaker' && !desc.np!.poss.length && ctx.s.tokens[desc.t1]?.lower !== 'of';
  const title = titleIn(ctx, desc) ?? (language ? undefined : HEAD_ROLES[desc.np!.head]) ?? (OFFICIAL_NOUNS.has(desc.np!.head) ? 'OFFICIAL_OF' : undefined);
  if (!title) return undefined;
  for (let t = desc.t0; t < desc.t1; t++) if (SUBORDINATE.test(ctx.s.tokens[t]!.lower)) return 'OFFICIAL_OF';
  return title;
}

/** Heads of a region or territory named by its "of" phrase ("the separatist region of Y"). */
const REGION_HEADS = new Set(['region', 'province', 'territory', 'enclave', 'exclave', 'republic', 'state', 'entity', 'island', 'islands']);
/** Titles of one who heads a region ("president", "leader", "governor" of the region of Y). */
const LEADING_TITLES = new Set(['president', 'leader', 'head', 'governor', 'chief', 'premier']);

/** Nouns for someone who belongs to the party or body named before them ("a senior League figure"). */
const MEMBER_NOUNS = new Set(['figure', 'member', 'stalwart', 'loyalist', 'lawmaker', 'legislator', 'politician', 'activist', 'militant', 'fighter', 'candidate', 'heavyweight', 'veteran']);

/**
 * Offices given by an apposition: "Joshua Nkomo, the leader of ZAPU", "de Moraes, a justice of
 * Brazil's Supreme Federal Court", "Khoroshev, the alleged leader of the LockBit group"; several
 * joined by "and" ("X, the deputy leader of Y and a former president of Z"); the body a modifier
 * names when no "of" or possessor does ("X, a veteran Taiwanese diplomat", "X, the UN envoy").
 */
export function appositionOffices(ctx: SentenceContext, units: Unit[]): void {
  for (let i = 0; i + 2 < units.length; i++) {
    const person = units[i]!.np;
    if (!person || units[i + 1]!.kind !== 'comma') continue;
    // "X, by then leader of Y", "X, now the head of Y": a time word before the description.
    let at = units[i + 2]!.word === 'by' && units[i + 3]?.word === 'then' ? i + 4 : units[i + 2]!.kind === 'other' && /^(?:now|then|still|later|once)$/.test(units[i + 2]!.word ?? '') ? i + 3 : i + 2;
    const people = person.actors.filter((e) => ctx.ents.list[e]!.type === 'Person');
    if (!people.length) continue;
    while (units[at]?.kind === 'np') {
      const desc = units[at]!;
      if (desc.np!.actors.length && desc.np!.headIsEntity) break;
      // "X, a senior League figure", "X, a Labour lawmaker": a member of the party or body modifying the noun.
      if (MEMBER_NOUNS.has(desc.np!.head) && !desc.np!.poss.length) {
        const parties = desc.np!.pre.filter((e) => ctx.ents.list[e]!.type === 'Organization');
        for (const p of people) for (const o of parties) ctx.emit(p, 'MEMBER_OF', o, 0.6, {});
      }
      // A lower-case head the title list leaves out alone ("the leader of", "a justice of").
      let title = descriptionTitle(ctx, desc);
      if (!title) break;
      const bodies: number[] = [];
      let next = at + 1;
      // "X, Peru's head of state": its leader, of the state that owns the title.
      const headOfState = desc.np!.head === 'head' && units[at + 1]?.word === 'of' && /^(?:state|government)$/.test(units[at + 2]?.np?.head ?? '') && !units[at + 2]!.np!.actors.length;
      if (headOfState) {
        title = 'LEADER_OF';
        next = at + 3;
      }
      if (!headOfState && units[at + 1]?.kind === 'p' && units[at + 1]!.word === 'of' && units[at + 2]?.np) {
        const of = units[at + 2]!.np!;
        bodies.push(...(of.actors.length ? ofBodies(of, title, ctx) : of.poss));
        next = at + 3;
        // "X, president of the separatist region of Y": the head of a region or territory leads it.
        const region = units[at + 4]?.np;
        if (!of.actors.length && !of.poss.length && REGION_HEADS.has(of.head) && units[at + 3]?.word === 'of' && region && LEADING_TITLES.has(desc.np!.head)) {
          for (const p of people) for (const r of [...region.places, ...region.actors]) if (ctx.ents.list[r]!.type === 'Place') ctx.emit(p, 'LEADER_OF', r, 0.65, {});
          break;
        }
      }
      // "Anwar Gargash, the UAE's minister of state", "X, Nigeria's president": the possessor is the body.
      if (!bodies.length) bodies.push(...desc.np!.poss);
      // A state or body modifying a singular title ("the UN envoy"); not "X, Pakistani officials said".
      const singular = ctx.s.tokens[desc.t1 - 1]?.lower === desc.np!.head;
      if (!bodies.length && singular) bodies.push(...desc.np!.pre.filter((e) => ctx.ents.list[e]!.type !== 'Place'));
      for (const p of people) {
        for (const b of bodies) {
          if (!isOfficeBody(ctx, b)) continue;
          const type = ctx.ents.list[b]!.type;
          // A minister or secretary of a body that is not a state is one of its officials.
          // ("X, a senator of the Vega Party": a legislator sits for a party, a member of it.)
          const rel = type === 'Organization' && LEGISLATORS.has(desc.np!.head) && isPartyName(ctx.ents.list[b]!.name) ? 'MEMBER_OF'
            : type === 'Organization' && title === 'MINISTER_OF' && !/Ministry|Department/.test(ctx.ents.list[b]!.name) ? 'OFFICIAL_OF' : officeRelation(title, type);
          ctx.emit(p, rel, b, 0.7, {});
        }
      }
      // "… and a former president of Z": another description of the same person.
      if (units[next]?.kind !== 'cc' || units[next]!.word !== 'and' || !units[next + 1]?.np?.indefinite && !/^(?:the|a|an)$/.test(ctx.s.tokens[units[next + 1]?.t0 ?? 0]?.lower ?? '')) break;
      at = next + 1;
    }
  }
}

/** Heads of an apposition that describe a body by its trade ("X, a mid-sized producer in Y"). */
const TRADE_HEADS = new Set('union federation association producer company firm maker manufacturer bank group startup miner operator lender insurer carrier body organisation organization agency exporter importer supplier developer conglomerate retailer trader refiner airline shipper'.split(' '));

/** Participles that place a body ("based in", "registered in", "headquartered in"). */
const LOCATING_PARTICIPLES = new Set(['base', 'headquarter', 'register', 'incorporate', 'locate']);

/**
 * "Aceros del Bajio, a mid-sized producer in Guanajuato", "the commission, a regional body based in
 * Libreville": a body an apposition places is located there.
 */
export function appositionPlaces(ctx: SentenceContext, units: Unit[]): void {
  for (let i = 0; i + 4 < units.length; i++) {
    const body = units[i]!.np;
    if (!body || units[i + 1]!.kind !== 'comma' || !units[i + 2]!.np) continue;
    const orgs = body.actors.filter((e) => ctx.ents.list[e]!.type === 'Organization');
    const desc = units[i + 2]!.np!;
    if (!orgs.length || !TRADE_HEADS.has(desc.head)) continue;
    // "FNSEA, France's largest farm union", "Aalto Group, a German pump maker": the country that
    // owns or qualifies the description (a common noun last, not a name).
    const u = units[i + 2]!;
    const inside = ctx.s.mentions.filter((m) => m.t0 >= u.t0 && m.t1 <= u.t1 && m.refs.length === 1);
    const home = [...new Set(inside.map((m) => m.refs[0]!).filter((e) => ctx.ents.list[e]!.type === 'Country'))];
    const commonHead = ctx.s.tokens[u.t1 - 1]?.lower === desc.head && !inside.some((m) => m.t1 === u.t1);
    if (commonHead && home.length === 1 && inside.length === 1 && units[i + 3]?.kind !== 'p' && units[i + 3]?.kind !== 'vg') {
      for (const o of orgs) ctx.emit(o, 'LOCATED_IN', home[0]!, 0.6);
      continue;
    }
    if (desc.actors.length) continue;
    let k = i + 3;
    if (units[k]?.kind === 'vg' && LOCATING_PARTICIPLES.has(units[k]!.vg!.lemma)) k++;
    if (units[k]?.kind !== 'p' || units[k]!.word !== 'in' || !units[k + 1]?.np) continue;
    for (const o of orgs) for (const w of units[k + 1]!.np!.places) if (['Place', 'Country'].includes(ctx.ents.list[w]!.type)) ctx.emit(o, 'LOCATED_IN', w, 0.6);
  }
}

/** Common nouns for a state's own bodies ("the Russian parliament", "Japan's central bank"). */
const STATE_BODY_HEADS = new Set('parliament legislature senate congress assembly army navy military government cabinet police bank agency ministry court regulator watchdog authority commission service'.split(' '));

/**
 * "the Chilean parliament, the National Congress, approved it": a name set beside a state's body
 * described by its country names that body, part of the state.
 */
export function namedStateBodies(ctx: SentenceContext, units: Unit[]): void {
  for (let i = 0; i + 2 < units.length; i++) {
    const desc = units[i]!.np;
    const named = units[i + 2]?.np;
    if (!desc || desc.headIsEntity || !STATE_BODY_HEADS.has(desc.head) || units[i + 1]!.kind !== 'comma' || !named?.headIsEntity) continue;
    const u = units[i]!;
    if (!/^(?:the)$/.test(ctx.s.tokens[u.t0]!.lower) && !desc.poss.length) continue;
    const states = [...new Set([...desc.poss, ...desc.pre])].filter((e) => ctx.ents.list[e]!.type === 'Country');
    const bodies = named.actors.filter((e) => ctx.ents.list[e]!.type === 'Organization');
    const after = units[i + 3]?.kind;
    if (states.length !== 1 || !bodies.length || (after !== 'comma' && after !== 'vg' && after !== 'stop')) continue;
    for (const b of bodies) ctx.emit(b, 'PART_OF', states[0]!, 0.6);
  }
}

/** "Governor Babagana Zulum of Borno State", "Chief Minister X of Y": a titled name followed by "of". */
export function titledOf(ctx: SentenceContext, units: Unit[]): void {
  for (let i = 0; i + 2 < units.length; i++) {
    const u = units[i]!;
    const np = u.np;
    if (!np || !np.titled || units[i + 1]!.kind !== 'p' || units[i + 1]!.word !== 'of' || !units[i + 2]!.np) continue;
    const people = np.actors.filter((e) => ctx.ents.list[e]!.type === 'Person');
    if (!people.length) continue;
    const title = titleIn(ctx, u);
    if (!title) continue;
    // ("Lima Mayor X of the Vega Party", "Mayor X of the Vega Party": no party has a mayor or governor; the
    // party after is the holder's, not the office's.)
    const placed = title === 'HEAD_OF' && ctx.s.mentions.some((m) => m.kind === 'role' && m.t0 >= u.t0 && m.t1 <= u.t1 && /^(?:mayor|governor)$/i.test(ctx.s.tokens[m.t1 - 1]!.text));
    for (const b of ofBodies(units[i + 2]!.np!, title, ctx)) {
      if (!isOfficeBody(ctx, b)) continue;
      if (placed && ctx.ents.list[b]!.type === 'Organization' && (isPartyOrBloc(ctx.ents.list[b]!.name) || PARTY_HEADS.test(units[i + 2]!.np!.head))) continue;
      // ("Secretary-General X of Ecuador": a state after a body head's name is where they come from.)
      if (title === 'HEAD_OF' && ctx.ents.list[b]!.type === 'Country') continue;
      for (const p of people) ctx.emit(p, officeRelation(title, ctx.ents.list[b]!.type), b, 0.65, {});
    }
  }
}
