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

  it('names the invalid variables', () => {
    expect(() => loadServerConfig({ PORT: 'eighty', CYPHER_ROW_CAP: '0' })).toThrow(/PORT.*CYPHER_ROW_CAP|CYPHER_ROW_CAP.*PORT/);
  });
});
