/**
 * What a reader infers from facts already found, within one document: who brokered talks or a deal
 * mediated between its parties ("a ceasefire agreed by X and Y in talks brokered by Z" gives Z
 * MEDIATED X and Z MEDIATED Y). The parties are the ends of agreements and meetings stated in the
 * same sentence, and whoever signed, joined or attended that event anywhere in the document.
 */
import { OFFICE_RELATIONS, type RelationType } from '../../../core/index.ts';
import type { DocEntities } from '../resolve/doc-entities.ts';
import type { LocalRelation } from '../types.ts';
import { samePerson, type SentenceInfo } from '../resolve/resolve.ts';
import { NATIONAL_OFFICES, NOT_OF_STATE } from './role-relations.ts';

const BETWEEN_PARTIES = new Set<RelationType>(['AGREED_CEASEFIRE_WITH', 'NEGOTIATED_WITH', 'MET_WITH', 'ESTABLISHED_TIES_WITH', 'TRADES_WITH', 'COOPERATES_WITH']);
const JOINS_EVENT = new Set<RelationType>(['SIGNED', 'PARTY_TO', 'INVOLVED_IN', 'ATTENDED']);
const ACTORS = new Set(['Country', 'Organization', 'Person']);
/** Nouns of an agreement that ends fighting. */
const TRUCE_WORDS = new Set(['ceasefire', 'cease-fire', 'truce', 'armistice']);

/** An inferred fact is told as its premise is (alleged, planned…), with its claimants and date. */
function toldAs(premise: LocalRelation): Partial<LocalRelation> {
  const out: Partial<LocalRelation> = {};
  if (premise.status) out.status = premise.status;
  if (premise.claimedBy) out.claimedBy = premise.claimedBy;
  if (premise.date) (out.date = premise.date), (out.dateText = premise.dateText);
  return out;
}

