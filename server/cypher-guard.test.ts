import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { calledNames, maskCypher, normaliseWhitespace, screenReadOnlyCypher } from './cypher-guard.ts';

function refusal(query: string): { status: number; code: string } | undefined {
  try {
    screenReadOnlyCypher(query);
    return undefined;
  } catch (err) {
    if (err instanceof AppError) return { status: err.status, code: err.code };
    throw err;
  }
}

describe('screenReadOnlyCypher', () => {
  it.each([
    'MATCH (n) RETURN n LIMIT 5',
    'MATCH (n) RETURN n;',
    "MATCH (n) WHERE n.name = 'CREATE (x); DELETE n' RETURN n",
    'MATCH (n) /* a; b; SET */ RETURN n // trailing; comment',
    'MATCH (n:`Weird;Label`) RETURN n',
    'MATCH (n) RETURN n.set AS s, $create AS c',
    'CALL db.labels() YIELD label RETURN label',
    'MATCH (m:Start) RETURN m',
    'SHOW INDEXES YIELD name RETURN name',
    'SHOW FULLTEXT INDEXES',
    'SHOW ALL CONSTRAINTS',
    'SHOW PROCEDURES YIELD name RETURN count(*)',
    'MATCH (v:Evidence) RETURN v.start AS start, v.end AS end',
    'RETURN {start: 1, stop: 2, set: 3} AS m',
  ])('lets a single read through: %s', (query) => {
    expect(refusal(query)).toBeUndefined();
  });

  it.each([
    ['CREATE (n:X)', 'WRITE_FORBIDDEN'],
    ['MERGE (n:X {id: 1})', 'WRITE_FORBIDDEN'],
    ['MATCH (n) DETACH DELETE n', 'WRITE_FORBIDDEN'],
    ['MATCH (n) SET n.x = 1', 'WRITE_FORBIDDEN'],
    ['MATCH (n) REMOVE n.x', 'WRITE_FORBIDDEN'],
    ['MATCH (n) FOREACH (x IN [1] | CREATE (:Y))', 'WRITE_FORBIDDEN'],
    ['DROP INDEX entity_text', 'WRITE_FORBIDDEN'],
    ['STOP DATABASE neo4j', 'WRITE_FORBIDDEN'],
    ['  terminate transactions "neo4j-transaction-1"', 'WRITE_FORBIDDEN'],
    ['MATCH (n) SET n:Flag', 'WRITE_FORBIDDEN'],
    ['MATCH (n) RETURN n; CREATE (x)', 'MULTIPLE_STATEMENTS'],
    ['MATCH (n) RETURN n ; MATCH (m) RETURN m;', 'MULTIPLE_STATEMENTS'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'LOAD_CSV_FORBIDDEN'],
    ["load  csv with headers from 'http://x' as r return r", 'LOAD_CSV_FORBIDDEN'],
    ['CALL { CREATE (:X) } IN TRANSACTIONS', 'WRITE_FORBIDDEN'],
    ['UNWIND range(1,3) AS i CALL { WITH i RETURN i AS j } IN TRANSACTIONS OF 2 ROWS RETURN j', 'WRITE_FORBIDDEN'],
    ['CALL { MATCH (n) RETURN n } IN 4 CONCURRENT TRANSACTIONS RETURN n', 'WRITE_FORBIDDEN'],
    ['CALL dbms.components()', 'PROCEDURE_FORBIDDEN'],
    ['CALL dbms . security.listUsers()', 'PROCEDURE_FORBIDDEN'],
    ["CALL apoc.cypher.run('CREATE (x)', {})", 'PROCEDURE_FORBIDDEN'],
    ["CALL apoc.load.json('http://x')", 'PROCEDURE_FORBIDDEN'],
    ['USE system SHOW USERS', 'FORBIDDEN'],
    ['SHOW TRANSACTIONS', 'FORBIDDEN'],
    ['SHOW SETTINGS YIELD name, value RETURN name, value', 'FORBIDDEN'],
    ['SHOW CURRENT USER', 'FORBIDDEN'],
    ['MATCH (n) RETURN n /* hidden */ ; // x\n CREATE (m)', 'MULTIPLE_STATEMENTS'],
    ['/* looks harmless */ MATCH (n)\n// comment\nSET n.pwned = true RETURN n', 'WRITE_FORBIDDEN'],
  ])('refuses %s with 403 %s', (query, code) => {
    expect(refusal(query)).toEqual({ status: 403, code });
  });

  it.each([
    ["LOAD\u001fCSV FROM 'http://127.0.0.1:1/' AS l RETURN l", 'LOAD_CSV_FORBIDDEN'],
    ["LOAD\u001cCSV WITH HEADERS FROM 'http://127.0.0.1:1/' AS l RETURN l", 'LOAD_CSV_FORBIDDEN'],
    ["LOAD\u2003CSV FROM 'http://x' AS l RETURN l", 'LOAD_CSV_FORBIDDEN'],
    ["LOAD\u3000CSV FROM 'http://x' AS l RETURN l", 'LOAD_CSV_FORBIDDEN'],
    ['MATCH (n)\u001eSET n.x = 1', 'WRITE_FORBIDDEN'],
    ['RETURN 1 // hidden\rCREATE (x)', 'WRITE_FORBIDDEN'],
    ["CALL db.stats.retrieve('QUERIES')", 'PROCEDURE_FORBIDDEN'],
    ['CALL `db`.`awaitIndexes`()', 'PROCEDURE_FORBIDDEN'],
    ['CALL `db`.`prepareForReplanning`()', 'PROCEDURE_FORBIDDEN'],
    ['CALL `db.info`()', 'PROCEDURE_FORBIDDEN'],
    ['CALL db /* x */ . info()', 'PROCEDURE_FORBIDDEN'],
    ['CALL db.info', 'PROCEDURE_FORBIDDEN'],
    ['MATCH (n) CALL { WITH n CALL db.info() YIELD id RETURN id } RETURN id', 'PROCEDURE_FORBIDDEN'],
    ['OPTIONAL CALL dbms.listConfig()', 'PROCEDURE_FORBIDDEN'],
    ['RETURN apoc.cypher.runFirstColumnSingle("MATCH (n) RETURN n", {})', 'PROCEDURE_FORBIDDEN'],
    ['RETURN `apoc`.`util`.md5(["x"])', 'PROCEDURE_FORBIDDEN'],
  ])('refuses %j with 403 %s', (query, code) => {
    expect(refusal(query)).toEqual({ status: 403, code });
  });

  it.each([
    'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
    'CALL `db`.`labels`() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('entity_text', 'x') YIELD node RETURN node",
    'CALL db.schema.visualization()',
    'MATCH (n) CALL { WITH n RETURN n.name AS m } RETURN m',
    'MATCH (n) CALL (n) { RETURN n.name AS m } RETURN m',
    'RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d, date.truncate("month", date()) AS m',
    'MATCH (n) RETURN n.name AS name, size(n.aliases) AS aliases',
    "MATCH (n) WHERE n.name = 'x'\u2003RETURN n",
  ])('lets an allowed call or function through: %s', (query) => {
    expect(refusal(query)).toBeUndefined();
  });

  it.each([
    ['RETURN ' + '('.repeat(3000) + '1' + ')'.repeat(3000), 'QUERY_TOO_COMPLEX'],
    ['RETURN ' + '['.repeat(41) + ']'.repeat(41), 'QUERY_TOO_COMPLEX'],
    ['RETURN ' + 'NOT '.repeat(1000) + 'true', 'QUERY_TOO_COMPLEX'],
    ["RETURN " + Array(500).fill("'a'").join(' + '), 'QUERY_TOO_COMPLEX'],
    ['WITH {a: 1} AS m RETURN m' + '.a'.repeat(500), 'QUERY_TOO_COMPLEX'],
    ['RETURN 1 AS x' + ' UNION ALL RETURN 1 AS x'.repeat(200), 'QUERY_TOO_COMPLEX'],
    ['RETURN 1' + ' '.repeat(20_001), 'QUERY_TOO_LARGE'],
  ])('refuses a query too large for the parser with 400: %#', (query, code) => {
    expect(refusal(query)).toEqual({ status: 400, code });
  });

  it('does not count brackets inside strings and comments towards nesting', () => {
    expect(refusal(`RETURN '${'('.repeat(100)}' AS s /* ${'['.repeat(100)} */`)).toBeUndefined();
  });

  it('refuses unterminated strings and comments as malformed', () => {
    expect(refusal("MATCH (n) WHERE n.name = 'x RETURN n")?.status).toBe(400);
    expect(refusal('MATCH (n) /* RETURN n')?.status).toBe(400);
  });

  it('returns the statement without its trailing semicolon and comment', () => {
    expect(screenReadOnlyCypher('MATCH (n) RETURN n; // done')).toBe('MATCH (n) RETURN n');
  });
});

