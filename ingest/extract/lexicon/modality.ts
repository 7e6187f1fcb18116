/**
 * The modality lexicon: the words that say how a clause tells its act (core/fact-status.ts). One row
 * per cue family, read by one engine (clauses/modality.ts); each row's examples run as its spec test
 * (lexicon/modality.test.ts) with the status the act must get.
 *
 * How a cue acts on the clause it governs or frames:
 * - `report`: a neutral reporting verb ("X said Y signed"): alleged, claimed by the speaker; the
 *   speaker's own act ("X said it signed") stays asserted: a party announcing what it did is how
 *   news states an act.
 * - `claim`: a verb that keeps its distance ("X claimed", "X alleged", "X accused Y of"): alleged,
 *   even of the speaker's own act.
 * - `deny`: "X denied (that) …", "X denied supplying…", "…, which X denied": denied, claimed by the deniers.
 * - `refuse`: "X refused to sign", "failed to ratify": negated (the refusal itself may be a fact of its own).
 * - `intend`: intent, expectation, decision to come ("plans to", "is expected to", "agreed to hold"): planned;
 *   only right before its "to" verb: a purpose clause after an object ("pledged $5 million to support…") is no act.
 * - `wish`: a hope or an attempt ("hopes to join", "wants to leave", "sought to block"): no act, as a
 *   merely hoped-for act is not a fact.
 * - `request`, `hedge`: someone else's wish or a possibility ("urged X to sign", "may sign",
 *   "considering sanctions"): no fact at all, of any status.
 */

export type ModalityCue = 'report' | 'claim' | 'deny' | 'refuse' | 'intend' | 'wish' | 'request' | 'hedge';

export interface ModalityRow {
  cue: ModalityCue;
  /** Verb lemmas that govern a clause ("said that …", "denied supplying", "plans to sign"). */
  verbs: readonly string[];
  /**
   * Sentences and the statuses their lexicon act must get, sorted and joined by "+" when the sentence
   * tells it twice ("alleged+denied"); `null`: no act at all. Checked by lexicon/modality.test.ts.
   */
  examples: readonly (readonly [text: string, act: string, status: string | null])[];
}

