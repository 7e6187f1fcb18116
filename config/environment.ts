/**
 * The Neo4j part of the environment, one zod schema read by every entry point: `npm start` (whose
 * server schema extends it, server/config.ts), `npm run ingest`, `npm run bench` and the local
 * runtime (`db:*`). A bad value fails at start with the variable's name instead of surfacing later.
 */
import { z } from 'zod';

const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());
const size = (fallback: string) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 1g').default(fallback));

export const neo4jEnvironmentSchema = z.object({
  /** An existing Neo4j (`bolt://`, `neo4j://`, `neo4j+s://`…); unset = the local runtime. */
  NEO4J_URI: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'expected bolt://host:port or neo4j://host (also +s, +ssc)').optional(),
  ),
  NEO4J_USER: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).default('neo4j')),
  /** Password for NEO4J_URI; for the local runtime, setting it turns auth on. */
  NEO4J_PASSWORD: optionalText,
  /** Database name passed to every session (saves a routing round trip). */
  NEO4J_DATABASE: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).default('neo4j')),
  /** Local runtime: Bolt port on 127.0.0.1. */
  NEO4J_PORT: z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), z.number().int().min(1).max(65_535).default(7687)),
  /** Local runtime: data folder (default `.data/neo4j` in the project). */
  NEO4J_DATA_DIR: optionalText,
  NEO4J_HEAP: size('1g'),
  NEO4J_PAGECACHE: size('256m'),
});

/** The Neo4j settings, validated. */
export interface Neo4jEnvironment {
  uri?: string;
  user: string;
  password?: string;
  database: string;
  port: number;
  dataDir?: string;
  heap: string;
  pagecache: string;
}

/** Lists every invalid variable of a failed parse in one line. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

/** Neo4j settings from the parsed variables (the server's parse includes them). */
export function toNeo4jEnvironment(c: z.output<typeof neo4jEnvironmentSchema>): Neo4jEnvironment {
  return {
    ...(c.NEO4J_URI ? { uri: c.NEO4J_URI } : {}),
    user: c.NEO4J_USER,
    ...(c.NEO4J_PASSWORD ? { password: c.NEO4J_PASSWORD } : {}),
    database: c.NEO4J_DATABASE,
    port: c.NEO4J_PORT,
    ...(c.NEO4J_DATA_DIR ? { dataDir: c.NEO4J_DATA_DIR } : {}),
    heap: c.NEO4J_HEAP,
    pagecache: c.NEO4J_PAGECACHE,
  };
}

/**
 * Reads the Neo4j settings from an environment-like record (usually `process.env`).
 * @throws Error naming every invalid variable.
 */
export function readNeo4jEnvironment(env: Record<string, string | undefined> = process.env): Neo4jEnvironment {
  const parsed = neo4jEnvironmentSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid Neo4j configuration: ${describeIssues(parsed.error)}`);
  return toNeo4jEnvironment(parsed.data);
}
