/** The headline request the sweep's workers and the app's batches use: figures only, the same as a full run's. */
import { describe, expect, it } from 'vitest';
import { createEnginePool } from '../../../src/engine/enginePool.ts';
import { frontierSearch } from '../../../src/model/frontierSearch.ts';
import { headlineMeasures } from '../../../src/model/sweep/headlineMeasures.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { inProcessEngineWorker } from './inProcessEngineWorker.ts';
import { londonApi } from './londonApi.ts';

describe('headline figures', { timeout: 60_000 }, () => {
  it('equal the full run\'s and response simulation\'s, and are refused like a run', async () => {
    const api = await londonApi();
    const s = { ...scenarioFile('fixed-borough.json'), service: { replications: 2 } };
    const run = await api.run(1, s);
    const sim = await api.response(2, s);
    if (!run.ok || !sim.ok) throw new Error('refused');
    expect(await api.headline(3, s, { response: false })).toEqual({ ok: true, measures: headlineMeasures(run.result) });
    expect(await api.headline(4, s, { response: true })).toEqual({ ok: true, measures: headlineMeasures(run.result, sim.response) });
    const infeasible = await api.headline(5, { ...s, floors: { officers: 6000 } }, { response: false });
    expect(!infeasible.ok && !infeasible.cancelled && infeasible.errors[0].path).toBe('floors');
  });

  it('through the worker pool, drive a frontier search as the app would', async () => {
    const pool = createEnginePool(inProcessEngineWorker(), { size: 2 });
    try {
      const base = scenarioFile('fixed-borough.json');
      const share = async (headcount: number) => {
        const a = await pool.headline('frontier', { ...base, supply: { ...base.supply, headcount } }, { response: false });
        if (!a.ok) throw new Error('refused');
        return a.measures.erlangShareWithinTarget;
      };
      const r = await frontierSearch(share, { target: 0.87, start: 30_940 });
      expect(r.value).not.toBeNull();
      expect(await share(r.value!)).toBeGreaterThanOrEqual(0.87);
      expect(await share(r.value! - 1)).toBeLessThan(0.87);
    } finally {
      pool.dispose();
    }
  });
});