export const MODALITY: readonly ModalityRow[] = [
  {
    cue: 'report',
    verbs: ['say', 'tell', 'announce', 'confirm', 'state', 'report', 'add', 'note', 'write', 'disclose', 'reveal', 'acknowledge', 'admit', 'testify', 'explain', 'declare', 'indicate', 'show', 'find', 'conclude', 'learn', 'believe', 'think', 'know', 'hear', 'understand', 'recall'],
    examples: [
      ['Japan said that Peru had expelled the Bolivian ambassador.', 'Peru EXPELLED Bolivia', 'alleged'],
      ['Russia attacked Georgia, Japan said.', 'Russia ATTACKED Georgia', 'alleged'],
      ['According to Japan, Peru expelled the Bolivian ambassador.', 'Peru EXPELLED Bolivia', 'alleged'],
      ['Peru said it had expelled the Bolivian ambassador.', 'Peru EXPELLED Bolivia', 'asserted'],
    ],
  },
  {
    cue: 'claim',
    verbs: ['claim', 'allege', 'insist', 'contend', 'maintain', 'assert', 'argue', 'suggest', 'accuse', 'blame', 'suspect', 'charge'],
    examples: [
      ['Chile claimed that Argentina had attacked Bolivia.', 'Argentina ATTACKED Bolivia', 'alleged'],
      ['Kenya accused Uganda of attacking Somalia.', 'Uganda ATTACKED Somalia', 'alleged'],
      ['Ukraine accused Iran of supplying drones to Russia.', 'Iran SUPPLIED Russia', 'alleged'],
    ],
  },
  {
    cue: 'deny',
    verbs: ['deny', 'dismiss', 'refute', 'rebut', 'disown', 'reject', 'dispute'],
    examples: [
      ['Iran denied supplying drones to Russia.', 'Iran SUPPLIED Russia', 'denied'],
      ['Iran denied that it had supplied drones to Russia.', 'Iran SUPPLIED Russia', 'denied'],
      ['Ukraine says Iran supplied drones to Russia, which Tehran has denied.', 'Iran SUPPLIED Russia', 'alleged+denied'],
      ['Ukraine accused Iran of supplying drones to Russia, a charge Tehran rejects.', 'Iran SUPPLIED Russia', 'alleged+denied'],
    ],
  },
  {
    cue: 'refuse',
    verbs: ['refuse', 'decline', 'fail', 'neglect', 'refrain', 'postpone', 'delay', 'defer', 'put off', 'hold off', 'shelve', 'avoid', 'balk at', 'stop short of'],
    examples: [['Brazil refused to sign the Paris Agreement.', 'Brazil SIGNED Paris Agreement', 'negated'],
      ['Vanuatu put off signing the Port Vila Accord in September.', 'Vanuatu SIGNED Port Vila Accord', 'negated'],
      ['Chile postponed ratifying the Lima Treaty.', 'Chile RATIFIED Lima Treaty', 'negated']],
  },
  {
    cue: 'intend',
    // An obligation ("is required to", "remains obliged to") is an act still to come, like a plan.
    verbs: ['plan', 'intend', 'aim', 'expect', 'propose', 'vow', 'pledge', 'promise', 'threaten', 'prepare', 'agree', 'decide', 'schedule', 'set', 'go', 'resolve', 'commit', 'undertake', 'offer', 'be', 'require', 'oblige', 'obligate', 'plot', 'conspire', 'scheme'],
    examples: [
      ['Japan plans to sign the Paris Agreement.', 'Japan SIGNED Paris Agreement', 'planned'],
      ['Japan is expected to sign the Paris Agreement.', 'Japan SIGNED Paris Agreement', 'planned'],
      ['Japan will sign the Paris Agreement.', 'Japan SIGNED Paris Agreement', 'planned'],
      ['The Paris Agreement must be ratified by Japan.', 'Japan RATIFIED Paris Agreement', 'planned'],
      ['Japan has to ratify the Paris Agreement.', 'Japan RATIFIED Paris Agreement', 'planned'],
      ['Japan needs to ratify the Paris Agreement.', 'Japan RATIFIED Paris Agreement', 'planned'],
      ['Bolivia had to sign the Lima Treaty in 1904.', 'Bolivia SIGNED Lima Treaty', 'asserted'],
      ['Japan is required to ratify the Paris Agreement.', 'Japan RATIFIED Paris Agreement', 'planned'],
      ['The court said Japan remained obliged to ratify the Paris Agreement.', 'Japan RATIFIED Paris Agreement', 'planned'],
      ["Japan announced its decision to sign the Paris Agreement.", 'Japan SIGNED Paris Agreement', 'planned'],
      ['If Japan signs the Paris Agreement, Korea will follow.', 'Japan SIGNED Paris Agreement', 'planned'],
    ],
  },
  {
    cue: 'wish',
    verbs: ['hope', 'want', 'wish', 'seek', 'try', 'attempt', 'strive', 'mean', 'long', 'yearn', 'dream', 'struggle', 'apply', 'aspire', 'bid', 'campaign', 'push', 'lobby'],
    examples: [['Serbia hopes to join the European Union.', 'Serbia JOINED European Union', null], ['Chile applied to join the Andean Pact.', 'Chile JOINED Andean Pact', null], ["Turkey ratified Sweden's application to join NATO.", 'Sweden JOINED North Atlantic Treaty Organization', null]],
  },
  {
    cue: 'request',
    verbs: ['urge', 'call', 'ask', 'demand', 'warn', 'press', 'encourage', 'invite', 'appeal', 'implore', 'exhort', 'advise', 'order', 'tell'],
    examples: [['France urged Iran to sign the Paris Agreement.', 'Iran SIGNED Paris Agreement', null]],
  },
  {
    cue: 'hedge',
    verbs: ['consider', 'weigh', 'mull', 'debate', 'discuss', 'oppose', 'fear', 'contemplate', 'explore', 'study', 'review'],
    examples: [
      ['Japan is considering imposing sanctions on Russia.', 'Japan SANCTIONED Russia', null],
      ['Japan may impose sanctions on Russia.', 'Japan SANCTIONED Russia', null],
    ],
  },
];

