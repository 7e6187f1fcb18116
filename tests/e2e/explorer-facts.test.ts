/**
 * How facts are told and when, in the explorer, end to end in Debian's Chromium (playwright-core)
 * on the real server and a real Neo4j holding a small hand-made extraction (tests/fixtures/explorer):
 * alleged links dash-dotted, denied and negated ones held back until the legend's toggle shows them
 * (in the URL too), the details of a link (status, claimants, date, sentence, "disputed"), the
 * timeline's brush filtering links with undated ones kept and counted, in the URL and restored on
 * reload, the timeline layout, and co-mentions shown thin and grey on request.
 * Leaves screenshots in test-artifacts/ (facts-*.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, loadExtraction } from '../../ingest/load/index.ts';
import type { WebServer } from '../../server/web-server.ts';
import { toldFacts, toldId } from '../fixtures/explorer/told-facts.ts';
import { ARTIFACTS, openExplorerStack, poll } from './explorer-stack.ts';

let web: WebServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const IRAN = toldId('Iran');
const RUSSIA = toldId('Russia');
const UKRAINE = toldId('Ukraine');
const GERMANY = toldId('Germany');
const ALLEGED = `${IRAN}|SUPPLIED|${RUSSIA}|alleged`;
const DENIED = `${IRAN}|SUPPLIED|${RUSSIA}|denied`;
const INVADED = `${RUSSIA}|INVADED|${UKRAINE}`;
const SIGNED = `${RUSSIA}|SIGNED|${toldId('Comprehensive Strategic Partnership Treaty')}`;
const SANCTIONED = `${toldId('United States')}|SANCTIONED|${IRAN}`;
const CO_MENTION = `${GERMANY}|CO_MENTIONED|${IRAN}`;

/** Loads the fixture; the loader stores its co-mention as an aggregate CO_MENTIONED link. */
async function loadToldFacts(driver: Driver): Promise<{ entities: number; relations: number }> {
  await applySchema(driver);
  await loadExtraction(driver, toldFacts);
  return { entities: toldFacts.entities.length, relations: toldFacts.relations.length };
}

type EdgeLook = { hidden?: boolean; type?: string; color?: string; size?: number };
type Ex = {
  store: {
    graph: { nodes(): string[]; edges(): string[]; order: number; hasEdge(k: string): boolean; getNodeAttribute(k: string, a: string): number };
    filters: { factFrom?: string; factTo?: string };
    visibility: { hiddenNodes: Set<string>; hiddenEdges: Set<string> };
    select(s: unknown): void;
  };
  sigma: {
    getEdgeDisplayData(k: string): EdgeLook | undefined;
    getNodeDisplayData(k: string): { x: number; y: number } | undefined;
    getCamera(): { setState(s: { x: number; y: number; ratio: number }): void };
  };
  fit(): void;
  addNode(id: string): Promise<void>;
  expand(id: string, o: { count: number }): Promise<unknown>;
};
const ex = <T>(fn: (ex: Ex) => T | Promise<T>) => page.evaluate(`(${fn.toString()})(window.__explorer)`) as Promise<T>;
const look = (key: string) => page.evaluate((k) => (window as unknown as { __explorer: Ex }).__explorer.sigma.getEdgeDisplayData(k), key);
const hidden = (key: string) => look(key).then((d) => d?.hidden ?? 'absent');
const layoutSettled = () => page.waitForFunction(() => !document.querySelector('[data-testid=tool-layout]')?.classList.contains('running'), undefined, { timeout: 30_000 });
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `facts-${name}.png`) });

/** Centres the camera between two nodes, zoomed in. */
async function zoomOnPair(a: string, b: string, ratio = 0.3): Promise<void> {
  await page.evaluate(
    ([a, b, ratio]) => {
      const e = (window as unknown as { __explorer: Ex }).__explorer;
      const s = e.sigma.getNodeDisplayData(a as string)!;
      const t = e.sigma.getNodeDisplayData(b as string)!;
      e.sigma.getCamera().setState({ x: (s.x + t.x) / 2, y: (s.y + t.y) / 2, ratio: ratio as number });
    },
    [a, b, ratio],
  );
  await page.waitForTimeout(300);
}

/**
 * Where a curved link is inked on the edges layer, read right after a frame: one character per CSS
 * pixel of arc over the middle 60% of the curve on screen ('#' drawn, '.' not). The curve is the quadratic
 * Bézier @sigma/edge-curve draws (control point off the middle by curvature × the link's length).
 */
