import { commuteScale, inCommuters, type CommutePhase } from './commutePhase.ts';
import type { Dataset } from './dataset.ts';
import { DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK, dayOfSlot } from './time.ts';

/**
 * Commuters at work in each zone, A[slot * n + zone] = k(day) x in-commuters x a_z(t): the arrivals term
 * of presence.ts, so a zone's people present minus this is its residents at home.
 */
export function arrivedCommuters(data: Dataset, phase: CommutePhase): Float64Array {
  const n = data.zones.count;
  const inflow = inCommuters(data);
  const out = new Float64Array(SLOTS_PER_WEEK * n);
  for (let d = 0; d < DAYS.length; d++) {
    const k = commuteScale(phase, d);
    for (let q = 0; q < SLOTS_PER_DAY; q++) {
      const row = (d * SLOTS_PER_DAY + q) * n;
      for (let z = 0; z < n; z++) out[row + z] = k * inflow[z] * phase.atWork[z * SLOTS_PER_DAY + q];
    }
  }
  return out;
}

/** The same for one zone and slot, given the zone's in-commuters. */
export function arrivedCommutersAt(inflow: number, phase: CommutePhase, zone: number, slot: number): number {
  return commuteScale(phase, dayOfSlot(slot)) * inflow * phase.atWork[zone * SLOTS_PER_DAY + (slot % SLOTS_PER_DAY)];
}
