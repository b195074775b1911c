/**
 * The batch panel's frontier in the built app: the officers each method needs for 90% of immediate
 * calls within 15 minutes, searched in the app's engine workers, drawn one line per method with the
 * target line, the price of borough boundaries said in words, and the same answer as
 * `npm run sweep -- --frontier`. A newer search replaces an older one; closing the panel stops a search.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { cliProcess, type Outcome } from '../unit/cli/cliProcess.ts';
import { seriousViolationsIn } from './batchAxe.ts';
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';
import { count } from './plannerPage.ts';

/** The CLI's frontier rows by method: the headcount found and the runs it took. */
function cliFrontier(out: Outcome): Map<string, { value: number; evaluations: number }> {
  if (out.code !== 0) throw new Error(`npm run sweep failed: ${out.stderr}`);
  const [header, ...rows] = out.stdout.trim().split('\n');
  const col = (name: string) => header.split(',').indexOf(name);
  return new Map(rows.filter((r) => r.startsWith('frontier,')).map((r) => {
    const cells = r.split(',');
    return [cells[col('method')], { value: Number(cells[col('supply.headcount')]), evaluations: Number(cells[col('evaluations')]) }];
  }));
}

async function openFrontier(page: Page): Promise<void> {
  if ((await page.getAttribute('#batches-toggle', 'aria-pressed')) !== 'true') await page.click('#batches-toggle');
  await page.locator('#batch-frontier:not([hidden])').waitFor();
}

describe('batch panel: officers for a target', () => {
  let browser: Browser;
  let app: OpenedApp;
  let cli: Promise<Outcome>;

  beforeAll(async () => {
    // The same question to the CLI, answered while the browser works (fixed and follow-demand: smoothed
    // without a change limit places officers as follow-demand does, so it adds time and nothing else).
    cli = cliProcess('src/cli/sweep.ts', [
      '--scenario', 'scenarios/follow-the-commute.json', '--frontier', 'supply.headcount', '--target', '0.9',
      '--vary', 'method=fixed,follow-demand', '--jobs', '1',
    ]);
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
  });

  afterAll(async () => {
    await cli?.catch(() => undefined);
    await browser?.close();
  });

  test('the Batches button opens the panel on the frontier, its defaults from the scenario; closing it stops a search and gives focus back', async () => {
    const { page } = app;
    await openFrontier(page);
    expect(await page.inputValue('#frontier-start')).toBe('30940');
    expect(await page.inputValue('#frontier-target')).toBe('90');
    expect(await page.locator('#batch-frontier .batch-note').first().textContent()).toContain('"Follow the commute"');
    await page.getByRole('button', { name: 'Find the frontier' }).click();
    await page.locator('#frontier-progress:not([hidden])').waitFor();
    await page.getByRole('button', { name: 'Close the batch panel' }).click();
    await page.locator('#batch-panel[hidden]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('batches-toggle');
    await openFrontier(page);
    await page.locator('#frontier-progress[hidden]').waitFor({ state: 'attached' });
    expect(await page.locator('#frontier-answer').textContent()).toBe('');
    expect(await page.locator('.frontier-table').isHidden()).toBe(true);
    expect(await seriousViolationsIn(page, '#batch-panel')).toEqual([]);
  });

  test('draws a line per method with the target, marks each smallest headcount and states the price of borough boundaries, as the CLI finds', { timeout: 300_000 }, async () => {
    const { page } = app;
    await openFrontier(page);
    // A first search at 85% is replaced by the one at 90%: only the newer answer arrives.
    await page.fill('#frontier-target', '85');
    await page.getByRole('button', { name: 'Find the frontier' }).click();
    await page.locator('#frontier-progress:not([hidden])').waitFor();
    await page.fill('#frontier-target', '90');
    await page.getByRole('button', { name: 'Find the frontier' }).click();
    await page.locator('.frontier-table:not([hidden])').waitFor({ timeout: 280_000 });

    const chart = page.locator('.frontier-chart');
    expect(await chart.locator('.batch-legend li').allTextContents()).toEqual(['Fixed', 'Follow demand', 'Smoothed']);
    expect(await chart.locator('.target-label').textContent()).toBe('Target 90.0%');
    const lines = await chart.locator('g.series').evaluateAll((gs) => gs.map((g) => ({
      d: g.querySelector('path.series-line')?.getAttribute('d') ?? '',
      points: g.querySelectorAll('circle.series-point').length,
      marked: g.querySelector('.mark-label')?.textContent ?? '',
    })));
    expect(lines).toHaveLength(3);
    for (const l of lines) {
      expect(l.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
      expect(l.points).toBeGreaterThan(5);
    }

    const rows = await page.locator('.frontier-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      method: tr.getAttribute('data-method'), cells: [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
    })));
    const found = new Map(rows.map((r) => [r.method, { value: count(r.cells[1]), runs: Number(r.cells[3]) }]));
    expect(lines.map((l) => l.marked)).toEqual([
      `Fixed: ${rows[0].cells[1]}`, `Follow demand: ${rows[1].cells[1]}`, `Smoothed: ${rows[2].cells[1]}`,
    ]);
    const reference = cliFrontier(await cli);
    for (const method of ['fixed', 'follow-demand']) {
      expect(found.get(method)?.value, method).toBe(reference.get(method)?.value);
      expect(found.get(method)?.runs, method).toBe(reference.get(method)?.evaluations);
    }
    const price = reference.get('fixed')!.value - reference.get('follow-demand')!.value;
    const answer = (await page.locator('#frontier-answer').textContent()) ?? '';
    const priced = `the price of borough boundaries is ${price.toLocaleString('en-GB')} officers`;
    expect(answer).toContain(`Fixed borough lines need ${reference.get('fixed')!.value.toLocaleString('en-GB')} officers for 90.0% of immediate calls within 15 minutes.`);
    expect(answer).toContain(`Follow demand needs ${reference.get('follow-demand')!.value.toLocaleString('en-GB')}: ${priced}.`);
    expect(await chart.locator('svg.chart-svg').getAttribute('aria-label')).toContain(priced);

    // The download is the CLI's frontier CSV: the same rows for the methods both searched.
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: 'Download frontier CSV' }).click()]);
    expect(file.suggestedFilename()).toBe('follow-the-commute-frontier.csv');
    const appRows = readFileSync(await file.path(), 'utf8').split('\n').filter((line) => !/^(frontier|point),smoothed,/.test(line));
    expect(appRows.join('\n')).toBe((await cli).stdout);
    expect(app.errors).toEqual([]);
  });
});