/**
 * Intent verbs whose object, not subject, would act: "wants Japan to sign", "expects Korea to follow".
 * (Not the verbs that make it act, "forced X to withdraw", "persuaded X to sign": they tell the act done.)
 */
export const OBJECT_CONTROL: ReadonlySet<string> = new Set(['want', 'expect', 'wish', 'need', 'like', 'prefer', 'allow', 'permit', 'pressure', 'help']);

/**
 * Nouns whose "of" complement is an act that may or may not come: "the threat of sanctions", "the
 * prospect of talks" (no act); "plans for talks", "a proposal for a ceasefire" make it planned.
 */
export const MODAL_NOUNS: ReadonlyMap<string, 'hedge' | 'intend'> = new Map<string, 'hedge' | 'intend'>([
  ...'threat prospect possibility risk danger fear hope idea spectre specter likelihood chance option question'.split(' ').map((w) => [w, 'hedge'] as const),
  ...'plan proposal intention intent bid'.split(' ').map((w) => [w, 'intend'] as const),
]);

/**
 * Nouns whose "to" clause is an act only wished for or able to be ("Sweden's application to join",
 * "a bid to win", "the right to expand ties": no act), or decided ("its decision to leave", "a pledge
 * to send troops": planned).
 */
export const TO_NOUNS: ReadonlyMap<string, 'wish' | 'intend'> = new Map<string, 'wish' | 'intend'>([
  ...'application bid attempt effort request ambition desire push aspiration hope wish drive call right power authority ability freedom chance opportunity threat demand need pressure temptation appeal plea order'.split(' ').map((w) => [w, 'wish'] as const),
  ...'decision plan commitment pledge promise proposal intention intent vow agreement deal resolution'.split(' ').map((w) => [w, 'intend'] as const),
]);

/** Verbs that tell whether the event their subject names happened ("talks did not take place", "the summit will begin"). */
export const HAPPENING_VERBS: ReadonlySet<string> = new Set(['take', 'happen', 'occur', 'begin', 'start', 'resume', 'continue', 'proceed', 'materialise', 'materialize', 'go']);

/**
 * Auxiliaries and words of a verb group that put its act in the future or in doubt. An obligation
 * ("must be ratified", "should sign") is an act still to come.
 */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'would', 'wo', 'must', 'should']);
export const HEDGE_AUXILIARIES: ReadonlySet<string> = new Set(['may', 'might', 'could']);
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'neither', 'nor']);
/** Words opening a condition: the act under them is planned ("if Japan signs", "unless X withdraws"). */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'provided', 'should']);
/** Adjectives and participles before "to" that put the act to come: "is due to sign", "is set to visit". */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(['due', 'set', 'expected', 'scheduled', 'poised', 'likely', 'slated', 'going', 'about', 'ready', 'prepared', 'willing', 'eager', 'determined', 'keen']);
/** Adjectives after "as" that make "dismissed … as" a denial: "dismissed the reports as false". */
export const DENIAL_ADJECTIVES: ReadonlySet<string> = new Set(['false', 'baseless', 'groundless', 'untrue', 'fabricated', 'fake', 'unfounded', 'absurd', 'lies', 'propaganda', 'nonsense', 'slander', 'fiction']);
/** Nouns whose "that" clause or apposition reports a claim ("accusations that it supplied…", "…, a charge X denies"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set('accusation allegation claim charge report rumour rumor suggestion assertion speculation suspicion'.split(' '));

/** Verb lemma → its cue. A lemma in two rows keeps the first ("tell" reports before it requests). */
export const MODALITY_VERBS: ReadonlyMap<string, ModalityCue> = (() => {
  const out = new Map<string, ModalityCue>();
  for (const row of MODALITY) for (const v of row.verbs) if (!out.has(v)) out.set(v, row.cue);
  return out;
})();
