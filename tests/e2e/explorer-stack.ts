/**
 * The real stack for browser tests: the sample corpus read, extracted and loaded into a Neo4j, the
 * client built with Vite, and the server's `createApp` serving API + explorer on a free port. Also
 * used by `explorer-dev.ts` to look at the explorer by hand against the same data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { readDocuments } from '../../ingest/read/index.ts';
import { extract } from '../../ingest/extract/index.ts';
import { applySchema, loadExtraction } from '../../ingest/load/index.ts';
import { DEFAULT_SERVER_CONFIG } from '../../server/config.ts';
import { createApp } from '../../server/create-app.ts';
import { startWebServer, type WebServer } from '../../server/web-server.ts';
import { expect } from 'vitest';
import { readChromiumPath } from '../../config/environment.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLIENT_DIST = join(PROJECT_ROOT, 'client', 'dist');
export const SAMPLES = join(PROJECT_ROOT, 'ingest', 'samples');
/** Where browser suites keep their screenshots and downloads. */
export const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');

/** Polls until the value matches; the UI waits on the API, so allow more than vitest's 1 s default. */
export const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

/** Reads, extracts and loads the sample corpus; returns how many entities and relations went in. */
export async function loadSampleCorpus(driver: Driver): Promise<{ entities: number; relations: number }> {
  const { documents } = await readDocuments(SAMPLES);
  const result = extract(documents);
  await applySchema(driver);
  await loadExtraction(driver, result);
  return { entities: result.entities.length, relations: result.relations.length };
}

/** Builds the client into client/dist (what the server serves). */
export async function buildClient(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(PROJECT_ROOT, 'client', 'vite.config.ts'), logLevel: 'warn' });
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) throw new Error('client build produced no index.html');
}

/** Starts API + explorer over `driver` on `port` (0 = free port). */
export function startExplorerServer(driver: Driver, port = 0): Promise<WebServer> {
  const app = createApp({ driver, config: { ...DEFAULT_SERVER_CONFIG, rateLimit: { windowMs: 60_000, max: 1000 } }, staticDir: CLIENT_DIST, log: () => {} });
  return startWebServer(app, port, '127.0.0.1');
}

/** Debian's chromium (never a downloaded browser); CHROMIUM_PATH points elsewhere. */
const CHROMIUM_PATH = readChromiumPath();

/** Fails with what to install when the browser is missing, instead of playwright's generic error. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH.`);
  }
}

/** Chromium flags for Debian's headless build. */
export const CHROMIUM = {
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
};

/** A running explorer over the sample corpus, with a browser page on it. */
export interface ExplorerStack {
  driver: Driver;
  web: WebServer;
  browser: Browser;
  page: Page;
  /** Entities and relations the sample corpus loaded. */
  counts: { entities: number; relations: number };
}

/**
 * The whole stack a browser suite starts from: the test database emptied and loaded with the sample
 * corpus (or what `load` writes), the client built, the server started, Chromium launched and one
 * page opened with `context`.
 */
export async function openExplorerStack(
  context: BrowserContextOptions,
  load: (driver: Driver) => Promise<{ entities: number; relations: number }> = loadSampleCorpus,
): Promise<ExplorerStack> {
  assertChromium();
  const { driver } = await getTestNeo4j();
  await resetDatabase(driver);
  const counts = await load(driver);
  await buildClient();
  const web = await startExplorerServer(driver);
  const browser = await chromium.launch(CHROMIUM);
  const page = await (await browser.newContext(context)).newPage();
  return { driver, web, browser, page, counts };
}
