/**
 * Static screening of user Cypher for `POST /api/cypher`, before the database sees it. This is the
 * first of three locks (then EXPLAIN's query type must be 'r', then a READ session/transaction):
 * it refuses what a read transaction would still allow or what is plainly not a single read —
 * several statements, LOAD CSV, dbms/admin procedures, database switching, CALL … IN TRANSACTIONS,
 * SHOW commands other than indexes/constraints/procedures/functions —
 * and write clauses, with a clear message. Strings, comments and `quoted` names are masked first, so
 * `'a;b'` or a `CREATE` inside a string is fine and a write hidden after a comment is not.
 */
import { AppError } from './errors.ts';

/**
 * Replaces string literals, comments and backtick-quoted names by neutral placeholders of the same
 * length (so positions in the masked text are positions in the query).
 */
export function maskCypher(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end === -1) throw AppError.badRequest('Unterminated comment in query.', 'CYPHER_ERROR');
      out += ' '.repeat(end + 2 - i);
      i = end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      const end = skipQuoted(query, i, c);
      out += c === '`' ? '_'.repeat(end - i) : `'${' '.repeat(end - i - 2)}'`;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function skipQuoted(query: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < query.length) {
    const c = query[i];
    if (c === '\\' && quote !== '`') {
      i += 2;
    } else if (c === quote) {
      if (quote === '`' && query[i + 1] === '`') {
        i += 2; // `` is an escaped backtick inside a quoted name
      } else {
        return i + 1;
      }
    } else {
      i++;
    }
  }
  throw AppError.badRequest('Unterminated string or quoted name in query.', 'CYPHER_ERROR');
}

/** Write clauses, refused wherever they stand, except as a map key (`{set: 1}`) or an alias (`AS set`). */
const WRITE_CLAUSES = ['CREATE', 'MERGE', 'DELETE', 'DETACH', 'SET', 'REMOVE', 'DROP', 'FOREACH'];
/**
 * Administration commands. They only exist at the start of a statement, and words like `start` and
 * `stop` are ordinary names elsewhere (`v.start AS start`), so they are refused only there.
 */
const ADMIN_COMMANDS = ['GRANT', 'REVOKE', 'DENY', 'ALTER', 'RENAME', 'START', 'STOP', 'TERMINATE', 'ENABLE'];
/** Procedure/function namespaces refused even though some would run in a read transaction. */
const DENIED_NAMESPACES = [
  'dbms.', 'apoc.load.', 'apoc.import.', 'apoc.export.', 'apoc.periodic.', 'apoc.trigger.',
  'apoc.systemdb.', 'apoc.custom.', 'apoc.cypher.', 'apoc.config.', 'apoc.log.', 'apoc.util.sleep',
  'db.create', 'db.clearquerycaches', 'db.checkpoint', 'db.prepareforreplanning', 'db.index.fulltext.drop',
  'db.awaitindex', 'tx.setmetadata', 'apoc.create.', 'apoc.merge.', 'apoc.refactor.', 'apoc.nodes.delete',
  'apoc.atomic.', 'apoc.lock.', 'apoc.schema.assert', 'apoc.do.', 'apoc.graph.fromcypher',
];

/**
 * Checks that `query` is one read-only statement as far as text can tell, and returns it without a
 * trailing semicolon. @throws AppError 403 (refused) or 400 (malformed).
 */
export function screenReadOnlyCypher(query: string): string {
  const masked = maskCypher(query);
  const trimmed = masked.trimEnd();
  const end = trimmed.endsWith(';') ? trimmed.length - 1 : masked.length;
  const body = masked.slice(0, end);
  if (body.includes(';')) {
    throw AppError.forbidden('Only one statement per request: remove the extra ";"-separated statements.', 'MULTIPLE_STATEMENTS');
  }
  if (!body.trim()) throw AppError.badRequest('The query is empty.', 'INVALID_INPUT');
  const upper = body.toUpperCase();
  if (/\bLOAD\s+CSV\b/.test(upper)) {
    throw AppError.forbidden('LOAD CSV is not allowed: it reads files and URLs from the server.', 'LOAD_CSV_FORBIDDEN');
  }
  if (/\bIN\s+(?:[\w$]+\s+){0,2}TRANSACTIONS\b/.test(upper)) {
    throw AppError.forbidden('CALL { … } IN TRANSACTIONS is not allowed: it commits on its own.', 'WRITE_FORBIDDEN');
  }
  if (/^\s*(EXPLAIN|PROFILE)\b/.test(upper)) {
    throw AppError.badRequest('Send the query without EXPLAIN/PROFILE.', 'INVALID_INPUT');
  }
  if (/(?<![\w.$])USE\b/.test(upper)) {
    throw AppError.forbidden('USE is not allowed: queries run on the configured database.', 'FORBIDDEN');
  }
  for (const show of upper.matchAll(/(?<![\w.$:])SHOW\b((?:\s+\w+){0,3})/g)) {
    if (!/\b(INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|PROCEDURE|PROCEDURES|FUNCTION|FUNCTIONS)\b/.test(show[1] ?? '')) {
      throw AppError.forbidden(
        'Only SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are allowed here (transactions and settings are private).',
        'FORBIDDEN',
      );
    }
  }
  for (const clause of WRITE_CLAUSES) {
    if (new RegExp(`(?<![\\w.$:])(?<!\\bAS\\s+)${clause}\\b(?!\\s*:)`).test(upper)) {
      throw AppError.forbidden(`This endpoint is read-only: ${clause} is not allowed.`, 'WRITE_FORBIDDEN');
    }
  }
  const command = ADMIN_COMMANDS.find((word) => new RegExp(`^\\s*${word}\\b`).test(upper));
  if (command) throw AppError.forbidden(`This endpoint is read-only: ${command} is not allowed.`, 'WRITE_FORBIDDEN');
  const dotted = body.match(/(?<![\w.$])[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+/g) ?? [];
  for (const name of dotted) {
    const norm = name.replace(/\s+/g, '').toLowerCase();
    const denied = DENIED_NAMESPACES.find((ns) => norm.startsWith(ns) || `${norm}.` === ns);
    if (denied) {
      throw AppError.forbidden(`Procedure or function ${norm} is not allowed here.`, 'PROCEDURE_FORBIDDEN');
    }
  }
  return query.slice(0, end);
}
