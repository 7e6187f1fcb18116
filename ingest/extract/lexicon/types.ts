/**
 * The shape of a relation lexicon row: one trigger family (verb lemmas, particle verbs,
 * nominalisations), the relation it gives, where each end comes from, the entity types allowed at
 * each end, and sentences that must and must not fire (run as the row's spec test).
 */
import type { EntityType, RelationType } from '../../../core/index.ts';

/**
 * Where an argument comes from, in active-voice terms (the engine swaps subject and "by" in the
 * passive):
 * - `subj`: the clause subject; `obj`: the direct object (after the trigger's particle, if any);
 * - `anchor` (noun triggers): what the phrase describes by apposition or copula ("X, a close ally of Y");
 * - `members`: every member of an "of" list, each pair ("a coalition of X, Y and Z");
 * - `self` (noun triggers): the entity the noun phrase itself names ("the US-Philippines treaty");
 * - `accusers`: who accused or criticised the subject in this sentence or the two before ("…, a charge Kigali denies");
 * - `rest`: every entity after the trigger up to the clause's end ("denied supplying drones to Russia");
 * - `obj-poss`: the possessor or entity modifier of the direct object ("denied Ukraine's claims");
 * - `pp:on/against`: the object of one of these prepositions after the trigger;
 * - `poss`, `pre` (noun triggers): the possessor ("Russia's invasion") or an entity modifier
 *   ("the Russian invasion", "US sanctions");
 * - `between`: every member of "between X and Y" (each pair, for symmetric relations);
 * - `group`: the other members of a coordinated subject ("X and Y met");
 * - `prev-obj`: the direct object of the verb this one continues ("won the election, defeating Y");
 * - `inf-backed`: the object of an infinitive of backing or joining after the trigger ("refused to sign the accord");
 * - `that-subj`: the subject of a "that" clause right after the trigger ("demanded that Sweden crack down");
 * - `that-other`: whom a "that" clause right after the trigger aims at: its object when its subject is
 *   the trigger's own subject or state ("X warned that Chile would strike the Front"), else its subject;
 * - `must-subj`: the subject of a reported clause with "must" or "should" ("said Peru must raise taxes"),
 *   unless it is the speaker's own side;
 * - `parties`: the sides of the talks or deal a participle describes ("X and Y agreed to a truce in
 *   talks brokered by Z", "it was signed by X and Y after talks mediated by Z"): the members of
 *   "between" after the event noun, or else the subject (passive: the "by" agent) of the clause the
 *   event noun sits in;
 * - `sides`: the two sides of the last talks, deal or truce told in this sentence or the two before
 *   ("X and Y held talks, with Z acting as mediator");
 * - `sanctioner`: for "the measures also hit X", whoever imposed the last sanctions told in this
 *   sentence or the two before;
 * - `same-target` (noun triggers): for an act told as the same as one before ("adopted matching
 *   sanctions", "sanctions on the same targets"), the target of the last fact of the row's relation
 *   told in this sentence or the two before by someone else;
 * - `claim-accusers`: when the object is a charge or claim ("a charge Peru denies", "denied the
 *   accusation"), whoever made the accusation told in this sentence or the two before (as `accusers`);
 * - `recent-event`: for a verb with no object ("Indonesia attended as a full member"), the event
 *   named last before it, in this sentence or the one before;
 * - `obj-act`: when the object is a definite act noun ("condemned the decision", "opposed the
 *   move"), whoever did the last material act told in this sentence or the two before.
 */
export type Slot = 'subj' | 'obj' | 'sanctioner' | 'same-target' | 'obj-poss' | 'obj-first' | 'obj-act' | 'obj-buyer' | 'obj-filer' | 'wh-subj' | 'obj-origin' | 'rest' | 'anchor' | 'members' | 'self' | 'accusers' | 'claim-accusers' | 'recent-event' | 'recent-election' | 'poss' | 'poss-alone' | 'pre' | 'between' | 'group' | 'prev-obj' | 'inf-obj' | 'inf-backed' | 'subj-poss' | 'parties' | 'sides' | 'that-subj' | 'that-other' | 'must-subj' | 'replaced' | `pp:${string}`;

/** A sentence and the pairs it must yield for the row's relation: "Japan > Australia". */
export type Example = readonly [text: string, ...pairs: string[]];

