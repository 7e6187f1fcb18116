/**
 * The explorer's canvas against the database, in Debian's Chromium (playwright-core) on the real
 * server and a real Neo4j holding the sample corpus: after every kind of add (expand, path, query
 * result, restore from the URL) the links among the nodes on the canvas are those the database
 * holds; the path finder resolves a typed, unpicked name; the date filter keeps focus while a date
 * is typed; delete and undo leave nothing dimmed; results without nodes leave the canvas as it was
 * and results with nodes draw their links emphasised; Fit keeps discs and labels inside the canvas
 * and clear of the legend; search rows do not draw their icon over the name; the GEXF export parses
 * as XML with GEXF 1.3 namespaces; a Cypher error clears the previous rows; links sharing both ends
 * are drawn as distinct curves. Leaves screenshots in
 * test-artifacts/ (correctness-*.png).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactStatus } from '../../core/index.ts';
import { relationshipFilter } from '../../server/use-cases/fact-filter.ts';
import type { WebServer } from '../../server/web-server.ts';
import { openExplorerStack, ARTIFACTS, poll } from './explorer-stack.ts';

/** The dimmed node and link colours of the theme (client/src/graph/style.ts). */
const DIM_NODE = '#222b35';
const DIM_EDGE = '#1b232c';
let driver: Driver;
let web: WebServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];


type Ex = {
  store: {
    graph: { nodes(): string[]; edges(): string[]; size: number; order: number; source(e: string): string; target(e: string): string; getNodeAttribute(k: string, a: string): string };
    filters: { dateTo?: string };
    highlight?: { nodes: Set<string>; edges: Set<string> };
    select(s: unknown): void;
    setHighlight(h: unknown): void;
    linkQuery(): { statuses: FactStatus[]; coMentions: boolean };
  };
  sigma: {
    getNodeDisplayData(k: string): { x: number; y: number; size: number; color: string; label: string | null; hidden?: boolean } | undefined;
    getEdgeDisplayData(k: string): { color: string; type?: string; curvature?: number } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    scaleSize(s: number): number;
  };
  addNode(id: string): Promise<void>;
  expand(id: string, o: { count: number }): Promise<unknown>;
  focusNode(k: string): void;
};

const canvasNodes = () => page.evaluate(() => (window as unknown as { __explorer: Ex }).__explorer.store.graph.nodes());
const canvasLinkCount = () => page.evaluate(() => (window as unknown as { __explorer: Ex }).__explorer.store.graph.size);

/** The fact statuses the explorer asks the API for (by default asserted, alleged and planned: what it draws). */
const shownStatuses = () => page.evaluate(() => (window as unknown as { __explorer: Ex }).__explorer.store.linkQuery().statuses);

/** Facts the database holds among the given nodes, of the given statuses (no bookkeeping, no co-mentions). */
async function databaseLinkCount(ids: string[], statuses: FactStatus[]): Promise<number> {
  const session = driver.session();
  try {
    const { excluded, hiddenStatuses } = relationshipFilter([], statuses);
    const res = await session.run(
      "MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND NOT type(r) IN $excluded AND NOT coalesce(r.status, 'asserted') IN $hiddenStatuses RETURN count(r) AS n",
      { ids, excluded, hiddenStatuses },
    );
    return res.records[0]!.get('n').toNumber();
  } finally {
    await session.close();
  }
}

/** The canvas shows exactly as many links among its nodes as the database holds. */
async function expectCanvasMatchesDatabase(): Promise<void> {
  const ids = await canvasNodes();
  expect(ids.length).toBeGreaterThan(1);
  expect(await canvasLinkCount()).toBe(await databaseLinkCount(ids, await shownStatuses()));
}

const layoutSettled = () => page.waitForFunction(() => !document.querySelector('[data-testid=tool-layout]')?.classList.contains('running'), undefined, { timeout: 30_000 });

/** Nodes drawn in the dimmed colour, and edges drawn dimmed (from sigma's display data). */
const dimmed = () =>
  page.evaluate(
    ([dimNode, dimEdge]) => {
      const ex = (window as unknown as { __explorer: Ex }).__explorer;
      const g = ex.store.graph;
      return {
        nodes: g.nodes().filter((n) => ex.sigma.getNodeDisplayData(n)?.color === dimNode),
        edges: g.edges().filter((e) => ex.sigma.getEdgeDisplayData(e)?.color === dimEdge),
      };
    },
    [DIM_NODE, DIM_EDGE],
  );

