/**
 * The sign-in page in Chromium: with users configured, the explorer shows a labelled sign-in form
 * (focus on the user name) as soon as the API answers 401, announces a wrong password, and after
 * signing in works as usual with an HttpOnly SameSite=Strict session cookie.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { DEFAULT_SERVER_CONFIG } from '../../server/config.ts';
import { createApp } from '../../server/create-app.ts';
import { startWebServer, type WebServer } from '../../server/web-server.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { assertChromium, buildClient, CHROMIUM, CLIENT_DIST, loadSampleCorpus } from './explorer-stack.ts';

describe('sign-in page', () => {
  let web: WebServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertChromium();
    const { driver } = await getTestNeo4j();
    await resetDatabase(driver);
    await loadSampleCorpus(driver);
    await buildClient();
    const users = [{ name: 'vera', role: 'viewer' as const, passwordHash: await hashPassword('viewer-password', { N: 1024, r: 8, p: 1 }) }];
    const app = createApp({ driver, config: { ...DEFAULT_SERVER_CONFIG, users }, staticDir: CLIENT_DIST, log: () => {} });
    web = await startWebServer(app, 0, '127.0.0.1');
    browser = await chromium.launch(CHROMIUM);
    page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows a labelled sign-in form with the focus on the user name', async () => {
    await page.goto(web.url);
    const dialog = page.getByRole('dialog', { name: 'Sign in to Newsgraph' });
    await dialog.waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('User name').count()).toBe(1);
    expect(await page.getByLabel('Password').getAttribute('type')).toBe('password');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-user');
  });

  it('announces a wrong password and keeps the dialog', async () => {
    await page.getByLabel('User name').fill('vera');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Wrong user name or password.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-password');
  });

  it('signs in with an HttpOnly SameSite=Strict cookie, then searches as usual', async () => {
    await page.getByLabel('Password').fill('viewer-password');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign in' }).click()]);
    await page.getByTestId('search-input').waitFor();
    expect(await page.getByRole('dialog', { name: 'Sign in to Newsgraph' }).count()).toBe(0);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite }))).toEqual([
      { name: 'newsgraph_session', httpOnly: true, sameSite: 'Strict' },
    ]);
    await page.getByTestId('search-input').fill('Putin');
    await expect.poll(() => page.getByTestId('search-results').textContent(), { timeout: 10_000 }).toContain('Vladimir Putin');
  });
});
