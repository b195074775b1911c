import type { Dataset } from './dataset.ts';
import { PROFILE_DAY_TYPES, TOTAL_IN_OF_DAY_TYPE, TOTAL_OUT_OF_DAY_TYPE, TOTALS_STRIDE } from './dataset.ts';
import { SLOTS_PER_DAY, SLOTS_PER_WEEK, serviceDayTypeIndex } from './time.ts';

const T = PROFILE_DAY_TYPES;

/**
 * Station footfall (entries plus exits) per zone and slot: F[slot * n + zone].
 * Each day type (Mon-Thu, Friday, Saturday, Sunday) uses a station's own 15-minute profile for that day
 * type. A station without one takes its Mon-Thu profile scaled by its own day-type to Mon-Thu total (the
 * network's ratio when it has none); a station with daily totals and no profile at all takes the network's
 * average shape of that day type. A slot before 05:00 belongs to the previous day's counting day.
 */
export function footfall(data: Dataset): Float64Array {
  const n = data.zones.count;
  const st = data.stations;
  const m = st.count;
  const out = new Float64Array(SLOTS_PER_WEEK * n);
  const shapes = networkShapes(data);
  const ratios = networkRatios(data);
  // day[t][q]: one station's footfall in column q of day type t.
  const day = new Float64Array(T * SLOTS_PER_DAY);
  for (let i = 0; i < m; i++) {
    const z = st.zone[i];
    if (z < 0 || !stationDay(data, i, shapes, ratios, day)) continue;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) out[s * n + z] += day[serviceDayTypeIndex(s) * SLOTS_PER_DAY + (s % SLOTS_PER_DAY)];
  }
  return out;
}

function total(data: Dataset, i: number, t: number): number {
  const b = i * TOTALS_STRIDE;
  return data.stations.totals[b + TOTAL_IN_OF_DAY_TYPE[t]] + data.stations.totals[b + TOTAL_OUT_OF_DAY_TYPE[t]];
}

/** Fills `day` with station i's footfall per day type and column; false when the station has no figures. */
function stationDay(data: Dataset, i: number, shapes: Float64Array, ratios: Float64Array, day: Float64Array): boolean {
  const st = data.stations;
  const m = st.count;
  const weekday = total(data, i, 0);
  const hasWeekday = st.hasProfile[i] === 1;
  if (!hasWeekday && !(weekday > 0) && ![1, 2, 3].some((t) => st.hasProfile[t * m + i])) return false;
  for (let t = 0; t < T; t++) {
    const row = (t * m + i) * SLOTS_PER_DAY;
    const target = t * SLOTS_PER_DAY;
    const dayTotal = total(data, i, t);
    if (st.hasProfile[t * m + i]) {
      for (let q = 0; q < SLOTS_PER_DAY; q++) day[target + q] = st.profileIn[row + q] + st.profileOut[row + q];
    } else if (hasWeekday) {
      const k = weekday > 0 && Number.isFinite(dayTotal) ? dayTotal / weekday : ratios[t];
      for (let q = 0; q < SLOTS_PER_DAY; q++) day[target + q] = k * (st.profileIn[i * SLOTS_PER_DAY + q] + st.profileOut[i * SLOTS_PER_DAY + q]);
    } else {
      const size = Number.isFinite(dayTotal) ? dayTotal : weekday > 0 ? weekday * ratios[t] : 0;
      for (let q = 0; q < SLOTS_PER_DAY; q++) day[target + q] = shapes[target + q] * size;
    }
  }
  return true;
}

/** Each day type's average shape over the stations profiled for it (Mon-Thu's where none are), summing to 1. */
function networkShapes(data: Dataset): Float64Array {
  const st = data.stations;
  const m = st.count;
  const shapes = new Float64Array(T * SLOTS_PER_DAY);
  for (let t = 0; t < T; t++) {
    let sum = 0;
    for (let i = 0; i < m; i++) {
      if (!st.hasProfile[t * m + i]) continue;
      const row = (t * m + i) * SLOTS_PER_DAY;
      for (let q = 0; q < SLOTS_PER_DAY; q++) {
        const v = st.profileIn[row + q] + st.profileOut[row + q];
        shapes[t * SLOTS_PER_DAY + q] += v;
        sum += v;
      }
    }
    if (sum > 0) for (let q = 0; q < SLOTS_PER_DAY; q++) shapes[t * SLOTS_PER_DAY + q] /= sum;
    else if (t > 0) shapes.copyWithin(t * SLOTS_PER_DAY, 0, SLOTS_PER_DAY);
    else shapes.fill(1 / SLOTS_PER_DAY, 0, SLOTS_PER_DAY);
  }
  return shapes;
}

/** Each day type's footfall over Mon-Thu footfall across the stations with both totals (1 where none have). */
function networkRatios(data: Dataset): Float64Array {
  const out = new Float64Array(T).fill(1);
  for (let t = 1; t < T; t++) {
    let w = 0;
    let d = 0;
    for (let i = 0; i < data.stations.count; i++) {
      const a = total(data, i, 0);
      const b = total(data, i, t);
      if (!(a > 0) || !Number.isFinite(b)) continue;
      w += a;
      d += b;
    }
    if (w > 0) out[t] = d / w;
  }
  return out;
}
