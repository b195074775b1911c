import type { Dataset } from './dataset.ts';
import { commutePhase, type CommutePhase } from './commutePhase.ts';
import { DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK, dayType } from './time.ts';

const DAY_TYPE_INDEX = { weekday: 0, saturday: 1, sunday: 2 } as const;

/**
 * People present P[slot * n + zone] for every 15-minute slot of the week.
 *
 * Every commuter (a flow from home zone o to work zone d) is at work with the destination's
 * at-work fraction a_d(t) and at home otherwise, so
 *   P_z(t) = R_z + k(day) * ( sum_o F_oz a_z(t) - sum_d F_zd a_d(t) ),
 * which is R_z when nobody is at work and the Census workday population when everyone is. Each person
 * is counted exactly once, so London's total changes only by commuters from and to outside the map.
 * Weekends repeat the weekday shape with k(day) from station counts (docs/model.md).
 */
export function presence(data: Dataset, phase: CommutePhase = commutePhase(data)): Float64Array {
  const n = data.zones.count;
  const day = weekdayPresence(data, phase);
  const out = new Float64Array(SLOTS_PER_WEEK * n);
  for (let d = 0; d < DAYS.length; d++) {
    const k = phase.dayScale[DAY_TYPE_INDEX[dayType(d)]];
    const base = d * SLOTS_PER_DAY * n;
    if (k === 1) {
      out.set(day, base);
      continue;
    }
    for (let i = 0; i < SLOTS_PER_DAY * n; i++) {
      const r = data.residents[i % n];
      out[base + i] = r + k * (day[i] - r);
    }
  }
  return out;
}

/** Presence over one typical weekday: P[q * n + z] for q = 0..95. */
export function weekdayPresence(data: Dataset, phase: CommutePhase): Float64Array {
  const n = data.zones.count;
  const { origin, destination, count } = data.flows;
  const out = new Float64Array(SLOTS_PER_DAY * n);
  for (let q = 0; q < SLOTS_PER_DAY; q++) {
    const row = q * n;
    out.set(data.residents, row);
    const outside = phase.overall[q];
    for (let i = 0; i < count.length; i++) {
      const o = origin[i];
      const d = destination[i];
      if (o === d) continue;
      const moved = count[i] * (d < n ? phase.atWork[d * SLOTS_PER_DAY + q] : outside);
      if (o < n) out[row + o] -= moved;
      if (d < n) out[row + d] += moved;
    }
  }
  return out;
}
