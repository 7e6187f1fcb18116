/**
 * The environment every entry point shares, as zod schemas: the Neo4j settings (read by `npm start`,
 * whose server schema extends them in server/config.ts, `npm run ingest`, `npm run bench` and the
 * local runtime), the extractor's (`EXTRACTOR`, `LLM_*`: ingest, uploads, bench) and the browser's
 * (`CHROMIUM_PATH`: browser tests, the rendering bench). A bad value fails at start with the
 * variable's name instead of surfacing later.
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

const positiveInt = z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), z.number().int().positive().optional());

/** Which extractor ingest uses: the offline rules, or an OpenAI-compatible LLM endpoint. */
export const extractorEnvironmentSchema = z.object({
  EXTRACTOR: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['rules', 'llm']).default('rules')),
  LLM_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL').optional()),
  LLM_MODEL: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).default('llama3.1')),
  LLM_API_KEY: optionalText,
  LLM_TIMEOUT_MS: positiveInt,
  LLM_CONCURRENCY: positiveInt,
});

/** The extractor settings, validated. */
export interface ExtractorEnvironment {
  extractor: 'rules' | 'llm';
  llm?: { baseUrl: string; model: string; apiKey?: string; timeoutMs?: number; concurrency?: number };
}

/**
 * Reads the extractor settings (usually from `process.env`).
 * @throws Error naming every invalid variable, or saying EXTRACTOR=llm needs LLM_BASE_URL.
 */
export function readExtractorEnvironment(env: Record<string, string | undefined> = process.env): ExtractorEnvironment {
  const parsed = extractorEnvironmentSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid extractor configuration: ${describeIssues(parsed.error)}`);
  const c = parsed.data;
  if (c.EXTRACTOR === 'rules') return { extractor: 'rules' };
  if (!c.LLM_BASE_URL) throw new Error('EXTRACTOR=llm needs LLM_BASE_URL (an OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1)');
  return {
    extractor: 'llm',
    llm: {
      baseUrl: c.LLM_BASE_URL,
      model: c.LLM_MODEL,
      ...(c.LLM_API_KEY ? { apiKey: c.LLM_API_KEY } : {}),
      ...(c.LLM_TIMEOUT_MS ? { timeoutMs: c.LLM_TIMEOUT_MS } : {}),
      ...(c.LLM_CONCURRENCY ? { concurrency: c.LLM_CONCURRENCY } : {}),
    },
  };
}

/** The Chromium that browser tests and the rendering bench drive (Debian's, never a downloaded one). */
export const browserEnvironmentSchema = z.object({
  CHROMIUM_PATH: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).default('/usr/bin/chromium')),
});

/** The Chromium path, validated. */
export function readChromiumPath(env: Record<string, string | undefined> = process.env): string {
  const parsed = browserEnvironmentSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid browser configuration: ${describeIssues(parsed.error)}`);
  return parsed.data.CHROMIUM_PATH;
}

/** Every setting an entry point may read, in one schema (the server's extends it with its own). */
export const environmentSchema = neo4jEnvironmentSchema.merge(extractorEnvironmentSchema).merge(browserEnvironmentSchema);
