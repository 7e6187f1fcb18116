/**
 * The explorer by keyboard and for low vision, in Debian's Chromium (playwright-core) on the real
 * server and a real Neo4j holding the sample corpus: text on the primary button at 4.5:1 or more,
 * the sidebar tabs moved with the arrow keys, the document dialog named by its title (focus in it
 * while open, back where it was after), and every panel (the filters and the timeline of fact dates
 * among them) reached with Tab. Leaves a screenshot in test-artifacts/ (accessibility-focus.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebServer } from '../../server/web-server.ts';
import { openExplorerStack, ARTIFACTS, poll } from './explorer-stack.ts';

let web: WebServer;
let browser: Browser;
let page: Page;

/** WCAG contrast ratio of an element's text colour on its background colour (both opaque). */
const contrastOf = (selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const style = getComputedStyle(el);
    const rgb = (c: string) => c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const a = lum(rgb(style.color));
    const b = lum(rgb(style.backgroundColor));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }, selector);

/** The data-testid of every ancestor of the focused element, innermost first. */
const focusedRegions = () =>
  page.evaluate(() => {
    const out: string[] = [];
    for (let el = document.activeElement; el; el = el.parentElement) {
      const id = el.getAttribute('data-testid');
      if (id) out.push(id);
    }
    return out;
  });

beforeAll(async () => {
  ({ web, browser, page } = await openExplorerStack({ viewport: { width: 1440, height: 900 } }));
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.goto(web.url);
  await page.waitForFunction(() => (window as unknown as { __explorer?: unknown }).__explorer);
  await page.evaluate(async () => {
    const ex = (window as unknown as { __explorer: { addNode(id: string): Promise<void>; expand(id: string, o: { count: number }): Promise<unknown> } }).__explorer;
    await ex.addNode('person:vladimir-putin');
    await ex.expand('person:vladimir-putin', { count: 25 });
  });
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('explorer accessibility', () => {
  it('draws the primary button\'s text at 4.5:1 or more, at rest and on hover', async () => {
    await page.locator('[data-testid=tab-paths]').click();
    const button = '[data-testid=path-find]';
    await page.mouse.move(0, 0);
    expect(await contrastOf(button)).toBeGreaterThanOrEqual(4.5);
    await page.hover(button);
    expect(await contrastOf(button)).toBeGreaterThanOrEqual(4.5);
  });

  it('moves between the sidebar tabs with the arrow keys, Home and End', async () => {
    await page.locator('[data-testid=tab-filters]').click();
    await page.keyboard.press('ArrowRight');
    await poll(focusedRegions).toContain('tab-links');
    expect(await page.locator('[data-testid=tab-links]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[data-testid=link-list]').isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await poll(focusedRegions).toContain('tab-cypher');
    await page.keyboard.press('Home');
    await poll(focusedRegions).toContain('tab-filters');
    expect(await page.locator('[data-testid=filters-panel]').isVisible()).toBe(true);
    // Only the selected tab is in the Tab order.
    expect(await page.locator('[role=tab][tabindex="0"]').count()).toBe(1);
  });

  it('names the document dialog by the document\'s title, takes focus into it and gives it back', async () => {
    await page.evaluate(() => (window as unknown as { __explorer: { store: { select(s: object): void } } }).__explorer.store.select({ kind: 'node', id: 'person:vladimir-putin' }));
    const details = page.locator('[data-testid=details-panel]');
    await details.locator('[data-testid=node-links] .link-row', { hasText: 'signed' }).first().click();
    const source = details.locator('[data-testid=evidence-source]').first();
    await source.focus();
    await page.keyboard.press('Enter');
    const title = page.locator('[data-testid=document-viewer] .modal-title');
    await poll(() => title.innerText()).not.toMatch(/Loading/);
    const name = (await title.innerText()).trim();
    expect(name.length).toBeGreaterThan(3);
    expect(await page.getByRole('dialog', { name }).count()).toBe(1);
    await poll(focusedRegions).toContain('document-viewer');
    await page.keyboard.press('Escape');
    await poll(() => page.locator('[data-testid=document-viewer]').isVisible()).toBe(false);
    await poll(() => source.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('reaches every panel with Tab: search, toolbar, tabs and their panel, canvas, legend, timeline, details, results', async () => {
    await page.locator('[data-testid=tab-queries]').click();
    await page.locator('.query-item', { hasText: 'Most connected actors' }).click();
    await page.locator('[data-testid=query-run]').click();
    await page.locator('[data-testid=results-table]').waitFor();
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen = new Set<string>();
    for (let i = 0; i < 160; i++) {
      await page.keyboard.press('Tab');
      for (const r of await focusedRegions()) seen.add(r);
      if (i === 40) await page.screenshot({ path: join(ARTIFACTS, 'accessibility-focus.png') });
    }
    for (const region of ['search-input', 'tool-fit', 'tab-queries', 'saved-queries', 'graph-canvas', 'legend', 'timeline-chart', 'details-panel', 'results']) expect(seen, region).toContain(region);
    // The filters panel: Tab to the tabs, Home chooses Filters, Tab goes into its panel.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 40 && !(await focusedRegions()).includes('tab-queries'); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Home');
    await poll(focusedRegions).toContain('tab-filters');
    await page.keyboard.press('Tab');
    await poll(focusedRegions).toContain('filters-panel');
  });
});