/** Page position of a node, the camera first centred on it when an overlay covers it. */
async function nodePosition(id: string): Promise<{ x: number; y: number }> {
  const at = () =>
    page.evaluate((key) => {
      const ex = (window as unknown as { __explorer: Ex }).__explorer;
      const d = ex.sigma.getNodeDisplayData(key)!;
      const p = ex.sigma.framedGraphToViewport(d);
      const r = document.querySelector('[data-testid=graph-canvas]')!.getBoundingClientRect();
      const x = r.left + p.x;
      const y = r.top + p.y;
      const el = document.elementFromPoint(x, y);
      return { x, y, covered: !el || !document.querySelector('[data-testid=graph-canvas]')!.contains(el) };
    }, id);
  let p = await at();
  if (p.covered) {
    await page.evaluate((key) => (window as unknown as { __explorer: Ex }).__explorer.focusNode(key), id);
    await page.waitForTimeout(600);
    p = await at();
  }
  return p;
}

/** For each given (visible) node: its disc and label rectangle in canvas pixels, and the legend's bottom. */
const nodeBoxes = (ids?: string[]) =>
  page.evaluate((only) => {
    const ex = (window as unknown as { __explorer: Ex }).__explorer;
    const canvas = document.querySelector('[data-testid=graph-canvas]')!.getBoundingClientRect();
    const legend = document.querySelector('[data-testid=legend]')!.getBoundingClientRect();
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '500 12px Inter, "Segoe UI", system-ui, sans-serif';
    const boxes = (only ?? ex.store.graph.nodes()).flatMap((k) => {
      const d = ex.sigma.getNodeDisplayData(k);
      if (!d || d.hidden) return [];
      const p = ex.sigma.framedGraphToViewport(d);
      const r = ex.sigma.scaleSize(d.size);
      const name = ex.store.graph.getNodeAttribute(k, 'name');
      return [{ key: k, name, left: p.x - r, right: p.x + r + 4 + ctx.measureText(name).width, top: p.y - r, bottom: p.y + r }];
    });
    return { boxes, width: canvas.width, height: canvas.height, legendBottom: legend.bottom - canvas.top };
  }, ids);

/** Nodes whose disc or label leaves the canvas or sits under the legend. */
async function badlyFramed(ids?: string[]): Promise<string[]> {
  const { boxes, width, height, legendBottom } = await nodeBoxes(ids);
  return boxes.filter((b) => b.left < 0 || b.right > width || b.top < legendBottom || b.bottom > height).map((b) => b.name);
}

/** Replaces the Cypher editor's text and runs it. */
async function runCypher(query: string): Promise<void> {
  const editor = page.locator('[data-testid=cypher-editor] .cm-content');
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.locator('[data-testid=cypher-run]').click();
}

