/**
 * What the read-only Cypher console lets through, as data: the procedures it may call, the
 * namespaced functions it may use, the plan operators it refuses, and the size limits of a query.
 * Everything not listed here is refused: the lists are allowlists, read by the text screen
 * (`cypher-guard.ts`) and by the plan check (`plan-guard.ts`) alike.
 */

/**
 * Read-only procedures that reveal nothing beyond the graph itself. Compared case-insensitively.
 * Not here on purpose: `db.stats.*` (other clients' query texts and parameters), `db.info`,
 * `db.awaitIndex*`, `db.prepareForReplanning`, `db.clearQueryCaches`, `db.create*`, `dbms.*`, `tx.*`.
 */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
];

/**
 * Namespaces of the built-in namespaced functions (`point.distance`, `date.truncate`, …). Any other
 * dotted function (a plugin's, such as `apoc.*`) is refused; plain built-ins (`count`, `size`) pass.
 */
export const ALLOWED_FUNCTION_NAMESPACES: readonly string[] = [
  'point',
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'vector.similarity',
];

/** `SHOW …` commands allowed (by their plan operator); every other `Show*` operator is refused. */
export const ALLOWED_SHOW_OPERATORS: readonly string[] = ['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions'];

/** Plan operators refused wherever they appear, with the reason given to the user. */
export const REFUSED_OPERATORS: Readonly<Record<string, string>> = {
  LoadCSV: 'LOAD CSV is not allowed: it reads files and URLs from the database server.',
  TerminateTransactions: 'TERMINATE TRANSACTIONS is not allowed here.',
  TransactionApply: 'CALL { … } IN TRANSACTIONS is not allowed: it commits on its own.',
  TransactionForeach: 'CALL { … } IN TRANSACTIONS is not allowed: it commits on its own.',
};

/**
 * Size limits checked on the text before Neo4j sees it: Neo4j's parser recurses once per nesting
 * level and per operator in a chain, and past a few hundred it overflows its stack and never
 * answers (measured on 5.26: 1,000 nested parentheses, 1,000 `NOT`s, 500 chained `+` or `.a`).
 */
export const QUERY_LIMITS = {
  /** Characters of one query (the request schema allows no more either). */
  maxLength: 20_000,
  /** Depth of (), [] and {} together, strings and comments masked. */
  maxNesting: 40,
  /** Operators in the whole query: arithmetic, comparison, boolean, `.`, `|`, `UNION`, … */
  maxOperators: 150,
} as const;
