import { waterfill, waterfillScratch } from './waterfill.ts';

export interface FollowDemandResult {
  /** Officers per zone and slot, continuous: out[slot * n + z]. */
  officers: Float64Array;
  /** Officers per unit of demand for the zones not held at a floor or cap, per slot. */
  lambda: Float64Array;
}

/**
 * Officers in proportion to demand within per-zone floors and caps, solved exactly slot by slot
 * (waterfill.ts), each slot warm-started from the previous slot's lambda.
 */
export function allocateFollowDemand(
  demand: Float64Array,
  n: number,
  lo: Float64Array,
  hi: Float64Array,
  totals: ArrayLike<number>,
  out = new Float64Array(demand.length),
): FollowDemandResult {
  const slots = totals.length;
  const lambda = new Float64Array(slots);
  const scratch = waterfillScratch(n, lo, hi);
  let hint = 0;
  for (let s = 0; s < slots; s++) {
    hint = waterfill({ d: demand, offset: s * n, n, lo, hi, total: totals[s] }, out, s * n, hint, scratch);
    lambda[s] = hint;
  }
  return { officers: out, lambda };
}