beforeAll(async () => {
  ({ driver, web, browser, page } = await openExplorerStack({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'en-US' }));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('explorer canvas and tools, checked against the database', () => {
  it('shows every link the database holds among the canvas nodes after expanding Iran, then Russia', async () => {
    await page.goto(web.url);
    await page.waitForFunction(() => (window as unknown as { __explorer?: Ex }).__explorer);
    await page.evaluate(async () => {
      const ex = (window as unknown as { __explorer: Ex }).__explorer;
      await ex.addNode('country:iran');
      await ex.expand('country:iran', { count: 100 });
    });
    await expectCanvasMatchesDatabase();
    await page.evaluate(() => (window as unknown as { __explorer: Ex }).__explorer.expand('country:russia', { count: 100 }));
    expect(await canvasNodes()).toContain('person:vladimir-putin');
    await expectCanvasMatchesDatabase();
    await layoutSettled();
    await page.screenshot({ path: join(ARTIFACTS, 'correctness-expand.png') });
  });

  it('draws the links between Russia and Iran apart: distinct curves, at most one straight, each with its label', async () => {
    const drawn = await page.evaluate(() => {
      const ex = (window as unknown as { __explorer: Ex }).__explorer;
      const g = ex.store.graph;
      const ends = (e: string) => [g.source(e), g.target(e)].sort().join(' ');
      return g
        .edges()
        .filter((e) => ends(e) === 'country:iran country:russia')
        .map((e) => {
          const d = ex.sigma.getEdgeDisplayData(e)!;
          // Curvature as seen from Iran towards Russia (a link stored the other way bends the other way).
          const sign = g.source(e) === 'country:iran' ? 1 : -1;
          // Curved with its line pattern or without ('curved', 'curvedDashdot', 'curvedDotted'…).
          const curved = d.type?.startsWith('curved') ?? false;
          return { type: d.type, curved, side: curved ? sign * (d.curvature ?? 0) : 0 };
        });
    });
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.filter((d) => !d.curved).length).toBeLessThanOrEqual(1);
    expect(new Set(drawn.map((d) => d.side.toFixed(3))).size).toBe(drawn.length);
    // Zoomed in on the pair, every link shows its own label along its own curve.
    await page.evaluate(() => {
      const ex = (window as unknown as { __explorer: Ex & { sigma: { getCamera(): { setState(s: object): void } } } }).__explorer;
      const a = ex.sigma.getNodeDisplayData('country:iran')!;
      const b = ex.sigma.getNodeDisplayData('country:russia')!;
      ex.sigma.getCamera().setState({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio: 0.3 });
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ARTIFACTS, 'correctness-parallel.png') });
  });

  it('Fit keeps every disc and label inside the canvas and clear of the legend', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await layoutSettled();
    await page.keyboard.press('f');
    await page.waitForTimeout(900);
    expect(await badlyFramed()).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'correctness-fit.png') });
  });

  it('does not draw the type icon over the names in search rows and path-finder boxes', async () => {
    const overlaps = (list: string) =>
      page.evaluate((sel) => {
        const rows = [...document.querySelectorAll(`${sel} .search-item`)];
        return {
          rows: rows.length,
          overlapping: rows.filter((row) => {
            const icon = row.querySelector('.svg')!.getBoundingClientRect();
            const name = row.querySelector('.name')!.getBoundingClientRect();
            return icon.right > name.left;
          }).length,
        };
      }, list);
    await page.locator('[data-testid=search-input]').fill('Ir');
    await page.locator('[data-testid=search-results] .search-item').first().waitFor();
    expect(await overlaps('[data-testid=search-results]')).toMatchObject({ overlapping: 0 });
    expect((await overlaps('[data-testid=search-results]')).rows).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'correctness-search.png') });
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=tab-paths]').click();
    await page.locator('[data-testid=path-from]').fill('Ir');
    const finderRows = page.locator('[data-testid=path-finder] .search-item');
    await finderRows.first().waitFor();
    expect(await overlaps('[data-testid=path-finder]')).toMatchObject({ overlapping: 0 });
    await page.keyboard.press('Escape');
  });

  it('finds paths from a typed name that was not picked, instead of the previous pick', async () => {
    const finder = page.locator('[data-testid=path-finder]');
    await finder.locator('[data-testid=path-from]').fill('Taiwan');
    await finder.locator('.search-item', { hasText: 'Taiwan' }).first().click();
    await finder.locator('[data-testid=path-to]').fill('Russia');
    await finder.locator('.search-item', { hasText: 'Russia' }).first().click();
    // Now type another name in From and do not pick it.
    await finder.locator('[data-testid=path-from]').fill('Iran');
    await page.keyboard.press('Escape');
    await finder.locator('[data-testid=path-find]').click();
    const card = finder.locator('[data-testid=path-card]').first();
    await card.waitFor();
    const hops = await card.locator('.hop').allInnerTexts();
    expect(hops[0]).toContain('Iran');
    expect(hops.join(' ')).not.toContain('Taiwan');
    expect(await finder.locator('[data-testid=path-from]').inputValue()).toBe('Iran');
    await expectCanvasMatchesDatabase();
    // A name that matches nothing is said to be not found, and no stale search runs.
    await finder.locator('[data-testid=path-from]').fill('Qwxzvplk');
    await page.keyboard.press('Escape');
    await finder.locator('[data-testid=path-find]').click();
    await poll(() => finder.locator('[data-testid=path-results]').innerText()).toContain('From: nothing matches “Qwxzvplk”');
    await page.screenshot({ path: join(ARTIFACTS, 'correctness-paths.png') });
  });

  it('keeps focus in the To date field while a date is typed, and applies the whole date', async () => {
    await page.locator('[data-testid=tab-filters]').click();
    const to = page.locator('[data-testid=filters-panel] input[type=date]').nth(1);
    await to.click({ position: { x: 14, y: 16 } });
    await page.keyboard.type('12312024', { delay: 40 });
    expect(await to.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await to.inputValue()).toBe('2024-12-31');
    await poll(() => page.evaluate(() => (window as unknown as { __explorer: Ex }).__explorer.store.filters.dateTo)).toBe('2024-12-31');
    await page.locator('[data-testid=filters-clear]').click();
    await poll(() => to.inputValue()).toBe('');
  });

  it('leaves nothing dimmed after deleting a node and undoing', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await layoutSettled();
    const p = await nodePosition('country:ukraine');
    await page.mouse.move(p.x, p.y);
    await page.mouse.click(p.x, p.y);
    await poll(() => page.evaluate(() => (window as unknown as { __explorer: { store: { selection?: { id: string } } } }).__explorer.store.selection?.id)).toBe('country:ukraine');
    await page.keyboard.press('Delete');
    await poll(canvasNodes).not.toContain('country:ukraine');
    await page.mouse.move(5, 300);
    await page.keyboard.press('Control+z');
    await poll(canvasNodes).toContain('country:ukraine');
    await page.waitForTimeout(300);
    expect(await dimmed()).toEqual({ nodes: [], edges: [] });
  });

  it('a table-only Cypher result dims nothing; a Cypher error clears the previous rows', async () => {
    await page.locator('[data-testid=tab-cypher]').click();
    await page.locator('[data-testid=cypher-editor] .cm-content').waitFor();
    await runCypher('CALL db.labels()');
    const table = page.locator('[data-testid=results-table]');
    await poll(() => table.innerText()).toContain('Country');
    await page.waitForTimeout(300);
    expect(await dimmed()).toEqual({ nodes: [], edges: [] });
    const labelled = await page.evaluate(() => {
      const ex = (window as unknown as { __explorer: Ex }).__explorer;
      return ex.store.graph.nodes().filter((n) => ex.sigma.getNodeDisplayData(n)?.label).length;
    });
    expect(labelled).toBe((await canvasNodes()).length);
    await runCypher('MATCH (n) RETURN n LIMIT');
    await poll(() => page.locator('[data-testid=cypher-error]').innerText()).not.toBe('');
    expect(await table.isVisible()).toBe(false);
  });

  it('a query result that adds nodes draws the links among them emphasised, matches the database and lands clear of the legend', async () => {
    await page.locator('[data-testid=tab-queries]').click();
    await page.locator('.query-item', { hasText: 'Most connected actors' }).click();
    await page.locator('[data-testid=query-run]').click();
    await page.locator('[data-testid=results-table]').waitFor();
    await expectCanvasMatchesDatabase();
    const result = await page.evaluate(() => {
      const ex = (window as unknown as { __explorer: Ex }).__explorer;
      const nodes = [...(ex.store.highlight?.nodes ?? [])];
      const g = ex.store.graph;
      const among = g.edges().filter((e) => nodes.includes(g.source(e)) && nodes.includes(g.target(e)));
      return { nodes, among };
    });
    expect(result.nodes.length).toBeGreaterThan(5);
    expect(result.among.length).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const { edges } = await dimmed();
    expect(edges.filter((e) => result.among.includes(e))).toEqual([]);
    await layoutSettled();
    await page.waitForTimeout(900);
    expect(await badlyFramed(result.nodes)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'correctness-query.png') });
  });

  it('exports GEXF that an XML parser reads, with the GEXF 1.3 and viz namespaces and every node and link', async () => {
    await page.locator('[data-testid=tool-export]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-gexf]').click()]);
    const file = join(ARTIFACTS, 'export.gexf');
    await download.saveAs(file);
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: (level: string, msg: string) => void errors.push(`${level}: ${msg}`) }).parseFromString(readFileSync(file, 'utf8'), 'application/xml');
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.localName).toBe('gexf');
    expect(root.namespaceURI).toBe('http://gexf.net/1.3');
    expect(root.lookupNamespaceURI('viz')).toBe('http://gexf.net/1.3/viz');
    expect(doc.getElementsByTagNameNS('http://gexf.net/1.3', 'node').length).toBe((await canvasNodes()).length);
    expect(doc.getElementsByTagNameNS('http://gexf.net/1.3', 'edge').length).toBe(await canvasLinkCount());
    expect(doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color').length).toBe((await canvasNodes()).length);
  });

  it('restores the same canvas, links included, from the URL', async () => {
    const before = (await canvasNodes()).sort();
    await page.waitForFunction((n) => decodeURIComponent(location.hash).split(',').length >= n, before.length);
    await page.reload();
    await poll(async () => (await canvasNodes()).sort()).toEqual(before);
    await expectCanvasMatchesDatabase();
    expect(pageErrors).toEqual([]);
  });
});
