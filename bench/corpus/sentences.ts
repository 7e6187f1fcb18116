/**
 * Sentence templates of international news: signings, meetings, aid with amounts, accusations,
 * sanctions and blacklists (often in the passive voice), attacks, supplies, memberships, plus quotes
 * and background sentences that state no fact. Each template returns its text and the facts it
 * states, which become the gold extraction of the generated article.
 */
import type { RelationType } from '../../core/index.ts';
import type { Rng } from './prng.ts';
import type { Actor, World } from './world.ts';
import { MONTHS, WEEKDAYS } from './names.ts';

export interface Fact {
  source: Actor;
  type: RelationType;
  target: Actor;
  properties?: Record<string, string | number>;
}

/** Tracks what an article has already introduced, so later mentions use short forms. */
export interface ArticleContext {
  rng: Rng;
  world: World;
  /** The two or three countries the article is about. */
  focus: Actor[];
  mentioned: Map<Actor, number>;
  /** Facts stated by the sentence being built (role facts of first mentions land here too). */
  facts: Fact[];
  /** Templates not used yet in this article (drawn without replacement, so articles vary). */
  deck?: number[];
  fillerDeck?: number[];
}

/** Surface form of an actor; the first mention of a person carries their title (and role fact). */
export function say(ctx: ArticleContext, a: Actor): string {
  const seen = ctx.mentioned.get(a) ?? 0;
  ctx.mentioned.set(a, seen + 1);
  if (a.type === 'Person') {
    if (seen > 0) return a.short;
    const role = a.links[0];
    if (!role) return a.name;
    const target = role.target;
    ctx.mentioned.set(target, (ctx.mentioned.get(target) ?? 0) + 1);
    ctx.facts.push({ source: a, type: role.type, target });
    if (target.type === 'Country') return `${target.demonym} ${a.title} ${a.name}`;
    if (a.title && /^[A-Z]/.test(a.title)) return `${a.title} ${a.name} of the ${target.name}`;
    return `${a.name}, ${a.title} of ${target.name},`;
  }
  if (a.type === 'Treaty' || a.type === 'Event') return seen > 0 ? a.short : `the ${a.name}`;
  if (a.type === 'Organization' && seen > 0 && a.kind !== 'ministry') return a.short.startsWith('the') ? a.short : a.name;
  return a.name;
}

const fact = (ctx: ArticleContext, source: Actor, type: RelationType, target: Actor, properties?: Fact['properties']) => {
  if (source !== target) ctx.facts.push({ source, type, target, properties });
};

const amount = (rng: Rng) =>
  rng.chance(0.7) ? `US$${rng.range(5, 990)} million` : `${rng.pick(['US$', '€'])}${rng.range(1, 9)}.${rng.range(1, 9)} billion`;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function two(ctx: ArticleContext): [Actor, Actor] {
  const [a, b] = ctx.focus;
  return ctx.rng.chance(0.5) ? [a!, b!] : [b!, a!];
}

const official = (ctx: ArticleContext, country: Actor) => (ctx.rng.chance(0.5) ? ctx.world.leader(country) : ctx.world.person(ctx.rng));

type Template = (ctx: ArticleContext) => string;

