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
  RELATED_TO: 'actors linked in one sentence without a more specific type',
} as const;
export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

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
} as const;
