/**
 * Workshop mode in the built app, part one: a story opened from the URL and walked through in
 * presentation mode, its accessibility there, and a story built, edited, saved and loaded back.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkStory } from '../../src/ui/present/story/checkStory.ts';
import { diskLibrary, londonZoneIds } from '../unit/ui/present/storyFiles.ts';
import { seriousViolations } from './axe.ts';
import { launchChromium } from './launch.ts';
import { openApp } from './openApp.ts';
import { settled } from './plannerPage.ts';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));
const SHIPPED = JSON.parse(readFileSync(fileURLToPath(new URL('../../stories/safer-together.json', import.meta.url)), 'utf8')) as { views: { caption: string }[] };

const session = (page: Page) => page.evaluate(() => window.__tideline!.state().session);
const view = (page: Page) => page.evaluate(() => window.__tideline!.state().view);
const story = (page: Page) => page.evaluate(() => window.__tideline!.state().story);
/** The story view on screen once its maps are drawn. */
async function atView(page: Page, index: number): Promise<void> {
  await page.waitForFunction((i) => window.__tideline!.state().session.storyView === i && window.__tideline!.mapUpToDate(), index, { timeout: 30_000 });
}
/** The first map's camera once it has stopped moving. */
async function cameraAtRest(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  await page.waitForFunction(() => !window.__tideline!.map.isMoving(), undefined, { timeout: 15_000 });
  return page.evaluate(() => {
    const map = window.__tideline!.map;
    return { ...map.getCenter(), zoom: map.getZoom() };
  });
}

