/**
 * Aid and funding: "A provided/released/approved/pledged $N in aid to B" with the amount kept.
 * Works on the masked sentence: the giver is the actor before the verb, each receiver is an actor
 * introduced by to/for/in after it, and the amount is the closest money expression before the receiver.
 */
import type { SentenceContext } from '../types.ts';
import { forEachMatch } from './match-all.ts';
import { BLOCKING } from '../lexicon/apply.ts';
import { tokenText } from '../tokens/sentences.ts';

const VERB = /\b(?:provided|provides|providing|provide|released|releases|release|approved|approves|approve|pledged|pledges|pledge|gave|gives|give|sent|sends|allocated|allocates|granted|grants|committed|commits|donated|donates|disbursed|unveiled|extended|announced|earmarked|offered|offers|promised|transferred)\b/;
const AID = /\b(?:aid|assistance|funding|funds|grants?|loans?|package|support|financing|relief|donations?|credit)\b/;
const MONEY = /(?:(?:us|u\.s\.|a|nz|hk|c|r|rs|₹)?\$|€|£|¥|₹)\s?\d[\d,.]*(?: (?:million|billion|trillion|bn|m))?|\d[\d,.]*(?: (?:million|billion|trillion|bn))? (?:dollars|euros|pounds|yuan|renminbi|yen|rubles|roubles|francs|rupees|rupiah|won|pesos|reais|rand|naira|shillings|dirhams|riyals|lira|hryvnias?|zlotys?|kroner|kronor|krona|baht|ringgit|dinars|taka|cedis)/g;

/** Verbs that keep an act from happening or undo it ("blocked the release of aid"): the blocking ones, and more. */
const HALTING: ReadonlySet<string> = new Set([...BLOCKING, 'oppose', 'reject', 'suspend', 'freeze', 'halt', 'cancel', 'withhold', 'cut', 'stop', 'hold']);

/** The receiver: "to X", "for X", or the place of what the money is for ("for programs in X", "for refugees in X"). */
const RECEIVER = /\b(?:to|for|toward|towards)(?: [a-z]+){0,2}?(?: in)? (?:the )?(⟨\d+⟩)/g;

/** Emits PROVIDED_AID_TO relations for one sentence. */
export function aidRelations(ctx: SentenceContext): void {
  const masked = ctx.masked;
  const verb = VERB.exec(masked);
  if (!verb || !AID.test(masked)) return;
  const moneys: { at: number; text: string }[] = [];
  forEachMatch(MONEY, masked, (m) => moneys.push({ at: m.index, text: m[0] }));
  if (!moneys.length && !/\b(?:aid|assistance|relief|humanitarian)\b/.test(masked)) return;
  const head = masked.slice(0, verb.index);
  const subj = /(⟨\d+⟩)(?: ['’]s (?:administration|government|cabinet))?(?: (?:has|have|had|also|will|would|on \w+|yesterday|today|last \w+|this \w+))* ?$/.exec(head.trimEnd() + ' ');
  const lastBefore = /(⟨\d+⟩)(?:(?! ⟨)[^⟨])*$/.exec(head);
  const giverMention = subj?.[1] ?? lastBefore?.[1];
  if (!giverMention) return;
  const givers = ctx.actor(Number(giverMention.slice(1, -1)));
  // How the giving verb's clause tells it ("did not release the aid", "pledged to send aid"): null is no act.
  const verbToken = ctx.s.tokens.findIndex((t, i) => i >= (ctx.s.bodyStart ?? 0) && t.lower === verb[0]);
  const how = verbToken >= 0 && ctx.modality ? ctx.modality.atToken(verbToken) : undefined;
  if (how === null) return;
  // ("Hungary blocked the release of aid for X": a verb that keeps the giving from happening, between them.)
  const giverAt = ctx.s.mentions[Number(giverMention.slice(1, -1))]?.t1 ?? 0;
  if (verbToken >= 0 && ctx.s.tokens.slice(giverAt, verbToken).some((t) => t.pos === 'VERB' && HALTING.has(t.lemma ?? t.lower))) return;
  const tail = masked.slice(verb.index);
  forEachMatch(RECEIVER, tail, (r) => {
    const pos = verb.index + r.index;
    const receivers = ctx.actor(Number(r[1]!.slice(1, -1)));
    const amount = [...moneys].reverse().find((m) => m.at < pos && m.at > verb.index);
    // Without an amount, the aid itself must be named between the verb and the receiver ("political support" is not aid).
    if (!amount && !/\b(?:aid|assistance|humanitarian|relief (?:aid|supplies|funds|goods)|emergency (?:funds|supplies))\b/.test(masked.slice(verb.index, pos))) return;
    for (const g of givers) {
      for (const t of receivers) {
        const gt = ctx.ents.list[g]!.type;
        const tt = ctx.ents.list[t]!.type;
        if (!['Country', 'Organization', 'Person'].includes(gt) || !['Country', 'Organization', 'Place'].includes(tt)) continue;
        const props: Record<string, string | number> = {};
        if (amount) props.amount = ctx.s.tokens.length ? originalMoney(ctx, amount.text) : amount.text;
        ctx.emit(g, 'PROVIDED_AID_TO', t, amount ? 0.75 : 0.6, props, how);
      }
    }
  });
}

/** Recovers the amount as written (case and currency prefix) from the sentence tokens. */
function originalMoney(ctx: SentenceContext, lower: string): string {
  const text = tokenText(ctx.s.tokens, 0, ctx.s.tokens.length);
  const idx = text.toLowerCase().indexOf(lower);
  return idx >= 0 ? text.slice(idx, idx + lower.length) : lower;
}
