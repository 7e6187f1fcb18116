/**
 * Static screening of user Cypher for `POST /api/cypher`, before the database sees it. This is the
 * first of three locks (then the EXPLAIN plan, `console/plan-guard.ts`: query type 'r', no refused
 * operator, only allowlisted procedures; then a READ transaction). It bounds the query's size
 * (length, nesting, operators) so Neo4j's parser never overflows, and refuses what a read
 * transaction would still allow or what is plainly not a single read — several statements,
 * LOAD CSV, procedures outside the allowlist, plugin functions, database switching,
 * CALL … IN TRANSACTIONS, SHOW commands other than indexes/constraints/procedures/functions — and
 * write clauses, with a clear message.
 *
 * Strings, comments and `quoted` names are masked, then every character Neo4j reads as whitespace
 * (including U+001C–U+001F and the Unicode spaces) is made a plain space, so `'a;b'` or a
 * `CREATE` inside a string is fine and a write hidden after a comment or a control character is not.
 * Backtick-quoted name segments are read for what they name: `db`.`info` is db.info.
 */
import { AppError } from './errors.ts';
import { ALLOWED_FUNCTION_NAMESPACES, ALLOWED_PROCEDURES, QUERY_LIMITS } from './console/rules.ts';

/**
 * The characters Neo4j 5's lexer skips as whitespace (checked one by one against Neo4j 5.26:
 * `RETURN<c>1` parses for exactly these). JavaScript's `\s` differs: it lacks U+001C–U+001F.
 */
