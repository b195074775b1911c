/**
 * The real, Vite-built engine worker in Chromium, driven through the pool the app uses
 * (window.__tidelineEngine, from src/ui/testHooks.ts, in test builds only) on the built app.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type {} from '../../src/ui/testHooks.ts'; // declares window.__tidelineEngine
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';
import { scenarioFile } from '../scenarioFile.ts';


describe('engine worker in the browser', () => {
  let browser: Browser;
  let app: OpenedApp;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, inject('baseUrl'));
    const hook = await app.page.evaluate(() => typeof window.__tidelineEngine);
    expect(hook, 'test builds install src/ui/testHooks.ts').toBe('object');
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('follow-the-commute runs in the worker; its typed arrays arrive whole', async () => {
    const outcome = await app.page.evaluate(async (scenario) => {
      const pool = window.__tidelineEngine!.createPool(2);
      const stages: string[] = [];
      try {
        const loaded = await pool.loadDataset('default');
        const answer = await pool.run('left', scenario, { onProgress: (stage) => stages.push(stage) });
        if (!answer.ok) return { error: answer.cancelled ? 'cancelled' : JSON.stringify(answer.errors) };
        const r = answer.result;
        let badSlots = 0;
        for (let s = 0; s < r.slots; s++) {
          let sum = 0;
          for (let z = 0; z < r.n; z++) sum += r.officersWhole[s * r.n + z];
          if (sum !== r.onDuty[s]) badSlots++;
        }
        return {
          zones: loaded.ok ? loaded.summary.counts.zones : -1,
          isInt32: r.officersWhole instanceof Int32Array,
          length: r.officersWhole.length,
          presentLength: r.inputs.present.length,
          onDutyTotal: r.onDuty.reduce((a, b) => a + b, 0),
          badSlots,
          stages,
        };
      } finally {
        pool.dispose();
      }
    }, scenarioFile('follow-the-commute.json'));
    expect(outcome).not.toHaveProperty('error');
    expect(outcome).toMatchObject({ zones: 33, isInt32: true, length: 672 * 33, presentLength: 672 * 33, badSlots: 0 });
    expect(outcome.onDutyTotal).toBeGreaterThan(0);
    expect(outcome.stages?.at(-1)).toBe('done');
  });

  test('a newer request for the same view cancels the one under way', async () => {
    const outcome = await app.page.evaluate(
      async ([older, newer]) => {
        const pool = window.__tidelineEngine!.createPool(1);
        try {
          const later: { second?: ReturnType<typeof pool.run> } = {};
          let progressAfterCancel = 0;
          const first = pool.run('left', older, {
            onProgress: () => {
              if (later.second) progressAfterCancel++;
              else later.second = pool.run('left', newer);
            },
          });
          const a = await first;
          const b = later.second ? await later.second : null;
          return {
            first: a.ok ? 'result' : a.cancelled ? 'cancelled' : 'errors',
            second: b === null ? 'never sent' : b.ok ? b.result.officersWhole.length : 'no result',
            progressAfterCancel,
          };
        } finally {
          pool.dispose();
        }
      },
      [scenarioFile('follow-the-commute.json'), scenarioFile('fixed-borough.json')] as const,
    );
    expect(outcome).toEqual({ first: 'cancelled', second: 672 * 33, progressAfterCancel: 0 });
  });

  test('a worker killed mid-run is replaced and the run retried', async () => {
    const outcome = await app.page.evaluate(async (scenario) => {
      const pool = window.__tidelineEngine!.createPool(1);
      try {
        let killed = false;
        const answer = await pool.run('map', scenario, {
          onProgress: () => {
            if (!killed) killed = pool.terminateWorkerForTest(pool.workerFor('map'));
          },
        });
        return { killed, ok: answer.ok, restarts: pool.stats().restarts };
      } finally {
        pool.dispose();
      }
    }, scenarioFile('follow-the-commute.json'));
    expect(outcome).toEqual({ killed: true, ok: true, restarts: 1 });
  });

  test('the smoothed method runs in the worker: the shipped scenario\'s optimal deviation, 7,930.44 officer-slots', async () => {
    const outcome = await app.page.evaluate(async (scenario) => {
      const pool = window.__tidelineEngine!.createPool(1);
      try {
        const answer = await pool.run('map', scenario);
        if (!answer.ok) return { error: answer.cancelled ? 'cancelled' : JSON.stringify(answer.errors) };
        return { deviation: answer.result.smoothingDeviation, length: answer.result.officersWhole.length };
      } finally {
        pool.dispose();
      }
    }, scenarioFile('follow-the-commute-smoothed.json'));
    expect(outcome).not.toHaveProperty('error');
    expect(outcome.length).toBe(672 * 33);
    // The golden file's figure (test/golden): the min-cost flow in the worker reaches the same optimum.
    expect(outcome.deviation).toBeCloseTo(7930.437, 2);
  });

  test('logs no errors and asks nothing of any other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.badRequests).toEqual([]);
  });
});
