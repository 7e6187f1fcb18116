import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { maskCypher, screenReadOnlyCypher } from './cypher-guard.ts';

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

  it('refuses unterminated strings and comments as malformed', () => {
    expect(refusal("MATCH (n) WHERE n.name = 'x RETURN n")?.status).toBe(400);
    expect(refusal('MATCH (n) /* RETURN n')?.status).toBe(400);
  });

  it('returns the statement without its trailing semicolon and comment', () => {
    expect(screenReadOnlyCypher('MATCH (n) RETURN n; // done')).toBe('MATCH (n) RETURN n');
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
