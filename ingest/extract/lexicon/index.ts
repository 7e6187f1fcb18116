/**
 * The lexicon compiled for lookup: verb lemma → rows with the particle words that must follow it,
 * noun lemma → rows. Compiled once; every row is checked for a known relation at load.
 */
import { RELATION_TYPES } from '../../../core/index.ts';
import { LEXICON } from './rows.ts';
import type { LexiconRow } from './types.ts';

export { LEXICON } from './rows.ts';
export type { LexiconRow, Slot, Example } from './types.ts';

export interface VerbEntry {
  row: LexiconRow;
  /** Words after the verb, matched on lemma or lower-case text ("pull out of" → ["out", "of"]). */
  particles: string[];
}

export const VERB_INDEX = new Map<string, VerbEntry[]>();
export const NOUN_INDEX = new Map<string, LexiconRow[]>();
/** Multi-word noun triggers ("air strike"), keyed by their last word. */
export const NOUN_PHRASES = new Map<string, { row: LexiconRow; words: string[] }[]>();

for (const row of LEXICON) {
  if (!Object.hasOwn(RELATION_TYPES, row.relation)) throw new Error(`lexicon row ${row.id}: unknown relation ${row.relation}`);
  for (const v of row.verbs ?? []) {
    const [lemma, ...particles] = v.split(' ');
    if (!VERB_INDEX.has(lemma!)) VERB_INDEX.set(lemma!, []);
    VERB_INDEX.get(lemma!)!.push({ row, particles });
  }
  for (const n of row.nouns ?? []) {
    const words = n.split(' ');
    const last = words[words.length - 1]!;
    if (words.length > 1) {
      if (!NOUN_PHRASES.has(last)) NOUN_PHRASES.set(last, []);
      NOUN_PHRASES.get(last)!.push({ row, words });
      continue;
    }
    if (!NOUN_INDEX.has(last)) NOUN_INDEX.set(last, []);
    NOUN_INDEX.get(last)!.push(row);
  }
}
/** A plural as written made singular ("clashes" → "clash", "talks" → "talk"); other words as they are. */
export function nounSingular(word: string): string {
  return word.replace(/(?<=[^aeiou][sxz]|ch|sh)es$|(?<!s)s$/, '');
}

/** The lemma under which a lower-case word is a noun trigger of the lexicon ("clashes" → "clash"), or undefined. */
export function triggerNounLemma(lower: string): string | undefined {
  if (NOUN_INDEX.has(lower) || NOUN_PHRASES.has(lower)) return lower;
  const one = nounSingular(lower);
  return NOUN_INDEX.has(one) || NOUN_PHRASES.has(one) ? one : undefined;
}

// Longest particle sequences first, so "call on" is tried before "call".
for (const list of VERB_INDEX.values()) list.sort((a, b) => b.particles.length - a.particles.length);

/** Verbs that lend their subject to a noun trigger in their object: "X imposed sanctions on Y", "X held talks with Y". */
export const SUPPORT_VERBS = new Set(
  `impose announce adopt approve hold launch carry conduct sign reach agree seal strike make issue give provide offer pledge extend send
  deliver unveil level open begin start resume slap step intensify mount stage order lodge file expand tighten grant establish
  restore deepen strengthen have express voice reaffirm declare apply introduce enforce place put renew prepare ready finalize finalise
  complete wage continue escalate commit promise allocate release disburse observe maintain respect conclude wrap finish enter pursue
  relaunch revive ship airlift donate dispatch rush channel form create`.split(/\s+/),
);
