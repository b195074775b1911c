/**
 * The batch panel's front counters and sweeps in the built app: Wandsworth's 9-to-5 figures as the
 * CLI prints them, a timetable that does not read named at its field, a sweep CSV loaded from a file
 * drawn as a chart (its text shown, never run), a bad CSV named by line and column, and a small grid run
 * in the workers whose CSV is the CLI's, byte for byte.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { sweepCsv } from '../../src/io/exports/sweepCsv.ts';
import { cliProcess, type Outcome } from '../unit/cli/cliProcess.ts';
import { seriousViolationsIn } from './batchAxe.ts';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';

const GRID = ['supply.headcount=30000:31000:1000', 'method=fixed,follow-demand'];

async function openView(page: Page, view: 'front-counter' | 'sweep'): Promise<void> {
  if ((await page.getAttribute('#batches-toggle', 'aria-pressed')) !== 'true') await page.click('#batches-toggle');
  await page.click(`#batch-view-${view}`);
  await page.locator(`#batch-${view}:not([hidden])`).waitFor();
}

/** The CLI report's row for a timetable: [timetable, hours, residents, present, away]. */
function cliRow(report: string, prefix: 'given:' | 'best: '): string[] {
  const line = report.split('\n').find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`no "${prefix}" line in:\n${report}`);
  const cells = line.slice(prefix.length).trim().split(/\s{2,}/);
  return cells;
}

