import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/first-screen.png', import.meta.url));

/** "−60,730" or "+114,381" (as the tooltip prints them) to a number. */
function parseSignedCount(text: string): number {
  return Number(text.replace('\u2212', '-').replace('+', '').replaceAll(',', ''));
}

describe('first screen', () => {
  let browser: Browser;
  let app: OpenedApp;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('loads the default dataset and the map goes idle', async () => {
    const status = app.page.locator('#status');
    expect(app.mapState, `status panel: ${await status.textContent()}`).toBe('idle');
    expect(await status.isHidden(), 'the loading indicator is gone').toBe(true);
    expect(await app.page.locator('#legend').isVisible()).toBe(true);
  });

  test('draws all 33 London zones', async () => {
    const drawn = await app.page.evaluate(() => {
      const hook = window.__tideline;
      if (!hook) return { zoneCount: -1, ids: [] };
      const features = hook.map.queryRenderedFeatures({ layers: ['zones-fill'] });
      return { zoneCount: hook.zoneCount, ids: [...new Set(features.map((f) => f.id))] };
    });
    expect(drawn.zoneCount).toBe(33);
    expect(drawn.ids).toHaveLength(33);
    // Regenerated on purpose (npm run screenshots), then reviewed by eye like a golden file.
    if (process.env.UPDATE_SCREENSHOTS === '1') await app.page.screenshot({ path: SCREENSHOT });
  });

  test('coloured by daytime net change, hovering Wandsworth shows its residents and its daytime loss', async () => {
    const { page } = app;
    await page.getByLabel('Colour by').selectOption({ label: 'Daytime net change' });
    await expect.poll(() => page.locator('#legend-title').textContent()).toBe('Daytime net change in people');
    const target = await page.evaluate((name) => {
      const hook = window.__tideline;
      const zone = hook?.zones.find((z) => z.name === name);
      if (!hook || !zone) return null;
      const point = hook.map.project([zone.lon, zone.lat]);
      const frame = hook.map.getContainer().getBoundingClientRect();
      const x = frame.left + point.x;
      const y = frame.top + point.y;
      return { x, y, hit: document.elementFromPoint(x, y)?.className ?? '' };
    }, 'Wandsworth');
    expect(target, 'Wandsworth is in the test hook').not.toBeNull();
    if (!target) return;
    expect(target.hit, 'Wandsworth label point is on the map canvas').toContain('maplibregl-canvas');

    await page.mouse.move(target.x, target.y);
    const tooltip = page.locator('#zone-tooltip');
    await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toContain('Wandsworth');
    expect(text).toContain('306,995');

    const net = await tooltip.locator('dt:text-is("Net change by day") + dd').textContent();
    expect(net).toMatch(/^[+\u2212]?[\d,]+$/);
    const value = parseSignedCount(net ?? '');
    expect(value).toBeGreaterThanOrEqual(-61_700);
    expect(value).toBeLessThanOrEqual(-59_700);
  });

  test('a basemap style URL replaces the background, keeps the zones, and is remembered', async () => {
    const { page } = app;
    const style = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#102030' } }] };
    const url = `data:application/json,${encodeURIComponent(JSON.stringify(style))}`;
    const zonesOn = (background: string) =>
      page.waitForFunction((expected) => {
        const map = window.__tideline?.map;
        if (!map?.isStyleLoaded() || !map.getLayer('zones-fill')) return false;
        const layer = map.getStyle().layers[0];
        const colour = layer.type === 'background' ? layer.paint?.['background-color'] : undefined;
        const drawn = new Set(map.queryRenderedFeatures({ layers: ['zones-fill'] }).map((f) => f.id));
        return colour === expected && drawn.size === 33;
      }, background, { timeout: 10_000 });

    await page.getByText('Basemap', { exact: true }).click();
    await page.fill('#basemap-url', url);
    await page.click('#basemap-form button[type="submit"]');
    await zonesOn('#102030');
    expect(await page.evaluate(() => localStorage.getItem('tideline.basemapStyleUrl'))).toBe(url);

    await page.fill('#basemap-url', '');
    await page.click('#basemap-form button[type="submit"]');
    await zonesOn('#d9e1e6');
    expect(await page.evaluate(() => localStorage.getItem('tideline.basemapStyleUrl'))).toBeNull();
  });

  test('logs no errors and asks nothing of any other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.badRequests).toEqual([]);
  });
});