export const CYPHER_WHITESPACE = /[\t\n\v\f\r\u001c-\u001f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/** The query with every Cypher whitespace character made a plain space (same length, same positions). */
export function normaliseWhitespace(query: string): string {
  return query.replace(CYPHER_WHITESPACE, ' ');
}

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
      // Neo4j ends a line comment at \n or \r (and at nothing else: checked on 5.26).
      const rest = query.slice(i).search(/[\n\r]/);
      const stop = rest === -1 ? query.length : i + rest;
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
/** Operators counted against `QUERY_LIMITS.maxOperators` (in the masked, upper-cased text). */
const OPERATOR = /<>|<=|>=|=~|[-+*/%^=<>.|]|\b(?:NOT|AND|OR|XOR|IN|STARTS|ENDS|CONTAINS|IS|UNION)\b/g;

/** Refuses queries Neo4j's parser could choke on: too long, too deeply nested, too many operators. */
export function checkQuerySize(query: string, masked: string): void {
  if (query.length > QUERY_LIMITS.maxLength) {
    throw AppError.badRequest(`The query is longer than ${QUERY_LIMITS.maxLength} characters.`, 'QUERY_TOO_LARGE');
  }
  let depth = 0;
  for (const c of masked) {
    if (c === '(' || c === '[' || c === '{') {
      depth++;
      if (depth > QUERY_LIMITS.maxNesting) {
        throw AppError.badRequest(
          `The query nests brackets more than ${QUERY_LIMITS.maxNesting} deep; simplify it.`,
          'QUERY_TOO_COMPLEX',
        );
      }
    } else if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  const operators = masked.toUpperCase().match(OPERATOR)?.length ?? 0;
  if (operators > QUERY_LIMITS.maxOperators) {
    throw AppError.badRequest(
      `The query has more than ${QUERY_LIMITS.maxOperators} operators; use a list and IN, or parameters, instead of long chains.`,
      'QUERY_TOO_COMPLEX',
    );
  }
}

/** A name as Neo4j reads it: segments (plain or `backtick-quoted`) joined by dots. */
interface QualifiedName {
  name: string;
  /** Where it starts and ends in the query. */
  start: number;
  end: number;
}

const NAME_CHAR = /[\p{L}\p{N}_$]/u;

/**
 * Reads the qualified name starting at `i` (spaces and comments may surround the dots). `text` is
 * the whitespace-normalised query, `masked` its masked copy (comments are spaces there).
 */
function readQualifiedName(text: string, masked: string, i: number): QualifiedName | undefined {
  const segments: string[] = [];
  const start = i;
  let end = i;
  for (;;) {
    while (masked[i] === ' ') i++;
    let segment = '';
    if (text[i] === '`') {
      const close = skipQuoted(text, i, '`');
      segment = text.slice(i + 1, close - 1).replace(/``/g, '`');
      i = close;
    } else {
      while (i < text.length && NAME_CHAR.test(text[i]!)) segment += text[i++];
    }
    if (!segment) break;
    segments.push(segment);
    end = i;
    let j = i;
    while (masked[j] === ' ') j++;
    if (masked[j] !== '.') break;
    i = j + 1;
  }
  return segments.length ? { name: segments.join('.'), start, end } : undefined;
}

/** Procedures called (`CALL name`) and namespaced functions used (`ns.name(`), as Neo4j reads them. */
export function calledNames(text: string, masked: string): { procedures: string[]; functions: string[] } {
  const procedures: string[] = [];
  const functions: string[] = [];
  const upper = masked.toUpperCase();
  for (const call of upper.matchAll(/(?<![\w.$`])CALL\b/g)) {
    const name = readQualifiedName(text, masked, call.index + 4);
    if (name) procedures.push(name.name);
  }
  // A name followed by `(` outside CALL is a function call; only dotted names matter here.
  for (let i = 0; i < text.length; i++) {
    const startsName = masked[i] === '_' ? text[i] === '`' : NAME_CHAR.test(masked[i]!) && !NAME_CHAR.test(masked[i - 1] ?? ' ');
    if (!startsName || masked[i - 1] === '.' || masked[i - 1] === '_') continue;
    const name = readQualifiedName(text, masked, i);
    if (!name) continue;
    let j = name.end;
    while (masked[j] === ' ') j++;
    const precededByCall = /\bCALL\s*$/.test(upper.slice(Math.max(0, i - 10), i));
    if (masked[j] === '(' && name.name.includes('.') && !precededByCall) functions.push(name.name);
    i = Math.max(i, name.end - 1);
  }
  return { procedures, functions };
}

const lower = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));
const ALLOWED_PROCEDURE_SET = lower(ALLOWED_PROCEDURES);

/** Whether the console may call this procedure (case-insensitive). */
export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURE_SET.has(name.toLowerCase());
}

/** Whether the console may call this namespaced function. */
export function isAllowedFunction(name: string): boolean {
  const namespace = name.slice(0, name.lastIndexOf('.')).toLowerCase();
  return ALLOWED_FUNCTION_NAMESPACES.some((ns) => namespace === ns);
}

/**
 * Checks that `query` is one read-only statement as far as text can tell, and returns it without a
 * trailing semicolon. @throws AppError 403 (refused) or 400 (malformed or too large).
 */
export function screenReadOnlyCypher(query: string): string {
  if (query.length > QUERY_LIMITS.maxLength) {
    throw AppError.badRequest(`The query is longer than ${QUERY_LIMITS.maxLength} characters.`, 'QUERY_TOO_LARGE');
  }
  const text = normaliseWhitespace(query);
  const masked = normaliseWhitespace(maskCypher(query));
  checkQuerySize(query, masked);
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
  const { procedures, functions } = calledNames(text.slice(0, end), body);
  const procedure = procedures.find((name) => !isAllowedProcedure(name));
  if (procedure) {
    throw AppError.forbidden(
      `Procedure ${procedure} is not allowed here; allowed: ${ALLOWED_PROCEDURES.join(', ')}.`,
      'PROCEDURE_FORBIDDEN',
    );
  }
  const fn = functions.find((name) => !isAllowedFunction(name));
  if (fn) throw AppError.forbidden(`Function ${fn} is not allowed here.`, 'PROCEDURE_FORBIDDEN');
  return query.slice(0, end);
}
