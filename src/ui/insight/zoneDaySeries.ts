import { SLOTS_PER_DAY } from '../../engine/index.ts';
import type { ZoneWeek } from '../map/zoneWeek.ts';

/** One zone through one day: people present, officers in the scenario and in the fixed model, per slot. */
export interface ZoneDaySeries {
  present: Float64Array;
  officers: Float64Array;
  fixed: Float64Array;
}

/** What a zone's day is read from: a run on the dataset's zones, or on finer zones (a HexWeek). */
export type ZoneDayWeek = Pick<ZoneWeek, 'n' | 'present' | 'officersWhole' | 'fixedWhole'>;

export function zoneDaySeries(week: ZoneDayWeek, zone: number, day: number): ZoneDaySeries {
  const { n } = week;
  const present = new Float64Array(SLOTS_PER_DAY);
  const officers = new Float64Array(SLOTS_PER_DAY);
  const fixed = new Float64Array(SLOTS_PER_DAY);
  for (let q = 0; q < SLOTS_PER_DAY; q++) {
    const i = (day * SLOTS_PER_DAY + q) * n + zone;
    present[q] = week.present[i];
    officers[q] = week.officersWhole[i];
    fixed[q] = week.fixedWhole[i];
  }
  return { present, officers, fixed };
}

/** Largest value and the first slot where it occurs. */
export function peak(values: ArrayLike<number>): { value: number; at: number } {
  let at = 0;
  for (let q = 1; q < values.length; q++) if (values[q] > values[at]) at = q;
  return { value: values.length > 0 ? values[at] : NaN, at };
}

/** Smallest value and the first slot where it occurs. */
export function trough(values: ArrayLike<number>): { value: number; at: number } {
  let at = 0;
  for (let q = 1; q < values.length; q++) if (values[q] < values[at]) at = q;
  return { value: values.length > 0 ? values[at] : NaN, at };
}
