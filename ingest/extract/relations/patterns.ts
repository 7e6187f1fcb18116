/**
 * Verb and noun patterns over the masked sentence (see relations.ts). Each verb entry gives the
 * active forms, the passive participles, and the entity types allowed at each end; coordination and
 * passive voice are handled once, here, for all verbs.
 */
import type { EntityType, RelationType } from '../../../core/index.ts';
import type { PatternHit, SentenceContext } from '../types.ts';
import { forEachMatch } from './match-all.ts';

export type { PatternHit };
type Pattern = (ctx: SentenceContext, hits: PatternHit[]) => void;

const ACTOR: EntityType[] = ['Country', 'Organization', 'Person'];
const G = '(⟨\\d+⟩(?: in ⟨\\d+⟩)?(?:(?: ,| and| , and| as well as| , as well as| &| or) ⟨\\d+⟩(?: in ⟨\\d+⟩)?)*(?: and the [a-z]+)?)';
const SUBJ_NOUN = '(?:(?:allies|members|member states|officials|leaders|forces|troops|government|authorities|militants|fighters|police|army|diplomats|lawmakers|coast guard|ships|vessels|warships|jets|fighter jets|aircraft|warplanes|drones|navy|naval|military|soldiers|hackers|missiles|boats|gunboats|air force|security forces|rebels|insurgents|gunmen|state media|regulators|prosecutors|courts?|judges?) ){0,3}';
const VCOORD = '(?:(?:[^⟨⟩ .;,]+ ){1,5}and )?';
const AUX = '(?:(?:continue to|continues to|continued to|vowed to|pledged to|promised to|agreed to|wants to|plans to|decided to|must|should|may|might|can|has|have|had|also|jointly|formally|officially|reportedly|recently|already|will|would|could|did|does|do|not|directly|unilaterally|publicly|yesterday|today|later|then|again|repeatedly|previously|swiftly|quickly|finally|last \\w+|this \\w+|on \\w+|on \\w+ \\d+|in \\w+|to|just|had|, who|, which|who|which|(?:said|announced|confirmed|declared)(?: on \\w+)?(?: that)? (?:it|they|he|she)(?: was| were| is| are| would| will| had| has| have)?|(?:signed|won|clinched|inked|secured) (?:a |an )?(?:[^⟨⟩ ]+ ){0,4}(?:contract|deal|agreement|order) to) )*';
const AUXP = '(?:(?:was|were|is|are|be|been|being|has|have|had|to|will|would|also|later|reportedly|allegedly|not|jointly|formally|officially|already|being|recently|previously|to be|which|that|who|,) )*';
/** Up to four words between verb and object, never a locative preposition: the sea where a ship was hit is not the target. */
const FILL = '(?:(?!(?:in|near|off|at|from|into|across|outside|inside|around|over) )[^⟨⟩ .;:,—]+ ){0,4}?';

interface VerbSpec {
  type: RelationType;
  active: string;
  passive?: string;
  src: EntityType[];
  tgt: EntityType[];
}