/** Adds inferred facts to `out`; premises combine only with premises told the same way. */
export function inferFacts(ents: DocEntities, out: LocalRelation[], sentences?: SentenceInfo[]): void {
  const have = new Set(out.map((r) => `${r.source}|${r.type}|${r.target}|${r.status ?? ''}`));
  const added: LocalRelation[] = [];
  /** Adds a symmetric fact between a and b told as its premise is, unless either direction is already there. */
  const addBetween = (type: RelationType, a: number, b: number, premise: LocalRelation, sentence: number): void => {
    const st = premise.status ?? '';
    const key = `${a}|${type}|${b}|${st}`;
    if (have.has(key) || have.has(`${b}|${type}|${a}|${st}`)) return;
    have.add(key);
    added.push({ source: a, type, target: b, confidence: 0.5, properties: {}, sentence, ...toldAs(premise) });
  };
  for (const m of out) {
    if (m.type !== 'MEDIATED') continue;
    const e = ents.list[m.target]!;
    if (e.type !== 'Event' && e.type !== 'Treaty') continue;
    const parties = new Set<number>();
    for (const r of out) {
      if (r.status !== m.status) continue;
      if (r.sentence === m.sentence && BETWEEN_PARTIES.has(r.type)) parties.add(r.source), parties.add(r.target);
      // Signatories who are people sign for a state or body: the party is that, not them.
      if (JOINS_EVENT.has(r.type) && (r.target === m.target || (r.sentence === m.sentence && ents.list[r.target]!.type === e.type)) && ents.list[r.source]!.type !== 'Person') parties.add(r.source);
    }
    for (const p of parties) {
      const key = `${m.source}|MEDIATED|${p}|${m.status ?? ''}`;
      if (p === m.source || have.has(key) || !ACTORS.has(ents.list[p]!.type)) continue;
      have.add(key);
      added.push({ source: m.source, type: 'MEDIATED', target: p, confidence: 0.5, properties: {}, sentence: m.sentence, ...toldAs(m) });
    }
  }
  // Parties to one agreement reached in talks ("signed … ending years of negotiations", "agreed to a
  // ceasefire in talks") negotiated with each other. Talks told as a noun: a verb "negotiated" has a
  // subject of its own ("she negotiated with governments, and X and Y signed").
  if (sentences) {
    for (let k = 0; k < sentences.length; k++) {
      if (!sentences[k]!.tokens.some((t) => t.pos === 'NOUN' && NEGOTIATION.has(t.lemma ?? t.lower))) continue;
      const byTreaty = new Map<string, { premise: LocalRelation; parties: Set<number> }>();
      const pairs: [number, number, LocalRelation][] = [];
      for (const r of out) {
        if (r.sentence !== k) continue;
        if (r.type === 'SIGNED') {
          const tk = `${r.target}|${r.status ?? ''}`;
          if (!byTreaty.has(tk)) byTreaty.set(tk, { premise: r, parties: new Set() });
          byTreaty.get(tk)!.parties.add(r.source);
        }
        if (r.type === 'AGREED_CEASEFIRE_WITH') pairs.push([r.source, r.target, r]);
      }
      for (const { premise, parties } of byTreaty.values()) {
        const xs = [...parties].filter((e) => ents.list[e]!.type !== 'Person');
        for (let a = 0; a < xs.length; a++) for (let b = a + 1; b < xs.length; b++) pairs.push([xs[a]!, xs[b]!, premise]);
      }
      for (const [a, b, premise] of pairs) addBetween('NEGOTIATED_WITH', a, b, premise, k);
    }
  }
  // "X became Chile's president after winning the election", "the early ballot that made her Peru's
  // president", "was sworn in as Chile's president after an election", "X, who was elected in 2021": the state
  // whose elected office a person holds elected them, when a sentence naming them first tells them winning it.
  if (sentences) {
    const office = new Map<number, LocalRelation>();
    for (const r of out) if (ELECTED_OFFICES.has(r.type) && (!r.status || r.status === 'asserted') && ents.list[r.target]!.type === 'Country' && !r.properties.standing) office.set(r.source, r);
    for (const [person, r] of office) {
      for (let k = 0; k < sentences.length; k++) {
        const s = sentences[k]!;
        const first = s.mentions.find((m) => m.refs.length === 1 && ents.list[m.refs[0]!]!.type === 'Person');
        if (first?.refs[0] !== person || !tellsWinning(s.tokens, first.t0, first.t1, r.type === 'PRESIDENT_OF')) continue;
        const key = `${r.target}|ELECTED|${person}|`;
        if (have.has(key)) break;
        have.add(key);
        added.push({ source: r.target, type: 'ELECTED', target: person, confidence: 0.5, properties: {}, sentence: k, ...toldAs(r) });
        break;
      }
    }
  }
  // "X and Y agreed to a ceasefire after four days of strikes": a truce ending fighting told in the
  // same sentence says each side attacked the other.
  if (sentences) {
    for (const r of out) {
      if (r.type !== 'AGREED_CEASEFIRE_WITH' || (r.status && r.status !== 'asserted')) continue;
      const tokens = sentences[r.sentence]?.tokens ?? [];
      const ended = tokens.some((t, i) => FIGHTING.has(t.lower) && tokens.slice(Math.max(0, i - 8), i).some((x) => ENDING.has(x.lower)));
      if (!ended || ents.list[r.source]!.type === 'Person' || ents.list[r.target]!.type === 'Person') continue;
      for (const [a, b] of [[r.source, r.target], [r.target, r.source]] as const) {
        const key = `${a}|ATTACKED|${b}|`;
        if (have.has(key)) continue;
        have.add(key);
        added.push({ source: a, type: 'ATTACKED', target: b, confidence: 0.5, properties: {}, sentence: r.sentence, ...toldAs(r) });
      }
    }
  }
  // "X's war with Y ended in a ceasefire brokered by Z": who brokered the truce that ended a war
  // mediated between the sides the sentence makes fight it.
  if (sentences) {
    sentences.forEach((s, k) => {
      const t = s.tokens;
      const at = t.findIndex((x, i) => TRUCE_WORDS.has(x.lower) && /^(?:brokered|mediated)$/.test(t[i + 1]?.lower ?? '') && t[i + 2]?.lower === 'by' && t.slice(Math.max(0, i - 4), i).some((y) => y.lemma === 'end' || y.lower === 'ended'));
      if (at < 0) return;
      const brokers: number[] = [];
      let from = at + 3;
      for (const m of s.mentions) {
        if (m.t0 < at + 3 || m.refs.length !== 1) continue;
        const gap = t.slice(from, m.t0);
        if (!gap.every((x) => x.text === ',' || x.lower === 'and' || x.lower === 'the' || x.pos === 'PROPN' || x.pos === 'ADJ' || /^(?:president|prime|minister|foreign|envoy)$/.test(x.lower))) break;
        // (Not the subject of a clause after it: "brokered by Brazil, and Bolivia attacked Peru".)
        const after = t[m.t1];
        if (after && (after.pos === 'VERB' || after.pos === 'AUX')) break;
        from = m.t1;
        // (A demonym before a broker's title is no broker of its own: "brokered by Peruvian President X".)
        if (ACTORS.has(ents.list[m.refs[0]!]!.type) && m.gaz?.kind !== 'demonym') brokers.push(m.refs[0]!);
      }
      // The sides of the war that ended: those told fighting before the truce, in its clause.
      let opens = 0;
      for (let i = 0; i < at; i++) if (t[i]!.text === ';') opens = i + 1;
      const before = new Set(s.mentions.filter((m) => m.t0 >= opens && m.t1 <= at).flatMap((m) => m.refs));
      const fights = out.filter((r) => r.sentence === k && r.type === 'ATTACKED' && (!r.status || r.status === 'asserted') && ents.list[r.source]!.type !== 'Person' && ents.list[r.target]!.type !== 'Person' && before.has(r.source) && before.has(r.target));
      const sides = new Set(fights.flatMap((r) => [r.source, r.target]));
      for (const b of brokers) {
        // (Not a side the broker holds an office of: "brokered by Peruvian President X" mediates for none of Peru.)
        const own = new Set(out.filter((r) => r.source === b && OFFICE_RELATIONS.has(r.type)).map((r) => r.target));
        for (const side of sides) {
          const key = `${b}|MEDIATED|${side}|`;
          if (side === b || own.has(side) || have.has(key)) continue;
          have.add(key);
          added.push({ source: b, type: 'MEDIATED', target: side, confidence: 0.5, properties: {}, sentence: k, ...toldAs(fights[0]!) });
        }
      }
    });
  }
  // "X, an aide to President Y": one who serves a state's office-holder is an official of that
  // state. (A lone surname is the same person as the full name it ends; an opposition or party leader
  // holds no office of the state.)
  ents.list.forEach((e, i) => {
    if (e.type !== 'Person' || !e.aideOf) return;
    const served = e.aideOf.principal;
    const states = new Set(out.filter((r) => NATIONAL_OFFICES.has(r.type) && ents.list[r.source]!.type === 'Person' && samePerson(ents, r.source, served) && ents.list[r.target]!.type === 'Country' && (!r.status || r.status === 'asserted') && !NOT_OF_STATE.test(String(r.properties.role ?? ''))).map((r) => r.target));
    for (const c of states) {
      const key = `${i}|OFFICIAL_OF|${c}|`;
      if (have.has(key) || out.some((r) => r.source === i && r.target === c && NATIONAL_OFFICES.has(r.type))) continue;
      have.add(key);
      added.push({ source: i, type: 'OFFICIAL_OF', target: c, confidence: 0.5, properties: {}, sentence: e.aideOf.sentence });
    }
  });
  // "Ana Ruiz, Peru's president, … She succeeded Ivo Kask in 2021": the one succeeded held the office
  // of the state the successor heads, when that is the one office the text gives the successor.
  for (const r of out) {
    if (r.type !== 'SUCCEEDED' || (r.status && r.status !== 'asserted') || ents.list[r.source]!.type !== 'Person' || ents.list[r.target]!.type !== 'Person') continue;
    // (Only a succession told with no office of its own, "succeeded X as mayor", "replaced X with Y",
    // nor one to come, "the president-elect succeeds X"; and only a successor the text gives one office
    // of any kind, that of a state's head: one who also ran a party or firm may have succeeded there.)
    const told = sentences?.[r.sentence]?.tokens ?? [];
    const asOffice = told.some((t, i) => t.lower === 'as' && told.slice(i + 1, i + 5).some((x) => OFFICE_WORDS.test(x.lower)));
    if (asOffice || told.some((t, i) => (t.lower === 'with' && told.slice(0, i).some((x) => x.lemma === 'replace')) || /elect$/.test(t.lower) || /^(?:helm|head)$/.test(t.lower))) continue;
    const offices = out.filter((x) => x.source === r.source && OFFICE_RELATIONS.has(x.type) && (!x.status || x.status === 'asserted'));
    const kinds = new Set(offices.map((x) => `${x.type}|${x.target}`));
    if (kinds.size !== 1 || !ELECTED_OFFICES.has(offices[0]!.type) || offices[0]!.properties.standing || NOT_OF_STATE.test(String(offices[0]!.properties.role ?? '')) || ents.list[offices[0]!.target]!.type !== 'Country') continue;
    const { type, target } = offices[0]!;
    if (out.some((x) => x.source === r.target && x.target === target && NATIONAL_OFFICES.has(x.type))) continue;
    const key = `${r.target}|${type}|${target}|`;
    if (have.has(key)) continue;
    have.add(key);
    added.push({ source: r.target, type, target, confidence: 0.45, properties: { standing: 'former' }, sentence: r.sentence });
  }
  // "Chile and Peru signed a free trade agreement": the parties to a trade deal trade with each other.
  const traders = new Map<string, { premise: LocalRelation; parties: Set<number> }>();
  for (const r of out) {
    if ((r.type !== 'SIGNED' && r.type !== 'PARTY_TO') || (r.status && r.status !== 'asserted') || !TRADE_DEAL.test(ents.list[r.target]!.name) || NOT_TRADE_DEAL.test(ents.list[r.target]!.name)) continue;
    if (ents.list[r.source]!.type === 'Person') continue;
    const k = String(r.target);
    if (!traders.has(k)) traders.set(k, { premise: r, parties: new Set() });
    traders.get(k)!.parties.add(r.source);
  }
  for (const { premise, parties } of traders.values()) {
    const xs = [...parties];
    for (let a = 0; a < xs.length; a++) for (let b = a + 1; b < xs.length; b++) addBetween('TRADES_WITH', xs[a]!, xs[b]!, premise, premise.sentence);
  }
  out.push(...added);
}
/** Names of trade deals ("free trade agreement", "EU-Mercosur trade pact"). */
const TRADE_DEAL = /\b(?:free[- ])?trade (?:agreement|deal|pact|accord|treat(?:y|ie)|partnership)s?\b/i;
/** Treaties about a trade in something, not trade between the parties ("Arms Trade Treaty"). */
const NOT_TRADE_DEAL = /\b(?:arms|weapons|wildlife|ivory|slave|drug)s? trade\b/i;
/** Words of an office after "as" ("succeeded X as mayor of Lima", "as the party's leader"). */
const OFFICE_WORDS = /^(?:president|minister|premier|leader|head|chair|chairman|chairwoman|mayor|governor|chief|secretary|director|ambassador|envoy|candidate|speaker|commander|executive|justice|judge|coach|ceo)$/;
/** Offices of the head of a state or government: a state's voters give them, and a successor takes them over. */
const ELECTED_OFFICES = new Set<RelationType>(['PRESIDENT_OF', 'PRIME_MINISTER_OF']);
/** The words for the vote. */
const ELECTION_WORDS = new Set(['election', 'elections', 'vote', 'runoff', 'run-off', 'polls', 'ballot']);
/** Forms of winning a vote ("won", "re-elected"). */
const WINNING = new Set(['won', 'wins']);
const ELECTED_WORDS = new Set(['elected', 're-elected', 'reelected']);
/** Words before "elected" that make the one named the one elected ("X was elected", "newly elected X"), not a body that elects. */
const ELECTED_AFTER = new Set(['was', 'were', 'been', 'is', 'be', 'newly', 'democratically', 'popularly', 'freely', 'first']);
/** Words that may follow "elected" of a vote for the state's office: a time or place, or the office itself. */
const ELECTED_THEN = new Set(['in', 'on', 'at', 'last', 'this', 'with', 'after', 'and', ',', '.', ';', 'president', 'prime', 'for', 'to', 'as', 'by']);
/** Offices and bodies that tell a vote for another post ("elected … to the Senate", "as mayor", "party leader"). */
const OTHER_POSTS = /^(?:mayor|governor|speaker|leader|chair|chairman|chairwoman|head|secretary|senator|deputy|member|parliament|congress|senate|assembly|legislature|chamber|council|house|party|primary|primaries|nomination|caucus|budget)$/;
/** Words that may stand between "won" and the election it won ("won Friday's presidential ballot", "won a majority in the election"). */
const WON_WORDS = new Set(['the', 'a', 'an', "'s", '’s', 'presidential', 'general', 'snap', 'national', 'first', 'second', 'last', 'this', 'round', 'decisive', 'landslide', 'disputed', 'contested', 'early', 'majority', 'percent', 'per', 'cent', '%', 'of', 'in', 'votes']);

