/**
 * The Zones switch's MSOAs in Chromium: the London default's 983 MSOAs, allocated by the engine from the
 * borough scenario, described by the tooltip and the legend, explained with what is estimated and how.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';
import { count, figure, zonePoint } from './plannerPage.ts';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

describe('MSOAs', () => {
  let browser: Browser;
  let app: OpenedApp;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the Zones switch shows the 983 MSOAs at Monday 12:00, allocated by the engine and described by the tooltip', async () => {
    const { page } = app;
    await page.getByLabel('MSOAs').check();
    await page.waitForFunction(() => window.__tideline!.mapUpToDate() && window.__tideline!.map.loaded(), undefined, { timeout: 60_000 });
    expect(await page.locator('#time-clock').textContent()).toBe('Monday 12:00');
    expect(await page.locator('#legend').textContent()).toContain('983 MSOAs; figures estimated below borough level.');
    const fills = await page.evaluate(() => {
      const map = window.__tideline!.map;
      return new Set(Array.from({ length: 983 }, (_, m) => map.getFeatureState({ source: 'msoas', id: m }).fill as string)).size;
    });
    expect(fills, 'MSOAs coloured through feature state, in many shades').toBeGreaterThan(10);
    if (SCREENSHOTS) await page.screenshot({ path: shot('planner-msoas.png') });

    const westminster = await zonePoint(page, 'Westminster');
    await page.mouse.move(westminster.x, westminster.y);
    const tooltip = page.locator('#zone-tooltip');
    await expect.poll(() => tooltip.locator('.tooltip-title').textContent()).toMatch(/^Westminster \d{3}$/);
    expect(await tooltip.locator('.tooltip-subtitle').textContent()).toBe('In Westminster');
    expect(count(await figure(page, '#zone-tooltip', 'Officers'))).toBeGreaterThan(0);
  });

  test('an MSOA chosen in the Zone list is charted and explained, saying which figures are estimated and how', async () => {
    const { page } = app;
    await page.getByLabel('Zone', { exact: true }).selectOption({ label: 'Westminster 013' });
    await page.locator('#zone-day-title', { hasText: 'Westminster 013 on Monday' }).waitFor();
    await page.locator('.why-body[data-slot="48"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.why-summary').textContent()).toMatch(/^Westminster 013 has [\d,]+ officers at Mon 12:00/);
    expect(await page.locator('.why-estimated').textContent()).toMatch(/^MSOA figures are estimated below borough level: .*workplaces by a blend of morning-peak station exits and residents/);
  });

  test('going back to boroughs keeps the borough the selected MSOA lies in', async () => {
    const { page } = app;
    await page.getByLabel('Boroughs').check();
    await expect.poll(() => page.evaluate(() => window.__tideline!.state().view.selectedZone)).toBe('E09000033');
    await page.locator('#zone-day-title', { hasText: 'Westminster on Monday' }).waitFor();
  });

  test('logs no errors and asks nothing of any other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.badRequests).toEqual([]);
  });
});
