import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from '../time.ts';

/** Saturday and Sunday, whose first hours after midnight get the weekend-night factor. */
const WEEKEND = [5, 6];
const NIGHT_HOURS = 4;

/**
 * Each slot's share of the week's calls (adding up to 1): hours[hour] x days[day], times
 * weekendNightScale from 00:00 to 04:00 on Saturday and Sunday mornings.
 */
export function callProfile(hours: readonly number[], days: readonly number[], weekendNightScale: number): Float64Array {
  const out = new Float64Array(SLOTS_PER_WEEK);
  let sum = 0;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    const day = Math.floor(s / SLOTS_PER_DAY);
    const hour = Math.floor((s % SLOTS_PER_DAY) / 4);
    const w = hours[hour] * days[day] * (WEEKEND.includes(day) && hour < NIGHT_HOURS ? weekendNightScale : 1);
    out[s] = w;
    sum += w;
  }
  for (let s = 0; s < SLOTS_PER_WEEK; s++) out[s] = sum > 0 ? out[s] / sum : 1 / SLOTS_PER_WEEK;
  return out;
}