const VERBS: VerbSpec[] = [
  { type: 'SIGNED', active: 'signs|signed|signing|sign|inked|inks', passive: 'signed|inked', src: ACTOR, tgt: ['Treaty'] },
  { type: 'JOINED', active: 'joined|joins|joining|join|acceded to|accedes to|will join', src: ['Country', 'Organization'], tgt: ['Organization', 'Treaty'] },
  { type: 'WITHDREW_FROM', active: 'withdrew from|withdraws from|withdrawn from|withdrawing from|pulled out of|pulls out of|quit|exited|left', src: ACTOR, tgt: ['Organization', 'Treaty'] },
  { type: 'BLACKLISTED', active: 'blacklisted|blacklists|blacklisting|blacklist|banned|bans|barred|bars|outlawed|outlaws', passive: 'blacklisted|banned|barred|outlawed', src: ['Country', 'Organization'], tgt: ACTOR },
  { type: 'SANCTIONED', active: '(?:imposed|imposes|announced|prepared|prepares|adopted|approved|slapped|unveiled|agreed|readied|targeted)(?: [a-z]+){0,2} sanctions (?:on|against)|sanctioned|sanctions|sanctioning|imposed sanctions on|imposes sanctions on|imposed new sanctions on|imposed sanctions against|slapped sanctions on|announced sanctions against|announced sanctions on|adopted sanctions against', passive: 'sanctioned', src: ['Country', 'Organization'], tgt: ACTOR },
  { type: 'ATTACKED', active: 'attacked|attacks|attacking|attack|struck|shelled|shells|bombed|bombs|raided|stormed|targeted|launched attacks on|launched an attack on|launched strikes on|launched an assault on|carried out strikes on|fired missiles at|fired rockets at|fired rockets into|overran|rammed|rams|fired on|fired at|opened fire on|fired water cannons? at|shot down|hacked|ambushed|(?:carried out|launched|conducted|staged|mounted)(?: [a-z-]+){0,2} (?:strikes|airstrikes|air strikes|attacks?|raids?|assault|offensive|cyberattacks?|drone strikes|missile strikes) (?:on|against)', passive: 'attacked|struck|shelled|bombed|raided|stormed|targeted|overrun|rammed|hacked|ambushed', src: ACTOR, tgt: ['Country', 'Organization', 'Person', 'Place'] },
  { type: 'INVADED', active: 'invaded|invades|invading|invade|sent troops into|sends troops into', passive: 'invaded', src: ['Country', 'Person', 'Organization'], tgt: ['Country', 'Place'] },
  { type: 'ACCUSED', active: 'accused|accuses|accusing|blamed|blames|blaming', passive: 'accused|blamed', src: ACTOR, tgt: ACTOR },
  { type: 'CRITICIZED', active: 'criticized|criticised|criticizes|criticises|condemned|condemns|denounced|denounces|slammed|blasted|rebuked|censured', passive: 'criticized|criticised|condemned|denounced|rebuked|censured', src: ACTOR, tgt: [...ACTOR, 'Treaty', 'Event'] },
  { type: 'THANKED', active: 'thanked|thanks|thanking', src: ACTOR, tgt: ACTOR },
  { type: 'SUPPORTED', active: 'backed|backs|supported|supports|supporting|endorsed|endorses|armed|funded|funds|financed|sided with|(?:offered|pledged|expressed|voiced|gave|lent|extended|reaffirmed)(?: [a-z]+)? support (?:to|for)', passive: 'backed|supported|endorsed|funded|financed|armed', src: ACTOR, tgt: [...ACTOR, 'Treaty'] },
  { type: 'OPPOSES', active: 'opposes|opposed|oppose|opposing|rejected|rejects', src: ACTOR, tgt: [...ACTOR, 'Treaty'] },
  { type: 'MET_WITH', active: 'met with|met|meets with|meets|meet with|meet|held talks with|holds talks with|hold talks with|talked with|spoke with|spoke to|spoke by phone with|hosted talks with|received|welcomed|hosted', src: ['Person', 'Country', 'Organization'], tgt: ['Person'] },
  { type: 'NEGOTIATED_WITH', active: 'negotiated with|negotiates with|negotiating with|negotiate with|held negotiations with', src: ACTOR, tgt: ACTOR },
  { type: 'HOSTED', active: 'hosted|hosts|hosting|host|organized|organised', passive: 'hosted|organized|organised', src: ['Country', 'Organization', 'Person', 'Place'], tgt: ['Event'] },
  { type: 'ATTENDED', active: 'attended|attends|attending|attend|took part in|takes part in|participated in|joined', src: ACTOR, tgt: ['Event'] },
  { type: 'SUPPLIED', active: '(?:supply|supplies|supplied|sell|sells|sold|deliver|delivers|delivered|ship|ships|shipped|export|exports|exported|transfer|transferred)(?: [^⟨⟩ .;:—]+){0,6}? to|sold weapons to|delivered weapons to|shipped weapons to|supplied weapons to|sent weapons to|exported weapons to|supplies weapons to|sold arms to|supplied arms to|delivered|(?:pledged|promised|sent|sends|send|gave|give|donated|offered|approved|agreed to send|will send|provided|provide|provides)(?: [^⟨⟩ .;:—]+){0,5}? (?:jets|tanks|missiles|weapons|arms|howitzers|drones|ammunition|shells|artillery|systems|rockets|launchers|helicopters|aircraft|warships|submarines|rifles|vehicles|munitions|interceptors|fighters|frigates|patrol boats) to', src: ['Country', 'Organization'], tgt: ['Country', 'Organization'] },
  { type: 'COOPERATES_WITH', active: 'cooperates with|cooperated with|cooperate with|partnered with|partners with|teamed up with|allied with|works with|worked with|agreed to cooperate with|signed a partnership with', src: ACTOR, tgt: ACTOR },
  { type: 'ACQUIRED', active: 'acquired|acquires|acquiring|acquire|bought|buys|buy|took over|takes over|agreed to buy|agreed to acquire|completed its acquisition of|completed the acquisition of|purchased', passive: 'acquired|bought|purchased', src: ['Organization', 'Person'], tgt: ['Organization'] },
  { type: 'DENIED', active: 'denied|denies|denying', src: ACTOR, tgt: ACTOR },
];