const TEMPLATES: Template[] = [
  (ctx) => {
    const [a, b] = two(ctx);
    const t = ctx.world.treaty(ctx.rng);
    const city = ctx.world.place(ctx.rng);
    fact(ctx, a, 'SIGNED', t);
    fact(ctx, b, 'SIGNED', t);
    fact(ctx, a, 'COOPERATES_WITH', b);
    return `${say(ctx, a)} and ${say(ctx, b)} signed ${say(ctx, t)} in ${say(ctx, city)} on ${ctx.rng.pick(WEEKDAYS)}, officials said.`;
  },
  (ctx) => {
    const [a, b] = two(ctx);
    const p1 = official(ctx, a);
    const p2 = official(ctx, b);
    const e = ctx.world.event(ctx.rng);
    fact(ctx, p1, 'MET_WITH', p2);
    fact(ctx, p1, 'ATTENDED', e);
    fact(ctx, p2, 'ATTENDED', e);
    return `${cap(say(ctx, p1))} met ${say(ctx, p2)} on the sidelines of ${say(ctx, e)}, where the two discussed trade and regional security.`;
  },
  (ctx) => {
    const [a, b] = two(ctx);
    const amt = amount(ctx.rng);
    const kind = ctx.rng.pick(['military', 'humanitarian', 'development', 'reconstruction']);
    const agency = ctx.world.organization(ctx.rng);
    fact(ctx, a, 'PROVIDED_AID_TO', b, { amount: amt });
    return `${say(ctx, a)} pledged ${amt} in ${kind} aid to ${say(ctx, b)}, according to a statement carried by ${say(ctx, agency)}.`;
  },
  (ctx) => {
    const [a, b] = two(ctx);
    const amt = amount(ctx.rng);
    fact(ctx, a, 'PROVIDED_AID_TO', b, { amount: amt });
    return `Last ${ctx.rng.pick(MONTHS)}, ${say(ctx, b)} was granted ${amt} in emergency assistance by ${say(ctx, a)}, the largest package in years.`;
  },
  (ctx) => {
    const [a, b] = two(ctx);
    const p = official(ctx, a);
    fact(ctx, p, 'ACCUSED', b);
    const charge = ctx.rng.pick(['interfering in its internal affairs', 'violating the ceasefire', 'spreading disinformation', 'arming militias near the border', 'stealing trade secrets']);
    return `${cap(say(ctx, p))} accused ${say(ctx, b)} of ${charge}, a charge that was swiftly rejected.`;
  },
  (ctx) => {
    const [a] = two(ctx);
    const org = ctx.world.organization(ctx.rng);
    const other = ctx.world.organization(ctx.rng);
    fact(ctx, a, 'BLACKLISTED', org);
    return `${cap(say(ctx, org))} was blacklisted by ${say(ctx, a)} over its alleged ties to ${say(ctx, other)}.`;
  },
  (ctx) => {
    const [a] = two(ctx);
    const org = ctx.world.organization(ctx.rng);
    fact(ctx, a, 'SANCTIONED', org);
    return `${say(ctx, a)} imposed sanctions on ${say(ctx, org)}, citing ${ctx.rng.pick(['human rights abuses', 'illicit arms transfers', 'cyber attacks', 'money laundering'])}.`;
  },
  (ctx) => {
    const org = ctx.world.organization(ctx.rng);
    const place = ctx.world.place(ctx.rng);
    fact(ctx, org, 'ATTACKED', place);
    return `Fighters linked to ${say(ctx, org)} attacked ${say(ctx, place)} overnight, killing ${ctx.rng.range(2, 60)} people, local officials said.`;
  },
  (ctx) => {
    const [a] = two(ctx);
    const company = ctx.world.organization(ctx.rng);
    fact(ctx, company, 'SUPPLIED', a, { goods: 'equipment' });
    return `${cap(say(ctx, company))} supplied ${ctx.rng.pick(['drones', 'radar systems', 'fuel', 'grain', 'microchips', 'armoured vehicles'])} to ${say(ctx, a)} under a contract signed in ${ctx.rng.range(2016, 2025)}.`;
  },
  (ctx) => {
    const [a] = two(ctx);
    const bloc = ctx.world.organization(ctx.rng);
    const year = ctx.rng.range(1995, 2025);
    fact(ctx, a, 'JOINED', bloc, { date: String(year) });
    return `${say(ctx, a)} joined ${say(ctx, bloc)} in ${year}, a move that angered several of its neighbours.`;
  },
  (ctx) => {
    const [a, b] = two(ctx);
    const p = official(ctx, a);
    fact(ctx, a, 'SUPPORTED', b);
    return `${cap(say(ctx, p))} said that ${say(ctx, a)} would continue to back ${say(ctx, b)} "for as long as it takes".`;
  },
  (ctx) => {
    const [a, b] = two(ctx);
    const p = official(ctx, b);
    fact(ctx, p, 'CRITICIZED', a);
    return `In a statement on ${ctx.rng.pick(WEEKDAYS)}, ${say(ctx, p)} condemned what was called the "reckless" policy of ${say(ctx, a)}.`;
  },
  (ctx) => {
    const [a, b] = two(ctx);
    const t = ctx.world.treaty(ctx.rng);
    fact(ctx, a, 'NEGOTIATED_WITH', b);
    fact(ctx, a, 'PARTY_TO', t);
    fact(ctx, b, 'PARTY_TO', t);
    return `Negotiators from ${say(ctx, a)} and ${say(ctx, b)} resumed talks on ${say(ctx, t)} after a pause of ${ctx.rng.range(2, 14)} months.`;
  },
  (ctx) => {
    const [a] = two(ctx);
    const e = ctx.world.event(ctx.rng);
    fact(ctx, a, 'HOSTED', e);
    return `${say(ctx, a)} will host ${say(ctx, e)} in ${ctx.rng.pick(MONTHS)}, diplomats said.`;
  },
  (ctx) => {
    const org = ctx.world.organization(ctx.rng);
    const seat = org.links[0];
    if (!seat) return `${cap(say(ctx, org))} declined to comment.`;
    fact(ctx, org, seat.type, seat.target);
    return `${cap(say(ctx, org))}, which is based in ${say(ctx, seat.target)}, did not respond to a request for comment.`;
  },
  (ctx) => {
    const [a] = two(ctx);
    const t = ctx.world.treaty(ctx.rng);
    fact(ctx, a, 'WITHDREW_FROM', t);
    return `${say(ctx, a)} withdrew from ${say(ctx, t)} in ${ctx.rng.range(2005, 2024)}, saying its terms had been violated.`;
  },
  (ctx) => {
    const [a, b] = two(ctx);
    const min = ctx.world.ministry(a, 'Defence');
    const org = ctx.world.organization(ctx.rng);
    fact(ctx, org, 'CONTROLLED_BY', min);
    return `Investigators found that ${say(ctx, org)} was controlled by ${say(ctx, min)}, which has long sought influence in ${say(ctx, b)}.`;
  },
];

