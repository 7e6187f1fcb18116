/**
 * People named as serving another person: "X, an aide to President Y", "X, Y's deputy
 * chief of staff". The sentence says only whom X serves; which state X is an official of follows
 * from Y's office, which the document may tell anywhere (inferFacts reads it at the end).
 */
import type { SentenceContext } from '../types.ts';

/** Nouns for one who serves a person, as a word sequence after the determiner and modifiers. */
const AIDE_NOUNS: readonly (readonly string[])[] = [['chief', 'of', 'staff'], ['deputy', 'chief', 'of', 'staff'], ['aide'], ['adviser'], ['advisor'], ['confidant'], ['confidante']];
/** Words between the determiner and the noun that say how close or senior the aide is. */
const MODIFIERS = new Set(['close', 'senior', 'top', 'longtime', 'long-time', 'trusted', 'key', 'former', 'chief', 'special', 'personal', 'political', 'economic', 'security', 'foreign-policy', 'military', 'legal']);

/** Length of the aide noun at token i, or 0. */
function aideNounAt(ctx: SentenceContext, i: number): number {
  const t = ctx.s.tokens;
  for (const words of AIDE_NOUNS) if (words.every((w, j) => t[i + j]?.lower === w)) return words.length;
  return 0;
}

/** The aide noun at or after token i, over the words that say how close or senior the aide is: its start and length (0 when none). */
function aideNounFrom(ctx: SentenceContext, i: number): { at: number; len: number } {
  const t = ctx.s.tokens;
  while (MODIFIERS.has(t[i]?.lower ?? '') && !aideNounAt(ctx, i)) i++;
  return { at: i, len: aideNounAt(ctx, i) };
}

/** Records on each person named as serving another whom they serve (`aideOf`). */
export function aideRelations(ctx: SentenceContext): void {
  const ms = ctx.s.mentions;
  const t = ctx.s.tokens;
  const person = (k: number): number | undefined => {
    const m = ms[k];
    return m && m.refs.length === 1 && ctx.ents.list[m.refs[0]!]!.type === 'Person' ? m.refs[0] : undefined;
  };
  /** The person a mention at token i names, passing over a state and a title right before the name ("Norwegian Prime Minister Y"). */
  const personAt = (i: number): { k: number; t1: number } | undefined => {
    let k = ms.findIndex((m) => m.t0 === i);
    if (k < 0) return undefined;
    if (ms[k]!.gaz?.kind === 'demonym' && ms[k + 1]?.kind === 'role' && ms[k + 1]!.t0 === ms[k]!.t1) k++;
    if (ms[k]!.kind === 'role' && ms[k + 1]?.t0 === ms[k]!.t1) k++;
    return person(k) !== undefined ? { k, t1: ms[k]!.t1 } : undefined;
  };
  for (let k = 0; k < ms.length; k++) {
    const holder = person(k);
    if (holder === undefined || t[ms[k]!.t1]?.text !== ',') continue;
    const i = ms[k]!.t1 + 1;
    let principal: number | undefined;
    // "X, an aide to President Y"
    const { at, len } = aideNounFrom(ctx, /^(?:a|an|the)$/.test(t[i]?.lower ?? '') ? i + 1 : i);
    if (len && t[at + len]?.lower === 'to') {
      const p = personAt(at + len + 1);
      // (Not "an adviser to Y's rival": the one served is who Y's possessive names.)
      if (p && !/^['’]s$/.test(t[p.t1]?.text ?? '')) principal = person(p.k);
    } else {
      // "X, Y's deputy chief of staff", "X, Y's adviser"
      const p = personAt(i);
      if (p && /^['’]s$/.test(t[p.t1]?.text ?? '') && aideNounFrom(ctx, p.t1 + 1).len) principal = person(p.k);
    }
    if (principal !== undefined && principal !== holder) ctx.ents.list[holder]!.aideOf ??= { principal, sentence: ctx.index };
  }
}