describe('batch panel: front counters and sweeps', () => {
  let browser: Browser;
  let app: OpenedApp;
  let cliCounter: Promise<Outcome>;
  let cliSweep: Promise<Outcome>;

  beforeAll(async () => {
    cliCounter = cliProcess('src/cli/simulate.ts', ['--front-counter', 'E09000032', '--opening', 'Mon-Fri 09:00-17:00']);
    cliSweep = cliProcess('src/cli/sweep.ts', ['--scenario', 'scenarios/follow-the-commute.json', ...GRID.flatMap((g) => ['--vary', g]), '--jobs', '1']);
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
  });

  afterAll(async () => {
    await Promise.all([cliCounter, cliSweep].map((p) => p?.catch(() => undefined)));
    await browser?.close();
  });

  test("Wandsworth weekdays 9 to 5: the panel's figures equal the CLI's --front-counter report", { timeout: 60_000 }, async () => {
    const { page } = app;
    await openView(page, 'front-counter');
    await page.getByRole('button', { name: 'Wandsworth, weekdays 9 to 5' }).click();
    await page.locator('.front-counter-result:not([hidden]) tr[data-timetable="best"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#front-counter-result-title').textContent()).toBe('Wandsworth (E09000032)');
    const shown = async (kind: string) => page.locator(`.front-counter-table tr[data-timetable="${kind}"]`).evaluate((tr) => [
      tr.querySelector('th span:last-child')?.textContent ?? '', ...[...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    ]);
    const report = await cliCounter;
    expect(report.code, report.stderr).toBe(0);
    expect(await shown('given')).toEqual(cliRow(report.stdout, 'given:'));
    expect(await shown('best')).toEqual(cliRow(report.stdout, 'best: '));
    expect(await page.locator('.front-counter-result .batch-answer').textContent()).toContain('Mon-Fri 09:00-17:00 covers ');
    expect(await seriousViolationsIn(page, '#batch-panel')).toEqual([]);
  });

  test('a timetable that does not read is named at its field as it is typed, and nothing is asked of the engine', async () => {
    const { page } = app;
    await openView(page, 'front-counter');
    const before = await page.locator('.front-counter-table').innerHTML();
    await page.fill('#front-counter-opening', 'Mon-Fri 09:00-17:10');
    const error = page.locator('#front-counter-opening-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('17:10 is not a time on a 15-minute boundary from 00:00 to 24:00');
    expect(await page.getAttribute('#front-counter-opening', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#front-counter-opening', 'aria-describedby')).toContain('front-counter-opening-error');
    await page.getByRole('button', { name: 'Show figures' }).click();
    expect(await page.locator('#front-counter-progress').isHidden()).toBe(true);
    expect(await page.locator('.front-counter-table').innerHTML()).toBe(before);
    await page.fill('#front-counter-opening', 'Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00');
    await error.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.locator('tr[data-timetable="given"] th', { hasText: 'Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('tr[data-timetable="given"] td').first().textContent()).toBe('80');
  });

  test('a sweep CSV loaded from a file draws its chart, a line per value of the second path, its text shown and never run', async () => {
    const { page } = app;
    await openView(page, 'sweep');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const rows = [28000, 30000, 32000].flatMap((h, i) => ['Plain', hostile].map((name, k) => ({
      run: i * 2 + k, values: [h, name], problem: '',
      measures: { dissimilarity: 0.03, gini: 0.04, officerHoursMoved: 1000, unmetOfficerHours: 10, erlangShareWithinTarget: 0.85 + i * 0.02 + k * 0.01, simulated: null },
    })));
    const text = sweepCsv(['supply.headcount', 'name'], false, rows);
    await page.setInputFiles('#sweep-file', { name: 'my sweep.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.locator('.sweep-result:not([hidden])').waitFor();
    expect(await page.locator('#sweep-result-title').textContent()).toBe('my sweep.csv: 6 runs');
    const chart = page.locator('.sweep-chart');
    expect(await chart.locator('.batch-legend li').allTextContents()).toEqual(['name = Plain', `name = ${hostile}`]);
    expect(await chart.locator('.axis-label').first().textContent()).toBe('supply.headcount');
    const paths = await chart.locator('path.series-line').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    expect(paths).toHaveLength(2);
    for (const d of paths) expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(await page.locator('.sweep-table tbody tr').count()).toBe(6);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.sweep-table img').count()).toBe(0);
    await page.selectOption('#sweep-measure', { label: 'Unevenness (Gini)' });
    await page.waitForFunction(() => document.querySelector('.sweep-chart .axis-y + .axis-label + .axis-label')?.textContent === 'Gini');
    expect(await seriousViolationsIn(page, '#batch-panel')).toEqual([]);
  });

  test('a bad sweep CSV is refused with every problem by line and column, and the sweep shown stays', async () => {
    const { page } = app;
    await openView(page, 'sweep');
    const head = 'dissimilarity,gini,officer_hours_moved,unmet_officer_hours,erlang_share_within_target,problem';
    await page.setInputFiles('#sweep-file', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(`run,supply.headcont,${head}\n0,1,0,0,0,0,0,\n`) });
    const errors = page.locator('.sweep-load-errors');
    await errors.waitFor();
    expect(await errors.locator('li').allTextContents()).toEqual([
      'bad.csv line 1, column "supply.headcont": column 2 is not a scenario field path: unknown path: "headcont" is not a field of supply (did you mean "headcount"?)',
    ]);
    await page.setInputFiles('#sweep-file', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(`run,method,${head}\n0,fixed,0.1,0.2,1,0,0.9,\n1,fixed,0.1,abc,1,0,0.9,\n`) });
    await errors.locator('li', { hasText: 'line 3' }).waitFor();
    expect(await errors.locator('li').allTextContents()).toEqual(['bad.csv line 3, column "gini": "abc" is not a number']);
    expect(await errors.locator('.batch-problem-title').textContent()).toBe('bad.csv was not loaded: a problem');
    expect(await errors.getAttribute('role')).toBe('alert');
    expect(await page.locator('#sweep-result-title').textContent()).toBe('my sweep.csv: 6 runs');
  });

  test('a small grid runs in the workers with progress; its chart and table show, and its CSV is npm run sweep\'s, byte for byte', { timeout: 120_000 }, async () => {
    const { page } = app;
    await openView(page, 'sweep');
    await page.fill('#sweep-vary-1', 'supply.headcont=1,2');
    await page.getByRole('button', { name: 'Run grid' }).click();
    await expect.poll(() => page.locator('#sweep-vary-1-error').textContent()).toContain('"headcont" is not a field of supply');
    await page.fill('#sweep-vary-1', GRID[0]);
    await page.fill('#sweep-vary-2', GRID[1]);
    // Every progress text the panel shows, as it shows it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      const label = document.getElementById('sweep-progress-label')!;
      new MutationObserver(() => seen.push(label.textContent ?? '')).observe(label, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Run grid' }).click();
    expect(await page.locator('#sweep-vary-1-error').isHidden()).toBe(true);
    await page.locator('#sweep-result-title', { hasText: 'Grid of "Follow the commute"' }).waitFor({ timeout: 100_000 });
    expect(await page.locator('#sweep-result-title').textContent()).toBe('Grid of "Follow the commute": supply.headcount × method, 4 runs');
    expect(await page.locator('#sweep-progress').isHidden()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress.at(-1))).toBe('Run 4 of 4');
    expect(await page.locator('.sweep-chart .batch-legend li').allTextContents()).toEqual(['method = fixed', 'method = follow-demand']);
    expect(await page.locator('.sweep-table tbody tr').count()).toBe(4);
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: 'Download sweep CSV' }).click()]);
    const cli = await cliSweep;
    expect(cli.code, cli.stderr).toBe(0);
    expect(readFileSync(await file.path(), 'utf8')).toBe(cli.stdout);
    expect(app.errors).toEqual([]);
  });
});
