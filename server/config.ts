/**
 * Server configuration, read once from the environment and validated with zod, so a bad value fails
 * at start-up with a clear message instead of surfacing as odd behaviour under load.
 */
import { z } from 'zod';
import { describeIssues, environmentSchema, toNeo4jEnvironment, type Neo4jEnvironment } from '../config/environment.ts';
import { loadUsers, type UserRecord } from './auth/users.ts';

const intFromEnv = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    z.number().int().min(min).max(max).default(fallback),
  );

const bool = z.preprocess(
  (v) => (v === undefined || v === '' ? undefined : typeof v === 'string' ? v.trim().toLowerCase() : v),
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
);

const csv = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  z.array(z.string()),
);

/** Every setting of `npm start`: the Neo4j settings shared with ingest, bench and the runtime, then the server's. */
export const serverConfigSchema = environmentSchema.extend({
  /** HTTP port; 0 picks a free one (tests). */
  PORT: intFromEnv(3000, 0, 65_535),
  /** Comma-separated allowed origins; empty = CORS closed (same-origin only). `*` allows any. */
  CORS_ORIGINS: csv,
  /** Transaction timeout for every query the API runs, in milliseconds. */
  CYPHER_TIMEOUT_MS: intFromEnv(10_000, 100, 600_000),
  /** Maximum rows returned by `/api/cypher` and saved queries; more sets `truncated: true`. */
  CYPHER_ROW_CAP: intFromEnv(1000, 1, 100_000),
  /** Approximate JSON size (characters) of the rows of one console or saved-query result. */
  CYPHER_BYTE_CAP: intFromEnv(5_000_000, 1000, 100_000_000),
  /** Console queries running at once, in all and per client (each in its own worker and connection). */
  CYPHER_MAX_IN_FLIGHT: intFromEnv(4, 1, 64),
  CYPHER_MAX_IN_FLIGHT_PER_CLIENT: intFromEnv(2, 1, 64),
  /**
   * Rate limit per client of `POST /api/cypher`, `GET /api/paths` and `POST /api/queries/:name`
   * (each counted on its own): at most RATE_LIMIT_MAX requests per window.
   */
  RATE_LIMIT_WINDOW_MS: intFromEnv(60_000, 1000, 3_600_000),
  RATE_LIMIT_MAX: intFromEnv(60, 1, 100_000),
  /** Largest accepted JSON body. */
  BODY_LIMIT: z.string().default('100kb'),
  /** Interface to listen on. */
  HOST: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).default('127.0.0.1')),
  /** Host header values the server answers (a name, or name:port); empty = loopback names. `*` = any. */
  ALLOWED_HOSTS: csv,
  /** Serve without sign-in on a non-loopback HOST. */
  ALLOW_ANONYMOUS: bool,
  /** Let start-up apply the schema and mark a database this project did not build (read-only otherwise). */
  ALLOW_FOREIGN_WRITE: bool,
  /** Enable `POST /api/documents` (editor role when users are configured). */
  ALLOW_UPLOADS: bool,
  /** Lifetime of a sign-in (cookie or bearer token). */
  SESSION_TTL_MS: intFromEnv(8 * 3_600_000, 60_000, 30 * 24 * 3_600_000),
});

/** Validated server settings (camelCase). */
export interface ServerConfig {
  port: number;
  corsOrigins: string[];
  cypherTimeoutMs: number;
  cypherRowCap: number;
  cypherByteCap: number;
  /** Console queries in flight: `total` at most, `perClient` per client address. */
  cypherInFlight: { total: number; perClient: number };
  neo4jDatabase: string;
  rateLimit: { windowMs: number; max: number };
  bodyLimit: string;
  host: string;
  /** Lower-case `name` or `name:port` entries; empty = loopback names on any port. */
  allowedHosts: string[];
  allowAnonymous: boolean;
  allowForeignWrite: boolean;
  allowUploads: boolean;
  sessionTtlMs: number;
  /** Users who may sign in; empty = no sign-in. */
  users: UserRecord[];
  /** Connection and local runtime settings (the part shared with ingest and bench). */
  neo4j: Neo4jEnvironment;
}

/** Defaults, usable directly in tests: `{ ...DEFAULT_SERVER_CONFIG, cypherTimeoutMs: 500 }`. */
export const DEFAULT_SERVER_CONFIG: ServerConfig = loadServerConfig({});

/**
 * Reads the server settings from an environment-like record (usually `process.env`).
 * @throws Error listing every invalid variable.
 */
export function loadServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = serverConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid server configuration: ${describeIssues(parsed.error)}`);
  }
  const c = parsed.data;
  let users: UserRecord[];
  try {
    users = loadUsers(env);
  } catch (e) {
    throw new Error(`Invalid server configuration: ${(e as Error).message}`);
  }
  return {
    port: c.PORT,
    corsOrigins: c.CORS_ORIGINS,
    cypherTimeoutMs: c.CYPHER_TIMEOUT_MS,
    cypherRowCap: c.CYPHER_ROW_CAP,
    cypherByteCap: c.CYPHER_BYTE_CAP,
    cypherInFlight: { total: c.CYPHER_MAX_IN_FLIGHT, perClient: c.CYPHER_MAX_IN_FLIGHT_PER_CLIENT },
    neo4jDatabase: c.NEO4J_DATABASE,
    rateLimit: { windowMs: c.RATE_LIMIT_WINDOW_MS, max: c.RATE_LIMIT_MAX },
    bodyLimit: c.BODY_LIMIT,
    host: c.HOST,
    allowedHosts: c.ALLOWED_HOSTS.map((h) => h.toLowerCase()),
    allowAnonymous: c.ALLOW_ANONYMOUS,
    allowForeignWrite: c.ALLOW_FOREIGN_WRITE,
    allowUploads: c.ALLOW_UPLOADS,
    sessionTtlMs: c.SESSION_TTL_MS,
    users,
    neo4j: toNeo4jEnvironment(c),
  };
}
