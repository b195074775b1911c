/**
 * A planner's exports, in the built app: the allocation CSV is the CLI's output byte for byte, the
 * summary CSV and the scenario JSON are the scenario on screen, and the share link carries it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/export-row.png', import.meta.url));
const SCENARIO = 'scenarios/follow-the-commute.json';
const HEADER = 'scenario,zone_id,zone_name,day,slot_start,residents,present,demand,officers_fixed,officers,per_1000_present,change_vs_fixed';

/** Clicks the button named `name` and returns the file it downloads. */
async function download(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name, exact: true }).click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The CLI's allocation CSV for the scenario file (what an analyst gets from `npm run simulate`). */
async function cliCsv(): Promise<string> {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/simulate.ts', '--scenario', SCENARIO], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

describe('export', () => {
  let browser: Browser;
  let app: OpenedApp;
  let cli: Promise<string>;

  beforeAll(async () => {
    cli = cliCsv(); // runs while the browser starts
    cli.catch(() => undefined);
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the scenario on screen is follow-the-commute, as "Export scenario JSON" saves it', async () => {
    const { fileName, text } = await download(app.page, 'Export scenario JSON');
    expect(fileName).toBe('follow-the-commute-scenario.json');
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(`${ROOT}/${SCENARIO}`, 'utf8')));
  });

  test('"Export CSV" downloads the allocation, 33 zones x 672 slots, the same bytes as the CLI', async () => {
    const { fileName, text } = await download(app.page, 'Export CSV');
    expect(fileName).toBe('follow-the-commute-allocation.csv');
    const lines = text.split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.at(-1), 'the file ends with a line break').toBe('');
    expect(lines.length - 2).toBe(22_176);
    const westminsterNoon = lines.find((l) => l.startsWith('Follow the commute,E09000033,Westminster,Mon,12:00,'));
    expect(westminsterNoon?.split(',')[9]).toBe('511');
    expect(text === (await cli), 'identical to `npx tsx src/cli/simulate.ts --scenario scenarios/follow-the-commute.json`').toBe(true);

    // Regenerated on purpose (npm run screenshots), then reviewed by eye like a golden file.
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      const { page } = app;
      await page.mouse.move(640, 790);
      await page.getByRole('button', { name: 'Export summary CSV', exact: true }).focus();
      await page.keyboard.press('Shift+Tab'); // keyboard focus on "Export CSV", so its focus ring shows
      await page.screenshot({ path: SCREENSHOT });
    }
  });

  test('while exporting, the button is disabled and says so, keeping keyboard focus; then it is back', async () => {
    const { page } = app;
    const states = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          const observer = new MutationObserver(() => {
            const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Exporting…');
            if (b) seen.push(`${b.textContent}|${b.getAttribute('aria-disabled')}|focused: ${document.activeElement === b}`);
            else if (seen.length > 0) {
              observer.disconnect();
              resolve(seen);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        }),
    );
    const button = page.getByRole('button', { name: 'Export summary CSV', exact: true });
    await button.focus();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('follow-the-commute-summary.csv');
    expect((await states)[0]).toBe('Exporting…|true|focused: true');
    expect(await button.getAttribute('aria-disabled')).toBeNull();
    expect(await button.evaluate((b) => document.activeElement === b)).toBe(true);
  });

  test('"Export summary CSV" has one row per zone', async () => {
    const { fileName, text } = await download(app.page, 'Export summary CSV');
    expect(fileName).toBe('follow-the-commute-summary.csv');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('zone_id,zone_name,force,residents,workday_population,net_daytime_change,officer_hours_fixed,officer_hours,officer_hours_change');
    expect(lines).toHaveLength(34);
    expect(lines.find((l) => l.startsWith('E09000001,City of London,'))).toContain('City of London Police');
  });

  test('"Copy share link" puts a link on the clipboard that opens the edited scenario and the selected zone', async () => {
    const { page } = app;
    await page.getByLabel('Headcount (full-time equivalent)').fill('30000');
    await page.keyboard.press('Tab');
    await page.getByLabel('Zone', { exact: true }).selectOption({ label: 'Westminster' });
    await page.locator('.why-body[data-zone="E09000033"]').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Copy share link', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Share link copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9_-]+$/);

    // A colleague opens the link in a browser of their own (nothing saved there).
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(link);
      await other.waitForSelector('body[data-map-state="idle"]', { timeout: 20_000 });
      await other.locator('#zone-day-title', { hasText: 'Westminster on Monday' }).waitFor({ timeout: 20_000 });
      const shared = JSON.parse((await download(other, 'Export scenario JSON')).text);
      expect(shared.supply.headcount).toBe(30000);
      expect({ ...shared, supply: { ...shared.supply, headcount: 30940 } }).toEqual(JSON.parse(readFileSync(`${ROOT}/${SCENARIO}`, 'utf8')));
    } finally {
      await other.close();
    }
  });

  test('logs no errors and asks nothing of any other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.badRequests).toEqual([]);
  });
});