describe('normaliseWhitespace', () => {
  it('turns every character Neo4j reads as whitespace into a space, keeping positions', () => {
    const q = 'LOAD\u001cCSV\u001d\u001e\u001f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\t\v\fX';
    const n = normaliseWhitespace(q);
    expect(n).toHaveLength(q.length);
    expect(n).toBe('LOAD CSV' + ' '.repeat(15) + 'X');
  });

  it('leaves characters Neo4j does not skip (U+0085, U+200B, U+FEFF)', () => {
    expect(normaliseWhitespace('a\u0085b\u200bc\ufeffd')).toBe('a\u0085b\u200bc\ufeffd');
  });
});

describe('calledNames', () => {
  it('reads backtick-quoted segments as the names they spell', () => {
    const q = 'CALL `db`.`awaitIndexes`(10) RETURN `apoc`.util.md5(["x"]) AS h';
    expect(calledNames(q, maskCypher(q))).toEqual({ procedures: ['db.awaitIndexes'], functions: ['apoc.util.md5'] });
  });
});

describe('maskCypher', () => {
  it('keeps positions and hides strings, comments and quoted names', () => {
    const q = "RETURN 'a;b' AS `x;y` // c;d";
    const masked = maskCypher(q);
    expect(masked).toHaveLength(q.length);
    expect(masked).not.toContain(';');
    expect(masked.startsWith('RETURN ')).toBe(true);
  });

  it('understands escaped quotes inside strings', () => {
    expect(maskCypher("RETURN 'it\\'s; fine'")).not.toContain(';');
  });
});
