/**
 * The planner's views on the built app in Chromium: playing a day (no layer added), the
 * hexagon grid, and compare mode for facilitators. Each starts from a fresh page.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './launch.ts';
import { openApp } from './openApp.ts';
import { count, figure, settled, zonePoint } from './plannerPage.ts';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

describe("the planner's views", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('plays a day at 8×, moving colours through feature state without adding a layer', async () => {
    const fresh = await openApp(browser, inject('baseUrl'));
    const { page } = fresh;
    try {
      await page.getByLabel('Speed', { exact: true }).selectOption('8');
      await page.getByRole('slider', { name: 'Time of day' }).focus();
      await page.keyboard.press('Home');
      await expect.poll(() => page.locator('#time-clock').textContent()).toBe('Monday 00:00');
      const before = await page.evaluate(() => {
        const w = window as unknown as { __play: { layerCalls: string[] } };
        const layerCalls: string[] = [];
        for (const map of window.__tideline!.maps()) {
          for (const name of ['addLayer', 'removeLayer', 'addSource', 'removeSource', 'setStyle'] as const) {
            const original = (map[name] as (...a: unknown[]) => unknown).bind(map);
            (map as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
              layerCalls.push(name);
              return original(...args);
            };
          }
        }
        w.__play = { layerCalls };
        return window.__tideline!.map.getFeatureState({ source: 'zones', id: 32 }).fill as string;
      });

      await page.getByRole('button', { name: 'Play' }).click();
      // A day and a morning: past Tuesday 11:00, so the map has gone through the night into the working day.
      await page.waitForFunction(() => window.__tideline!.state().view.slot >= 96 + 44, undefined, { timeout: 60_000 });
      await expect.poll(() => page.evaluate(() => window.__tideline!.state().session.playing)).toBe(true);
      // Read while still playing: what the page did over the day it played.
      const after = await page.evaluate(() => {
        const w = window as unknown as { __play: { layerCalls: string[] } };
        return { layerCalls: [...w.__play.layerCalls], slot: window.__tideline!.state().view.slot };
      });
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect.poll(() => page.evaluate(() => !window.__tideline!.state().session.playing && window.__tideline!.drawn())).toBe(true);
      expect(after.slot).toBeGreaterThanOrEqual(96 + 44);
      expect(await page.locator('#time-clock').textContent()).toMatch(/^Tuesday /);
      expect(after.layerCalls).toEqual([]);
      // Paused, the map shows the slot on screen at once.
      const fill = () => page.evaluate(() => window.__tideline!.map.getFeatureState({ source: 'zones', id: 32 }).fill as string);
      await expect.poll(fill, { message: "Westminster's colour at Monday 00:00 and on Tuesday morning" }).not.toBe(before);
      expect(fresh.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the Zones switch shows the hexagon grid, allocated by the engine; the slider then moves colours, not layers', async () => {
    const fresh = await openApp(browser, inject('baseUrl'));
    const { page } = fresh;
    try {
      await page.getByLabel('Hexagons').check();
      await page.waitForFunction(() => {
        const map = window.__tideline!.map;
        return map.getLayer('hexagons-fill') !== undefined && map.getLayoutProperty('hexagons-fill', 'visibility') === 'visible' &&
          typeof map.getFeatureState({ source: 'hexagons', id: 0 }).fill === 'string' && map.loaded();
      }, undefined, { timeout: 30_000 });
      expect(await page.locator('#legend').textContent()).toContain('Hexagons with 1 km sides; figures estimated below borough level.');
      if (SCREENSHOTS) await page.screenshot({ path: shot('planner-hexagons.png') });

      const westminster = await zonePoint(page, 'Westminster');
      await page.mouse.move(westminster.x, westminster.y);
      const tooltip = page.locator('#zone-tooltip');
      await expect.poll(() => tooltip.locator('.tooltip-title').textContent()).toMatch(/^Hexagon \d+ \(Westminster\)$/);
      expect(count(await figure(page, '#zone-tooltip', 'Officers'))).toBeGreaterThan(0);

      const layers = () => page.evaluate(() => window.__tideline!.map.getStyle().layers.map((l) => l.id).join(','));
      const before = await layers();
      const fills = () => page.evaluate(() => {
        const map = window.__tideline!.map;
        return Array.from({ length: 50 }, (_, h) => map.getFeatureState({ source: 'hexagons', id: h }).fill as string).join();
      });
      const atNoon = await fills();
      await page.locator('#day-select').selectOption({ label: 'Sunday' });
      await expect.poll(fills, { timeout: 15_000 }).not.toBe(atNoon);
      expect(await layers()).toBe(before);

      await page.getByLabel('Boroughs').check();
      await expect.poll(() => page.evaluate(() => window.__tideline!.map.getLayoutProperty('hexagons-fill', 'visibility'))).toBe('none');
      // Pointed at again until the map has drawn the boroughs back: MapLibre answers "what is here" from its last frame.
      await expect.poll(async () => {
        const at = await zonePoint(page, 'Westminster');
        await page.mouse.move(5, 400);
        await page.mouse.move(at.x, at.y);
        return tooltip.locator('.tooltip-title').textContent();
      }).toBe('Westminster');
      expect(fresh.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('switching to the smoothed method asks for its limit and runs it in the worker, on boroughs and on hexagons', async () => {
    const fresh = await openApp(browser, inject('baseUrl'));
    const { page } = fresh;
    try {
      const limit = page.getByLabel('Largest change per 15 minutes (officers)');
      expect(await limit.count()).toBe(0);
      await page.locator('#method-smoothed').check();
      await limit.fill('15');
      await limit.press('Enter');
      await expect.poll(() => page.evaluate(() => window.__tideline!.state().scenario), { timeout: 5_000 })
        .toMatchObject({ method: 'smoothed', smoothing: { maxChangePerSlot: 15 } });
      await page.waitForFunction(() => {
        const r = window.__tideline!.results().scenario;
        return r.status === 'ready' && window.__tideline!.state().scenario.smoothing?.maxChangePerSlot === 15;
      }, undefined, { timeout: 30_000 });
      expect(await page.locator('.map-pane[data-which="scenario"] .map-title-on-duty').textContent()).toBe('6,854 officers on duty');
      expect(await page.locator('#scenario-problems').isHidden()).toBe(true);

      // The same scenario on hexagons runs the smoothed method there too (no fall-back to follow-demand):
      // every officer on duty is placed in every slot of the week.
      await page.getByLabel('Hexagons').check();
      await page.waitForFunction(() => window.__tideline!.finer('scenario').status === 'ready' && window.__tideline!.mapUpToDate(), undefined, { timeout: 60_000 });
      const hexes = await page.evaluate(() => window.__tideline!.finer('scenario'));
      expect(hexes).toMatchObject({ kind: 'hexagons', method: 'smoothed', notes: [] });
      expect(hexes.zones).toBeGreaterThan(600);
      expect(hexes.onDuty[48]).toBe(6854);
      expect(hexes.placed).toEqual(hexes.onDuty);
      expect(fresh.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('compare mode shows both scenarios side by side, named, on one slider, moving together', async () => {
    const fresh = await openApp(browser, inject('baseUrl'));
    const { page } = fresh;
    try {
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect.poll(() => page.locator('.map-pane').count()).toBe(2);
      expect(await page.getByRole('button', { name: 'Compare' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.map-pane[data-which="scenario"] .map-title-name').textContent()).toBe('Follow the commute');
      expect(await page.locator('.map-pane[data-which="comparison"] .map-title-name').textContent()).toBe('Fixed borough');
      await page.waitForFunction(() => {
        const maps = window.__tideline!.maps();
        return maps.length === 2 && maps.every((m) => m.loaded() && new Set(m.queryRenderedFeatures({ layers: ['zones-fill'] }).map((f) => f.id)).size === 33);
      }, undefined, { timeout: 15_000 });
      expect(await page.getByRole('slider', { name: 'Time of day' }).count()).toBe(1);
      if (SCREENSHOTS) await page.screenshot({ path: shot('planner-compare.png') });

      // The comparison's map reads its own scenario: fixed borough gives Westminster 184 at Monday 12:00.
      const right = await zonePoint(page, 'Westminster', 1);
      expect(right.onCanvas).toBe(true);
      await page.mouse.move(right.x, right.y);
      const tooltip = page.locator('#zone-tooltip-comparison');
      await tooltip.waitFor({ state: 'visible' });
      expect(await figure(page, '#zone-tooltip-comparison', 'Officers')).toBe('184');

      // Zooming the left map zooms the right one with it.
      const left = await zonePoint(page, 'Westminster', 0);
      const zoomBefore = await page.evaluate(() => window.__tideline!.maps()[1].getZoom());
      await page.mouse.move(left.x, left.y);
      await page.mouse.wheel(0, -400);
      await page.waitForFunction((z0) => {
        const [a, b] = window.__tideline!.maps();
        return !a.isMoving() && a.getZoom() > z0 + 0.2 && Math.abs(a.getZoom() - b.getZoom()) < 1e-6;
      }, zoomBefore, { timeout: 10_000 });

      // The panel edits the comparison when asked to: load a shipped scenario in its place.
      await page.getByLabel('Comparison', { exact: true }).check();
      await expect.poll(() => page.locator('#scenario-panel-title').textContent()).toBe('Comparison scenario');
      await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Fixed borough');
      await page.getByLabel('Compare with a shipped scenario').selectOption({ label: 'Risk-weighted, with a Saturday protest' });
      await page.locator('#shipped-scenario-load').click();
      await expect.poll(() => page.locator('.map-pane[data-which="comparison"] .map-title-name').textContent()).toBe('Risk-weighted, with a Saturday protest');
      await settled(page, 'comparison');

      await page.getByRole('button', { name: 'Compare' }).click();
      await expect.poll(() => page.locator('.map-pane').count()).toBe(1);
      expect(fresh.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
