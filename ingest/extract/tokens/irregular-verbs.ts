/**
 * Past forms of common irregular English verbs and their lemmas, for words the tagger misreads as
 * adjectives or nouns ("both sent delegations") and so leaves unlemmatised.
 */
const PAIRS = `send sent|meet met|hold held|make made|take taken took|give given gave|say said|tell told|win won|leave left|lead led
strike struck|seek sought|bring brought|build built|buy bought|sell sold|fight fought|begin began begun|draw drew drawn|fly flew flown
keep kept|find found|see saw seen|go went gone|come came|become became|speak spoke spoken|break broke broken|choose chose chosen
freeze froze frozen|rise rose risen|shoot shot|lose lost|pay paid|lay laid|sit sat|stand stood|think thought|withdraw withdrew withdrawn
overthrow overthrew overthrown|undertake undertook undertaken|write wrote written|run ran|throw threw thrown|swear swore sworn
forbid forbade forbidden|drive drove driven|ride rode ridden|steal stole stolen|shake shook shaken|wake woke woken|hide hid hidden
bear bore borne|tear tore torn|wear wore worn|feel felt|deal dealt|mean meant|spend spent|lend lent|bend bent|catch caught|teach taught
sink sank sunk|sing sang sung|ring rang rung|swim swam swum|slay slew slain|flee fled|feed fed|bleed bled|read read|hear heard
overtake overtook overtaken|oversee oversaw overseen|forgive forgave forgiven|foresee foresaw foreseen|uphold upheld|withhold withheld`;

/** Irregular past form (or participle) → lemma. */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/[|\n]/).flatMap((group) => {
    const [lemma, ...forms] = group.trim().split(/\s+/);
    return forms.map((f) => [f, lemma!] as [string, string]);
  }),
);

/** A prefix before an irregular form ("rebuilt", "overran"), a constant: the chunker asks this of many words. */
const PREFIXED = /^(re|over|under|out|mis|with)([a-z]{3,})$/;

/** The lemma of an irregular past form, a prefixed one too ("retook" → "retake", "overran" → "overrun"). */
export function irregularLemma(w: string): string | undefined {
  const direct = IRREGULAR_PAST.get(w);
  if (direct) return direct;
  const m = PREFIXED.exec(w);
  const base = m ? IRREGULAR_PAST.get(m[2]!) : undefined;
  return base ? m![1] + base : undefined;
}
