/**
 * Bringing one's own data, in the built app: a bad file set lists its problems with line and column and
 * leaves London on the map; a good one replaces it until "Use the London default".
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/data-errors.png', import.meta.url));

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The London default's files as a user would pick them, with `edit` applied to any of them. */
function londonFiles(edit: (name: string, text: string) => string = (_, t) => t): Upload[] {
  return readdirSync(DATA)
    .filter((name) => /\.(csv|json)$/.test(name))
    .map((name) => ({
      name,
      mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      buffer: Buffer.from(edit(name, readFileSync(`${DATA}${name}`, 'utf8'))),
    }));
}

/** flows.csv with line 3's count (the header is line 1) made "12a". */
function badFlows(name: string, text: string): string {
  if (name !== 'flows.csv') return text;
  const lines = text.split('\n');
  lines[2] = lines[2].replace(/,(\d+)(\r?)$/, ',12a$2');
  return lines.join('\n');
}

/** Zone ids drawn on the map's zone fill layer (through the app's test hook). */
function zonesOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = window.__tideline?.map;
    return map ? new Set(map.queryRenderedFeatures({ layers: ['zones-fill'] }).map((f) => f.id)).size : -1;
  });
}

/** Starts recording whether the progress bar is shown at any moment from now on. */
function watchProgress(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { progressSeen: boolean };
    w.progressSeen = false;
    new MutationObserver(() => {
      const bar = document.querySelector('.load-progress');
      if (bar instanceof HTMLElement && !bar.hidden && bar.querySelector('progress')) w.progressSeen = true;
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
}

describe('bring your own data', () => {
  let browser: Browser;
  let app: OpenedApp;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a flows.csv with "12a" on line 3 is listed with its line and column, and London stays on the map', async () => {
    const { page } = app;
    expect(await zonesOnMap(page)).toBe(33);
    await watchProgress(page);
    await page.setInputFiles('#data-files', londonFiles(badFlows));

    const panel = page.getByRole('alert').filter({ hasText: 'The dataset was not loaded' });
    await panel.waitFor({ timeout: 20_000 });
    const items = await panel.locator('li').allTextContents();
    expect(items).toContain('flows.csv line 3, column "count": "12a" is not a whole number');
    expect(await panel.textContent()).toContain('the map still shows London boroughs (Census 2011)');
    expect(await page.evaluate(() => (window as unknown as { progressSeen: boolean }).progressSeen), 'a progress bar was shown').toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id), 'the error list takes focus').toBe('data-errors');

    expect(await zonesOnMap(page)).toBe(33);
    expect(await page.getByRole('button', { name: 'Use the London default' }).isHidden(), 'London is still the dataset').toBe(true);
    expect(await page.getByLabel('Zone', { exact: true }).locator('option', { hasText: 'Westminster' }).count()).toBe(1);
    // Regenerated on purpose (npm run screenshots), then reviewed by eye like a golden file.
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: SCREENSHOT });
  });

  test('Dismiss closes the error list and puts focus back on "Load data"', async () => {
    const { page } = app;
    await page.locator('#data-errors').getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('#data-errors').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Load data');
  });

  test('dropping only some files says which required ones are missing', async () => {
    const { page } = app;
    const some = londonFiles().filter((f) => f.name === 'flows.csv' || f.name === 'stations.csv');
    await page.setInputFiles('#data-files', some);
    const panel = page.getByRole('alert').filter({ hasText: 'The dataset was not loaded' });
    await panel.waitFor({ timeout: 20_000 });
    const text = (await panel.locator('li').allTextContents()).join('\n');
    expect(text).toMatch(/residents\.csv: file is missing/);
    expect(text).toMatch(/zones\.geojson: file is missing/);
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
  });

  test('files dragged onto the page show a drop overlay, and dropping them loads them', async () => {
    const { page } = app;
    const files = londonFiles(badFlows).map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    }, files);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    const overlay = page.getByText('Drop dataset files or a dataset folder to load them');
    expect(await overlay.isVisible()).toBe(true);
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    expect(await overlay.isHidden()).toBe(true);
    const panel = page.getByRole('alert').filter({ hasText: 'The dataset was not loaded' });
    await panel.waitFor({ timeout: 20_000 });
    expect(await panel.locator('li').allTextContents()).toContain('flows.csv line 3, column "count": "12a" is not a whole number');
    await panel.getByRole('button', { name: 'Dismiss' }).click();
  });

  test('"Load folder" takes a whole dataset folder (with a README beside the data) and lists its problems', async () => {
    const { page } = app;
    const folder = mkdtempSync(join(tmpdir(), 'tideline-dataset-'));
    try {
      for (const f of londonFiles(badFlows)) writeFileSync(join(folder, f.name), f.buffer);
      writeFileSync(join(folder, 'README.md'), '# notes about this dataset');
      await page.setInputFiles('#data-folder', folder);
      const panel = page.getByRole('alert').filter({ hasText: 'The dataset was not loaded' });
      await panel.waitFor({ timeout: 20_000 });
      expect(await panel.locator('li').allTextContents()).toEqual(['flows.csv line 3, column "count": "12a" is not a whole number']);
      await panel.getByRole('button', { name: 'Dismiss' }).click();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a good dataset replaces London; "Use the London default" brings it back', async () => {
    const { page } = app;
    const renamed = londonFiles((name, text) => (name === 'dataset.json' ? text.replace('London boroughs (Census 2011)', 'My London copy') : text));
    await page.setInputFiles('#data-files', renamed);
    await page.getByRole('status').filter({ hasText: 'Loaded My London copy: 33 zones' }).waitFor({ timeout: 20_000 });
    const back = page.getByRole('button', { name: 'Use the London default' });
    expect(await back.isVisible()).toBe(true);

    await back.click();
    await page.getByRole('status').filter({ hasText: 'Loaded London boroughs (Census 2011): 33 zones' }).waitFor({ timeout: 20_000 });
    expect(await back.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent), 'focus moves on from the hidden button').toBe('Load data');
    expect(await zonesOnMap(page)).toBe(33);
  });

  test('logs no errors and asks nothing of any other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.badRequests).toEqual([]);
  });
});
