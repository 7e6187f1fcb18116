/**
 * Adding documents from the explorer, end to end in Debian's Chromium on the real server and a real
 * Neo4j holding the sample corpus: the Add documents button shows only when the server allows
 * uploads; a pasted article is read, extracted and loaded, and what it brought that is new lands on
 * the canvas emphasised; a bad file gets the CLI's error and a file with a bad line lists it; files
 * dropped on the canvas are added; a failed add keeps the pasted text, also across a reload.
 * Leaves screenshots in test-artifacts/ (add-documents-*.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_CONFIG } from '../../server/config.ts';
import { createApp } from '../../server/create-app.ts';
import { startWebServer, type WebServer } from '../../server/web-server.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { ARTIFACTS, assertChromium, buildClient, CHROMIUM, CLIENT_DIST, loadSampleCorpus, poll } from './explorer-stack.ts';

const ARTICLE = {
  title: 'Iceland and Mongolia sign a fisheries pact',
  text: 'Iceland and Mongolia signed a fisheries agreement in Reykjavik on Monday. Icelandic Prime Minister Bjarni Benediktsson met with Mongolian President Ukhnaagiin Khurelsukh. Iran condemned Iceland over the deal.',
};

let uploadsOn: WebServer;
let uploadsOff: WebServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

type Ex = {
  store: {
    graph: { hasNode(k: string): boolean; hasEdge(k: string): boolean; order: number; nodes(): string[] };
    highlight?: { nodes: Set<string>; edges: Set<string> };
  };
  sigma: { getNodeDisplayData(k: string): { color: string } | undefined };
  addNode(id: string): Promise<void>;
  expand(id: string, o: { count: number }): Promise<unknown>;
};
const ex = <T>(fn: (ex: Ex) => T | Promise<T>) => page.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `add-documents-${name}.png`) });
const item = (label: string) => page.locator('[data-testid=upload-item]', { hasText: label });

beforeAll(async () => {
  assertChromium();
  const { driver } = await getTestNeo4j();
  await resetDatabase(driver);
  await loadSampleCorpus(driver);
  await buildClient();
  const serve = (allowUploads: boolean) =>
    startWebServer(createApp({ driver, config: { ...DEFAULT_SERVER_CONFIG, allowUploads, rateLimit: { windowMs: 60_000, max: 1000 } }, staticDir: CLIENT_DIST, log: () => {} }), 0, '127.0.0.1');
  uploadsOn = await serve(true);
  uploadsOff = await serve(false);
  browser = await chromium.launch(CHROMIUM);
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await uploadsOn?.close();
  await uploadsOff?.close();
  const { driver } = await getTestNeo4j();
  await resetDatabase(driver);
});

describe('adding documents from the explorer', () => {
  it('offers no Add documents button when the server does not allow uploads', async () => {
    await page.goto(uploadsOff.url);
    await page.waitForFunction(() => (window as unknown as { __explorer?: unknown }).__explorer);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-testid=tool-add]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid=add-documents]').count()).resolves.toBe(0);
  });

  it('adds a pasted article and shows what was new on the canvas, emphasised', async () => {
    await page.goto(uploadsOn.url);
    await page.waitForFunction(() => (window as unknown as { __explorer?: unknown }).__explorer);
    const before = await ex(async (e) => {
      await e.addNode('country:iran');
      await e.expand('country:iran', { count: 8 });
      return e.store.graph.nodes();
    });
    expect(before.length).toBeGreaterThan(3);
    await page.locator('[data-testid=tool-add]').click();
    await page.locator('[data-testid=add-documents]').waitFor({ state: 'visible' });
    await page.locator('[data-testid=add-title]').fill(ARTICLE.title);
    await page.locator('[data-testid=add-text]').fill(ARTICLE.text);
    await page.locator('[data-testid=add-date]').fill('2024-05-06');
    await page.locator('[data-testid=add-url]').fill('https://news.example/iceland-mongolia');
    await shot('paste');
    await page.locator('[data-testid=add-submit]').click();
    const row = item(ARTICLE.title);
    await poll(() => row.getAttribute('data-state')).toBe('done');
    await expect(row.locator('[data-testid=upload-status]').textContent()).resolves.toMatch(/1 new document: \d+ new entities, \d+ new links/);
    // The form is empty again once its article is in.
    await expect(page.locator('[data-testid=add-text]').inputValue()).resolves.toBe('');
    await shot('pasted');
    await page.locator('[data-testid=add-documents] button[aria-label=Close]').click();
    const state = await ex((e) => ({
      nodes: ['country:iceland', 'country:mongolia', 'person:bjarni-benediktsson', 'treaty:fisheries-agreement', 'country:iran'].map((k) => e.store.graph.hasNode(k)),
      highlighted: [...(e.store.highlight?.nodes ?? [])].sort(),
      edges: [...(e.store.highlight?.edges ?? [])].filter((k) => e.store.graph.hasEdge(k)).sort(),
    }));
    expect(state.nodes).toEqual([true, true, true, true, true]);
    // What was on the canvas before and gained nothing is dimmed.
    const untouched = before.filter((k) => k !== 'country:iran');
    expect(state.highlighted.filter((k) => untouched.includes(k))).toEqual([]);
    await poll(() => ex((e) => e.sigma.getNodeDisplayData(e.store.graph.nodes().find((k) => k !== 'country:iran' && !e.store.highlight?.nodes.has(k))!)?.color)).toBe('#222b35');
    expect(state.highlighted).toEqual(expect.arrayContaining(['country:iceland', 'country:mongolia', 'treaty:fisheries-agreement', 'country:iran']));
    // Iran was there before, but the new link from it is new, so it is emphasised with it.
    expect(state.edges).toEqual(expect.arrayContaining(['country:iran|CRITICIZED|country:iceland', 'country:iceland|SIGNED|treaty:fisheries-agreement']));
    await page.waitForTimeout(1500);
    await shot('canvas');
  });

  it('names a bad file with the CLI’s error, lists a bad line, and adds files dropped on the canvas', async () => {
    await page.locator('[data-testid=tool-add]').click();
    const jsonl = [JSON.stringify({ title: 'Oslo fisheries talks', text: 'Norway and Iceland signed a fisheries agreement in Oslo on Friday.' }), '{"title": "cut off'].join('\n');
    await page.locator('[data-testid=add-files]').setInputFiles([
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('this is not a pdf at all') },
      { name: 'wire.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(jsonl) },
    ]);
    await poll(() => item('scan.pdf').getAttribute('data-state')).toBe('failed');
    await expect(item('scan.pdf').locator('[data-testid=upload-status]').textContent()).resolves.toBe('scan.pdf: not a PDF file (no %PDF- header)');
    await poll(() => item('wire.jsonl').getAttribute('data-state')).toBe('done');
    await expect(item('wire.jsonl').locator('[data-testid=upload-part-errors]').textContent()).resolves.toMatch(/^wire\.jsonl:2: /);
    await shot('files');
    await page.locator('[data-testid=add-documents] button[aria-label=Close]').click();
    expect(await ex((e) => e.store.graph.hasNode('country:norway'))).toBe(true);

    // Dropped anywhere on the canvas: the dialog opens with the file on its way.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Portugal and Mongolia signed a trade agreement in Lisbon on Tuesday.'], 'lisbon.txt', { type: 'text/plain' }));
      document.querySelector('[data-testid=graph-canvas]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.locator('[data-testid=add-documents]').waitFor({ state: 'visible' });
    await poll(() => item('lisbon.txt').getAttribute('data-state')).toBe('done');
    expect(await ex((e) => e.store.graph.hasNode('country:portugal') && e.store.highlight?.nodes.has('country:portugal'))).toBe(true);
    await page.locator('[data-testid=add-documents] button[aria-label=Close]').click();
  });

  it('keeps the pasted text when the add fails, and across a reload', async () => {
    await page.locator('[data-testid=tool-add]').click();
    const text = 'Chile and Peru signed a copper agreement in Lima on Monday.';
    await page.locator('[data-testid=add-text]').fill(text);
    // No title: refused before anything is sent.
    await page.locator('[data-testid=add-submit]').click();
    await expect(page.locator('[data-testid=add-form-error]').textContent()).resolves.toMatch(/^title: /);
    await page.locator('[data-testid=add-title]').fill('Copper pact');
    await page.route('**/api/documents', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'BUSY', message: 'Other documents are being added; try again in a moment.' } }) }));
    await page.locator('[data-testid=add-submit]').click();
    await poll(() => item('Copper pact').getAttribute('data-state')).toBe('failed');
    await expect(item('Copper pact').locator('[data-testid=upload-status]').textContent()).resolves.toMatch(/try again in a moment/);
    await expect(page.locator('[data-testid=add-text]').inputValue()).resolves.toBe(text);
    await shot('failed');
    await page.unroute('**/api/documents');
    await page.reload();
    await page.locator('[data-testid=tool-add]').click();
    await expect(page.locator('[data-testid=add-text]').inputValue()).resolves.toBe(text);
    await expect(page.locator('[data-testid=add-title]').inputValue()).resolves.toBe('Copper pact');
    expect(pageErrors).toEqual([]);
  });
});
