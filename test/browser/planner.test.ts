/**
 * What a planner does, in order, on the built app in Chromium: scrub the week, read a zone, change the
 * headcount, add an event, set a zone's floor, reload. The steps share one page, as a session does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type {} from '../../src/ui/testHooks.ts';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';
import { count, figure, settled, zonePoint } from './plannerPage.ts';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));
const followTheCommute = JSON.parse(readFileSync(new URL('../../scenarios/follow-the-commute.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe("a planner's session", () => {
  let browser: Browser;
  let app: OpenedApp;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
    expect(app.mapState).toBe('idle');
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('scrubs to Monday 12:00 with the keyboard and reads Westminster: 511 officers, 184 fixed', async () => {
    const { page } = app;
    const slider = page.getByRole('slider', { name: 'Time of day' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('Sunday 23:45');
    await page.keyboard.press('Home');
    for (let i = 0; i < 11; i++) await page.keyboard.press('PageUp');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    // The time bar redraws on the next animation frame: poll rather than read at once.
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('Monday 12:00');
    await expect.poll(() => page.locator('#time-clock').textContent()).toBe('Monday 12:00');
    expect(await page.locator('#day-select').inputValue()).toBe('0');

    const westminster = await zonePoint(page, 'Westminster');
    expect(westminster.onCanvas, 'Westminster is visible on the map').toBe(true);
    await page.mouse.move(westminster.x, westminster.y);
    const tooltip = page.locator('#zone-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.locator('.tooltip-title').textContent()).toBe('Westminster');
    expect(await figure(page, '#zone-tooltip', 'Officers')).toBe('511');
    expect(await figure(page, '#zone-tooltip', 'Officers (fixed)')).toBe('184');
    expect(await figure(page, '#zone-tooltip', 'Change against fixed')).toBe('+327');

    // The City of London is its own force: hovering it says so instead of giving it Met officers.
    const city = await zonePoint(page, 'City of London');
    await page.mouse.move(city.x, city.y);
    await expect.poll(() => tooltip.locator('.tooltip-title').textContent()).toBe('City of London');
    expect(await tooltip.locator('.tooltip-subtitle').textContent()).toBe('Policed by the City of London Police; it gets no Met officers.');
    expect(await tooltip.locator('dt:text-is("Officers")').count()).toBe(0);
    await page.mouse.move(5, 400);
    // Regenerated on purpose (npm run screenshots) and reviewed by eye, like a golden file.
    if (SCREENSHOTS) await page.screenshot({ path: shot('planner-monday-noon.png') });
  });

  test('a new headcount changes the officers on duty to the engine\u2019s figure', async () => {
    const { page } = app;
    const onDuty = page.locator('.map-pane[data-which="scenario"] .map-title-on-duty');
    expect(await onDuty.textContent()).toBe('6,854 officers on duty');
    // What the engine says for the same scenario with 25,940 officers, asked directly.
    const expected = await page.evaluate(async (scenario) => {
      const pool = window.__tidelineEngine!.createPool(1);
      try {
        await pool.loadDataset('default');
        const answer = await pool.run('check', { ...scenario, supply: { ...(scenario.supply as object), headcount: 25940 } });
        return answer.ok ? answer.result.onDuty[12 * 4] : -1;
      } finally {
        pool.dispose();
      }
    }, followTheCommute);
    expect(expected).toBeGreaterThan(5000);
    expect(expected).toBeLessThan(6854);

    await page.getByLabel('Headcount (full-time equivalent)').fill('25940');
    await page.getByLabel('Headcount (full-time equivalent)').press('Enter');
    await expect.poll(() => onDuty.textContent(), { timeout: 15_000 }).toBe(`${expected.toLocaleString('en-GB')} officers on duty`);
    expect(await page.locator('#undo-button').isEnabled()).toBe(true);
  });

  test('an event placed on Westminster, Saturday 12:00\u201318:00 with 400 officers, reports the zones its officers come from', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add event', exact: true }).click();
    await expect.poll(() => page.locator('#place-prompt').isVisible()).toBe(true);
    const westminster = await zonePoint(page, 'Westminster');
    await page.mouse.click(westminster.x, westminster.y);

    const event = page.locator('#event-0');
    await event.waitFor({ state: 'visible' });
    expect(await event.locator('.event-place').textContent()).toMatch(/in Westminster$/);
    await page.locator('#event-0-day').selectOption({ label: 'Saturday' });
    await page.locator('#event-0-start').selectOption('12:00');
    await page.locator('#event-0-end').selectOption('18:00');
    await page.locator('#event-0-officers').fill('400');
    await page.locator('#event-0-officers').press('Enter');

    const title = page.locator('#event-0-abstraction .event-abstraction-title');
    await expect.poll(async () => (await settled(page), title.textContent()), { timeout: 20_000 }).toContain('2,400 officer-hours in all');
    // The list is the engine's report, largest first: on a Saturday the big residential boroughs give most.
    const hook = await page.evaluate(() => window.__tideline!.results().scenario.events);
    expect(hook).toHaveLength(1);
    const names = await page.evaluate(() => Object.fromEntries(window.__tideline!.zones.map((z) => [z.id, z.name])));
    const top = hook[0].abstractedFrom[0];
    expect(await page.locator('#event-0-abstraction .abstraction-list li').first().textContent())
      .toBe(`${names[top.zone]}: ${Math.round(top.officerHours).toLocaleString('en-GB')} officer-hours`);
    expect(hook[0].abstractedFrom.reduce((a, f) => a + f.officerHours, 0)).toBeCloseTo(2400, 6);
    if (SCREENSHOTS) {
      // At the event's time, so the map shows it; then back to Monday 12:00 for the steps after.
      await page.locator('#day-select').selectOption({ label: 'Saturday' });
      await page.mouse.move(5, 400);
      await page.locator('#zone-tooltip').waitFor({ state: 'hidden' });
      await page.locator('#event-0').scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot('planner-event.png') });
      await page.locator('#day-select').selectOption({ label: 'Monday' });
    }
  });

  test('Kingston upon Thames, clicked on the map and given a floor of 250, has at least 250 officers', async () => {
    const { page } = app;
    const kingston = await zonePoint(page, 'Kingston upon Thames');
    await page.mouse.click(kingston.x, kingston.y);
    await expect.poll(() => page.locator('#zone-select').inputValue()).toBe('E09000021');
    const officers = () => figure(page, '#zone-figures', 'Officers');
    await expect.poll(officers).toMatch(/^\d/);
    expect(count(await officers())).toBeLessThan(250);

    const floor = page.getByLabel('Floor for Kingston upon Thames');
    await floor.fill('250');
    await floor.press('Enter');
    await settled(page);
    await expect.poll(async () => count(await officers()), { timeout: 15_000 }).toBeGreaterThanOrEqual(250);
    expect(await page.locator('.override-list li').first().textContent()).toContain('Kingston upon Thames: floor 250');
  });

  test('a floor the officers on duty cannot meet is refused in plain words; the last good map stays', async () => {
    const { page } = app;
    const global = page.getByLabel('Floor for every zone (officers)');
    await global.fill('400');
    await global.press('Enter');
    const problems = page.locator('#scenario-problems');
    await expect.poll(() => problems.textContent(), { timeout: 15_000 }).toMatch(/Floors: infeasible: .*short by [\d,]+/);
    expect(await page.locator('#section-bounds-error').textContent()).toMatch(/^Infeasible: /);
    expect(await page.locator('#run-status').textContent()).toContain('Showing the last good result');
    expect(count(await figure(page, '#zone-figures', 'Officers'))).toBeGreaterThanOrEqual(250);

    await page.locator('#undo-button').click();
    await expect.poll(() => global.inputValue()).toBe('150');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => global.inputValue()).toBe('400');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => global.inputValue()).toBe('150');
    await settled(page);
    expect(await problems.isHidden()).toBe(true);
  });

  test('demand weights all set to 0 are refused at the Demand section, naming the weights', async () => {
    const { page } = app;
    const present = page.getByLabel('Weight of people present');
    await present.fill('0');
    await present.press('Enter');
    await expect.poll(() => page.locator('#section-demand-error').textContent(), { timeout: 15_000 })
      .toBe('Every demand weight is 0: give people present, footfall or crime a weight above 0');
    expect(await page.locator('#scenario-problems').textContent()).toContain('every demand weight is 0');
    await page.locator('#undo-button').click();
    await expect.poll(() => present.inputValue()).toBe('1');
    await settled(page);
    expect(await page.locator('#section-demand-error').isHidden()).toBe(true);
  });

  test('a reload restores the headcount, the event and the floor; so does the link on its own', async () => {
    const { page } = app;
    const check = async (p: typeof page) => {
      expect(await p.getByLabel('Headcount (full-time equivalent)').inputValue()).toBe('25940');
      expect(await p.locator('#event-0-officers').inputValue()).toBe('400');
      expect(await p.locator('#event-0-day').inputValue()).toBe('Sat');
      expect(await p.locator('#event-0-start').inputValue()).toBe('12:00');
      expect(await p.locator('#event-0-end').inputValue()).toBe('18:00');
      expect(await p.locator('.override-list li').first().textContent()).toContain('Kingston upon Thames: floor 250');
    };
    await page.reload();
    await page.waitForSelector('body[data-map-state="idle"]');
    await check(page);

    // A fresh browser profile has nothing saved: the URL alone carries the scenario.
    const link = page.url();
    expect(link).toMatch(/#s=[\w-]+$/);
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(link);
      await other.waitForSelector('body[data-map-state="idle"]');
      await check(other);
    } finally {
      await other.close();
    }
  });

  test('logs no errors and asks nothing of any other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.badRequests).toEqual([]);
  });
});
