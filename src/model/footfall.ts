import type { Dataset } from './dataset.ts';
import {
  TOTAL_SATURDAY_IN, TOTAL_SATURDAY_OUT, TOTAL_SUNDAY_IN, TOTAL_SUNDAY_OUT, TOTAL_WEEKDAY_IN, TOTAL_WEEKDAY_OUT, TOTALS_STRIDE,
} from './dataset.ts';
import { DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK, dayType } from './time.ts';

/**
 * Station footfall (entries plus exits) per zone and slot: F[slot * n + zone].
 * Weekdays use each station's observed 15-minute profile. Stations with daily totals but no profile take
 * the network's average shape. Saturdays and Sundays scale a station's weekday profile by its own
 * weekend-to-weekday ratio (the network's when it has none): RODS has no weekend profiles.
 */
export function footfall(data: Dataset): Float64Array {
  const n = data.zones.count;
  const st = data.stations;
  const out = new Float64Array(SLOTS_PER_WEEK * n);
  const shape = networkShape(data);
  const ratios = networkWeekendRatios(data);
  const profile = new Float64Array(SLOTS_PER_DAY);
  for (let i = 0; i < st.count; i++) {
    const z = st.zone[i];
    if (z < 0) continue;
    const t = i * TOTALS_STRIDE;
    const weekdayTotal = st.totals[t + TOTAL_WEEKDAY_IN] + st.totals[t + TOTAL_WEEKDAY_OUT];
    if (st.hasProfile[i]) {
      for (let q = 0; q < SLOTS_PER_DAY; q++) profile[q] = st.profileIn[i * SLOTS_PER_DAY + q] + st.profileOut[i * SLOTS_PER_DAY + q];
    } else if (weekdayTotal > 0) {
      for (let q = 0; q < SLOTS_PER_DAY; q++) profile[q] = shape[q] * weekdayTotal;
    } else continue;
    const sat = ratio(st.totals[t + TOTAL_SATURDAY_IN] + st.totals[t + TOTAL_SATURDAY_OUT], weekdayTotal, ratios[0]);
    const sun = ratio(st.totals[t + TOTAL_SUNDAY_IN] + st.totals[t + TOTAL_SUNDAY_OUT], weekdayTotal, ratios[1]);
    for (let d = 0; d < DAYS.length; d++) {
      const type = dayType(d);
      const k = type === 'weekday' ? 1 : type === 'saturday' ? sat : sun;
      const base = d * SLOTS_PER_DAY * n + z;
      for (let q = 0; q < SLOTS_PER_DAY; q++) out[base + q * n] += k * profile[q];
    }
  }
  return out;
}

function ratio(day: number, weekday: number, fallback: number): number {
  return weekday > 0 && Number.isFinite(day) ? day / weekday : fallback;
}

/** Average weekday shape over all profiled stations, summing to 1. */
function networkShape(data: Dataset): Float64Array {
  const st = data.stations;
  const shape = new Float64Array(SLOTS_PER_DAY);
  let total = 0;
  for (let i = 0; i < st.count; i++) {
    if (!st.hasProfile[i]) continue;
    for (let q = 0; q < SLOTS_PER_DAY; q++) {
      const v = st.profileIn[i * SLOTS_PER_DAY + q] + st.profileOut[i * SLOTS_PER_DAY + q];
      shape[q] += v;
      total += v;
    }
  }
  if (total === 0) shape.fill(1 / SLOTS_PER_DAY);
  else for (let q = 0; q < SLOTS_PER_DAY; q++) shape[q] /= total;
  return shape;
}

/** Saturday and Sunday footfall over weekday footfall across all stations with all three totals. */
function networkWeekendRatios(data: Dataset): [number, number] {
  const st = data.stations;
  let w = 0;
  let sat = 0;
  let sun = 0;
  for (let i = 0; i < st.count; i++) {
    const t = i * TOTALS_STRIDE;
    const a = st.totals[t + TOTAL_WEEKDAY_IN] + st.totals[t + TOTAL_WEEKDAY_OUT];
    const b = st.totals[t + TOTAL_SATURDAY_IN] + st.totals[t + TOTAL_SATURDAY_OUT];
    const c = st.totals[t + TOTAL_SUNDAY_IN] + st.totals[t + TOTAL_SUNDAY_OUT];
    if (!(a > 0) || !Number.isFinite(b) || !Number.isFinite(c)) continue;
    w += a;
    sat += b;
    sun += c;
  }
  return w > 0 ? [sat / w, sun / w] : [1, 1];
}
