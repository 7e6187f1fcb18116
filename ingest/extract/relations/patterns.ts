/**
 * Noun-phrase patterns over the masked sentence (see relations.ts): membership, control, parts,
 * locations, partnerships and hyphenated modifiers ("Iran-backed"). Events of verbs and their
 * nominalisations are read from clauses by the lexicon (lexicon/), not here.
 */
import type { EntityType, RelationType } from '../../../core/index.ts';
import type { PatternHit, SentenceContext } from '../types.ts';
import { forEachMatch } from './match-all.ts';
import { GOVERNMENT_BODY } from '../resolve/bodies.ts';
import { INTERNATIONAL_BODIES, lookup } from '../mentions/gazetteer/index.ts';
import { placeCountry } from '../mentions/gazetteer/world-regions.ts';
import { isPartyName, PARTY_WORD } from '../clauses/phrase-facts.ts';

/** Words of the name of a body's organ or unit ("Appellate Body", "Board of Governors", "Vega Brigade"). */
const ORGAN_NAME = /\b(?:Council|Committee|Commission|Body|Court|Tribunal|Bureau|Office|Agency|Department|Directorate|Division|Unit|Brigade|Battalion|Regiment|Wing|Branch|Secretariat|Assembly|Parliament|Board|Fund|Centre|Center|Institute|Service|Services|Force|Forces|Command|Corps|Mission|Panel|Authority|Administration|Ministry|Facility|Programme|Program|Group|Fleet|Navy|Army|Guard)\b/;
/** Nouns after a body a body names that make it a dealing between them ("Vega Oil's Andes takeover"). */
const DEALING_AFTER = /^ (?:⟨|(?:-\s)?(?:deal|deals|acquisition|takeover|purchase|merger|bid|stake|offer|contract|contracts|partnership|tie-up|rivalry|dispute|row|case|lawsuit|complaint|shares|stock|bonds|debt)\b)/;

export type { PatternHit };
type Pattern = (ctx: SentenceContext, hits: PatternHit[]) => void;

const ACTOR: EntityType[] = ['Country', 'Organization', 'Person'];
/** Nouns for a part of a body ("an Andean Council body", "the group's border agency"). */
const PART_WORDS = 'body|agency|unit|arm|affiliate|subsidiary|branch|wing|division|organ|mission|lender|tribunal|bureau|directorate|programme|program';
const PART_NOUN = `(?:${PART_WORDS})`;
/** Any part noun the part-of patterns read, "the X court Y" and "the X fund Y" too. */
const PART_GATE = new RegExp(`\\b(?:${PART_WORDS}|court|fund)\\b`);

const G = '(⟨\\d+⟩(?: in ⟨\\d+⟩)?(?:(?: ,| and| , and| as well as| , as well as| &| or) ⟨\\d+⟩(?: in ⟨\\d+⟩)?)*(?: and the [a-z]+)?)';
/** A place's kind after its name ("Zirok district", "Malvo province"). */
const PLACE_KIND = '(?: (?:district|province|region|state|county|prefecture|department|governorate|municipality|oblast|township|village|town|city))?';
/** A part of the place that follows ("in southern Poland", "in the far north of"), or "the". */
const PART_OF_PLACE = '(?:the )?(?:(?:far |deep )?(?:(?:north|south)-?(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|central|coastal) )?';
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

/**
 * Noun-phrase rules, each with its cheap pre-test (`gate`: text the rule cannot match without; null
 * runs always) beside it.
 */
