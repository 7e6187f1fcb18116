/**
 * The explorer end to end, in Debian's Chromium through playwright-core, against the real server
 * (`createApp`) and a real Neo4j holding the sample corpus. One scenario as an analyst would run it:
 * search, expand, read evidence, run a saved query, find a path, export; then undo and a reload
 * that restores the canvas from the URL. Leaves a screenshot in test-artifacts/explorer.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebServer } from '../../server/web-server.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { buildClient, CHROMIUM, loadSampleCorpus, PROJECT_ROOT, startExplorerServer } from './explorer-stack.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
let web: WebServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** Polls until the value matches; the UI waits on the API, so allow more than vitest's 1 s default. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

/** Node ids on the canvas (read from the app's store). */
const canvasNodes = () => page.evaluate(() => (window as unknown as { __explorer: { store: { graph: { nodes(): string[] } } } }).__explorer.store.graph.nodes());

/** Viewport position of a node inside the page. */
async function nodePosition(id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((key) => {
    const ex = (window as unknown as { __explorer: { sigma: { getNodeDisplayData(k: string): { x: number; y: number } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).__explorer;
    const d = ex.sigma.getNodeDisplayData(key);
    return d ? ex.sigma.framedGraphToViewport(d) : undefined;
  }, id);
  if (!p) throw new Error(`node ${id} is not displayed`);
  const box = (await page.locator('[data-testid=graph-canvas]').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Waits until the layout has stopped so positions are stable. */
const layoutSettled = () => page.waitForFunction(() => !document.querySelector('[data-testid=tool-layout]')?.classList.contains('running'), undefined, { timeout: 20_000 });

beforeAll(async () => {
  const { driver } = await getTestNeo4j();
  await resetDatabase(driver);
  const counts = await loadSampleCorpus(driver);
  expect(counts.entities).toBeGreaterThan(10);
  await buildClient();
  web = await startExplorerServer(driver);
  browser = await chromium.launch(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (process.env.E2E_CONSOLE && !m.text().includes('GPU stall')) console.log('[browser]', m.type(), m.text()); });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('explorer on the sample corpus', () => {
  it('shows an empty canvas that explains what to do and offers starting points', async () => {
    await page.goto(web.url);
    await poll(() => page.locator('[data-testid=empty-state]').isVisible()).toBe(true);
    await page.locator('[data-testid=starting-point]').first().waitFor();
    expect(await page.locator('[data-testid=starting-point]').count()).toBeGreaterThan(2);
  });

  it('searches "Putin" with results grouped by type and puts him on the canvas', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('Putin');
    const results = page.locator('[data-testid=search-results]');
    await results.locator('.search-item', { hasText: 'Vladimir Putin' }).waitFor();
    expect(await results.locator('.search-group-title').first().textContent()).toContain('Person');
    await page.keyboard.press('Enter');
    await poll(canvasNodes).toEqual(['person:vladimir-putin']);
    await poll(() => page.locator('[data-testid=details-panel] .panel-title').innerText()).toBe('Vladimir Putin');
    expect(await page.locator('[data-testid=empty-state]').isVisible()).toBe(false);
  });

  it('expands by double-click: counts per type first, then the neighbours; Russia, Iran and the treaty appear', async () => {
    await layoutSettled();
    const p = await nodePosition('person:vladimir-putin');
    await page.mouse.dblclick(p.x, p.y);
    const menu = page.locator('[data-testid=node-menu]');
    await menu.locator('.expand-row', { hasText: 'Country' }).waitFor();
    expect(await menu.locator('.expand-row', { hasText: 'Treaty' }).count()).toBe(1);
    await menu.locator('[data-testid=expand-all]').click();
    await poll(canvasNodes).toContain('country:russia');
    const nodes = await canvasNodes();
    expect(nodes.some((n) => n.startsWith('treaty:'))).toBe(true);
    // Iran is two hops away: expand Russia through its node menu (right-click).
    await layoutSettled();
    const r = await nodePosition('country:russia');
    await page.mouse.click(r.x, r.y, { button: 'right' });
    await menu.locator('.menu-item', { hasText: 'Expand' }).click();
    await menu.locator('[data-testid=expand-all]').click();
    await poll(canvasNodes).toContain('country:iran');
    await page.keyboard.press('Escape');
  });

  it('opens a link and reads its evidence sentence, then the source document with it highlighted', async () => {
    await layoutSettled();
    const p = await nodePosition('person:vladimir-putin');
    await page.mouse.click(p.x, p.y);
    const details = page.locator('[data-testid=details-panel]');
    await details.locator('[data-testid=node-links] .link-row', { hasText: 'signed' }).click();
    const sentence = details.locator('[data-testid=evidence-sentence]').first();
    await sentence.waitFor();
    const text = await sentence.innerText();
    expect(text).toMatch(/Putin/);
    expect(text.toLowerCase()).toContain('treaty');
    await details.locator('[data-testid=evidence-source]').first().click();
    const mark = page.locator('[data-testid=document-viewer] [data-testid=evidence-highlight]');
    await mark.waitFor();
    expect((await mark.innerText()).trim()).toBe(text.trim());
    await page.keyboard.press('Escape');
    await poll(() => mark.isVisible()).toBe(false);
  });

  it('runs a saved query with a typed parameter and shows rows and the graph', async () => {
    await page.locator('[data-testid=tab-queries]').click();
    const panel = page.locator('[data-testid=saved-queries]');
    await panel.locator('.query-item', { hasText: 'Treaties' }).click();
    await panel.locator('input[data-param=country]').fill('Russia');
    await panel.locator('[data-testid=query-run]').click();
    const table = page.locator('[data-testid=results-table]');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.innerText()).toContain('comprehensive strategic partnership treaty');
  });

  it('finds a path between Taiwan and the United Front Work Department, hop by hop with evidence', async () => {
    await page.locator('[data-testid=tab-paths]').click();
    const finder = page.locator('[data-testid=path-finder]');
    await finder.locator('[data-testid=path-from]').fill('Taiwan');
    await finder.locator('.search-item', { hasText: 'Taiwan' }).first().click();
    await finder.locator('[data-testid=path-to]').fill('United Front');
    await finder.locator('.search-item', { hasText: 'United Front Work Department' }).first().click();
    await finder.locator('[data-testid=path-find]').click();
    const card = finder.locator('[data-testid=path-card]').first();
    await card.waitFor();
    const hops = await card.locator('.hop').allInnerTexts();
    expect(hops.length).toBeGreaterThanOrEqual(2);
    expect(hops[0]).toContain('Taiwan');
    expect(hops[hops.length - 1]).toContain('United Front Work Department');
    expect(await card.locator('[data-testid=evidence-sentence]').count()).toBeGreaterThan(0);
    await poll(canvasNodes).toContain('organization:united-front-work-department');
  });

  it('exports a PNG of the view and keeps a screenshot', async () => {
    await layoutSettled();
    await page.locator('[data-testid=tool-export]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-png]').click()]);
    const file = join(ARTIFACTS, 'export.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(5000);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer.png') });
  });

  it('undoes and redoes with the keyboard, and a reload restores the canvas from the URL', async () => {
    await page.locator('[data-testid=graph-canvas]').click({ position: { x: 5, y: 5 } });
    const before = (await canvasNodes()).sort();
    await page.keyboard.press('Control+z');
    await poll(async () => (await canvasNodes()).length).toBeLessThan(before.length);
    await page.keyboard.press('Control+Shift+z');
    await poll(async () => (await canvasNodes()).sort()).toEqual(before);
    await page.waitForFunction((n) => decodeURIComponent(location.hash).split(',').length >= n, before.length);
    await page.reload();
    await poll(async () => (await canvasNodes()).sort()).toEqual(before);
    expect(pageErrors).toEqual([]);
  });
});
