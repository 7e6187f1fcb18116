/**
 * A state's office a title gave with no state written ("former President X", "a biographer of Prime
 * Minister Y") is of the one state a text names and no other. Not when the text gives the holder an
 * office elsewhere, sets them apart from that state's own office-holders in the sentence, owns the
 * title by another body ("the company's president", "union president"), or tells them visiting from
 * abroad: a visitor is no office-holder of the host.
 */
import { OFFICE_RELATIONS, classOfRelation, type RelationType } from '../../../core/index.ts';
import type { DocEntities } from '../resolve/doc-entities.ts';
import { samePerson, surnameOf, type SentenceInfo } from '../resolve/resolve.ts';
import { NOT_OF_STATE } from './role-relations.ts';
import { COUNTRIES } from '../mentions/gazetteer/index.ts';
import { placeCountry } from '../mentions/gazetteer/world-regions.ts';
import type { LocalRelation } from '../types.ts';

/** Offices a person holds in a state or body, and membership of one. */
const OFFICE: ReadonlySet<string> = new Set([...OFFICE_RELATIONS, 'MEMBER_OF']);

/** Acts between two people of different sides: a host and a visitor, two negotiators. */
const FACING: ReadonlySet<RelationType> = new Set<RelationType>(['MET_WITH', 'HOSTED', 'NEGOTIATED_WITH']);

/** Nouns for those who act for a state ("Chilean officials"), unlike its firms or goods. */
const STATE_AGENTS = new Set('government authorities officials official police army military forces troops soldiers ministry ministries diplomats diplomat leaders leader president parliament lawmakers voters electorate people public state'.split(' '));

/**
 * Words that tell a foreign side in the holder's sentence: a visitor, a counterpart, a delegation.
 * (Not "visited", "attended" or "trip" alone: a leader tours their own country too.)
 */
const FOREIGN_WORDS = new Set('visiting visitor visitors delegation counterpart counterparts neighbouring neighboring'.split(' '));
/** Word pairs that tell one: "a state visit", "in Lima for talks", "whose country", "a visit by X". */
const FOREIGN_PAIRS = /^(?:state visit|official visit|for talks|whose country|visit by|trip by)$/;

type Mention = SentenceInfo['mentions'][number];

/** The state a mention names: by name, by its people or its agents ("Uruguayans marched", "Chilean officials"), not as the origin of things ("Uruguayan beef"). */
function namesState(s: SentenceInfo, m: Mention): boolean {
  if (m.gaz?.kind !== 'demonym') return true;
  // ("British Home Secretary X": a demonym before a title names the state the holder acts for.)
  if (s.mentions.some((x) => x.t0 === m.t1 && x.kind === 'role')) return true;
  const next = s.tokens[m.t1];
  return !next || !['NOUN', 'PROPN', 'ADJ'].includes(next.pos ?? '') || STATE_AGENTS.has(next.lower);
}

