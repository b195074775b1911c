/**
 * The London week (data/, scenarios/follow-the-commute-smoothed.json) smoothed by the engine's default
 * solver, the min-cost flow, against HiGHS on the same linear programme: with mutual aid as the scenario
 * has it, and without.
 */
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { allocateFollowDemand } from '../../../src/model/allocateFollowDemand.ts';
import { allocateSmoothed } from '../../../src/model/allocateSmoothed.ts';
import { highsSolver } from '../../../src/model/highsSolver.ts';
import { runScenario } from '../../../src/model/runScenario.ts';
import type { SmoothedProblem } from '../../../src/model/smoothedProblem.ts';
import { londonRun } from '../londonRun.ts';
import { fixedAllocationObjective, smoothedViolations } from './smoothedCheck.ts';

describe('smoothed London week: the min-cost flow equals HiGHS', { timeout: 180_000 }, () => {
  for (const mutualAid of [true, false]) {
    it(`${mutualAid ? 'with' : 'without'} mutual aid: the same optimal deviation within 1e-7 relative; every constraint within 1e-9 officers`, async () => {
      const { data, plan: shipped } = await londonRun('follow-the-commute-smoothed.json');
      expect(shipped.mutualAid).toBe(true);
      const plan = { ...shipped, mutualAid };
      const r = await runScenario(data, plan);
      const n = data.zones.count;
      const target = allocateFollowDemand(r.inputs.demand, n, plan.lo, plan.hi, r.localTotals).officers;
      const p: SmoothedProblem = {
        n, allocated: plan.allocated, lo: plan.lo, hi: plan.hi, totals: r.localTotals, target,
        maxChange: plan.maxChangePerSlot, adjacency: mutualAid ? data.adjacency : null,
      };
      const lp = highsSolver((await loadHighs()) as never);
      const ref = await allocateSmoothed(p, { solver: 'highs', lp });
      expect(r.smoothingDeviation).not.toBeNull();
      expect(Math.abs(r.smoothingDeviation! - ref.deviation) / ref.deviation).toBeLessThanOrEqual(1e-7);
      // Smoothing costs something here: the limit binds in the morning and evening.
      expect(ref.deviation).toBeGreaterThan(5_000);

      const v = smoothedViolations(p, r.local);
      expect(v.totals).toBeLessThanOrEqual(1e-9);
      expect(v.bounds).toBeLessThanOrEqual(1e-9);
      expect(v.rate).toBeLessThanOrEqual(1e-9);
      const fixed = await fixedAllocationObjective(p, r.local, lp);
      expect(fixed).not.toBeNull();
      expect(Math.abs(fixed! - ref.deviation) / ref.deviation).toBeLessThanOrEqual(1e-7);
    });
  }
});
