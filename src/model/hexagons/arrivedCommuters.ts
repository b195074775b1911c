import type { CommutePhase } from '../commutePhase.ts';
import { inCommuters } from '../commutePhase.ts';
import type { Dataset } from '../dataset.ts';
import { DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK, dayType } from '../time.ts';

const DAY_TYPE_INDEX = { weekday: 0, saturday: 1, sunday: 2 } as const;

/**
 * Commuters at work in each zone, A[slot * n + zone] = k(day) × in-commuters × a_z(t): the arrivals term
 * of presence.ts, so a zone's people present minus this is its residents at home.
 */
export function arrivedCommuters(data: Dataset, phase: CommutePhase): Float64Array {
  const n = data.zones.count;
  const inflow = inCommuters(data);
  const out = new Float64Array(SLOTS_PER_WEEK * n);
  for (let d = 0; d < DAYS.length; d++) {
    const k = phase.dayScale[DAY_TYPE_INDEX[dayType(d)]];
    for (let q = 0; q < SLOTS_PER_DAY; q++) {
      const row = (d * SLOTS_PER_DAY + q) * n;
      for (let z = 0; z < n; z++) out[row + z] = k * inflow[z] * phase.atWork[z * SLOTS_PER_DAY + q];
    }
  }
  return out;
}