describe('workshop: stories and presentation mode', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('?story=safer-together opens at its first view with its caption; F presents; N, P, Page Down and Page Up walk it; Space, arrows and Esc work', async () => {
    const app = await openApp(browser, `${inject('baseUrl')}/?story=safer-together`);
    const { page } = app;
    try {
      expect(app.mapState).toBe('idle');
      await atView(page, 0);
      expect(await page.locator('#story-caption-text').textContent()).toBe(SHIPPED.views[0].caption);
      expect(await page.locator('.story-caption-count').textContent()).toMatch(/^View 1 of \d+ · Safer together/);
      expect(await view(page)).toMatchObject({ measure: 'netChange', slot: 48, selectedZone: 'E09000032', compare: false });

      await page.keyboard.press('f');
      await expect.poll(() => session(page)).toMatchObject({ presenting: true });
      expect(await page.evaluate(() => document.body.classList.contains('presenting'))).toBe(true);
      expect(await page.locator('#scenario-panel').isVisible()).toBe(false);
      expect(await page.locator('#map-toolbar').isVisible()).toBe(false);
      expect(await page.locator('#time-clock').isVisible()).toBe(true);
      expect(await page.locator('#legend').isVisible()).toBe(true);

      await page.keyboard.press('n');
      await atView(page, 1);
      expect(await page.locator('#story-caption-text').textContent()).toBe(SHIPPED.views[1].caption);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await atView(page, 3);
      // View 4: fixed against follow-the-commute at Monday 12:00, side by side.
      expect(await view(page)).toMatchObject({ compare: true, slot: 48, measure: 'officers' });
      expect(await page.locator('.map-pane').count()).toBe(2);
      await page.keyboard.press('p');
      await atView(page, 2);
      await page.keyboard.press('PageUp');
      await atView(page, 1);

      const slot = (await view(page)).slot;
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await view(page)).slot).toBe(slot + 1);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(async () => (await view(page)).slot).toBe(slot - 1);
      await page.keyboard.press(' ');
      await expect.poll(async () => (await session(page)).playing).toBe(true);
      await page.keyboard.press(' ');
      await expect.poll(async () => (await session(page)).playing).toBe(false);

      await page.keyboard.press('Escape');
      await expect.poll(async () => (await session(page)).presenting).toBe(false);
      expect(await page.locator('#scenario-panel').isVisible()).toBe(true);
      expect(app.errors).toEqual([]);
      expect(app.badRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('presentation mode at 1920 x 1080: title, scenario names, clock and legend on screen, no serious axe violation', async () => {
    const app = await openApp(browser, `${inject('baseUrl')}/?story=safer-together`);
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await atView(page, 0);
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await expect.poll(async () => (await session(page)).presenting).toBe(true);
      for (let i = 0; i < 4; i++) await page.keyboard.press('n');
      await atView(page, 4);
      expect(await page.locator('.map-pane').count()).toBe(3);
      await page.waitForFunction(() => window.__tideline!.maps().every((m) => m.loaded() && !m.isMoving()), undefined, { timeout: 20_000 });
      for (const selector of ['.app-title', '.map-pane[data-which="scenario"] .map-title-name', '.map-pane[data-which="comparison"] .map-title-name', '#time-clock', '#legend', '#difference-legend', '#story-caption']) {
        const box = await page.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect(box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= 1920 && box!.y + box!.height <= 1080, `${selector} on screen`).toBe(true);
      }
      // Projector-size type: the clock and the captions grow with the screen.
      const clockPx = await page.locator('#time-clock').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(clockPx).toBeGreaterThanOrEqual(40);
      expect(await seriousViolations(page)).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: shot('presentation-mode.png') });
      expect(app.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a story built with "Add view to story" is edited with undo, saved to a file the schema accepts, and loads back the same; the maps fly to its cameras', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    try {
      await page.evaluate(() => window.__tideline!.map.jumpTo({ center: [-0.13, 51.51], zoom: 11 }));
      await page.getByRole('button', { name: 'Add view to story' }).click();
      await page.getByLabel('Colour by').selectOption({ label: 'People present' });
      await page.getByRole('slider', { name: 'Time of day' }).focus();
      await page.keyboard.press('PageDown');
      await page.evaluate(() => window.__tideline!.map.jumpTo({ center: [-0.05, 51.45], zoom: 9.5 }));
      await page.getByRole('button', { name: 'Add view to story' }).click();
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.getByLabel('Colour by').selectOption({ label: 'Difference between scenarios' });
      await page.getByLabel('Difference in').selectOption({ label: 'Officers per 1,000 present' });
      await settled(page, 'comparison');
      await page.getByRole('button', { name: 'Add view to story' }).click();
      await expect.poll(async () => (await story(page)).views.length).toBe(3);

      await page.locator('#story-details > summary').click();
      await page.getByLabel('Caption of view 1').fill('Westminster at noon');
      await page.getByLabel('Caption of view 2').focus(); // commits the first caption
      await page.getByLabel('Caption of view 2').fill('People present, an hour earlier');
      await page.getByLabel('Story title').focus();
      await page.getByLabel('Story title').fill('Our workshop');
      await page.getByLabel('Story title').blur();
      await page.getByRole('button', { name: 'Move view 3 up' }).click();
      await page.getByRole('button', { name: 'Delete view 1' }).click();
      expect((await story(page)).views.map((v) => v.caption)).toEqual(['', 'People present, an hour earlier']);
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      const built = await story(page);
      expect(built.title).toBe('Our workshop');
      expect(built.views.map((v) => v.caption)).toEqual(['Westminster at noon', '', 'People present, an hour earlier']);
      expect(built.views[0]).toMatchObject({ scenario: 'follow-the-commute.json', day: 'Mon', time: '12:00', measure: 'officers', camera: { center: [-0.13, 51.51], zoom: 11 } });
      expect(built.views[1]).toMatchObject({ comparison: 'fixed-borough.json', measure: 'difference', difference: 'per1000', time: '11:00' });
      expect(built.views[2]).toMatchObject({ measure: 'present', time: '11:00' });
      expect(await seriousViolations(page)).toEqual([]); // with the story drop-down open

      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save story' }).click()]);
      expect(file.suggestedFilename()).toBe('our-workshop.json');
      const text = readFileSync(await file.path(), 'utf8');
      const checked = checkStory(JSON.parse(text), { library: diskLibrary(), zoneIds: londonZoneIds() });
      expect(checked.ok ? [] : checked.errors).toEqual([]);

      // A file with a problem is refused with its field path; the story stays.
      await page.setInputFiles('#story-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text.replace('"Mon"', '"Someday"')) });
      await expect.poll(() => page.locator('.story-problems').textContent()).toContain('broken.json: views[0].day: "Someday" is not one of');
      await page.getByRole('button', { name: 'Delete view 1' }).click();
      await page.getByRole('button', { name: 'Delete view 1' }).click();
      await page.setInputFiles('#story-file', { name: 'our-workshop.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(async () => (await story(page)).views.length).toBe(3);
      expect(await story(page)).toEqual({ ...built, $schema: './story.schema.json' });
      await atView(page, 0);

      // Presenting, the maps fly to each view's camera.
      await page.keyboard.press('f');
      await page.keyboard.press('n');
      await page.keyboard.press('n');
      await atView(page, 2);
      const far = await cameraAtRest(page);
      expect(far.lng).toBeCloseTo(-0.05, 3);
      expect(far.lat).toBeCloseTo(51.45, 3);
      expect(far.zoom).toBeCloseTo(9.5, 2);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageUp');
      await atView(page, 0);
      const near = await cameraAtRest(page);
      expect(near.zoom).toBeCloseTo(11, 2);
      expect(near.lng).toBeCloseTo(-0.13, 3);
      expect(app.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