interface NounRule {
  gate: RegExp | null;
  re: RegExp;
  run: (ctx: SentenceContext, hits: PatternHit[], m: RegExpMatchArray) => void;
}
/** Words that tell ties as close ("close", "strategic"), and the kinds of ties between them and the noun. */
const CLOSE = '(?:close|strong|deep|warm|cordial|strategic|friendly)';
const TIE_KIND = '(?:military |security |defence |defense |economic |trade |political )?';
const NOUNS: NounRule[] = [
  // (Not bare ties or relations, which sour as often as they grow: "X's ties with Y frayed".)
  { gate: /(?:partnership|cooperation|alliance|friendship) with ⟨/, re: new RegExp(`${G} ['’]s (?:partnership|cooperation|alliance|friendship) with ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'COOPERATES_WITH', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.7) },
  // ("Chile's close ties with Peru", "has kept strong military ties with Y": ties told as close.)
  // "X won the backing of Y", "X has the support of Y": the support is Y's, for X.
  { gate: /(?:support|backing|endorsement) of /, re: new RegExp(`${G} (?:has |have |had |also |now )*(?:won|wins|win|secured|secures|received|receives|gained|gains|enjoys|enjoyed|enjoy|got|gets|has|have|had|sought|seeks|lost|loses) the (?:full |strong |tacit |public |firm |formal )?(?:support|backing|endorsement) of (?:the )?${G}`, 'g'), run: (c, h, m) => {
    // (Losing it tells no support now; seeking it none yet.)
    if (/\b(?:lost|loses|sought|seeks)\b/.test(m[0])) return;
    addPairs(c, h, 'SUPPORTED', members(c, m[2]!), members(c, m[1]!), { src: ACTOR, tgt: ACTOR }, 0.6);
  } },
  // "X's ties with Y have grown closer", "relations between X and Y deepened": ties told as growing.
  { gate: /(?:ties|relations) (?:with|between) ⟨/i, re: new RegExp(`(?:${G} ['’]s (?:ties|relations) with ${G}|(?:[Tt]ies|[Rr]elations) between ${G}) (?:have |has |had )?(?:(?:grown|become|got|gotten) (?:much |ever |increasingly |far )?(?:closer|stronger|warmer|deeper)|deepened|strengthened|warmed|improved|expanded)\\b`, 'g'), run: (c, h, m) => {
    // (Not a rift or a crisis in them that deepens: "the crisis in relations between X and Y deepened".)
    if (/\b(?:rift|crisis|chill|tensions?|strain|row|dispute|breakdown|deterioration|freeze|standoff) in $/.test(c.masked.slice(0, m.index ?? 0))) return;
    if (m[3]) pairwise(c, h, 'COOPERATES_WITH', members(c, m[3]), ACTOR, 0.6);
    else addPairs(c, h, 'COOPERATES_WITH', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.6);
  } },
  // "Egypt and Sudan have close relations": a pair that has close ties.
  { gate: new RegExp(`${CLOSE} (?:[a-z]+ )?(?:ties|relations)\\b`), re: new RegExp(`${G} (?:have|had|has|enjoy|enjoyed|maintain|maintained|keep|kept) (?:long |always |very |historically )*${CLOSE} ${TIE_KIND}(?:ties|relations)(?! with)\\b`, 'g'), run: (c, h, m) => pairwise(c, h, 'COOPERATES_WITH', members(c, m[1]!), ACTOR, 0.6) },
  // (Only ties owned or kept: not "cut its close ties with", "warned against close ties with", "wants closer ties".)
  { gate: new RegExp(`${CLOSE} (?:[a-z]+ )?(?:ties|relations|links) with ⟨`), re: new RegExp(`${G} (?:['’]s |(?:has |have |had |also |still |long |always )*(?:keeps? |kept |maintains? |maintained |enjoys? |enjoyed |has |have |had |built |forged |developed |cultivated |fostered |boasts? )(?:(?:its|their|his|her|a|an|the|very|unusually|increasingly|historically) )*)${CLOSE} ${TIE_KIND}(?:ties|relations|links) with ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'COOPERATES_WITH', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.6) },
  { gate: /(?:partnership|cooperation|alliance|trade|friendship) between ⟨/, re: new RegExp(`(?:partnership|cooperation|alliance|trade|friendship) between ${G}`, 'g'), run: (c, h, m) => pairwise(c, h, 'COOPERATES_WITH', members(c, m[1]!), ACTOR, 0.7) },
  { gate: /(?:ties|relations|partnership|cooperation)\b/, re: new RegExp(`${G} (?:[^⟨⟩ ]+ ){0,8}?(?:(?:developed|built|forged|strengthened|deepened|upgraded|expanded|boosted) (?:[^⟨⟩ .;]+ ){0,3}?(?:ties|relations|partnership|cooperation)|(?:have|had|established|restored|normalized|normalised) (?:[^⟨⟩ .;]+ ){0,3}?(?:partnership|cooperation))\\b`, 'g'), run: (c, h, m) => pairwise(c, h, 'COOPERATES_WITH', members(c, m[1]!), ['Country', 'Organization'], 0.65) },
  { gate: /⟩ between ⟨/, re: new RegExp(`(⟨\\d+⟩) between ${G}`, 'g'), run: (c, h, m) => {
    const t = c.place(Number(m[1]!.slice(1, -1)));
    if (t.length === 1 && c.ents.list[t[0]!]!.type === 'Treaty') addPairs(c, h, 'PARTY_TO', members(c, m[2]!), t, { src: ['Country', 'Organization'], tgt: ['Treaty'] }, 0.75);
  } },
  { gate: /\b(?:part|party|parties|signator|member)/, re: new RegExp(`${G} (?:was|is|were|are|became|becomes|remains|remained|(?:has|have|had) (?:become|been)) (?:a |an |the |also |now |still |already |currently |formally |officially |last |first |second |third |fourth |fifth |sixth |seventh |eighth |ninth |tenth |eleventh |twelfth |newest |latest |only |founding |full |\\d+(?:st|nd|rd|th) )*(?:part|party|parties|signatory|signatories|signatory nation|member|members|founding member) (?:of|to) (?:the )?(⟨\\d+⟩)`, 'g'), run: (c, h, m) => {
    const t = members(c, m[2]!, false);
    addPairs(c, h, 'PARTY_TO', members(c, m[1]!), t, { src: ['Country', 'Organization'], tgt: ['Treaty'] }, 0.75);
    addPairs(c, h, 'MEMBER_OF', members(c, m[1]!), t, { src: ['Country', 'Organization', 'Person'], tgt: ['Organization'] }, 0.75);
    // ("became a member of X": it joined X too.)
    if (/ (?:became|becomes|become) /.test(m[0]!)) addPairs(c, h, 'JOINED', members(c, m[1]!), t, { src: ['Country', 'Organization'], tgt: ['Organization'] }, 0.7);
  } },
  { gate: /\b(?:member|allies)/, re: new RegExp(`${G} , (?:a |an |the |both |fellow |two |three )*(?:[^⟨⟩ ]+ )?(?:members?|member states?|allies) of (?:the )?(⟨\\d+⟩(?:(?: ,| and| , and)(?: the)? ⟨\\d+⟩)*)`, 'g'), run: (c, h, m) => notHeld(m[0]!) || addPairs(c, h, 'MEMBER_OF', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country', 'Organization', 'Person'], tgt: ['Organization'] }, 0.7) },
  // "the Andes Corps, successor to the Vega Brigade": a body or pact set off as another's successor succeeded it.
  { gate: /successor (?:to|of) /, re: /(⟨\d+⟩) , (?:the |a |its )?(?!(?:possible|potential|presumed|likely|designated|probable|would-be|chosen|anointed|heir) )(?:[a-z-]+ )?successor (?:to|of) (?:the )?(⟨\d+⟩)/g, run: (c, h, m) => addPairs(c, h, 'SUCCEEDED', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Organization', 'Treaty', 'Person'], tgt: ['Organization', 'Treaty', 'Person'] }, 0.65) },
  // "the Vega Front and its ally the Andes Party": a name and its ally work together.
  // (Only a subject named first, not an object, "struck Lebanon and its ally X defended …"; nor a former ally.)
  { gate: / and (?:its|their) (?:[a-z-]+ )?(?:ally|allies) (?:the )?⟨/, re: /(?:^|, )(?:the )?(⟨\d+⟩) and (?:its|their) (?!(?:former|onetime|one-time|estranged|erstwhile|ex|old|once) )(?:[a-z-]+ )?(?:ally|allies) (?:the )?(⟨\d+⟩(?:(?: ,| and| , and)(?: the)? ⟨\d+⟩)*)/g, run: (c, h, m) => addPairs(c, h, 'COOPERATES_WITH', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.6) },
  // "X, an extremist opposed to the accords", "Y, a party hostile to the pact": an apposition that opposes.
  // (Only the name that ends the phrase, "opposed to the Lima Accord ,", not one that owns or qualifies what
  // follows, "opposed to Peru's membership", "opposed to EU sanctions"; and not "as opposed to".)
  { gate: / (?:opposed|hostile) to /, re: new RegExp(`(⟨\\d+⟩) , (?:a|an|the) ((?:[a-z-]+ ){0,3})(?:opposed|hostile) to (?:the )?(?:⟨\\d+⟩ ['’]s )?(⟨\\d+⟩)(?= (?:,|\\.|;|and|who|which|has|had|was|is|said|says))`, 'g'), run: (c, h, m) => {
    if (/\b(?:as|[a-z]+ing)\b/.test(m[2]!)) return;
    addPairs(c, h, 'OPPOSES', members(c, m[1]!, false), members(c, m[3]!, false), { src: ACTOR, tgt: [...ACTOR, 'Treaty'] }, 0.6);
  } },
  // "Chile and Ecuador became partner states of the Andean Council": a bloc's partner works with it, no member.
  { gate: /\bpartners?\b/, re: new RegExp(`${G} (?:became|become|becomes|is|are|was|were|has become|have become) (?:a |an |the )?(?:new |official |formal )?(?:partner countries|partner country|partner states?|partner nations?) of (?:the )?(⟨\\d+⟩)`, 'g'), run: (c, h, m) => addPairs(c, h, 'COOPERATES_WITH', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country'], tgt: ['Organization'] }, 0.6) },
  // "the Andean Council, of which Peru is a member": the body a relative "of which" opens on.
  { gate: /, of which ⟨/, re: new RegExp(`(⟨\\d+⟩) (?:[a-z-]+ ){0,2}, of which ${G} (?:is|are|was|were|remains|remain|became|has been|have been) (?:also |still |now |already )?(?:a |an |the )?(?:[a-z-]+ )?(?:member|members|member state|member states)\\b`, 'g'), run: (c, h, m) => notHeld(m[0]!) || addPairs(c, h, 'MEMBER_OF', members(c, m[2]!), members(c, m[1]!, false), { src: ['Country', 'Organization', 'Person'], tgt: ['Organization'] }, 0.7) },
  // "Chile, Peru and other members of the Andean Council": a list before "other members of" a body.
  // (Not former, aspiring or would-be ones.)
  { gate: /(?:other|fellow) (?:[a-z-]+ )?members? of/, re: new RegExp(`${G} (?:,|and|, and) (?:the )?(?:other|fellow) (?:[a-z-]+ )?(?:members?|member states|member countries) of (?:the )?(⟨\\d+⟩)`, 'g'), run: (c, h, m) => notHeld(m[0]!) || addPairs(c, h, 'MEMBER_OF', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country', 'Organization', 'Person'], tgt: ['Organization'] }, 0.7) },
  // "the Andean Council's members, Peru and Bolivia": the list set off after a body's members.
  { gate: /['’]s (?:founding )?member/, re: new RegExp(`(⟨\\d+⟩) ['’]s (?:founding |other |current )?(?:members|member states|member countries|member nations) , ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'MEMBER_OF', members(c, m[2]!), ['np', 'desc'].includes(c.s.mentions[Number(m[1]!.slice(1, -1))]?.kind ?? '') ? [] : members(c, m[1]!, false), { src: ['Country', 'Organization'], tgt: ['Organization'] }, 0.7) },
  // "Peru is the last Andean Council member to…", "Peru became an Andean Council member": a copula and a body before "member".
  // (Not a hope or a condition, "once X becomes a member", "if X or Y becomes …", nor "a member hopeful".)
  { gate: /⟩ member\b/, re: new RegExp(`(?<!\\b(?:if|once|whether|unless) (?:⟨\\d+⟩ (?:,|and|or) )*)${G} (?:is|was|are|were|became|becomes|remains|remained|(?:has|have|had) (?:become|been)) (?:now |still |also |already |long )*(?:a|an|the) (?:only |last |newest |latest |first |founding |full |fellow |key |leading |largest |biggest |smallest |youngest )*(⟨\\d+⟩) (?:member|member state|member country|member nation)\\b(?! (?:hopeful|candidate|aspirant|bid)s?\\b)`, 'g'), run: (c, h, m) => addPairs(c, h, 'MEMBER_OF', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country', 'Organization'], tgt: ['Organization'] }, 0.7) },
  // ("Andean Council members Peru and Chile", "five Andean Council members, including Peru and Chile", "members such as X".)
  // (After "including" or "such as", names only: "Islamic State members, including Britons" are nationals, not states.)
  // (So "EU states, including X and Y", "five NATO countries such as Z": a body's states are its members.)
  { gate: /\b(?:member|allies|states|countries|nations)/, re: new RegExp(`(⟨\\d+⟩) (?:members?|member states?|member countries|allies|states|countries|nations) (?:(, (?:including|among them) |such as |including ))?${G}`, 'g'), run: (c, h, m) => {
    // (Nor a name that modifies a noun after it: "such as Chechen fighters".)
    const last = [...m[3]!.matchAll(/⟨(\d+)⟩/g)].at(-1);
    const after = last ? c.s.tokens[c.s.mentions[Number(last[1])]!.t1] : undefined;
    if (m[2] && after?.pos === 'NOUN' && !after.cap) return;
    if (m[2] && [...m[3]!.matchAll(/⟨(\d+)⟩/g)].some((x) => c.s.mentions[Number(x[1])]?.gaz?.kind === 'demonym' || !c.s.mentions[Number(x[1])]?.refs.some((r) => c.ents.list[r]!.type === 'Country' || (c.ents.list[r]!.type === 'Organization' && !c.ents.list[r]!.tentative)))) return;
    // (Not a body named by what it is not, "non-NATO countries"; nor those added "as well as" the members.)
    if (/\bnon -? ?$/i.test(c.masked.slice(0, m.index ?? 0)) || /^non-/i.test(c.s.mentions[Number(m[1]!.slice(1, -1))]?.name ?? '')) return;
    addPairs(c, h, 'MEMBER_OF', members(c, m[3]!.split(/ , as well as | as well as /)[0]!), members(c, m[1]!, false), { src: ['Country', 'Organization'], tgt: ['Organization'] }, 0.7);
  } },
  { gate: /control of/, re: /under (?:the )?(?:direct |full |effective |tight )?control of (?:the )?(?:⟨\d+⟩ ['’]s )?(⟨\d+⟩)/g, run: (c, h, m) => {
    const before = c.masked.slice(0, m.index);
    addPairs(c, h, 'CONTROLLED_BY', members(c, before, false), members(c, m[1]!), { src: ['Organization'], tgt: ACTOR }, 0.65);
  } },
  { gate: /\b(?:held|hosted|organi[sz]ed|staged|convened) /, re: new RegExp(`(⟨\\d+⟩) ${AUXP}(?:held|hosted|organized|organised|staged|convened) (?:by ⟨\\d+⟩ )?in ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Event'], tgt: ['Place', 'Country'] }, 0.6) },
  // "Peru will host the group's yearly summit in Arica": the place a state hosts a gathering in is its own.
  // (Not over another name: "Chile hosted Peru's president at a summit in Quito".)
  // (Not a place known to lie elsewhere: "Saudi Arabia hosted a meeting in New York".)
  { gate: /\bhost(?:s|ed|ing)? /, re: /(⟨\d+⟩) (?:will |would |is to |was to |plans to |agreed to |has |had )?(?:host|hosts|hosted|hosting) (?:[^⟨⟩ ,.;]+ ){1,6}?(?:summit|meeting|talks|conference|games|forum|session|congress|gathering|ceremony) (?:in|at) (⟨\d+⟩)/g, run: (c, h, m) => {
    const host = members(c, m[1]!, false);
    const places = members(c, m[2]!, false).filter((p) => { const known = placeCountry(c.ents.list[p]!); return !known || host.some((x) => c.ents.list[x]!.name === known); });
    addPairs(c, h, 'LOCATED_IN', places, host, { src: ['Place'], tgt: ['Country'] }, 0.6);
  } },
  { gate: /(?:controlled|run|operated|directed) by /, re: new RegExp(`${G} (?:[^⟨⟩ ]+ ){0,3}?(?:controlled|run|operated|directed) by (?:the )?${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'CONTROLLED_BY', members(c, m[1]!, false), members(c, m[2]!), { src: ['Organization', 'Place'], tgt: ACTOR }, 0.65) },
  { gate: /(?:arms?|branch(?:es)?|wings?|units?|subsidiar(?:y|ies)|divisions?|affiliates?|parts?) of /, re: /(⟨\d+⟩) (?:are|is|was|were|as|serve as|serves as|acts as|act as) (?:an? |the )?(?:arms?|branch(?:es)?|wings?|units?|subsidiar(?:y|ies)|divisions?|affiliates?|parts?) of (?:the )?(?:⟨\d+⟩ ['’]s )?(⟨\d+⟩)/g, run: (c, h, m) => addPairs(c, h, 'PART_OF', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Organization'], tgt: ['Organization', 'Country'] }, 0.65) },
  // "the Lima Court, an Andean Council body", "Vega Aid, the Andean Council's refugee agency", "the Council's border agency, Vega
  // Watch", "Vega Oil's Putre Mining unit", "the UN mission MINURCA": a body described as a part of another body.
  // (Not a body another funds, backs or once owned: "a European Union-funded body", "a former Vega Group subsidiary".)
  { gate: PART_GATE, re: new RegExp(`(⟨\\d+⟩) , (?:a|an|the) (?!former |ex-)(?:[a-z]+ )?(⟨\\d+⟩) (?!- )(?:['’]s )?(?:(?![a-z]+ed )[a-z-]+ ){0,2}${PART_NOUN}(?= [,.]| (?:that|which|created|set|based|and)\\b|$)`, 'g'), run: (c, h, m) => addPairs(c, h, 'PART_OF', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Organization'], tgt: ['Organization'] }, 0.6) },
  // (Not one addressed: "speaking to the Council's trade body, Vega Oil, …".)
  { gate: PART_GATE, re: new RegExp(`(?<!\\b(?:to|at|with|from|before|for) (?:the )?)(⟨\\d+⟩) ['’]s (?:[a-z-]+ ){0,2}${PART_NOUN} , (⟨\\d+⟩) ,`, 'g'), run: (c, h, m) => addPairs(c, h, 'PART_OF', members(c, m[2]!, false), members(c, m[1]!, false), { src: ['Organization'], tgt: ['Organization'] }, 0.6) },
  { gate: PART_GATE, re: new RegExp(`(⟨\\d+⟩) ['’]s (⟨\\d+⟩) (?:unit|subsidiary|arm|affiliate|division|branch|wing)\\b`, 'g'), run: (c, h, m) => addPairs(c, h, 'PART_OF', members(c, m[2]!, false), members(c, m[1]!, false), { src: ['Organization'], tgt: ['Organization'] }, 0.6) },
  // (Only the name the phrase ends on: not "the UN body Amnesty International criticised", a relative clause.)
  { gate: PART_GATE, re: new RegExp(`\\bthe (⟨\\d+⟩) (?:mission|agency|body|court|tribunal|programme|program|fund) (⟨\\d+⟩)(?= [,.]| (?:was|is|has|had|said|says|will|would|were|are)\\b| ?$)`, 'g'), run: (c, h, m) => addPairs(c, h, 'PART_OF', members(c, m[2]!, false), members(c, m[1]!, false), { src: ['Organization'], tgt: ['Organization'] }, 0.6) },
  // (Not "Chile's Andes minister": a place before an office is its brief, not a place it has.)
  { gate: /⟩ ['’]s /, re: /(⟨\d+⟩) ['’]s (?:⟨\d+⟩ - [a-z]+ )?(?:[a-z-]+ )?(⟨\d+⟩)(?! (?:minister|ministry|envoy|ambassador|secretary|commissioner|affairs|czar|tsar|coordinator|adviser|advisor|representative)\b)/g, run: (c, h, m) => {
    const owner = members(c, m[1]!);
    const owned = members(c, m[2]!, false);
    // "Ankara's Esenboga airport", "Jamaica's St. Elizabeth parish": a place of a place lies in it.
    for (const o of members(c, m[1]!, false)) for (const x of owned) {
      const ot = c.ents.list[o]!.type;
      if (c.ents.list[x]!.type === 'Place' && (ot === 'Place' || ot === 'Country') && o !== x) h.push({ source: x, type: 'LOCATED_IN', target: o, confidence: 0.6 });
    }
    for (const o of owner) for (const x of owned) {
      const oe = c.ents.list[o]!;
      const xe = c.ents.list[x]!;
      // (Not an international body: "Kenya's IMF programme" is Kenya's programme.)
      // (Nor a party: "Peru's ruling Vega party" is of Peru's politics, not a body lying there.)
      const party = isPartyName(xe.name) || PARTY_WORD.test(/^ ([a-z]+)/.exec(c.masked.slice((m.index ?? 0) + m[0].length))?.[1] ?? '') || / (?:ruling|governing|opposition) ⟨/.test(m[0]);
      if (oe.type === 'Country' && xe.type === 'Organization' && !INTERNATIONAL_BODIES.has(xe.name) && (GOVERNMENT_BODY.test(xe.name) || !party)) h.push({ source: x, type: GOVERNMENT_BODY.test(xe.name) ? 'PART_OF' : 'LOCATED_IN', target: o, confidence: 0.7 });
      // "Kenya's presidential election", "Jamaica's worst hurricane": held or struck there; "Russia's war": its party.
      // "the Andean Council's Appellate Body", "the Sendero Front's Vega Brigade": a body a body owns is
      // part of it (not "Vega Oil's Andes deal", a dealing with another).
      // (Only a name of a body's organ or unit, right after the possessive: not "Vega Oil's rival Andes Mining",
      // "the EU's Moody's rating", nor a person the tagger took for a body.)
      else if (oe.type === 'Organization' && xe.type === 'Organization' && o !== x && /['’]s ⟨/.test(m[0]) && ORGAN_NAME.test(xe.name) && !INTERNATIONAL_BODIES.has(xe.name) && !party && !DEALING_AFTER.test(c.masked.slice((m.index ?? 0) + m[0].length))) h.push({ source: x, type: 'PART_OF', target: o, confidence: 0.6 });
      else if (xe.type === 'Event' && oe.type === 'Country' && HELD_IN_OWNER.test(xe.name)) h.push({ source: x, type: 'LOCATED_IN', target: o, confidence: 0.6 });
      else if (xe.type === 'Event' && ACTOR.includes(oe.type)) h.push({ source: o, type: 'INVOLVED_IN', target: x, confidence: 0.6 });
    }
  } },
  // Capitals stated: "Uyo, capital of Akwa Ibom State", "Abuja, Nigeria's capital", "Nigeria's capital, Abuja",
  // "the capital of Chile, Santiago", "the Kenyan capital Nairobi".
  // Also "Lima, the Peruvian capital,".
  { gate: /\bcapital\b/, re: /(⟨\d+⟩) , (?:the |its |their )?(?:(?:national |federal |state |provincial |regional )?capital of (?:the )?(⟨\d+⟩)|(⟨\d+⟩) ['’]s (?:[a-z]+ )?capital\b|(?<=, the )(⟨\d+⟩) capital\b)/g, run: (c, h, m) => {
    addPairs(c, h, 'CAPITAL_OF', members(c, m[1]!, false), members(c, (m[2] ?? m[3] ?? m[4])!, false), { src: ['Place'], tgt: ['Country', 'Place'] }, 0.7);
  } },
  { gate: /\bcapital\b/, re: /(?:(⟨\d+⟩) ['’]s (?:[a-z]+ )?capital(?: city)?|the capital of (?:the )?(⟨\d+⟩)|the (⟨\d+⟩) capital(?: city)?) (?:, )?(⟨\d+⟩)/g, run: (c, h, m) => {
    addPairs(c, h, 'CAPITAL_OF', members(c, m[4]!, false), members(c, (m[1] ?? m[2] ?? m[3])!, false), { src: ['Place'], tgt: ['Country', 'Place'] }, 0.7);
  } },
  // "Korvant, which is based in Toronto": a body the text says is based there.
  { gate: /, (?:which|that) (?:is|was|are|were) (?:based|headquartered|located|registered) in /, re: new RegExp(`(⟨\\d+⟩) , (?:which|that) (?:is|was|are|were) (?:based|headquartered|located|registered) in ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Organization', 'Place', 'Event'], tgt: ['Place', 'Country'] }, 0.6) },
  // A place or event "in" a place lies there; a body only when the text says it is based there (a body
  // "in" a place is usually acting there: "police in Spain arrested…").
  // The place may carry its kind ("Zirok district in western Kenya") and the container a part of
  // it ("Tarnow, in southern Poland", "in the Opole region").
  { gate: /⟩ (?:[a-z]+ )?(?:, )?(?:in|based in|headquartered in|located in|registered in) (?:the )?(?:[a-z-]+ )?⟨/, re: new RegExp(`(⟨\\d+⟩)${PLACE_KIND} (?:, )?(in|based in|headquartered in|located in|registered in) ${PART_OF_PLACE}${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[3]!, false), { src: m[2] === 'in' ? ['Place', 'Event'] : ['Organization', 'Place', 'Event'], tgt: ['Place', 'Country'] }, 0.6) },
  { gate: /⟩ , ⟨/, re: /(⟨\d+⟩) , (⟨\d+⟩)(?= [,.]| ?$)/g, run: (c, h, m) => {
    const a = members(c, m[1]!, false);
    const b = members(c, m[2]!, false);
    if (a.length === 1 && b.length === 1 && c.ents.list[a[0]!]!.type === 'Place' && c.ents.list[b[0]!]!.type === 'Country') h.push({ source: a[0]!, type: 'LOCATED_IN', target: b[0]!, confidence: 0.6 });
  } },
  { gate: /by ⟨\d+⟩ in /, re: /by (⟨\d+⟩) in (⟨\d+⟩)/g, run: (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[2]!, false), members(c, m[1]!), { src: ['Place'], tgt: ['Country'] }, 0.6) },
  { gate: /(?:backed|supported|funded|armed) by /, re: new RegExp(`(?:backed|supported|funded|armed) by ${G} (?:—|–|-|:|,) ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'SUPPORTED', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.7) },
  { gate: /which|who/, re: new RegExp(`${G} , (?:which|who) (?:[^⟨⟩ ]+ ){0,6}?(?:hosted|organized) by ${G}`, 'g'), run: () => undefined },
];

/** Words for those who take a side, which a "pro-"/"anti-" demonym may describe before their name ("the pro-Russian party X", "the anti-Russian incumbent, X"). */
const SIDE_TAKERS = new Set(['party', 'parties', 'incumbent', 'candidate', 'challenger', 'president', 'leader', 'politician', 'lawmaker', 'group', 'faction', 'camp', 'militia', 'movement', 'bloc', 'government', 'coalition', 'alliance', 'outlet', 'newspaper', 'broadcaster', 'channel', 'mayor', 'governor', 'premier', 'opposition', 'separatist', 'separatists', 'rebel', 'rebels', 'cleric', 'oligarch', 'tycoon', 'businessman', 'blogger', 'activist', 'network',
  // (Or a word for the office or outlet a title or name after it holds: "the pro-Russian former president X", "the pro-Chinese daily X".)
  'former', 'ex', 'acting', 'interim', 'outgoing', 'deputy', 'regional', 'parliamentary', 'daily', 'weekly', 'tabloid']);

/** Whether the words between a "pro-"/"anti-" side and a name end in one for a side-taker, or are none. */
function sideTaker(between: string): boolean {
  const words = between.trim().split(' ').filter(Boolean);
  return !words.length || SIDE_TAKERS.has(words[words.length - 1]!);
}

/** A membership told as former, hoped for or denied ("a former member of", "other would-be members of", "ex-members"). */
function notHeld(text: string): boolean {
  return /\b(?:former|formerly|ex|aspiring|prospective|potential|candidate|future|non|once)\b|\bwould ?- ?be\b|\bex ?- ?members?\b/.test(text);
}

/** Kinds of firm a city may be written before ("the Turin carmaker X"). */
const FIRM_KIND = '(?:company|firm|carmaker|automaker|miner|bank|lender|airline|carrier|insurer|retailer|chipmaker|maker|manufacturer|producer|developer|conglomerate|operator|startup|exporter|shipper|trader|shipbuilder|refiner|utility)';

// "Iran-backed rebels", "a Saudi-led coalition", "a London-based firm".
NOUNS.push(
  { gate: /\b(?:suspend|disqualif|exclud)/, re: new RegExp(`${G} (?:[^⟨⟩ ]+ ){0,3}?(?:suspended|suspends|disqualified|excluded) (?:the )?${G}`, 'g'), run: (c, h, m) => {
    // A state suspended (by its bloc) has its membership suspended; a body or person is banned. (Not what
    // the state owns or names: "suspended Chile's ambassador", "suspended Russian clubs".)
    const demonym = [...m[2]!.matchAll(/⟨(\d+)⟩/g)].some((x) => c.s.mentions[Number(x[1])]?.gaz?.kind === 'demonym');
    // (Its membership's rights, though, are its own: "suspended X's voting rights".)
    const after = c.masked.slice((m.index ?? 0) + m[0].length);
    if ((demonym && !/^ (?:membership|participation|seat)\b/.test(after)) || (/^ ['’]s\b/.test(after) && !/^ ['’]s (?:voting rights?|rights?|membership|participation|seat)\b/.test(after))) return;
    addPairs(c, h, 'SUSPENDED', members(c, m[1]!), members(c, m[2]!), { src: ['Organization', 'Country'], tgt: ['Country'] }, 0.6);
    addPairs(c, h, 'BLACKLISTED', members(c, m[1]!), members(c, m[2]!), { src: ['Organization', 'Country'], tgt: ['Organization', 'Person'] }, 0.6);
  } },
  // ("the Iran-aligned group X": allied with it, as GOLD reads "allied with".)
  { gate: / - (?:allied|aligned) /, re: new RegExp(`(⟨\\d+⟩) - (?:allied|aligned) (?:[a-z-]+ )?${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'COOPERATES_WITH', members(c, m[2]!), members(c, m[1]!), { src: ACTOR, tgt: ACTOR }, 0.65) },
  { gate: / - (?:backed|funded|sponsored|supported|armed) /, re: new RegExp(`(⟨\\d+⟩) - (?:backed|funded|sponsored|supported|armed) (?:[a-z-]+ )?${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'SUPPORTED', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.7) },
  // ("the UN-recognised government X": recognised by that body or state.)
  { gate: / - (?:recognised|recognized) /, re: new RegExp(`(⟨\\d+⟩) - (?:recognised|recognized) (?:[a-z-]+ )?${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'RECOGNIZED', members(c, m[1]!), members(c, m[2]!), { src: ['Country', 'Organization'], tgt: ['Country', 'Organization'] }, 0.65) },
  { gate: / - (?:controlled|run|held|occupied|led|owned|dominated) /, re: new RegExp(`(⟨\\d+⟩) - (?:controlled|run|held|occupied|led|owned|dominated) (?:[a-z-]+ )?${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'CONTROLLED_BY', members(c, m[2]!, false), members(c, m[1]!), { src: ['Organization', 'Place'], tgt: ACTOR }, 0.65) },
  // "the pro-Beijing camp X", "the anti-Junta militia Y": the body a "pro-"/"anti-" name qualifies backs or opposes it.
  // (Not over "and the" or "or the" to another body: "the pro-X party and the Y party".)
  // (Only over words that end in one for a side-taker: not "the pro-Kremlin rebels kidnapped X".)
  { gate: /\b(?:pro|anti) - ⟨/, re: new RegExp(`\\b(pro|anti) - (⟨\\d+⟩) ((?:(?!(?:and|or) (?:the |a |an )?⟨|(?:and|or) (?:the|a|an) |(?:pro|anti|-) )[a-z-]+ ){0,3}?)${G}`, 'g'), run: (c, h, m) => {
    if (!sideTaker(m[3]!)) return;
    addPairs(c, h, m[1] === 'pro' ? 'SUPPORTED' : 'OPPOSES', members(c, m[4]!), members(c, m[2]!), { src: ['Organization', 'Person'], tgt: ACTOR }, 0.6);
  } },
  // "the pro-Russian party X", "the pro-Russian incumbent, X": a demonym after "pro-"/"anti-" names a side
  // (no mention of its own, so no office's state) that the body or person it qualifies backs or opposes.
  // (Set off by a comma, only a name the apposition closes on: not "pro-Russian protesters, X said".)
  // (Only a name right after the side word, or after a word for a party, group or politician it describes:
  // not over a verb to its object, "pro-Russian rebels kidnapped X"; nor a side once taken, "the formerly pro-Chinese X".)
  { gate: /\b(?:pro|anti) - [a-z]/, re: new RegExp(`\\b(pro|anti) - ([a-z]+) ((?:[a-z-]+ ){0,2}?)(, )?${G}`, 'g'), run: (c, h, m) => {
    const side = lookup(m[2]![0]!.toUpperCase() + m[2]!.slice(1));
    if (side?.kind !== 'demonym' || !side.country) return;
    if (!sideTaker(m[3]!)) return;
    if (/\b(?:formerly|once|previously) $/.test(c.masked.slice(0, m.index ?? 0))) return;
    if (m[4] && (!m[3]!.trim() || !/^ (?:[,.;]|$)/.test(c.masked.slice((m.index ?? 0) + m[0].length) || ' .'))) return;
    const state = c.ents.find('Country', side.country);
    if (state !== undefined) addPairs(c, h, m[1] === 'pro' ? 'SUPPORTED' : 'OPPOSES', members(c, m[5]!), [state], { src: ['Organization', 'Person'], tgt: ['Country'] }, 0.6);
  } },
  // "a Qatar-brokered truce between X and Y", "X and Y agreed to a Qatar-mediated plan": the mediator of the sides.
  { gate: / - (?:brokered|mediated|facilitated|hosted) /, re: new RegExp(`(⟨\\d+⟩) - (?:brokered|mediated|facilitated|hosted) (?:[a-z-]+ ){0,3}?(?:talks|deal|agreement|accord|truce|ceasefire|plan|pact|negotiations|process|dialogue|framework|roadmap) between ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'MEDIATED', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.65) },
  { gate: / - (?:brokered|mediated|facilitated) /, re: new RegExp(`${G} (?:have |has |had |later |finally |then )*(?:agreed|signed|reached|accepted|struck|concluded|sealed|initialled|initialed) (?:on |to )?(?:an |a |the )?(?:[a-z-]+ )?(⟨\\d+⟩) - (?:brokered|mediated|facilitated) (?:(?:[a-z-]+ ){0,3}?(?:talks|deal|agreement|accord|truce|ceasefire|plan|pact|process|framework|roadmap)|⟨\\d+⟩)(?: with ${G})?`, 'g'), run: (c, h, m) => {
    // (Not "with Y's help" or "with Y as guarantor": a side only when nothing follows to make it another role.)
    const rest = c.masked.slice((m.index ?? 0) + m[0].length);
    const withSide = m[3] && !/^ (?:['’]s (?:help|support|backing|blessing|mediation|assistance)|as)\b/.test(rest) ? members(c, m[3]) : [];
    const sides = [...members(c, m[1]!), ...withSide];
    if (sides.length >= 2) addPairs(c, h, 'MEDIATED', members(c, m[2]!), sides, { src: ACTOR, tgt: ACTOR }, 0.6);
  } },
  // "Lashkar-e-Taiba, a Pakistan-based militant group", "the FNSEA, a Paris-based union": by apposition.
  { gate: / - (?:based|headquartered) /, re: /(⟨\d+⟩) , (?:a|an|the) (?:[a-z-]+ )?(⟨\d+⟩) - (?:based|headquartered) /g, run: (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Organization'], tgt: ['Place', 'Country'] }, 0.65) },
  // "Lumen Trading, a Cyprus-registered company": a firm registered there (a ship's flag is no firm's seat).
  { gate: / - registered /, re: /(⟨\d+⟩) , (?:a|an|the) (⟨\d+⟩) - registered (?:[a-z-]+ )?(?:company|firm|trader|operator|entity|subsidiary)\b/g, run: (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[2]!, false), { src: ['Organization'], tgt: ['Place', 'Country'] }, 0.6) },
  // "the CSTO, a Russian-led alliance", "Nexperia, a Chinese-owned chipmaker": controlled by apposition.
  { gate: / - (?:controlled|run|led|owned|dominated) /, re: /(⟨\d+⟩) , (?:a|an|the) (?:[a-z-]+ )?(⟨\d+⟩) - (?:controlled|run|led|owned|dominated) /g, run: (c, h, m) => addPairs(c, h, 'CONTROLLED_BY', members(c, m[1]!, false), members(c, m[2]!), { src: ['Organization', 'Place'], tgt: ACTOR }, 0.65) },
  { gate: / - (?:backed|funded|sponsored|armed) /, re: /(⟨\d+⟩) , (?:a|an|the) (?:[a-z-]+ )?(⟨\d+⟩) - (?:backed|funded|sponsored|armed) /g, run: (c, h, m) => addPairs(c, h, 'SUPPORTED', members(c, m[2]!), members(c, m[1]!), { src: ACTOR, tgt: ACTOR }, 0.65) },
  // (Only the one body it modifies: "Oslo-based A and Lima-based B" places each in its own city. Not
  // "Panama-registered", which is a ship's flag as often as a firm's seat.)
  { gate: / - (?:based|headquartered) /, re: /(⟨\d+⟩) - (?:based|headquartered) (?:[a-z-]+ ){0,2}(?:, )?(⟨\d+⟩)/g, run: (c, h, m) => addPairs(c, h, 'LOCATED_IN', members(c, m[2]!, false), members(c, m[1]!, false), { src: ['Organization'], tgt: ['Place', 'Country'] }, 0.65) },
  // "A and B, two banks based in Oslo": an apposition describing the firms as based in one place.
  // (Not "formerly based in", nor "based in X and Y respectively".)
  { gate: /, (?:a |an |the |two |three |four |both )?(?:[a-z-]+ ){1,3}(?:based|headquartered) in /, re: /(⟨\d+⟩(?:(?: ,| and| , and) ⟨\d+⟩)*) , (?:a |an |the |two |three |four |both )?((?:[a-z-]+ ){1,3})(?:based|headquartered) in (?:the )?(⟨\d+⟩)(?! (?:and|,|or) ⟨)(?! respectively)/g, run: (c, h, m) => {
    if (/\b(?:formerly|once|previously|originally|until|no longer)\b/.test(m[2]!)) return;
    addPairs(c, h, 'LOCATED_IN', members(c, m[1]!, false), members(c, m[3]!, false), { src: ['Organization'], tgt: ['Place', 'Country'] }, 0.6);
  } },
  // "Orion Holdings of Lisbon opened a plant": a firm named with its corporate word, "of" a city, is based there.
  { gate: /⟩ of ⟨/, re: /(⟨\d+⟩) of (⟨\d+⟩)/g, run: (c, h, m) => {
    const firm = members(c, m[1]!, false).filter((e) => c.ents.list[e]!.type === 'Organization' && CORPORATE_END.test(c.ents.list[e]!.name));
    const city = knownCities(c, m[2]!);
    addPairs(c, h, 'LOCATED_IN', firm, city, { src: ['Organization'], tgt: ['Place'] }, 0.6);
  } },
  // "the Turin carmaker Veloce Motori": a city before the kind of firm names where the firm is.
  { gate: new RegExp(`⟩ (?:[a-z-]+ )?${FIRM_KIND} (?:, )?⟨`), re: new RegExp(`(?:^|the |a |an )(⟨\\d+⟩) (?:[a-z-]+ )?${FIRM_KIND} (?:, )?(⟨\\d+⟩)`, 'g'), run: (c, h, m) => {
    const city = knownCities(c, m[1]!);
    addPairs(c, h, 'LOCATED_IN', members(c, m[2]!, false), city, { src: ['Organization'], tgt: ['Place'] }, 0.6);
  } },
  // "its obligations under the 1951 Mutual Defense Treaty": the clause subject is a party.
  { gate: / under /, re: /(?:^|, )(?:the )?(⟨\d+⟩) (?:[^⟨⟩]+ )?(?:its|their) (?:[a-z-]+ )?(?:obligations|commitments?|duties|rights) under (?:the )?(⟨\d+⟩)/g, run: (c, h, m) => addPairs(c, h, 'PARTY_TO', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country', 'Organization'], tgt: ['Treaty'] }, 0.65) },
  { gate: /, (?:which|that) /, re: new RegExp(`(⟨\\d+⟩) , (?:which|that) (?:binds|commits|obliges|obligates|requires|links|ties) ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'PARTY_TO', members(c, m[2]!), members(c, m[1]!, false), { src: ['Country', 'Organization'], tgt: ['Treaty'] }, 0.65) },
  // "X will visit Islamabad next week for talks with Y".
  { gate: /\bfor (?:talks|meeting|discussions|consultations) with /, re: new RegExp(`(⟨\\d+⟩) (?:[^⟨⟩ ]+ ){0,3}?(?:visit|visits|visited|visiting|travel to|travels to|traveled to|travelled to|arrived in|arrives in|arrive in|flew to|flies to|fly to|went to|goes to) (?:⟨\\d+⟩ )?(?:[^⟨⟩ ]+ ){0,4}?for (?:talks|meetings?|discussions|consultations) with ${G}`, 'g'), run: (c, h, m) => addPairs(c, h, 'MET_WITH', members(c, m[1]!), members(c, m[2]!), { src: ACTOR, tgt: ACTOR }, 0.65) },
  // "Poland, a NATO member", "Turkey, a fellow NATO ally".
  { gate: /\b(?:member|ally|allies)/, re: new RegExp(`${G} , (?:a |an |the |fellow |both )*(?:founding )?(⟨\\d+⟩) (?:member|members|member state|member states|member country|ally|allies)\\b`, 'g'), run: (c, h, m) => addPairs(c, h, 'MEMBER_OF', members(c, m[1]!), members(c, m[2]!, false), { src: ['Country', 'Organization'], tgt: ['Organization'] }, 0.7) },
  // "sanctions on five leaders of Hamas, including X and Y": the people named are the targets.
  { gate: /, (?:including|among them) /, re: /(⟨\d+⟩) (?:[^⟨⟩]+ )?(?:sanctions (?:on|against)|sanctioned|blacklisted|banned|charged|indicted|arrested) (?:[^⟨⟩ ]+ ){0,4}?(?:(?:leaders|members|figures|officials|commanders|individuals|people|executives|financiers|operatives|men|persons|entities|companies|firms) (?:of|from|linked to|tied to) (?:the )?⟨\d+⟩|⟨\d+⟩ (?:[a-z-]+ )?(?:leaders|officials|figures|commanders|ministers|lawmakers|generals|officers|judges|oligarchs|businessmen|executives|companies|firms|banks)) , (?:including|among them) ([^.;]+)/g, run: (c, h, m) => {
    const type: RelationType = /sanction/.test(m[0]) ? 'SANCTIONED' : 'BLACKLISTED';
    if (/charged|indicted|arrested/.test(m[0])) return;
    // The list ends where a clause or an adjunct opens after a comma (", over a protest…", ", after …").
    const included = members(c, m[2]!.split(/ , (?:saying|who|which|and said|over|after|before|since|amid|during|because|while|as|for|in|on|at|with|from|to|by|under|following)\b/)[0]!);
    addPairs(c, h, type, members(c, m[1]!), included, { src: ['Country', 'Organization'], tgt: ACTOR }, 0.7);
  } },
);

/** The places of a masked group that the gazetteer puts in a state: cities a firm can be based in. */
function knownCities(c: SentenceContext, group: string): number[] {
  return members(c, group, false).filter((e) => c.ents.list[e]!.type === 'Place' && !!c.ents.list[e]!.country);
}

/** Last words of firms' names ("Orion Holdings", "Andes Mining"). */
const CORPORATE_END = /\b(?:Holdings?|Group|Mining|Minerals|Motors|Energy|Capital|Partners|Logistics|Airlines?|Steel|Shipping|Telecom|Technologies|Industries|Corp\.?|Corporation|Inc\.?|Ltd\.?|Company|Resources|Pharmaceuticals|Foods|Trading|Petroleum|Oil|Gas|Metals|Chemicals|Electronics|Systems|Ventures|Investments|Insurance|Media)$/;

/** Events a country's possessive places rather than joins: elections and disasters happen there. */
const HELD_IN_OWNER = /\b(?:elections?|run-?offs?|by-elections?|referendums?|referenda|polls?|votes?|primar(?:y|ies)|famines?|earthquakes?|floods?|cyclones?|hurricanes?|typhoons?|droughts?|protests?|census)$/i;

/**
 * Every gate in one test, which a sentence passes whenever it passes any gate (read without case, so
 * it may pass more). Most sentences pass none, and one scan costs far less than a scan per gate.
 */
const ANY_GATE = new RegExp(NOUNS.flatMap(({ gate }) => (gate ? [`(?:${gate.source})`] : [])).join('|'), 'i');

export const NOUN_PATTERNS: Pattern[] = [
  (ctx, hits) => {
    const masked = ctx.masked;
    const anyGate = ANY_GATE.test(masked);
    for (const { gate, re, run } of NOUNS) {
      if (gate && (!anyGate || !gate.test(masked))) continue;
      forEachMatch(re, masked, (m) => run(ctx, hits, m));
    }
  },
];