const FILLERS = [
  'Analysts said the move could reshape trade routes across the region for years to come.',
  'The announcement came amid rising tensions and a sharp fall in commodity prices.',
  'Critics warned that the decision would deepen divisions at home and abroad.',
  '"We will not accept pressure from anyone," the official told reporters after the meeting.',
  'Markets reacted calmly, with the currency little changed by the end of trading.',
  'Details of the arrangement were not made public, and officials declined to say when it would take effect.',
  'The talks were described by one participant as frank but constructive.',
  'Opposition lawmakers demanded a full debate in parliament before any ratification.',
  'Human rights groups urged both sides to put civilians first.',
  'It was not immediately clear how the plan would be financed.',
];

/** One sentence of an article: a fact template most of the time, background otherwise. */
export function sentence(ctx: ArticleContext): string {
  if (ctx.rng.chance(0.3)) return FILLERS[draw(ctx, 'fillerDeck', FILLERS.length)]!;
  return TEMPLATES[draw(ctx, 'deck', TEMPLATES.length)]!(ctx);
}

function draw(ctx: ArticleContext, key: 'deck' | 'fillerDeck', size: number): number {
  let deck = ctx[key];
  if (!deck || deck.length === 0) deck = ctx[key] = Array.from({ length: size }, (_, i) => i);
  const i = ctx.rng.int(deck.length);
  const picked = deck[i]!;
  deck[i] = deck[deck.length - 1]!;
  deck.pop();
  return picked;
}

const HEADLINE_VERBS: Partial<Record<RelationType, string>> = {
  SIGNED: 'signs', MET_WITH: 'meets', PROVIDED_AID_TO: 'pledges aid to', ACCUSED: 'accuses', BLACKLISTED: 'blacklists',
  SANCTIONED: 'sanctions', ATTACKED: 'attacks', SUPPLIED: 'supplies', JOINED: 'joins', SUPPORTED: 'backs',
  CRITICIZED: 'condemns', NEGOTIATED_WITH: 'resumes talks with', HOSTED: 'to host', WITHDREW_FROM: 'quits',
};

/** A headline from the first fact of an article that has a headline verb. */
export function headline(facts: Fact[]): string | undefined {
  const f = facts.find((x) => HEADLINE_VERBS[x.type]);
  return f && `${f.source.name} ${HEADLINE_VERBS[f.type]} ${f.target.name}`;
}
