import { waterfill, waterfillScratch, type WaterfillProblem } from './waterfill.ts';

export interface FollowDemandResult {
  /** Officers per zone and slot, continuous: out[slot * n + z]. */
  officers: Float64Array;
  /**
   * Officers per unit of demand for the zones not held at a floor or cap, per slot; NaN in a slot
   * where every zone with demand is at its cap and the rest went to zones without demand.
   */
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
    const problem = { d: demand, offset: s * n, n, lo, hi, total: totals[s] };
    try {
      hint = waterfill(problem, out, s * n, hint, scratch);
      lambda[s] = hint;
    } catch (e) {
      // Only officers that zones with demand have no room for are handled here; anything else rethrows.
      if (!(e instanceof RangeError) || roomWhereDemandIs(problem) >= totals[s]) throw e;
      spillToZonesWithoutDemand(problem, out);
      lambda[s] = NaN;
    }
  }
  return { officers: out, lambda };
}

/** Officers the slot can hold if zones without demand stay at their floors (Infinity without caps). */
function roomWhereDemandIs(p: WaterfillProblem): number {
  let room = 0;
  for (let z = 0; z < p.n; z++) room += p.d[p.offset + z] > 0 ? p.hi[z] : p.lo[z];
  return room;
}

/**
 * Every zone with demand is full (at its cap): the officers left over are shared equally between the
 * zones without demand, within their caps. Happens only when demand leaves zones at zero, e.g. a
 * footfall-only weighting and zones without stations.
 */
function spillToZonesWithoutDemand(p: WaterfillProblem, out: Float64Array): void {
  const { d, offset, n, lo, hi } = p;
  const equal = new Float64Array(n);
  const flo = new Float64Array(n);
  for (let z = 0; z < n; z++) {
    const full = d[offset + z] > 0;
    equal[z] = full ? 0 : 1;
    flo[z] = full ? hi[z] : lo[z];
  }
  waterfill({ d: equal, offset: 0, n, lo: flo, hi, total: p.total }, out, offset, 0);
}
