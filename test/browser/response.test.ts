/**
 * The response simulation in the app, in Chromium: the headline share with its interval, the map measure,
 * a borough's response-time band through the day, "Why this number?" splitting waiting from driving, and
 * the replications setting with its progress.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';

const SHARE_WITH_INTERVAL = /^\d{1,3}\.\d% \(\d{1,3}\.\d to \d{1,3}\.\d\)$/;

describe('response simulation in the app', () => {
  let browser: Browser;
  let app: OpenedApp;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const simulated = () => app.page.waitForFunction(() => window.__tideline!.results().scenario.response.status === 'ready', undefined, { timeout: 60_000 });

  test('the headline gives the simulated share attended within 15 minutes with its 95% interval, now and for the week', async () => {
    const { page } = app;
    await simulated();
    const row = page.locator('tr.headline-value-row[data-measure="simulated"] td');
    await expect.poll(() => row.first().textContent()).toMatch(SHARE_WITH_INTERVAL);
    expect(await row.nth(1).textContent()).toMatch(SHARE_WITH_INTERVAL);
    expect(await page.locator('#headline-simulated').textContent()).toBe('Immediate calls attended within 15 minutes');
  });

  test('"Share of immediate calls attended within 15 minutes" colours the boroughs; the tooltip gives the share', async () => {
    const { page } = app;
    await page.getByLabel('Colour by').selectOption({ label: 'Share of immediate calls attended within 15 minutes' });
    await page.waitForFunction(() => window.__tideline!.mapUpToDate());
    const fills = await page.evaluate(() => {
      const map = window.__tideline!.map;
      return Array.from({ length: 33 }, (_, z) => map.getFeatureState({ source: 'zones', id: z }).fill as string);
    });
    expect(new Set(fills.filter((f) => f !== '#bdbdbd')).size, 'policed boroughs in several shades').toBeGreaterThan(3);
    expect(await page.locator('#legend-title').textContent()).toBe('Immediate calls attended within 15 minutes');
  });

  test("a borough's day shows its response-time band, and \"Why this number?\" splits the response into waiting and driving", async () => {
    const { page } = app;
    await page.getByLabel('Zone', { exact: true }).selectOption({ label: 'Westminster' });
    await page.locator('#response-day-title').waitFor();
    expect(await page.locator('.response-day-chart .series-band').getAttribute('d')).toMatch(/^M/);
    expect(await page.locator('.response-day-chart svg.chart-svg').getAttribute('aria-label')).toMatch(/^Simulated response to immediate calls in Westminster through the day/);
    await page.locator('.why-body[data-slot="48"]').waitFor({ timeout: 30_000 });
    const why = page.locator('.why-body');
    await expect.poll(() => why.textContent()).toContain('Immediate calls at Mon 12:00 (simulated)');
    expect(await why.textContent()).toMatch(/[\d.]+ min waiting for a free unit, [\d.]+ min turnout and driving/);
  });

  test('the replications setting reruns the simulation, with its progress shown, and the headline follows', async () => {
    const { page } = app;
    const field = page.getByLabel('Replications (weeks simulated)');
    expect(await field.inputValue()).toBe('40');
    await page.evaluate(() => {
      const w = window as unknown as { statuses: string[] };
      w.statuses = [];
      const status = document.getElementById('run-status')!;
      new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, { subtree: true, childList: true, characterData: true });
    });
    await field.fill('8');
    await field.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__tideline!.state().scenario.service?.replications)).toBe(8);
    await page.waitForFunction(() => window.__tideline!.results().scenario.response.replications === 8, undefined, { timeout: 60_000 });
    expect(await page.locator('tr.headline-value-row[data-measure="simulated"] td').nth(1).textContent()).toMatch(SHARE_WITH_INTERVAL);
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses.some((t) => t.includes('Simulating calls, units and travel')), statuses.join(' | ')).toBe(true);
    // Undo brings the default back, and with it the default number of replications.
    await page.locator('#undo-button').click();
    await page.waitForFunction(() => window.__tideline!.results().scenario.response.replications === 40, undefined, { timeout: 60_000 });
  });

  test('logs no errors and asks nothing of any other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.badRequests).toEqual([]);
  });
});
