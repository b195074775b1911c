/**
 * axe-core on the built app in the states a planner sees: the main screen, compare mode, a zone
 * selected (charts and "Why this number?"), and the dataset error list. No serious or critical
 * violations are allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { seriousViolations } from './axe.ts';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

/** Waits until the scenario's figures are on screen (not "Calculating"). */
async function resultsShown(page: Page): Promise<void> {
  await page.locator('#insight-headlines-title + table').waitFor({ timeout: 20_000 });
}

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  let app: OpenedApp;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
    await resultsShown(app.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the main screen', async () => {
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  test('with a zone selected: the 24-hour chart and "Why this number?"', async () => {
    const { page } = app;
    await page.getByLabel('Zone', { exact: true }).selectOption({ label: 'Westminster' });
    await page.locator('.why-body[data-zone="E09000033"]').waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('compare mode', async () => {
    const { page } = app;
    const compare = page.getByRole('button', { name: 'Compare', exact: true });
    await compare.click();
    await page.waitForFunction(() => document.getElementById('compare-toggle')?.getAttribute('aria-pressed') === 'true');
    await page.waitForSelector('body[data-map-state="idle"]', { timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await compare.click();
  });

  test('with the dataset error list showing', async () => {
    const { page } = app;
    const files = readdirSync(DATA)
      .filter((name) => /\.(csv|json)$/.test(name))
      .map((name) => {
        let text = readFileSync(`${DATA}${name}`, 'utf8');
        if (name === 'residents.csv') text = text.replace(/\n(E09000002),\d+/, '\n$1,many');
        return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
      });
    await page.setInputFiles('#data-files', files);
    await page.getByRole('alert').filter({ hasText: 'The dataset was not loaded' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('#data-errors li').first().textContent()).toMatch(/^residents\.csv line 3, column "residents": "many"/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('every control on the main screen can be reached with Tab and has a visible focus ring', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    const unreachable = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('#data-tools button, #data-tools select, #insight-panel button, #insight-panel select')]
        .filter((el) => el.offsetParent !== null && !(el as HTMLButtonElement).disabled);
      return controls.filter((el) => el.tabIndex < 0).map((el) => el.textContent || el.id);
    });
    expect(unreachable).toEqual([]);
    await page.getByRole('button', { name: 'Export CSV', exact: true }).focus();
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
  });
});
