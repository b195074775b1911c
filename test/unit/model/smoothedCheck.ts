import type { LpSolver } from '../../../src/model/linearProgram.ts';
import { allocatedZones, type SmoothedProblem } from '../../../src/model/smoothedProblem.ts';
import { smoothedProgram } from '../../../src/model/smoothedProgram.ts';

/** The largest violation, in officers, of each constraint family by an allocation of the smoothed problem. */
export interface SmoothedViolations {
  /** |sum over zones - H| per slot. */
  totals: number;
  /** Below a floor or above a cap (0 for zones not allocated, which must have none). */
  bounds: number;
  /** Without mutual aid: |A_t - g A_t-1| beyond r. */
  rate: number;
}

export function smoothedViolations(p: SmoothedProblem, officers: Float64Array): SmoothedViolations {
  const { n, totals, lo, hi, allocated, maxChange } = p;
  const v = { totals: 0, bounds: 0, rate: 0 };
  for (let t = 0; t < totals.length; t++) {
    let sum = 0;
    for (let z = 0; z < n; z++) {
      const a = officers[t * n + z];
      sum += a;
      if (!allocated[z]) v.bounds = Math.max(v.bounds, Math.abs(a));
      else v.bounds = Math.max(v.bounds, lo[z] - a, a - hi[z]);
      if (t > 0 && totals[t - 1] > 0 && allocated[z] && !p.adjacency) {
        const g = totals[t] / totals[t - 1];
        v.rate = Math.max(v.rate, Math.abs(a - g * officers[(t - 1) * n + z]) - maxChange);
      }
    }
    v.totals = Math.max(v.totals, Math.abs(sum - totals[t]));
  }
  return v;
}

/**
 * Whether an allocation keeps the mutual-aid constraints, checked independently of the flow solver:
 * the LP with every A fixed to the allocation must be feasible for HiGHS (tolerance 1e-10) and its
 * optimum is then the allocation's deviation. Returns that optimum, or null when infeasible.
 */
export async function fixedAllocationObjective(p: SmoothedProblem, officers: Float64Array, lp: LpSolver): Promise<number | null> {
  const { lp: program } = smoothedProgram(p);
  const zones = allocatedZones(p.allocated);
  const m = zones.length;
  for (let t = 0; t < p.totals.length; t++) {
    for (let j = 0; j < m; j++) {
      const a = officers[t * p.n + zones[j]];
      program.colLower[t * m + j] = a;
      program.colUpper[t * m + j] = a;
    }
  }
  const r = await lp(program);
  return r.status === 'optimal' ? r.objective : null;
}
