/**
 * The explorer's analyst tools end to end, in Debian's Chromium (playwright-core) on the real
 * server and a real Neo4j holding the sample corpus: style by data (node size by links or by source
 * documents, colour by a property with its values in the legend, what filters hide shown in the
 * legend). Leaves screenshots in test-artifacts/ (tools-*.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebServer } from '../../server/web-server.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { assertChromium, buildClient, CHROMIUM, loadSampleCorpus, PROJECT_ROOT, startExplorerServer } from './explorer-stack.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
let web: WebServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

type Ex = {
  store: {
    graph: { nodes(): string[]; edges(): string[]; order: number; getNodeAttributes(k: string): { x: number; y: number; entityType: string; name: string } };
    selection?: { kind: string; id: string };
    select(s: unknown): void;
  };
  sigma: { getNodeDisplayData(k: string): { size: number; color: string; hidden?: boolean } | undefined };
  addNode(id: string): Promise<void>;
  expand(id: string, o: { count: number }): Promise<unknown>;
};
const ex = <T>(fn: (ex: Ex) => T | Promise<T>) => page.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
const layoutSettled = () => page.waitForFunction(() => !document.querySelector('[data-testid=tool-layout]')?.classList.contains('running'), undefined, { timeout: 30_000 });

beforeAll(async () => {
  assertChromium();
  const { driver } = await getTestNeo4j();
  await resetDatabase(driver);
  await loadSampleCorpus(driver);
  await buildClient();
  web = await startExplorerServer(driver);
  browser = await chromium.launch(CHROMIUM);
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })).newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.goto(web.url);
  await page.waitForFunction(() => (window as unknown as { __explorer?: unknown }).__explorer);
  await ex(async (e) => {
    await e.addNode('country:iran');
    await e.expand('country:iran', { count: 100 });
    await e.expand('country:russia', { count: 100 });
    e.store.select(undefined);
  });
  await layoutSettled();
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('style by data', () => {
  const sizes = () => ex((e) => Object.fromEntries(e.store.graph.nodes().map((n) => [n, e.sigma.getNodeDisplayData(n)!.size])));
  const colours = () => ex((e) => Object.fromEntries(e.store.graph.nodes().map((n) => [n, e.sigma.getNodeDisplayData(n)!.color])));

  it('sizes nodes by their source documents instead of their links, and back', async () => {
    await page.locator('[data-testid=tab-filters]').click();
    const byLinks = await sizes();
    await page.locator('[data-testid=size-by]').selectOption('sources');
    await poll(async () => JSON.stringify(await sizes())).not.toBe(JSON.stringify(byLinks));
    await page.waitForFunction(() => location.hash.includes('ns=sources'));
    await page.locator('[data-testid=size-by]').selectOption('degree');
    await poll(async () => JSON.stringify(await sizes())).toBe(JSON.stringify(byLinks));
  });

  it('colours nodes by a property, lists its values in the legend, and goes back to types', async () => {
    const byType = await colours();
    const options = await page.locator('[data-testid=colour-by] option').allInnerTexts();
    expect(options).toContain('property: iso');
    await page.locator('[data-testid=colour-by]').selectOption('iso');
    const legend = page.locator('[data-testid=legend-values]');
    await legend.waitFor();
    expect(await legend.innerText()).toContain('IR');
    expect(await legend.innerText()).toContain('RU');
    const byIso = await colours();
    // Iran and Russia share a type colour; by ISO code they differ.
    expect(byType['country:iran']).toBe(byType['country:russia']);
    expect(byIso['country:iran']).not.toBe(byIso['country:russia']);
    await page.screenshot({ path: join(ARTIFACTS, 'tools-style.png') });
    await page.locator('[data-testid=colour-by]').selectOption('');
    await poll(async () => JSON.stringify(await colours())).toBe(JSON.stringify(byType));
    expect(await legend.count()).toBe(0);
  });

  it('shows in the legend what the filters hide, and clears them from there', async () => {
    await page.locator('[data-filter-type=Place]').uncheck();
    const item = page.locator('[data-testid=legend] .legend-item[data-type=Place]');
    await poll(() => item.getAttribute('data-filtered')).toBe('true');
    const note = page.locator('[data-testid=legend-filtered]');
    expect(await note.innerText()).toMatch(/^\d+ nodes?, \d+ links? hidden by filters/);
    await note.click();
    await poll(() => item.getAttribute('data-filtered')).toBeNull();
    expect(await note.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
