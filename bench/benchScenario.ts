import type { Dataset } from '../src/model/dataset.ts';
import type { DemandWeights } from '../src/model/demand.ts';
import { shiftSpec, supply } from '../src/model/supply.ts';
import { workdayPopulation } from '../src/model/workday.ts';

/** The parameters the bench runs every allocation with. */
export interface BenchScenario {
  n: number;
  weights: DemandWeights;
  /** Whole officers to share per slot (672). */
  totals: Int32Array;
  lo: Float64Array;
  hi: Float64Array;
  allocated: Uint8Array;
  /** Smoothed method: officers a zone may gain or lose per 15 minutes, moving only between neighbours. */
  maxChange: number;
}

/** Met officers per resident of London (30,940 officers, 8.17 million residents). */
const OFFICERS_PER_RESIDENT = 30940 / 8.17e6;
const CAPPED_SHARE = 0.03;

/**
 * Realistic parameters at any scale: Met-like headcount per resident, 40-hour weeks at 88.6% availability
 * on early, late and night shifts (supply.ts); floors of about 0.5 officers per 1,000 residents (rounded
 * to whole officers); caps on about 3% of zones (every tenth centre-like zone by workday population and a
 * seeded scatter) at 1.1 x their share of the mean officers on duty by workday population, so caps bind
 * in some slots; demand weights present 2, footfall 1, risk 1.
 */
export function benchScenario(data: Dataset): BenchScenario {
  const n = data.zones.count;
  let residents = 0;
  for (let z = 0; z < n; z++) residents += data.residents[z];
  const sup = supply({
    headcount: Math.round(residents * OFFICERS_PER_RESIDENT),
    availability: 0.886,
    hoursPerWeek: 40,
    shifts: [
      shiftSpec({ name: 'Early', start: '07:00', hours: 8, share: 0.35 }),
      shiftSpec({ name: 'Late', start: '15:00', hours: 8, share: 0.35 }),
      shiftSpec({ name: 'Night', start: '23:00', hours: 8, share: 0.3 }),
    ],
  });
  const lo = Float64Array.from(data.residents, (r) => Math.round((0.5 * r) / 1000));
  const hi = new Float64Array(n).fill(Infinity);
  const work = workdayPopulation(data);
  let workSum = 0;
  for (let z = 0; z < n; z++) workSum += work[z];
  let meanOnDuty = 0;
  for (const h of sup.onDuty) meanOnDuty += h / sup.onDuty.length;
  const step = Math.max(1, Math.round(1 / CAPPED_SHARE));
  for (let z = 0; z < n; z += step) {
    const j = (z + ((z * 7919) % step)) % n; // a deterministic scatter
    hi[j] = Math.max(lo[j] + 1, Math.floor((1.1 * meanOnDuty * work[j]) / workSum));
  }
  let floorSum = 0;
  for (let z = 0; z < n; z++) floorSum += lo[z];
  const minOnDuty = sup.onDuty.reduce((a, b) => Math.min(a, b), Infinity);
  if (floorSum > minOnDuty) throw new RangeError(`bench scenario infeasible: floors ${floorSum} > ${minOnDuty} on duty`);
  return {
    n,
    weights: { present: 2, footfall: 1, risk: 1 },
    totals: sup.onDuty,
    lo,
    hi,
    allocated: new Uint8Array(n).fill(1),
    maxChange: 15,
  };
}
