/** The engine's front-counter request: the CLI's figures, over the cached run, refused by field path. */
import { describe, expect, it } from 'vitest';
import { frontCounterCommand } from '../../../src/cli/frontCounterCommand.ts';
import { frontCounterReport } from '../../../src/cli/frontCounterReport.ts';
import { createEnginePool } from '../../../src/engine/enginePool.ts';
import type { Scenario } from '../../../src/model/index.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { inProcessEngineWorker } from './inProcessEngineWorker.ts';
import { londonApi } from './londonApi.ts';

const WANDSWORTH = { name: 'Front counter', zone: 'E09000032', opening: 'Mon-Fri 09:00-17:00' };

describe('front counter in the engine', { timeout: 60_000 }, () => {
  it("equals the scenario run's own front counter, and the CLI's report for it", async () => {
    const api = await londonApi();
    const s = scenarioFile('follow-the-commute.json') as Scenario;
    const answer = await api.frontCounter(1, s, WANDSWORTH);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const run = await api.run(2, { ...s, frontCounters: [WANDSWORTH] });
    if (!run.ok) throw new Error('refused');
    expect(answer.figures).toEqual(run.result.frontCounters[0]);
    const cli = await frontCounterCommand(api, s, 'scenarios/follow-the-commute.json', { zone: 'E09000032', opening: WANDSWORTH.opening, minWindowMinutes: null });
    expect(frontCounterReport(answer.figures)).toBe(cli);
    // The shares are shares; the best timetable keeps the weekly hours and serves residents at least as well.
    expect(answer.figures.given.weeklyHours).toBe(40);
    expect(answer.figures.best?.weeklyHours).toBe(40);
    expect(answer.figures.best!.residentsShare).toBeGreaterThanOrEqual(answer.figures.given.residentsShare);
  });

  it('names the bad field: an unknown zone, unreadable opening hours, a window off the 15-minute grid', async () => {
    const api = await londonApi();
    const s = scenarioFile('follow-the-commute.json');
    const paths = async (counter: object) => {
      const a = await api.frontCounter(1, s, counter as typeof WANDSWORTH);
      return a.ok || a.cancelled ? [] : a.errors.map((e) => e.path);
    };
    expect(await paths({ ...WANDSWORTH, zone: 'E09999999' })).toEqual(['frontCounters[0].zone']);
    expect(await paths({ ...WANDSWORTH, opening: 'Mon-Fri 09:00-17:10' })).toEqual(['frontCounters[0].opening']);
    expect(await paths({ ...WANDSWORTH, minWindowMinutes: 20 })).toEqual(['frontCounters[0].minWindowMinutes']);
  });

  it('through the pool: a newer request for the view cancels the older', async () => {
    const pool = createEnginePool(inProcessEngineWorker(), { size: 1 });
    try {
      const s = scenarioFile('follow-the-commute.json');
      const first = pool.frontCounter('fc', s, WANDSWORTH);
      const second = pool.frontCounter('fc', s, { ...WANDSWORTH, opening: 'Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00' });
      expect(await first).toMatchObject({ ok: false, cancelled: true });
      const b = await second;
      if (!b.ok) throw new Error(JSON.stringify(b));
      expect(b.figures.given.text).toBe('Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00');
      expect(b.figures.given.weeklyHours).toBe(80);
    } finally {
      pool.dispose();
    }
  });
});