function inkAlongCurve(key: string): Promise<string> {
  return page.evaluate((k) => {
    type P = { x: number; y: number };
    const e = (window as unknown as { __explorer: Ex & { sigma: { render(): void; framedGraphToViewport(p: P): P; getDimensions(): { width: number }; webGLContexts: Record<string, WebGLRenderingContext> } } }).__explorer;
    const g = e.store.graph as unknown as { source(k: string): string; target(k: string): string };
    const c = (e.sigma.getEdgeDisplayData(k) as { curvature?: number }).curvature ?? 0;
    const a = e.sigma.framedGraphToViewport(e.sigma.getNodeDisplayData(g.source(k))!);
    const b = e.sigma.framedGraphToViewport(e.sigma.getNodeDisplayData(g.target(k))!);
    const m = { x: (a.x + b.x) / 2 + (b.y - a.y) * c, y: (a.y + b.y) / 2 - (b.x - a.x) * c };
    const at = (t: number) => ({ x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * m.x + t * t * b.x, y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * m.y + t * t * b.y });
    // Points of the curve every CSS pixel of arc.
    const fine = Array.from({ length: 4001 }, (_, i) => at(i / 4000));
    const lengths = [0];
    for (let i = 1; i < fine.length; i++) lengths.push(lengths[i - 1]! + Math.hypot(fine[i]!.x - fine[i - 1]!.x, fine[i]!.y - fine[i - 1]!.y));
    const total = lengths[lengths.length - 1]!;
    e.sigma.render();
    const gl = e.sigma.webGLContexts['edges']!;
    const ratio = gl.drawingBufferWidth / e.sigma.getDimensions().width;
    const px = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
    gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, px);
    let out = '';
    let i = 0;
    for (let s = total * 0.2; s <= total * 0.8; s += 1) {
      while (lengths[i]! < s) i++;
      const p = fine[i]!;
      const x = Math.floor(p.x * ratio);
      const y = gl.drawingBufferHeight - 1 - Math.floor(p.y * ratio);
      if (x < 0 || y < 0 || x >= gl.drawingBufferWidth || y >= gl.drawingBufferHeight) continue;
      out += px[(y * gl.drawingBufferWidth + x) * 4 + 3]! > 60 ? '#' : '.';
    }
    return out;
  }, key);
}
/** How many gaps of at least `min` px break a run of ink. */
const gaps = (ink: string, min = 1) => ink.replace(/^\.+|\.+$/g, '').split(/#+/).filter((run) => run.length >= min).length;
const inkShare = (ink: string) => ink.replaceAll('.', '').length / ink.length;

beforeAll(async () => {
  ({ web, browser, page } = await openExplorerStack({ viewport: { width: 1440, height: 900 } }, loadToldFacts));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.goto(web.url);
  await page.waitForFunction(() => (window as unknown as { __explorer?: unknown }).__explorer);
  await page.evaluate(
    async ([iran, russia, ukraine]) => {
      const e = (window as unknown as { __explorer: Ex }).__explorer;
      await e.addNode(iran!);
      await e.expand(iran!, { count: 100 });
      await e.expand(russia!, { count: 100 });
      await e.expand(ukraine!, { count: 100 });
      e.store.select(undefined);
    },
    [IRAN, RUSSIA, UKRAINE],
  );
  await layoutSettled();
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('links as the text tells them', () => {
  it('draws the alleged supply dash-dotted and holds the denial back until the legend shows it', async () => {
    await poll(() => ex((e) => e.store.graph.hasEdge('country:iran|SUPPLIED|country:russia|alleged'))).toBe(true);
    expect(await look(ALLEGED)).toMatchObject({ hidden: false, type: 'dashdot' });
    // The denial is on the canvas only if the server sent it; either way it is not drawn.
    expect([true, 'absent']).toContain(await hidden(DENIED));
    const toggle = page.locator('[data-testid=denied-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await poll(() => hidden(DENIED)).toBe(false);
    // Claim and denial now share their ends: drawn as two curves that keep their patterns, the
    // claim dash-dotted, the denial dotted in its muted red.
    expect(await look(ALLEGED)).toMatchObject({ type: 'curvedDashdot' });
    expect(await look(DENIED)).toMatchObject({ type: 'curvedDotted', color: '#b46a76' });
    await page.waitForFunction(() => location.hash.includes('sd=1'));
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await shot('status-shown');
    // On the canvas: zoomed in on the pair, both curves are broken by the gaps of their pattern.
    await zoomOnPair(IRAN, RUSSIA, 0.6);
    const claimInk = await inkAlongCurve(ALLEGED);
    const denialInk = await inkAlongCurve(DENIED);
    await shot('status-curves');
    // Dash-dot: 9 px dash, 3 px gap, 2.5 px dot, 3 px gap (ink 66%); dotted: 2.2 px in 5 (ink 44%).
    expect(claimInk.length, 'px of curve sampled').toBeGreaterThan(100);
    // Two gaps per 17.5 px, where a dashed line (6 px dash, 4 px gap) has 1.75. Sampling a thin
    // line misses single pixels of ink: only gaps of 2 px or more count (the pattern's are 3 px).
    // A blank longer than any gap of the pattern (where the curve is not sampled on ink, as under a
    // label) is no part of the pattern and does not count in the length.
    const patterned = claimInk.length - (claimInk.match(/\.{9,}/g) ?? []).reduce((n, run) => n + run.length, 0);
    expect(gaps(claimInk, 2), claimInk).toBeGreaterThanOrEqual((2 * patterned) / 17.5 - 3);
    expect(inkShare(claimInk)).toBeGreaterThan(0.45);
    expect(inkShare(claimInk)).toBeLessThan(0.85);
    expect(denialInk.length, 'px of curve sampled').toBeGreaterThan(100);
    expect(gaps(denialInk), denialInk).toBeGreaterThanOrEqual(denialInk.length / 5 - 4);
    expect(inkShare(denialInk)).toBeLessThan(0.7);
    await ex((e) => e.fit());
    await page.waitForTimeout(300);
    await toggle.click();
    await poll(() => hidden(DENIED)).toBe(true);
    expect(await look(ALLEGED)).toMatchObject({ hidden: false, type: 'dashdot' });
    await page.waitForFunction(() => !location.hash.includes('sd=1'));
    await shot('status-default');
    // A close look at the line patterns: the alleged supply between Iran and Russia.
    await zoomOnPair(IRAN, RUSSIA);
    await shot('status-zoom');
    await ex((e) => e.fit());
  });

  it('shows the status, the claimants, the date and the sentence of a link, and that it is disputed', async () => {
    await ex((e) => e.store.select({ kind: 'edge', id: 'country:iran|SUPPLIED|country:russia|alleged' }));
    const panel = page.locator('[data-testid=details-panel]');
    await panel.locator('[data-testid=edge-status]').waitFor();
    expect(await panel.locator('[data-testid=edge-status]').innerText()).toBe('alleged');
    expect(await panel.locator('[data-testid=edge-claimed-by]').innerText()).toBe('claimed by Ukraine, United States');
    expect(await panel.locator('[data-testid=edge-date]').innerText()).toBe('2022-10 · in October 2022');
    // The denial is held back on the canvas; the badge comes from the database.
    await panel.locator('[data-testid=edge-disputed]').waitFor();
    await poll(() => panel.locator('[data-testid=evidence-sentence]').first().innerText()).toContain('have accused Iran of supplying Russia with drones');
    await shot('details');
    await ex((e) => e.store.select({ kind: 'edge', id: 'country:united-states|SANCTIONED|country:iran' }));
    await poll(() => panel.locator('[data-testid=edge-status]').innerText()).toBe('asserted');
    expect(await panel.locator('[data-testid=edge-date]').innerText()).toBe('undated');
    expect(await panel.locator('[data-testid=edge-disputed]').count()).toBe(0);
    await ex((e) => e.store.select(undefined));
  });
});

describe('timeline', () => {
  const barCentre = async (key: string) => {
    const box = (await page.locator(`[data-testid=timeline-chart] rect.timeline-bar[data-key="${key}"]`).boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height - 2 };
  };

  it('brushes 2025 so only links of that period and undated ones stay, in the URL and after a reload', async () => {
    const timeline = page.locator('[data-testid=timeline]');
    await timeline.waitFor();
    expect(await timeline.locator('[data-testid=timeline-undated]').innerText()).toBe('1 undated');
    // Alleged supply (2022-10) and the invasion (2022-02-24) are among the bars; the negated attack is held back.
    expect(await timeline.locator('rect.timeline-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key')))).toEqual(['2022-02', '2022-10', '2023-05', '2025-01', '2025-03']);
    const from = await barCentre('2025-01');
    const to = await barCentre('2025-03');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes('tf=2025-01') && location.hash.includes('tt=2025-03'));
    expect(await hidden(INVADED)).toBe(true);
    expect(await hidden(ALLEGED)).toBe(true);
    expect(await hidden(SIGNED)).toBe(false);
    expect(await hidden(SANCTIONED)).toBe(false);
    expect(await timeline.locator('[data-testid=timeline-summary]').innerText()).toBe('3 of 6 dated links in the brush');
    expect(await timeline.locator('[data-testid=timeline-range]').innerText()).toBe('2025-01 – 2025-03');
    await shot('timeline-brush');

    await page.reload();
    await page.waitForFunction(() => ((window as unknown as { __explorer?: Ex }).__explorer?.store.graph.order ?? 0) > 0);
    await poll(() => ex((e) => e.store.filters)).toEqual(expect.objectContaining({ factFrom: '2025-01', factTo: '2025-03' }));
    await poll(() => hidden(INVADED)).toBe(true);
    expect(await hidden(SIGNED)).toBe(false);
    expect(await hidden(SANCTIONED)).toBe(false);
    await page.locator('[data-testid=timeline-brush]').waitFor();
    expect(await page.locator('[data-testid=timeline-range]').innerText()).toBe('2025-01 – 2025-03');
    await layoutSettled();
    await shot('timeline-restored');

    await page.locator('[data-testid=timeline-clear]').click();
    await poll(() => hidden(INVADED)).toBe(false);
    await page.waitForFunction(() => !location.hash.includes('tf='));

    // From the keyboard: the latest month, then widened one month back, then cleared.
    await page.locator('[data-testid=timeline-chart]').focus();
    await page.keyboard.press('ArrowLeft');
    await poll(() => ex((e) => [e.store.filters.factFrom, e.store.filters.factTo])).toEqual(['2025-03', '2025-03']);
    await page.keyboard.press('ArrowLeft');
    await poll(() => ex((e) => [e.store.filters.factFrom, e.store.filters.factTo])).toEqual(['2025-02', '2025-02']);
    await page.keyboard.press('Shift+ArrowRight');
    await poll(() => ex((e) => [e.store.filters.factFrom, e.store.filters.factTo])).toEqual(['2025-02', '2025-03']);
    expect(await hidden(SIGNED)).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => ex((e) => e.store.filters.factFrom ?? 'none')).toBe('none');
    expect(await hidden(SIGNED)).toBe(false);
  });

  it('lays nodes out along time by their earliest fact date, undated ones first', async () => {
    await page.locator('[data-testid=tool-layout]').click();
    await page.locator('[data-testid=layout-timeline]').click();
    await page.waitForTimeout(500);
    const x = (name: string) => page.evaluate((k) => (window as unknown as { __explorer: Ex }).__explorer.store.graph.getNodeAttribute(k, 'x'), toldId(name));
    // The United States' one fact is undated; Russia's earliest is 2022-02-24; Iran's 2022-10; Putin's 2025-03.
    expect(await x('United States')).toBeLessThan(await x('Russia'));
    expect(await x('Russia')).toBeLessThan(await x('Iran'));
    expect(await x('Iran')).toBeLessThan(await x('Vladimir Putin'));
    expect(await x('Germany')).toBeLessThan(await x('Comprehensive Strategic Partnership Treaty'));
    await page.waitForTimeout(400);
    await shot('timeline-layout');
  });
});

