/**
 * Test helpers for the API: start the real app on port 0 over a given driver, and call it with
 * fetch (no supertest needed). `call` returns status, headers and parsed JSON body.
 */
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../core/index.ts';
import { createApp, DEFAULT_SERVER_CONFIG, startWebServer, type ServerConfig } from '../../server/index.ts';
import type { Neo4jConnection } from '../../server/neo4j/index.ts';
import { loadExtraction } from '../../ingest/load/index.ts';
import { smallGraph } from '../fixtures/server/small-graph.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestApi {
  url: string;
  get<T = any>(path: string): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body: unknown): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts the app on a free port; the caller closes it. Over the run's shared driver, console
 * queries run in worker threads connected to the same database, as under `npm start`.
 */
export async function startTestApi(
  driver: Driver,
  config: Partial<ServerConfig> = {},
  extra: { staticDir?: string; readOnlyDatabase?: boolean; connection?: Neo4jConnection } = {},
): Promise<TestApi> {
  const shared = await getTestNeo4j();
  const connection = extra.connection ?? (driver === shared.driver ? shared : undefined);
  const app = createApp({
    driver,
    config: { ...DEFAULT_SERVER_CONFIG, ...config },
    log: () => {},
    ...extra,
    ...(connection ? { connection: { uri: connection.uri, user: connection.user, password: connection.password } } : {}),
  });
  const web = await startWebServer(app, 0, '127.0.0.1');
  const call = async (path: string, init?: RequestInit): Promise<ApiResponse> => {
    const res = await fetch(web.url + path, init);
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (static files): keep the text
    }
    return { status: res.status, headers: res.headers, body };
  };
  return {
    url: web.url,
    get: (path) => call(path),
    post: (path, body) =>
      call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    close: () => web.close(),
  };
}

/** Empties the test database, loads an extraction with the real loader, and starts the app over it. */
export async function startGraphApi(graph: ExtractionResult, config: Partial<ServerConfig> = {}): Promise<{ driver: Driver; api: TestApi }> {
  const { driver } = await getTestNeo4j();
  await resetDatabase(driver);
  await loadExtraction(driver, graph);
  return { driver, api: await startTestApi(driver, config) };
}

/** The app over the small fixture graph. */
export function startSmallGraphApi(config: Partial<ServerConfig> = {}): Promise<{ driver: Driver; api: TestApi }> {
  return startGraphApi(smallGraph, config);
}

/** Counts nodes and relationships (to prove that a refused query changed nothing). */
export async function countAll(driver: Driver): Promise<{ nodes: number; rels: number }> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
    {},
    { database: 'neo4j', routing: 'READ' },
  );
  return { nodes: Number(records[0]?.get('nodes')), rels: Number(records[0]?.get('rels')) };
}
