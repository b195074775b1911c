/**
 * Workshop mode in the built app, part two: the difference between scenarios on the map and in the A/B
 * table, a London day recorded to WebM, and a still exported as PNG.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readWebm } from '../../src/ui/present/record/readWebm.ts';
import { seriousViolations } from './axe.ts';
import { launchChromium } from './launch.ts';
import { openApp } from './openApp.ts';
import { settled } from './plannerPage.ts';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The duration a browser's <video> reads from the file's own bytes. */
async function playedDuration(page: Page, bytes: Uint8Array): Promise<number> {
  return page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([data], { type: 'video/webm' }));
    await new Promise((resolve, reject) => {
      video.onloadedmetadata = resolve;
      video.onerror = () => reject(new Error(`the video did not load: ${video.error?.message}`));
    });
    return video.duration;
  }, Buffer.from(bytes).toString('base64'));
}

const BASEMAP = '#a05010';

/** The share of an image's pixels that are the test basemap's colour, read by the browser. */
async function basemapShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let hits = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 0xa0 && data[i + 1] === 0x50 && data[i + 2] === 0x10) hits++;
    return hits / (data.length / 4);
  }, png.toString('base64'));
}

async function openSettings(page: Page): Promise<void> {
  if (!(await page.locator('.record-settings').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('.record-settings > summary').click();
}

describe('workshop: the difference between scenarios, video and stills', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('"Difference between scenarios" colours a third map by comparison minus scenario; the A/B table gives A, B and B − A', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1600, height: 960 }); // three maps and the A/B table want room
      const colourBy = page.getByLabel('Colour by');
      expect(await colourBy.locator('option', { hasText: 'Difference between scenarios' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await colourBy.selectOption({ label: 'Difference between scenarios' });
      await settled(page, 'comparison');
      await page.waitForFunction(() => window.__tideline!.maps().length === 3 && window.__tideline!.mapUpToDate(), undefined, { timeout: 30_000 });
      expect(await page.locator('.map-pane[data-which="difference"] .map-title-name').textContent()).toBe('Fixed borough minus Follow the commute');
      expect(await page.locator('#difference-legend-title').textContent()).toBe('Difference between scenarios: officers');
      // Every policed borough is coloured on the difference map; Westminster on the "fewer" (purple) side.
      const fills = await page.evaluate(() => {
        const map = window.__tideline!.maps()[2];
        const westminster = window.__tideline!.zones.findIndex((z) => z.name === 'Westminster');
        return { westminster: map.getFeatureState({ source: 'zones', id: westminster }).fill as string, all: window.__tideline!.zones.map((_, i) => map.getFeatureState({ source: 'zones', id: i }).fill as string) };
      });
      expect(fills.all.filter((f) => f && f !== '#bdbdbd')).toHaveLength(32);
      const [r, , b] = fills.westminster.match(/\d+/g)!.map(Number);
      expect(b).toBeGreaterThan(r);

      await page.waitForFunction(() => window.__tideline!.maps().every((m) => m.loaded() && !m.isMoving()), undefined, { timeout: 20_000 });
      if (SCREENSHOTS) await page.screenshot({ path: shot('difference-map.png') });

      await page.getByLabel('Zone', { exact: true }).selectOption({ label: 'Westminster' });
      await expect.poll(() => page.locator('#zone-figures').textContent()).toContain('B − A\u2212327');

      const rowValues = (key: string) => page.locator(`#compare-panel tbody:first-of-type tr[data-measure="${key}"] td`).allTextContents();
      expect(await page.locator('#compare-panel thead th').allTextContents()).toEqual(['A', 'B', 'B − A']);
      expect(await page.locator('.ab-names').textContent()).toBe('A: Follow the commute. B: Fixed borough.');
      expect(await rowValues('onDuty')).toEqual(['6,854', '6,854', '0']);
      expect(await rowValues('withinTarget')).toEqual(['93.0%', '82.3%', '\u221210.7 points']);
      // Once both response simulations have run, the table gives their share with its interval too.
      await expect.poll(() => rowValues('simulated'), { timeout: 60_000 }).toEqual([
        expect.stringMatching(/^\d+\.\d% \(\d+\.\d%\u2013\d+\.\d%\)$/), expect.stringMatching(/^\d+\.\d% \(/), expect.stringMatching(/ points$/),
      ]);

      await page.getByLabel('Difference in').selectOption({ label: 'Calls within target' });
      await expect.poll(() => page.locator('#difference-legend-title').textContent()).toBe('Difference between scenarios: calls within target');
      await page.getByLabel('Difference in').selectOption({ label: 'Officers' });
      await page.waitForFunction(() => window.__tideline!.mapUpToDate() && window.__tideline!.maps().every((m) => m.loaded()), undefined, { timeout: 20_000 });
      expect(await seriousViolations(page)).toEqual([]);

      // Leaving compare mode goes back to one map, coloured by what the difference was of.
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await expect.poll(() => page.locator('.map-pane').count()).toBe(1);
      expect(await colourBy.inputValue()).toBe('officers');
      expect(app.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('"Record video" records the London day on screen at 1280 x 720 to a WebM of 96 frames that plays for 6 seconds at 4×; the page stays usable meanwhile', { timeout: 600_000 }, async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    try {
      await page.waitForFunction(() => window.__tideline!.mapUpToDate(), undefined, { timeout: 20_000 });
      await openSettings(page);
      expect(await page.getByLabel('Size').inputValue()).toBe('1280x720');
      expect(await page.getByLabel('Span').inputValue()).toBe('day');
      expect(await page.getByLabel('Video speed').inputValue()).toBe('4');
      const downloaded = page.waitForEvent('download', { timeout: 600_000 });
      await page.getByRole('button', { name: 'Record video' }).click();
      const progress = page.locator('#record-progress');
      await page.waitForFunction(() => Number((document.getElementById('record-progress') as HTMLProgressElement).value) >= 3, undefined, { timeout: 120_000 });
      expect(await progress.getAttribute('max')).toBe('96');
      // Meanwhile the page answers: the story drop-down opens and animation frames keep coming.
      await page.locator('#story-details > summary').click();
      expect(await page.locator('#story-details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))))).toBe(true);
      const reached = Number(await progress.evaluate((p) => (p as HTMLProgressElement).value));
      await page.waitForFunction((n) => Number((document.getElementById('record-progress') as HTMLProgressElement).value) > n, reached, { timeout: 120_000 });

      const file = await downloaded;
      expect(file.suggestedFilename()).toBe('tideline-follow-the-commute-mon.webm');
      const bytes = new Uint8Array(readFileSync(await file.path()));
      expect(hex(bytes.subarray(0, 4))).toBe('1a45dfa3');
      const webm = readWebm(bytes);
      expect(webm.frames).toHaveLength(96);
      expect(webm.frames[0].keyframe).toBe(true);
      expect(webm.frames.map((f) => f.time)).toEqual(Array.from({ length: 96 }, (_, k) => Math.round(k * 62.5)));
      expect(webm.duration).toBe(6000);
      expect(await playedDuration(page, bytes)).toBeCloseTo(6, 2);
      expect(await page.locator('#record-status').textContent()).toMatch(/^Saved tideline-follow-the-commute-mon\.webm: 96 frames, 6\.0 s, [\d.]+ MB\.$/);
      // The time on screen is where it was before recording.
      expect(await page.evaluate(() => window.__tideline!.state().view.slot)).toBe(48);
      expect(app.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a recording can be cancelled: nothing is saved and the time on screen comes back', { timeout: 300_000 }, async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    try {
      await page.waitForFunction(() => window.__tideline!.mapUpToDate(), undefined, { timeout: 20_000 });
      await openSettings(page);
      await page.getByLabel('Span').selectOption({ label: 'The whole week' });
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.getByRole('button', { name: 'Record video' }).click();
      await page.waitForFunction(() => Number((document.getElementById('record-progress') as HTMLProgressElement).value) >= 2, undefined, { timeout: 120_000 });
      expect(await page.locator('#record-progress').getAttribute('max')).toBe('672');
      await page.getByRole('button', { name: 'Cancel recording' }).click();
      await expect.poll(() => page.locator('#record-status').textContent(), { timeout: 120_000 }).toBe('Recording cancelled; nothing was saved.');
      expect(await page.locator('#record-progress').isVisible()).toBe(false);
      expect(await page.evaluate(() => window.__tideline!.state().view.slot)).toBe(48);
      expect(downloads).toBe(0);
      expect(app.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('"Export PNG" saves the view on screen as one image of the size chosen, with the basemap when one is set', { timeout: 180_000 }, async () => {
    const app = await openApp(browser, `${inject('baseUrl')}/?story=safer-together`);
    const { page } = app;
    try {
      await page.waitForFunction(() => window.__tideline!.state().session.storyView === 0 && window.__tideline!.mapUpToDate(), undefined, { timeout: 20_000 });
      await openSettings(page);
      await page.getByLabel('Size').selectOption({ label: '1920 × 1080' });
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PNG' }).click()]);
      expect(file.suggestedFilename()).toBe('tideline-safer-together-officers-for-a-city-that-commutes-mon-1200.png');
      const png = readFileSync(await file.path());
      expect(hex(png.subarray(0, 8))).toBe('89504e470d0a1a0a');
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
      expect(await page.locator('#record-status').textContent()).toBe(`Saved ${file.suggestedFilename()} (1920 × 1080).`);
      expect(await basemapShare(page, png)).toBe(0);

      // With a basemap set, the image shows it (here a plain style of one colour, offline as a data: URL).
      const style = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': BASEMAP } }] };
      await page.getByText('Basemap', { exact: true }).click();
      await page.fill('#basemap-url', `data:application/json,${encodeURIComponent(JSON.stringify(style))}`);
      await page.click('#basemap-form button[type="submit"]');
      await page.getByText('Basemap', { exact: true }).click(); // folds the setting away again
      await page.waitForFunction(() => window.__tideline!.map.isStyleLoaded() && !!window.__tideline!.map.getLayer('zones-fill') && window.__tideline!.mapUpToDate(), undefined, { timeout: 20_000 });
      const [withBasemap] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PNG' }).click()]);
      expect(await basemapShare(page, readFileSync(await withBasemap.path()))).toBeGreaterThan(0.05);
      expect(app.errors).toEqual([]);
      expect(app.badRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
