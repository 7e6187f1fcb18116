/**
 * The graph model shared by ingest, server and client: entity types, relationship types and the
 * Neo4j labels they map to. Framework-free: imports nothing but zod-free TypeScript.
 */

/** Entity types, in the order the UI lists them. Each is also a Neo4j label beside `:Entity`. */
export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Treaty', 'Event', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/**
 * Relationship types the offline extractor emits, with what each means. Direction is always
 * subject → object as the sentence states it ("Taiwan BLACKLISTED Huaqiao University").
 * Types are UPPER_SNAKE and double as Neo4j relationship types.
 */
export const RELATION_TYPES = {
  PRESIDENT_OF: 'person is president of a country or body',
  PRIME_MINISTER_OF: 'person is prime minister of a country',
  LEADER_OF: 'person leads a country, party or group (supreme leader, king, chancellor…)',
  MINISTER_OF: 'person is a minister or secretary of a ministry/department or country',
  SPOKESPERSON_OF: 'person speaks for a body or country',
  HEAD_OF: 'person heads an organization (chief, director, chair, CEO…)',
  MEMBER_OF: 'person or country is a member of an organization or bloc',
  OFFICIAL_OF: 'person holds another office in a body or country (ambassador, envoy, general…)',
  CITIZEN_OF: 'person is a national of a country (demonym before a name)',
  SIGNED: 'actor signed a treaty or agreement',
  PARTY_TO: 'actor is a party to a treaty or agreement',
  JOINED: 'actor joined an organization or agreement',
  WITHDREW_FROM: 'actor withdrew from an agreement or organization',
  MET_WITH: 'actors met or held talks',
  ATTENDED: 'actor attended an event',
  HOSTED: 'actor hosted an event',
  PROVIDED_AID_TO: 'actor gave aid or funding to another (amount kept)',
  SUPPLIED: 'actor supplied weapons, goods or technology to another',
  SUPPORTED: 'actor backed or supported another',
  ATTACKED: 'actor attacked another',
  INVADED: 'actor invaded another',
  ACCUSED: 'actor accused another',
  DENIED: 'actor denied an accusation or claim involving another',
  SANCTIONED: 'actor imposed sanctions on another',
  BLACKLISTED: 'actor blacklisted or banned another',
  CRITICIZED: 'actor criticized or condemned another',
  THANKED: 'actor thanked another',
  COOPERATES_WITH: 'actors cooperate, are partners or allies',
  OPPOSES: 'actor opposes another',
  NEGOTIATED_WITH: 'actors negotiated',
  CONTROLLED_BY: 'organization or place is controlled by another actor',
  PART_OF: 'organization is a branch or part of another',
  LOCATED_IN: 'place or organization is located in a place or country',
  CAPITAL_OF: 'city is the capital of a country',
  INVOLVED_IN: 'actor took part in an event',
  ACQUIRED: 'company or actor acquired or bought another',
  MEDIATED: 'actor mediated or brokered between others, or brokered a deal',
  VISITED: 'person or delegation visited a country, place or actor',
  CALLED_ON: 'actor urged, appealed to or called on another',
  PRAISED: 'actor praised or welcomed another',
  RECOGNIZED: 'actor recognised another (a state, government or result)',
  ESTABLISHED_TIES_WITH: 'actors established, restored or normalised relations',
  RATIFIED: 'actor ratified a treaty or agreement',
  AGREED_CEASEFIRE_WITH: 'actors agreed or declared a truce or ceasefire',
  INVESTED_IN: 'actor invested in another actor or a country',
  TRADES_WITH: 'actors trade or agreed to trade',
  TRAINED: 'actor trained the forces or staff of another',
  LIFTED_SANCTIONS_ON: 'actor eased or lifted sanctions or restrictions on another',
  RELEASED: 'actor released or freed a person or group held by it',
  INVESTIGATED: 'actor investigated or probed another',
  DEMANDED: 'actor demanded something of another',
  SUED: 'actor sued or filed a complaint against another',
  REJECTED: 'actor rejected or vetoed a proposal, demand or actor',
  WARNED: 'actor warned another',
  THREATENED: 'actor threatened another',
  PROTESTED: 'actor protested against another',
  DEPLOYED_TO: 'actor deployed forces or ships to a place or country',
  CUT_TIES_WITH: 'actor cut, suspended or downgraded relations with another',
  EXPELLED: 'actor expelled or deported people of another, or another actor',
  SUSPENDED: 'actor suspended, halted or froze aid, trade or talks with another',
  ARRESTED: 'actor arrested or detained a person or group',
  CHARGED: 'actor charged, indicted or sentenced a person or body',
  SEIZED: 'actor seized or confiscated property, ships or assets of another',
  KILLED: 'actor killed or assassinated a person',
  CAPTURED: 'actor captured or took control of a place or force',
  OCCUPIED: 'actor occupied or annexed territory',
  APPOINTED: 'actor appointed or nominated a person',
  ELECTED: 'body or electorate elected a person, or a person won an election',
  SUCCEEDED: 'person succeeded another in office',
  OFFERED: 'actor offered aid, talks, mediation or cooperation to another (intent, not yet done)',
  MASSACRED: 'actor carried out a massacre, mass killing or ethnic cleansing against a people, group or place',
  RELATED_TO: 'actors linked in one sentence without a more specific type',
} as const;
export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/** Types whose direction carries no meaning ("X met Y" is "Y met X"). */
export const SYMMETRIC_RELATIONS: ReadonlySet<string> = new Set<RelationType>([
  'MET_WITH', 'NEGOTIATED_WITH', 'COOPERATES_WITH', 'TRADES_WITH', 'AGREED_CEASEFIRE_WITH', 'ESTABLISHED_TIES_WITH', 'RELATED_TO',
]);

/** Offices a person holds in a state or body ("X is Peru's foreign minister", "the group's spokesman"). */
export const OFFICE_RELATIONS: ReadonlySet<string> = new Set<RelationType>([
  'PRESIDENT_OF', 'PRIME_MINISTER_OF', 'LEADER_OF', 'MINISTER_OF', 'OFFICIAL_OF', 'HEAD_OF', 'SPOKESPERSON_OF',
]);

/** Neo4j vocabulary used by the loader, the schema and the server. */
export const NEO4J = {
  entityLabel: 'Entity',
  documentLabel: 'Document',
  evidenceLabel: 'Evidence',
  /** (:Document)-[:MENTIONS {count}]->(:Entity) */
  mentions: 'MENTIONS',
  /** (:Evidence)-[:FROM_DOCUMENT]->(:Document) */
  evidenceFromDocument: 'FROM_DOCUMENT',
  /** Relationship types that are bookkeeping, not facts between entities. */
  structuralRelTypes: ['MENTIONS', 'FROM_DOCUMENT'] as readonly string[],
  /** The one node marking a database this project built (docs/data-model.md). */
  markerLabel: 'NewsgraphDatabase',
} as const;

/** Every label this project writes; any other label in a graph came from someone else. */
export const OUR_LABELS: ReadonlySet<string> = new Set<string>([
  NEO4J.entityLabel,
  NEO4J.documentLabel,
  NEO4J.evidenceLabel,
  ...ENTITY_TYPES,
  NEO4J.markerLabel,
  // What `--watch` remembers of the files, feeds and pages it has ingested.
  'IngestSource',
]);