/** The -ing forms of a verb alternation ("signs|signed|signing" → "signing"). */
function ingForms(alt: string): string {
  const forms = alt.split('|').filter((f) => /^[a-z]+ing\b/.test(f));
  return forms.length ? forms.join('|') : NO_ING;
}
/** An alternation that never matches (a verb without -ing forms has no gerund pattern). */
const NO_ING = '(?!x)x';


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

/** Splits a regex alternation at its top level. */
function topLevel(alt: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) out.push(alt.slice(from, i)), (from = i + 1);
  }
  out.push(alt.slice(from));
  return out;
}

/**
 * Words one of which must occur for an alternation of verb forms to match ("signs|signed" → signs,
 * signed; "(?:imposed|adopted) sanctions on" → imposed, adopted), or null when they cannot be listed.
 */
export function triggerWords(alt: string): Set<string> | null {
  const out = new Set<string>();
  for (const a of topLevel(alt)) {
    if (a.startsWith('(?:')) {
      let depth = 0;
      let end = 0;
      for (let i = 0; i < a.length; i++) {
        if (a[i] === '\\') i++;
        else if (a[i] === '(') depth++;
        else if (a[i] === ')' && --depth === 0) {
          end = i;
          break;
        }
      }
      if (a[end + 1] === '?' || a[end + 1] === '*') return null;
      const inner = triggerWords(a.slice(3, end));
      if (!inner) return null;
      for (const w of inner) out.add(w);
      continue;
    }
    const w = /^[a-z][a-z'-]*/.exec(a)?.[0];
    if (!w || /^[?*+{]/.test(a.slice(w.length))) return null;
    out.add(w);
  }
  return out;
}

const compiled = VERBS.map((v) => {
  const ing = ingForms(v.active);
  return {
    spec: v,
    triggers: triggerWords(v.passive ? `${v.active}|${v.passive}` : v.active),
    /** Cheap pre-test: does any form of the verb occur at all? */
    test: new RegExp(`(?:^| )(?:${v.active}${v.passive ? `|${v.passive}` : ''})(?= |$)`),
    /**
     * Exact pre-tests, one per full pattern: the text each pattern cannot match without (the verb
     * between spaces; the passive participle before " by "; an -ing form before a space).
     */
    activeTest: new RegExp(` (?:${v.active}) `),
    gerundTest: ing === NO_ING ? null : new RegExp(`(?:${ing}) `),
    passiveTest: v.passive ? new RegExp(` (?:${v.passive}) by `) : null,
    active: new RegExp(`${G} ${SUBJ_NOUN}${VCOORD}${AUX}(?:${v.active}) (?:to )?${FILL}(?:the |a |an )?${G}`, 'g'),
    gerund: new RegExp(`^(?:the )?(?:(?:[a-z]+ ){1,2}of )?${G} (?:[^.;]+ )?(?:before|after|by|while|when|, ) ?(?:${ing}) ${FILL}${G}`, 'g'),
    passive: v.passive ? new RegExp(`${G} (?:, [^⟨⟩,]+ , )?${AUXP}(?:${v.passive}) by (?:the )?(?:[a-z]+ )?${G}`, 'g') : null,
  };
});

/** Trigger word → indices of the verbs it may start; verbs whose triggers cannot be listed are always tried. */
const BY_TRIGGER = new Map<string, number[]>();
const UNGATED: number[] = [];
compiled.forEach((c, i) => {
  if (!c.triggers) return void UNGATED.push(i);
  for (const w of c.triggers) {
    if (!BY_TRIGGER.has(w)) BY_TRIGGER.set(w, []);
    BY_TRIGGER.get(w)!.push(i);
  }
});

/** Any trigger word as a whole space-separated word of the masked sentence (one scan instead of a split). */
const TRIGGER_RE = new RegExp(`(?:^| )(${[...BY_TRIGGER.keys()].map((w) => w.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&')).join('|')})(?= |$)`, 'g');

/** Verb patterns: active (subject verb object), gerund continuation, passive (object verb by subject). */
export const VERB_PATTERNS: Pattern[] = [
  (ctx, hits) => {
    const masked = ctx.masked;
    // "X, who hosted the summit, met Y": the verb after a non-restrictive clause belongs to X.
    const collapsed = / , (?:who|which|whose) /.test(masked) ? masked.replace(/ , (?:who|which|whose) [^,;]*? , (?=[a-z])/g, ' ') : '';
    // Candidate verbs from the words of the sentence (one Map lookup per word), then the precise patterns.
    const candidate = new Uint8Array(compiled.length);
    for (const i of UNGATED) candidate[i] = 1;
    TRIGGER_RE.lastIndex = 0;
    for (let m = TRIGGER_RE.exec(masked); m; m = TRIGGER_RE.exec(masked)) for (const i of BY_TRIGGER.get(m[1]!)!) candidate[i] = 1;
    // Every pattern has a mention before its verb and one after it: the verb is looked for between the
    // first and the last mention only (the sentence has at least two).
    const inner = masked.slice(masked.indexOf('⟨'), masked.lastIndexOf('⟨'));
    const collapsedInner = collapsed && collapsed !== masked ? collapsed.slice(collapsed.indexOf('⟨'), collapsed.lastIndexOf('⟨')) : '';
    for (let v = 0; v < compiled.length; v++) {
      if (!candidate[v]) continue;
      const { spec, triggers, test, activeTest, gerundTest, passiveTest, active, gerund, passive } = compiled[v]!;
      if (!triggers && !test.test(masked)) continue;
      if (activeTest.test(inner)) {
        forEachMatch(active, masked, (m) => {
          const close = m[0].split(' ').length <= 8;
          addPairs(ctx, hits, spec.type, members(ctx, m[1]!), members(ctx, m[2]!), spec, close ? 0.8 : 0.65);
        });
      }
      if (collapsedInner && activeTest.test(collapsedInner)) {
        forEachMatch(active, collapsed, (m) => addPairs(ctx, hits, spec.type, members(ctx, m[1]!), members(ctx, m[2]!), spec, 0.65));
      }
      if (gerundTest?.test(inner)) {
        forEachMatch(gerund, masked, (m) => addPairs(ctx, hits, spec.type, members(ctx, m[1]!), members(ctx, m[2]!), spec, 0.6));
      }
      if (passive && passiveTest!.test(inner)) {
        forEachMatch(passive, masked, (m) => {
          const objs = members(ctx, m[1]!);
          addPairs(ctx, hits, spec.type, members(ctx, m[2]!), objs.slice(-1), spec, 0.75);
        });
      }
    }
  },
];

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
  [new RegExp(`(⟨\\d+⟩) (?:, )?(?:in|based in|headquartered in|located in) ${G}`, 'g'), (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Organization', 'Place', 'Event'], tgt: ['Place', 'Country'] }, 0.6)],
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