/** Adds the offices to `out`; `states` are the countries the text names, `first` each entity's first sentence. */
export function officesOfTheOneState(sentences: SentenceInfo[], ents: DocEntities, out: LocalRelation[], states: number[], first: Map<number, number>): void {
  if (states.length !== 1) return;
  const state = states[0]!;
  if (!sentences.some((s) => s.mentions.some((m) => m.refs.includes(state) && namesState(s, m)))) return;
  const stateName = ents.list[state]!.name;
  // A person by full name; a lone surname is the person whose full name it ends.
  const full = (i: number): string => ents.list[i]!.name.toLowerCase();
  const lone = (i: number): boolean => !ents.list[i]!.name.includes(' ');
  const heldNames = new Set<string>();
  const heldSurnames = new Set<string>();
  // (A visit to the state itself or to its capital tells a visitor; a visit to its towns does not.)
  const capitals = new Set((COUNTRIES.get(stateName)?.capitals ?? []).map((c) => c.toLowerCase()));
  const intoState = (r: LocalRelation): boolean => r.type === 'VISITED' && (r.target === state || capitals.has(ents.list[r.target]!.name.toLowerCase()));
  for (const r of out) {
    if (ents.list[r.source]!.type !== 'Person' || !(OFFICE.has(r.type) || intoState(r))) continue;
    heldNames.add(full(r.source));
    heldSurnames.add(surnameOf(ents.list[r.source]!.name));
  }
  const held = (i: number): boolean => heldNames.has(full(i)) || (lone(i) && heldSurnames.has(surnameOf(ents.list[i]!.name)));
  // (A sentence that gives another person an office of the state and leaves this title bare sets
  // the two apart: "Peru's foreign minister thanked President X".)
  // (An opposition or party leader holds no office of the state.)
  const told = out.filter((r) => r.target === state && OFFICE.has(r.type) && !NOT_OF_STATE.test(String(r.properties.role ?? '')));
  // (Nor one the text has meet, host or negotiate with such an office-holder, "President X hosted her": they face each other.)
  const facing = (i: number): boolean => out.some((r) => FACING.has(r.type) && ents.list[r.source]!.type === 'Person' && ents.list[r.target]!.type === 'Person' &&
    ((samePerson(ents, r.source, i) && told.some((t) => samePerson(ents, t.source, r.target))) || (samePerson(ents, r.target, i) && told.some((t) => samePerson(ents, t.source, r.source)))));
  // (Nor one the state itself hosts, meets or negotiates with: "Chile hosted Foreign Minister X".)
  const facesState = (i: number): boolean => out.some((r) => FACING.has(r.type) && ((r.source === state && samePerson(ents, r.target, i)) || (r.target === state && samePerson(ents, r.source, i))));
  const apart = (i: number, sentence: number): boolean => told.some((r) => r.sentence === sentence && !samePerson(ents, r.source, i)) || facing(i) || facesState(i);
  // (A sentence naming the holder with a visit, or with a place of another state: "speaking in Washington".)
  const away = (i: number): boolean => sentences.some((s) => s.mentions.some((m) => m.refs.some((e) => samePerson(ents, e, i))) &&
    (s.tokens.some((t, k) => FOREIGN_WORDS.has(t.lower) || FOREIGN_PAIRS.test(`${s.tokens[k - 1]?.lower ?? ''} ${t.lower}`)) ||
      // ("welcomed President X to <capital>": one welcomed to the state's capital comes from abroad.)
      (s.tokens.some((t) => /^welcom/.test(t.lower)) && s.mentions.some((m) => s.tokens[m.t0 - 1]?.lower === 'to' && m.refs.some((e) => capitals.has(ents.list[e]!.name.toLowerCase())))) ||
      s.mentions.some((m) => m.refs.some((e) => ents.list[e]!.type === 'Place' && (placeCountry(ents.list[e]!) ?? stateName) !== stateName))));
  // (Nor one who accuses, condemns, threatens or strikes the state: "Trade Minister X accused Peru of dumping".)
  // (Only the state named itself, not its people or bodies: "accused Peru's judges" is a minister's word on their own courts.)
  const namedBare = (r: LocalRelation): boolean => !!sentences[r.sentence]?.mentions.some((m) => m.refs.includes(state) && !/^['’]s?$/.test(sentences[r.sentence]!.tokens[m.t1]?.text ?? ''));
  // (An envoy's state may be named by its envoy: "expelled Chile's ambassador", "summoned Peru's envoy".)
  const byEnvoy = (r: LocalRelation): boolean => r.type === 'EXPELLED' || r.type === 'PROTESTED';
  const against = (i: number): boolean => out.some((r) => r.target === state && samePerson(ents, r.source, i) && /conflict$/.test(classOfRelation(r.type)?.quadClass ?? '') && r.type !== 'DENIED' && (namedBare(r) || byEnvoy(r)));
  ents.list.forEach((e, i) => {
    const o = e.bareOffice;
    if (e.type !== 'Person' || !o || held(i) || !first.has(i) || apart(i, o.sentence) || away(i) || against(i)) return;
    out.push({ source: i, type: o.rel, target: state, confidence: 0.4, properties: { role: o.title }, sentence: o.sentence });
  });
}
