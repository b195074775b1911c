import { atWorkAt, commuteScale, inCommuters, type CommutePhase } from './commutePhase.ts';
import type { Dataset } from './dataset.ts';
import { SLOTS_PER_DAY, SLOTS_PER_WEEK, serviceDayTypeIndex } from './time.ts';

/**
 * Commuters at work in each zone, A[slot * n + zone] = k(t) x in-commuters x a_z(t): the arrivals term
 * of presence.ts, so a zone's people present minus this is its residents at home.
 */
export function arrivedCommuters(data: Dataset, phase: CommutePhase): Float64Array {
  const n = data.zones.count;
  const inflow = inCommuters(data);
  const out = new Float64Array(SLOTS_PER_WEEK * n);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    const t = serviceDayTypeIndex(s);
    const k = phase.dayScale[t];
    const q = s % SLOTS_PER_DAY;
    const row = s * n;
    for (let z = 0; z < n; z++) out[row + z] = k * inflow[z] * phase.atWork[(t * n + z) * SLOTS_PER_DAY + q];
  }
  return out;
}

/** The same for one zone and slot, given the zone's in-commuters and the number of zones n. */
export function arrivedCommutersAt(inflow: number, phase: CommutePhase, n: number, zone: number, slot: number): number {
  return commuteScale(phase, slot) * inflow * atWorkAt(phase, n, zone, slot);
}
