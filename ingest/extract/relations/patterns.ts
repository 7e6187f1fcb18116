/**
 * Noun-phrase patterns over the masked sentence (see relations.ts): membership, control, parts,
 * locations, partnerships and hyphenated modifiers ("Iran-backed"). Events of verbs and their
 * nominalisations are read from clauses by the lexicon (lexicon/), not here.
 */
import type { EntityType, RelationType } from '../../../core/index.ts';
import type { PatternHit, SentenceContext } from '../types.ts';
import { forEachMatch } from './match-all.ts';

export type { PatternHit };
type Pattern = (ctx: SentenceContext, hits: PatternHit[]) => void;

const ACTOR: EntityType[] = ['Country', 'Organization', 'Person'];
const G = '(⟨\\d+⟩(?: in ⟨\\d+⟩)?(?:(?: ,| and| , and| as well as| , as well as| &| or) ⟨\\d+⟩(?: in ⟨\\d+⟩)?)*(?: and the [a-z]+)?)';
const AUXP = '(?:(?:was|were|is|are|be|been|being|has|have|had|to|will|would|also|later|reportedly|allegedly|not|jointly|formally|officially|already|being|recently|previously|to be|which|that|who|,) )*';
const MEMBER_RE = /(?<!in )⟨(\d+)⟩/g;
function members(ctx: SentenceContext, group: string, asActor = true): number[] {
  const out: number[] = [];
  forEachMatch(MEMBER_RE, group, (m) => out.push(...(asActor ? ctx.actor(Number(m[1])) : ctx.place(Number(m[1])))));
  return out;
}

function addPairs(ctx: SentenceContext, hits: PatternHit[], type: RelationType, src: number[], tgt: number[], spec: { src: EntityType[]; tgt: EntityType[] }, confidence: number): void {
  for (const s of src) {
    if (!spec.src.includes(ctx.ents.list[s]!.type)) continue;
    for (const t of tgt) {
      if (!spec.tgt.includes(ctx.ents.list[t]!.type) || s === t) continue;
      hits.push({ source: s, type, target: t, confidence });
    }
  }
}

function pairwise(ctx: SentenceContext, hits: PatternHit[], type: RelationType, ids: number[], allowed: EntityType[], confidence: number): void {
  const ok = [...new Set(ids)].filter((i) => allowed.includes(ctx.ents.list[i]!.type));
  for (let a = 0; a < ok.length; a++) for (let b = a + 1; b < ok.length; b++) hits.push({ source: ok[a]!, type, target: ok[b]!, confidence });
}