describe('co-mentions', () => {
  it('adds the co-mentions among the nodes on the canvas on request, thin and grey, and hides them again', async () => {
    const toggle = page.locator('[data-testid=co-mentions-toggle]');
    expect([true, 'absent']).toContain(await hidden(CO_MENTION));
    await toggle.click();
    await poll(() => hidden(CO_MENTION)).toBe(false);
    const co = (await look(CO_MENTION))!;
    expect(co).toMatchObject({ type: 'plain', color: '#4a5562' });
    // Three sentences: wider than one, thinner than a fact with several sources.
    expect(co.size!).toBeGreaterThan(1.5);
    expect(co.size!).toBeLessThanOrEqual(3);
    await page.waitForFunction(() => location.hash.includes('cm=1'));
    await ex((e) => e.store.select({ kind: 'edge', id: 'country:germany|CO_MENTIONED|country:iran' }));
    await poll(() => page.locator('[data-testid=co-mention-count]').innerText()).toContain('3 sentences');
    await shot('co-mentions');
    await ex((e) => e.store.select(undefined));
    await toggle.click();
    await poll(() => hidden(CO_MENTION)).toBe(true);
    await page.waitForFunction(() => !location.hash.includes('cm=1'));
    expect(pageErrors).toEqual([]);
  });
});
