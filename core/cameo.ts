/**
 * Cooperation and conflict: every event-like relationship type maps to one of CAMEO's 20 root classes
 * (the Conflict and Mediation Event Observations codebook), and each root to a QuadClass, as GDELT
 * groups them: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20
 * material conflict. Roles, memberships and places (PRESIDENT_OF, LOCATED_IN…) are states, not
 * events, and have no class. One table for extraction, loader, API and client.
 *
 * Each root also carries a Goldstein-style weight from −10 (most hostile) to +10 (most cooperative),
 * after the values the CAMEO codebook gives its root codes (Goldstein 1992's scale as GDELT uses it);
 * a relationship type that stands for a sub-code with a clearly different value (signing a formal
 * agreement, imposing sanctions, occupying territory…) has its own row in RELATION_GOLDSTEIN.
 */
import type { RelationType } from './model.ts';

/** CAMEO root classes, code → name. */
export const CAMEO_ROOTS = {
  '01': 'make public statement',
  '02': 'appeal',
  '03': 'express intent to cooperate',
  '04': 'consult',
  '05': 'engage in diplomatic cooperation',
  '06': 'engage in material cooperation',
  '07': 'provide aid',
  '08': 'yield',
  '09': 'investigate',
  '10': 'demand',
  '11': 'disapprove',
  '12': 'reject',
  '13': 'threaten',
  '14': 'protest',
  '15': 'exhibit force posture',
  '16': 'reduce relations',
  '17': 'coerce',
  '18': 'assault',
  '19': 'fight',
  '20': 'use unconventional mass violence',
} as const;
export type CameoRoot = keyof typeof CAMEO_ROOTS;
/** The root codes as a non-empty tuple, for zod enums. */
export const CAMEO_ROOT_CODES = Object.keys(CAMEO_ROOTS) as [CameoRoot, ...CameoRoot[]];

export const QUAD_CLASSES = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** The CAMEO root of each event-like relationship type. */
export const RELATION_CAMEO: Partial<Record<RelationType, CameoRoot>> = {
  DENIED: '01',
  CALLED_ON: '02',
  OFFERED: '03',
  MET_WITH: '04',
  NEGOTIATED_WITH: '04',
  VISITED: '04',
  HOSTED: '04',
  ATTENDED: '04',
  MEDIATED: '04',
  SIGNED: '05',
  PARTY_TO: '05',
  RATIFIED: '05',
  JOINED: '05',
  SUPPORTED: '05',
  PRAISED: '05',
  THANKED: '05',
  RECOGNIZED: '05',
  ESTABLISHED_TIES_WITH: '05',
  COOPERATES_WITH: '06',
  TRADES_WITH: '06',
  INVESTED_IN: '06',
  ACQUIRED: '06',
  TRAINED: '06',
  PROVIDED_AID_TO: '07',
  SUPPLIED: '07',
  AGREED_CEASEFIRE_WITH: '08',
  LIFTED_SANCTIONS_ON: '08',
  RELEASED: '08',
  INVESTIGATED: '09',
  DEMANDED: '10',
  CRITICIZED: '11',
  ACCUSED: '11',
  SUED: '11',
  OPPOSES: '12',
  REJECTED: '12',
  WARNED: '13',
  THREATENED: '13',
  PROTESTED: '14',
  DEPLOYED_TO: '15',
  WITHDREW_FROM: '16',
  CUT_TIES_WITH: '16',
  SANCTIONED: '16',
  SUSPENDED: '16',
  EXPELLED: '16',
  BLACKLISTED: '17',
  ARRESTED: '17',
  CHARGED: '17',
  SEIZED: '17',
  KILLED: '18',
  ATTACKED: '19',
  INVADED: '19',
  OCCUPIED: '19',
  CAPTURED: '19',
  MASSACRED: '20',
};

/** Goldstein-style weight of each CAMEO root (its base code's value in the CAMEO codebook). */
export const CAMEO_GOLDSTEIN: Record<CameoRoot, number> = {
  '01': 0,
  '02': 3,
  '03': 4,
  '04': 1,
  '05': 3.5,
  '06': 6,
  '07': 7,
  '08': 5,
  '09': -2,
  '10': -5,
  '11': -2,
  '12': -4,
  '13': -4.4,
  '14': -6.5,
  '15': -7.2,
  '16': -4,
  '17': -5,
  '18': -9,
  '19': -10,
  '20': -10,
};

/**
 * Relationship types whose weight differs from their root's, each with the CAMEO sub-code it stands
 * for: a visit (042) or hosting one (043) weighs more than consulting in general, signing a formal
 * agreement (057) far more than diplomatic cooperation in general, sanctions (163) more than reducing
 * relations in general.
 */
export const RELATION_GOLDSTEIN: Partial<Record<RelationType, number>> = {
  VISITED: 1.9, // 042 make a visit
  HOSTED: 2.8, // 043 host a visit
  MEDIATED: 5, // 045 mediate
  NEGOTIATED_WITH: 7, // 046 engage in negotiation
  PRAISED: 3.4, // 051 praise or endorse
  RECOGNIZED: 7, // 054 grant diplomatic recognition
  SIGNED: 8, // 057 sign formal agreement
  RATIFIED: 8, // 057 sign formal agreement
  TRADES_WITH: 6.4, // 061 cooperate economically
  AGREED_CEASEFIRE_WITH: 9, // 0871 declare ceasefire
  RELEASED: 7, // 084 return, release
  THREATENED: -4.4, // 130 threaten
  SANCTIONED: -8, // 163 impose embargo, boycott or sanctions
  SEIZED: -9.2, // 171 seize or damage property
  OCCUPIED: -9.5, // 192 occupy territory
};

/**
 * Goldstein-style weight (−10..+10) of a relationship type: its own row, else its CAMEO root's (the
 * given root when the type is not in the table, as for a foreign graph's facts); undefined for states.
 */
export function goldsteinOf(type: string, cameo?: CameoRoot): number | undefined {
  const own = (RELATION_GOLDSTEIN as Record<string, number | undefined>)[type];
  if (own !== undefined) return own;
  const root = cameo ?? (RELATION_CAMEO as Record<string, CameoRoot | undefined>)[type];
  return root ? CAMEO_GOLDSTEIN[root] : undefined;
}

/** QuadClass of a CAMEO root. */
export function quadClassOfRoot(root: CameoRoot): QuadClass {
  const n = Number(root);
  return n <= 5 ? 'verbal-cooperation' : n <= 8 ? 'material-cooperation' : n <= 13 ? 'verbal-conflict' : 'material-conflict';
}

/** CAMEO root and QuadClass of a relationship type, or undefined for states (roles, places, membership). */
export function classOfRelation(type: string): { cameo: CameoRoot; quadClass: QuadClass } | undefined {
  const cameo = (RELATION_CAMEO as Record<string, CameoRoot | undefined>)[type];
  return cameo ? { cameo, quadClass: quadClassOfRoot(cameo) } : undefined;
}

/** True for a CAMEO root code of this table ("04"); a foreign graph may store a full event code instead. */
export function isCameoRoot(value: unknown): value is CameoRoot {
  return typeof value === 'string' && Object.hasOwn(CAMEO_ROOTS, value);
}

/** True for one of the four QuadClass names. */
export function isQuadClass(value: unknown): value is QuadClass {
  return typeof value === 'string' && (QUAD_CLASSES as readonly string[]).includes(value);
}