export interface LexiconRow {
  /** Unique, readable: "sign-treaty". */
  id: string;
  relation: RelationType;
  /** Verb lemmas, a multi-word one with its particles: "sign", "pull out of", "crack down on". */
  verbs?: readonly string[];
  /** Head noun lemmas of nominal events: "sanction", "invasion", "talk". */
  nouns?: readonly string[];
  /** Alternatives in order: the first slot that yields an entity of an allowed type wins. */
  source: readonly Slot[];
  target: readonly Slot[];
  src: readonly EntityType[];
  tgt: readonly EntityType[];
  confidence: number;
  /** Each pair of a "between" group in both directions ("fighting between X and Y": each attacked the other). */
  mutual?: boolean;
  /** Verb triggers: the direct object's head must be one of these lemmas ("sent troops to"); noun triggers: the head of the "of" complement ("the purchase of jets")… */
  objHeads?: readonly string[];
  /** …or must not be ("sent aid to" is aid, not a supply); for noun triggers, the head of the "of" complement ("the delivery of aid"). */
  notObjHeads?: readonly string[];
  /** Verb triggers: the subject's head noun, as written before "from"/"of" ("rescue teams from X"), must be one of these lemmas, or with the word before it ("rescue team"). */
  subjHeads?: readonly string[];
  /** Verb triggers: the object must be followed by a past participle of one of these lemmas ("ordered X detained"). */
  objThen?: readonly string[];
  /** Verb triggers: the object must not be followed by a past participle ("ordered X to leave" is a demand on X, "ordered X detained" is not). */
  noObjThen?: boolean;
  /** Verb triggers: these verbs' object, as a gerund's, must not be followed by a to-infinitive ("leaving X to run the cabinet" leaves no body). */
  noObjInf?: readonly string[];
  /** Verb triggers: the object must not be followed by a to-infinitive of these verbs ("lamented X's decision to resign"). */
  notObjInfOf?: readonly string[];
  /** Verb triggers: the object must be followed by a to-infinitive ("told X to leave", not "told X that…"). */
  objInf?: boolean | readonly string[];
  /** Verb triggers: the object must be followed by this preposition and a noun of these lemmas ("placed X under house arrest"). */
  objPrep?: { readonly word: string; readonly heads: readonly string[] };
  /** Only a guest the object names as another state's ("hosted Chilean President X in Lima"), not one at home or held there. */
  foreignGuest?: boolean;
  /** Only in a fight: the sentence tells forces, fighters, a border or casualties, and no crowd ("troops clashed", not "the leaders clashed at the summit"). */
  combat?: boolean;
  /** Verb triggers: only in the passive ("X was suspended from Y": the body it was suspended from did it). */
  passiveOnly?: boolean;
  /** Only when the source slot names two or more ("A and B founded X": states founding one together). */
  manySources?: boolean;
  /** Only when a target slot names two or more ("talks hosted by Z" mediate between sides, not for one who attended). */
  manyTargets?: boolean;
  /** Verb triggers: prepositional targets only from the phrase right after the object ("threatened strikes on X"). */
  ppNext?: boolean;
  /** Verb triggers: the object (and an apposition set off by commas after it) must be followed by these words ("declared X *persona non grata*"). */
  objWords?: string;
  /** Verb triggers: the object must not be followed by these words ("named X *persona non grata*" appoints no one). */
  notObjWords?: string;
  /** Verb triggers: the object must not be followed by a noun phrase or a quotation that names it ("called her a traitor", "calls him 'our friend'"). */
  noObjComplement?: boolean;
  /** Verb triggers: the object must be followed by a noun phrase, adjective or quotation holding one of these words ("called the vote a sham", "calls her 'a threat'"). */
  objComplement?: readonly string[];
  /** Verb triggers: the verb must not be followed right away by one of these words ("called for talks with X" is an appeal, not a call). */
  notThen?: readonly string[];
  /** Verb triggers: the object must have no owner written before it ("opposed Peru's alliance with Chile" is about Peru's). */
  noObjOwner?: boolean;
  /** Verb triggers: not when the object is the subject's own ("its diplomats", "their troops"). */
  notOwnObj?: boolean;
  /** Verb triggers: the object must not be followed by this preposition ("grouped X with Y" is no membership). */
  noObjPrep?: string | readonly string[];
  /** Verb triggers: the object must not be followed by this preposition and a phrase naming someone ("replaced X with Y"). */
  noObjPrepNamed?: string;
  /** Verb triggers: the object must not be followed by this preposition and a noun of these lemmas ("hit X with sanctions" is no strike). */
  notObjPrep?: { readonly word: string; readonly heads: readonly string[] };
  /** Verb triggers: the object must not be followed by a "that" clause (which names whom it is about). */
  noObjThat?: boolean;
  /** Verb triggers: not "replaced" when subject and object are named with different offices ("President X replaced Finance Minister Y" dismisses Y). */
  notOtherOfficeObj?: boolean;
  /** Verb triggers: not with a named person as the object ("dismissed Tashiev" removes him from office, denies nothing). */
  notPersonObj?: boolean;
  /** Only targets whose name matches ("founded the X Party": a party, not a firm). */
  targetName?: RegExp;
  /** The relation told instead when neither end is a person ("Chile held talks with Peru" is a negotiation). */
  statesRelation?: RelationType;
  /** An agreement or event target whose sides the text has told stands for those sides ("the deal, brokered by X"). */
  sidesOfTarget?: boolean;
  /** Verb triggers: the object must be followed by a second object with one of these heads ("gave X a loan"). */
  secondObj?: readonly string[];
  /** Targets: a craft or property named as the object stands for the owner named after it ("seized a tanker owned by X"). */
  craftOwner?: boolean;
  /** "between" targets only from a pair written by its number ("between the two delegations"), not from names. */
  pairOnly?: boolean;
  /** No fact when the verb is negated or refused: "did not violate the accord" tells no party either way. */
  untoldWhenNegated?: boolean;
  examples: readonly Example[];
  /** Sentences where the row must not give its relation. */
  counterExamples?: readonly string[];
}
