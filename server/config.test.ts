import { describe, expect, it } from 'vitest';
import { loadServerConfig } from './config.ts';

describe('loadServerConfig', () => {
  it('applies defaults when the environment is empty', () => {
    expect(loadServerConfig({})).toEqual({
      port: 3000,
      corsOrigins: [],
      cypherTimeoutMs: 10_000,
      cypherRowCap: 1000,
      cypherByteCap: 5_000_000,
      cypherInFlight: { total: 4, perClient: 2 },
      neo4jDatabase: 'neo4j',
      rateLimit: { windowMs: 60_000, max: 60 },
      bodyLimit: '100kb',
      host: '127.0.0.1',
      allowedHosts: [],
      allowAnonymous: false,
      allowForeignWrite: false,
      allowUploads: false,
      sessionTtlMs: 8 * 3_600_000,
      users: [],
      neo4j: { user: 'neo4j', database: 'neo4j', port: 7687, heap: '1g', pagecache: '256m' },
    });
  });

  it('reads and converts every variable', () => {
    const c = loadServerConfig({
      PORT: '8080',
      CORS_ORIGINS: 'http://a.example, http://b.example',
      CYPHER_TIMEOUT_MS: '2500',
      CYPHER_ROW_CAP: '50',
      NEO4J_DATABASE: 'news',
      RATE_LIMIT_WINDOW_MS: '10000',
      RATE_LIMIT_MAX: '5',
      BODY_LIMIT: '1mb',
      CYPHER_BYTE_CAP: '20000',
      CYPHER_MAX_IN_FLIGHT: '3',
      CYPHER_MAX_IN_FLIGHT_PER_CLIENT: '1',
    });
    expect(c).toMatchObject({ cypherByteCap: 20_000, cypherInFlight: { total: 3, perClient: 1 } });
    expect(c).toMatchObject({ port: 8080, corsOrigins: ['http://a.example', 'http://b.example'], cypherTimeoutMs: 2500 });
    expect(c).toMatchObject({ cypherRowCap: 50, neo4jDatabase: 'news', rateLimit: { windowMs: 10_000, max: 5 }, bodyLimit: '1mb' });
  });

  it('reads switches as true/false words and refuses anything else', () => {
    const c = loadServerConfig({ ALLOW_UPLOADS: 'true', ALLOW_ANONYMOUS: '1', ALLOW_FOREIGN_WRITE: 'no', ALLOWED_HOSTS: 'News.Example, 10.0.0.5:3000' });
    expect(c).toMatchObject({ allowUploads: true, allowAnonymous: true, allowForeignWrite: false, allowedHosts: ['news.example', '10.0.0.5:3000'] });
    expect(() => loadServerConfig({ ALLOW_UPLOADS: 'maybe' })).toThrow(/ALLOW_UPLOADS: expected true or false/);
  });

  it('refuses a users entry that is not name:role:hash, without echoing it', () => {
    expect(() => loadServerConfig({ AUTH_USERS: 'alice:admin:scrypt:1:2:3:x:y' })).toThrow(/AUTH_USERS, entry 1 \(alice\): role must be viewer or editor/);
    expect(() => loadServerConfig({ AUTH_USERS: 'bob:viewer:secret-password' })).toThrow(/not a password hash/);
    expect(() => loadServerConfig({ AUTH_USERS: 'bob:viewer:secret-password' })).not.toThrow(/secret-password/);
  });

  it('shares the Neo4j settings with ingest and bench, validated the same way', () => {
    const c = loadServerConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret-pw', NEO4J_PORT: '7700' });
    expect(c.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'secret-pw', port: 7700 });
    expect(() => loadServerConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI: expected bolt:\/\/host:port/);
    expect(() => loadServerConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP: expected a size/);
  });

  it('names the invalid variables', () => {
    expect(() => loadServerConfig({ PORT: 'eighty', CYPHER_ROW_CAP: '0' })).toThrow(/PORT.*CYPHER_ROW_CAP|CYPHER_ROW_CAP.*PORT/);
  });
});