const GOVISH = /\b(?:Ministry|Department|Council|Army|Navy|Agency|Office|Bureau|Commission|Police|Forces|Force|Guard|Guards|Parliament|Cabinet|Government|Administration|Senate|Congress|Assembly|Court|Yuan|Legislature|Command|Service)\b/;
const NOUNS: Array<[RegExp, (ctx: SentenceContext, hits: PatternHit[], m: RegExpMatchArray) => void]> = [
  [new RegExp(`${G} ['’]s (?:ties|relations|partnership|cooperation|alliance|friendship) with ${G}`, 'g'), (c, h, m) => addPairs(c, h, 'COOPERATES_WITH', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.7)],
  [new RegExp(`(?:ties|relations|partnership|cooperation|alliance|trade|friendship) between ${G}`, 'g'), (c, h, m) => pairwise(c, h, 'COOPERATES_WITH', members(c, m[1]!), ACTOR, 0.7)],
  [new RegExp(`${G} (?:[^⟨⟩ ]+ ){0,8}?(?:developed|have|had|built|forged|strengthened|deepened|established|restored|normalized|normalised|upgraded|expanded|boosted) (?:[^⟨⟩ .;]+ ){0,3}?(?:ties|relations|partnership|cooperation)\\b`, 'g'), (c, h, m) => pairwise(c, h, 'COOPERATES_WITH', members(c, m[1]!), ['Country', 'Organization'], 0.65)],
  [new RegExp(`(?:^|, )(?:the )?(?:(?:presidents|leaders|heads|ministers|foreign ministers|delegations) of )?${G} (?:[^⟨⟩ ]+ ){0,2}(?:met|held talks|sat down for talks|hold talks|opened (?:their )?(?:⟨\\d+⟩ |talks)|began talks|opened talks)`, 'g'), (c, h, m) => pairwise(c, h, 'MET_WITH', members(c, m[1]!), ACTOR, 0.7)],
  [new RegExp(`(⟨\\d+⟩) between ${G}`, 'g'), (c, h, m) => {
    const t = c.place(Number(m[1]!.slice(1, -1)));
    if (t.length === 1 && c.ents.list[t[0]!]!.type === 'Treaty') addPairs(c, h, 'PARTY_TO', members(c, m[2]!), t, { src: ['Country', 'Organization'], tgt: ['Treaty'] }, 0.75);
  }],
  [new RegExp(`${G} (?:was|is|were|are|became|becomes|remains|remained) (?:a |an |the |also |last |first |newest |latest |only |founding |full |\\d+(?:st|nd|rd|th) )*(?:part|party|parties|signatory|signatories|signatory nation|member|members|founding member) (?:of|to) (?:the )?(⟨\\d+⟩)`, 'g'), (c, h, m) => {
    const t = members(c, m[2]!, false);
    addPairs(c, h, 'PARTY_TO', members(c, m[1]!), t, { src: ['Country', 'Organization'], tgt: ['Treaty'] }, 0.75);
    addPairs(c, h, 'MEMBER_OF', members(c, m[1]!), t, { src: ['Country', 'Organization', 'Person'], tgt: ['Organization'] }, 0.75);
  }],
  [new RegExp(`${G} , (?:a |an |the |both |fellow |two |three )*(?:[^⟨⟩ ]+ )?(?:members?|member states?|allies) of (?:the )?(⟨\\d+⟩)`, 'g'), (c, h, m) => addPairs(c, h, 'MEMBER_OF', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country', 'Organization', 'Person'], tgt: ['Organization'] }, 0.7)],
  [new RegExp(`(⟨\\d+⟩) (?:members?|member states?|member countries|allies) ${G}`, 'g'), (c, h, m) => addPairs(c, h, 'MEMBER_OF', members(c, m[2]!), members(c, m[1]!, false), { src: ['Country', 'Organization'], tgt: ['Organization'] }, 0.7)],
  [/under (?:the )?(?:direct |full |effective |tight )?control of (?:the )?(?:⟨\d+⟩ ['’]s )?(⟨\d+⟩)/g, (c, h, m) => {
    const before = c.masked.slice(0, m.index);
    addPairs(c, h, 'CONTROLLED_BY', members(c, before, false), members(c, m[1]!), { src: ['Organization'], tgt: ACTOR }, 0.65);
  }],
  [new RegExp(`(⟨\\d+⟩) ${AUXP}(?:held|hosted|organized|organised|staged|convened) (?:by ⟨\\d+⟩ )?in ${G}`, 'g'), (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Event'], tgt: ['Place', 'Country'] }, 0.6)],
  [new RegExp(`${G} (?:[^⟨⟩ ]+ ){0,3}?(?:controlled|run|operated|directed) by (?:the )?${G}`, 'g'), (c, h, m) => addPairs(c, h, 'CONTROLLED_BY', members(c, m[1]!, false), members(c, m[2]!), { src: ['Organization', 'Place'], tgt: ACTOR }, 0.65)],
  [/(⟨\d+⟩) (?:are|is|was|were|as|serve as|serves as|acts as|act as) (?:an? |the )?(?:arms?|branch(?:es)?|wings?|units?|subsidiar(?:y|ies)|divisions?|affiliates?|parts?|fronts?) of (?:the )?(?:⟨\d+⟩ ['’]s )?(⟨\d+⟩)/g, (c, h, m) => addPairs(c, h, 'PART_OF', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Organization'], tgt: ['Organization', 'Country'] }, 0.65)],
  [/(⟨\d+⟩) ['’]s (?:⟨\d+⟩ - [a-z]+ )?(?:[a-z-]+ )?(⟨\d+⟩)/g, (c, h, m) => {
    const owner = members(c, m[1]!);
    const owned = members(c, m[2]!, false);
    for (const o of owner) for (const x of owned) {
      const oe = c.ents.list[o]!;
      const xe = c.ents.list[x]!;
      if (oe.type === 'Country' && xe.type === 'Organization') h.push({ source: x, type: GOVISH.test(xe.name) ? 'PART_OF' : 'LOCATED_IN', target: o, confidence: 0.7 });
      else if (xe.type === 'Event' && ACTOR.includes(oe.type)) h.push({ source: o, type: 'INVOLVED_IN', target: x, confidence: 0.6 });
    }
  }],
  // A place or event "in" a place lies there; a body only when the text says it is based there (a body
  // "in" a place is usually acting there: "police in Spain arrested…").
  [new RegExp(`(⟨\\d+⟩) (?:, )?(in|based in|headquartered in|located in) ${G}`, 'g'), (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[3]!, false), { src: m[2] === 'in' ? ['Place', 'Event'] : ['Organization', 'Place', 'Event'], tgt: ['Place', 'Country'] }, 0.6)],
  [/(⟨\d+⟩) , (⟨\d+⟩)(?= [,.]| ?$)/g, (c, h, m) => {
    const a = members(c, m[1]!, false);
    const b = members(c, m[2]!, false);
    if (a.length === 1 && b.length === 1 && c.ents.list[a[0]!]!.type === 'Place' && c.ents.list[b[0]!]!.type === 'Country') h.push({ source: a[0]!, type: 'LOCATED_IN', target: b[0]!, confidence: 0.6 });
  }],
  [/by (⟨\d+⟩) in (⟨\d+⟩)/g, (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[2]!, false), members(c, m[1]!), { src: ['Place'], tgt: ['Country'] }, 0.6)],
  [new RegExp(`(?:backed|supported|funded|armed) by ${G} (?:—|–|-|:|,) ${G}`, 'g'), (c, h, m) => addPairs(c, h, 'SUPPORTED', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.7)],
  [new RegExp(`${G} , (?:which|who) (?:[^⟨⟩ ]+ ){0,6}?(?:hosted|organized) by ${G}`, 'g'), () => undefined],
  [new RegExp(`(?:provid(?:ed|ing|es)|suppl(?:ied|ying|ies)) ${G} with`, 'g'), (c, h, m) => {
    const before = c.masked.slice(0, m.index).match(/(⟨\d+⟩)[^⟨⟩]*$/);
    const subj = before ? members(c, before[1]!) : [];
    addPairs(c, h, 'SUPPLIED', subj, members(c, m[1]!), { src: ['Country', 'Organization'], tgt: ['Country', 'Organization'] }, 0.55);
  }],
  [new RegExp(`(⟨\\d+⟩) (?:[^⟨⟩ .;]+ ){0,3}?(?:as )?(?:a |an |the )?(?:key |main |major |top |leading )?(?:[^⟨⟩ ]+ )?(?:supplier|provider|exporter) of (?:[^⟨⟩ ]+ ){1,5}?(?:to|for) (⟨\\d+⟩)`, 'g'), (c, h, m) => addPairs(c, h, 'SUPPLIED', members(c, m[1]!), members(c, m[2]!), { src: ['Country', 'Organization'], tgt: ['Country', 'Organization'] }, 0.6)],
];

// "Iran-backed rebels", "a Saudi-led coalition", "a London-based firm".
NOUNS.push(
  [new RegExp(`${G} (?:[^⟨⟩ ]+ ){0,3}?(?:suspended|suspends|expelled|expels|disqualified|excluded) (?:the )?${G}`, 'g'), (c, h, m) => addPairs(c, h, 'BLACKLISTED', members(c, m[1]!), members(c, m[2]!), { src: ['Organization', 'Country'], tgt: ['Organization', 'Country', 'Person'] }, 0.6)],
  [new RegExp(`(⟨\\d+⟩) - (?:backed|funded|sponsored|supported|armed|allied|aligned) (?:[a-z-]+ )?${G}`, 'g'), (c, h, m) => addPairs(c, h, 'SUPPORTED', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.7)],
  [new RegExp(`(⟨\\d+⟩) - (?:controlled|run|held|occupied) (?:[a-z-]+ )?${G}`, 'g'), (c, h, m) => addPairs(c, h, 'CONTROLLED_BY', members(c, m[2]!, false), members(c, m[1]!), { src: ['Organization', 'Place'], tgt: ACTOR }, 0.65)],
  [new RegExp(`(⟨\\d+⟩) - based (?:[a-z-]+ ){0,2}${G}`, 'g'), (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[2]!, false), members(c, m[1]!, false), { src: ['Organization'], tgt: ['Place', 'Country'] }, 0.65)],
  // "its obligations under the 1951 Mutual Defense Treaty": the clause subject is a party.
  [/(?:^|, )(?:the )?(⟨\d+⟩) (?:[^⟨⟩]+ )?(?:its|their) (?:[a-z-]+ )?(?:obligations|commitments?|duties|rights) under (?:the )?(⟨\d+⟩)/g, (c, h, m) => addPairs(c, h, 'PARTY_TO', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country', 'Organization'], tgt: ['Treaty'] }, 0.65)],
  [new RegExp(`(⟨\\d+⟩) , (?:which|that) (?:binds|commits|obliges|obligates|requires|links|ties) ${G}`, 'g'), (c, h, m) => addPairs(c, h, 'PARTY_TO', members(c, m[2]!), members(c, m[1]!, false), { src: ['Country', 'Organization'], tgt: ['Treaty'] }, 0.65)],
  // "X will visit Islamabad next week for talks with Y".
  [new RegExp(`(⟨\\d+⟩) (?:[^⟨⟩ ]+ ){0,3}?(?:visit|visits|visited|visiting|travel to|travels to|traveled to|travelled to|arrived in|arrives in|arrive in|flew to|flies to|fly to|went to|goes to) (?:⟨\\d+⟩ )?(?:[^⟨⟩ ]+ ){0,4}?for (?:talks|meetings?|discussions|consultations) with ${G}`, 'g'), (c, h, m) => addPairs(c, h, 'MET_WITH', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.65)],
  // "Poland, a NATO member", "Turkey, a fellow NATO ally".
  [new RegExp(`${G} , (?:a |an |the |fellow |both )*(?:founding )?(⟨\\d+⟩) (?:member|members|member state|member states|member country|ally|allies)\\b`, 'g'), (c, h, m) => addPairs(c, h, 'MEMBER_OF', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country', 'Organization'], tgt: ['Organization'] }, 0.7)],
  // "sanctions on five leaders of Hamas, including X and Y": the people named are the targets.
  [/(⟨\d+⟩) (?:[^⟨⟩]+ )?(?:sanctions (?:on|against)|sanctioned|blacklisted|banned|charged|indicted|arrested) (?:[^⟨⟩ ]+ ){0,4}?(?:leaders|members|figures|officials|commanders|individuals|people|executives|financiers|operatives|men|persons|entities|companies|firms) (?:of|from|linked to|tied to) (?:the )?⟨\d+⟩ , including ([^.;]+)/g, (c, h, m) => {
    const type: RelationType = /sanction/.test(m[0]) ? 'SANCTIONED' : 'BLACKLISTED';
    if (/charged|indicted|arrested/.test(m[0])) return;
    const included = members(c, m[2]!.split(/ , (?:saying|who|which|and said)\b/)[0]!);
    addPairs(c, h, type, members(c, m[1]!), included, { src: ['Country', 'Organization'], tgt: ACTOR }, 0.7);
  }],
);

/** Cheap tests, one per entry of NOUNS (null: always run): text each pattern cannot match without. */
const NOUN_GATES: (RegExp | null)[] = [
  /(?:ties|relations|partnership|cooperation|alliance|friendship) with ⟨/, /(?:ties|relations|partnership|cooperation|alliance|trade|friendship) between ⟨/, /(?:ties|relations|partnership|cooperation)\b/,
  /(?:met|talks)\b/, /⟩ between ⟨/, /\b(?:part|party|parties|signator|member)/, /\b(?:member|allies)/, /\b(?:member|allies)/,
  /control of/, /\b(?:held|hosted|organi[sz]ed|staged|convened) /, /(?:controlled|run|operated|directed) by /,
  /(?:arms?|branch(?:es)?|wings?|units?|subsidiar(?:y|ies)|divisions?|affiliates?|parts?|fronts?) of /, /⟩ ['’]s /,
  /⟩ (?:, )?(?:in|based in|headquartered in|located in) ⟨/, /⟩ , ⟨/, /by ⟨\d+⟩ in /, /(?:backed|supported|funded|armed) by /, /which|who/,
  /\b(?:provid|suppl)/, /\b(?:supplier|provider|exporter)/,
  /\b(?:suspend|expel|disqualif|exclud)/, / - (?:backed|funded|sponsored|supported|armed|allied|aligned) /, / - (?:controlled|run|held|occupied) /, / - based /,
  / under /, /, (?:which|that) /, /\bfor (?:talks|meeting|discussions|consultations) with /, /\b(?:member|ally|allies)/, /, including /,
];
export const NOUN_PATTERNS: Pattern[] = [
  (ctx, hits) => {
    const masked = ctx.masked;
    NOUNS.forEach(([re, fn], i) => {
      const gate = NOUN_GATES[i];
      if (gate && !gate.test(masked)) return;
      forEachMatch(re, masked, (m) => fn(ctx, hits, m));
    });
  },
];