/**
 * A sentence tells the person whose name runs from `from` to `after` winning the state's vote: "won" right after
 * the name (over a time phrase), then only a vote's words before an election word ("X won Friday's presidential
 * ballot", "won a majority in the election"), "after winning re-election", "X (, the president,) was elected in
 * …", "re-elected to a second term", "elected by a landslide", "newly elected President X"; for a president also
 * "sworn in … election" or "the ballot that made her president". Never a vote for another post or body ("elected
 * to parliament", "elected mayor", "won the Senate election", "won re-election as party leader", "elected by
 * parliament").
 */
function tellsWinning(t: readonly { lower: string; pos?: string; text?: string }[], from: number, after: number, president: boolean): boolean {
  const election = (i: number) => ELECTION_WORDS.has(t[i]?.lower ?? '') || t[i]?.lower === 're-election' || t[i]?.lower === 'reelection';
  // (A vote for another post anywhere in the sentence leaves it untold.)
  if (t.some((x, i) => OTHER_POSTS.test(x.lower) && (election(i + 1) || election(i - 1) || ELECTED_WORDS.has(t[i - 1]?.lower ?? '') || ELECTED_WORDS.has(t[i - 2]?.lower ?? '') || ELECTED_WORDS.has(t[i - 3]?.lower ?? '') || /^(?:to|as|for)$/.test(t[i - 1]?.lower ?? '') || /^(?:to|as|for)$/.test(t[i - 2]?.lower ?? '')))) return false;
  // ("Peru's newly elected President X": before the title the name follows.)
  if ([2, 3].some((d) => ELECTED_WORDS.has(t[from - d]?.lower ?? '') && /^(?:newly|democratically|popularly|freely)$/.test(t[from - d - 1]?.lower ?? ''))) return true;
  // Over an apposition right after the name: "X, Peru's president, was elected in 2021".
  let near = after;
  // (Or a relative right after it: "X, who was elected in 2021".)
  if (t[near]?.lower === ',' && t[near + 1]?.lower === 'who') near += 2;
  else if (t[near]?.lower === ',') {
    const close = t.findIndex((x, k) => k > near && k <= near + 8 && x.lower === ',');
    if (close > 0) near = close + 1;
  }
  // (Over a time phrase: "X on Sunday won the election".)
  if (/^(?:on|last|this)$/.test(t[near]?.lower ?? '') && t[near + 1]?.pos === 'PROPN') near += 2;
  for (let i = near; i < Math.min(t.length, near + 4); i++) {
    const w = t[i]!.lower;
    if (WINNING.has(w) && (i <= after + 1 || i === near)) {
      let k = i + 1;
      // (A name only as a possessive date: "won Sunday's election", not "won the Senate election".)
      while (k < t.length && k <= i + 7 && (WON_WORDS.has(t[k]!.lower) || t[k]!.pos === 'NUM' || (t[k]!.pos === 'PROPN' && /^['’]s$/.test(t[k + 1]?.text ?? '')))) k++;
      if (election(k) && !/^(?:on|for|as)$/.test(t[k + 1]?.lower ?? '')) return true;
    }
    if (ELECTED_WORDS.has(w) && ELECTED_AFTER.has(t[i - 1]?.lower ?? '') && t[i - 2]?.lower !== 'not' && ELECTED_THEN.has(t[i + 1]?.lower ?? '.') && t[i + 2]?.lower !== 'of') {
      const then = t[i + 1]?.lower;
      // ("to a second term", "as president", "by a landslide": not "to parliament", "as mayor", "by parliament".)
      if (then === 'to' && !(/^(?:a|an)$/.test(t[i + 2]?.lower ?? '') && t.slice(i + 3, i + 6).some((x) => x.lower === 'term'))) continue;
      if (then === 'as' && !/^(?:president|prime)$/.test(t[i + 2]?.lower ?? '')) continue;
      if (then === 'by' && !(/^(?:a|an)$/.test(t[i + 2]?.lower ?? '') && /^(?:landslide|wide|narrow|comfortable|large|huge|slim|clear)$/.test(t[i + 3]?.lower ?? ''))) continue;
      return true;
    }
  }
  if (t.some((x, i) => x.lower === 'winning' && /^(?:after|since|by|upon)$/.test(t[i - 1]?.lower ?? '') && [1, 2, 3, 4, 5].some((d) => election(i + d)))) return true;
  if (!president) return false;
  // ("sworn in as Peru's president … after an election"; "the ballot that made her president".)
  return (t.some((x) => x.lower === 'sworn') && t.some((_, i) => election(i))) ||
    t.some((x, i) => x.lower === 'made' && /^(?:that|which)$/.test(t[i - 1]?.lower ?? '') && [2, 3, 4].some((d) => election(i - d)));
}
/** Nouns of fighting a truce ends, and the words that tie it to the truce ("after", "to end"). */
const FIGHTING = new Set(['fighting', 'clashes', 'strikes', 'hostilities', 'shelling', 'battles', 'combat', 'skirmishes', 'exchanges', 'bombardment', 'airstrikes']);
const ENDING = new Set(['after', 'following', 'end', 'ending', 'ended', 'halt', 'halting', 'stop', 'stopping']);
const NEGOTIATION = new Set(['talk', 'talks', 'negotiation', 'negotiations']);
