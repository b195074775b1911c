import {
  PROFILE_DAY_TYPES, TOTAL_SATURDAY_IN, TOTAL_SATURDAY_OUT, TOTAL_SUNDAY_IN, TOTAL_SUNDAY_OUT, TOTAL_WEEKDAY_IN, TOTAL_WEEKDAY_OUT, TOTALS_STRIDE,
  type Stations,
} from '../src/model/dataset.ts';
import type { Prng } from './prng.ts';

const SLOTS = 96;
const AM_PEAK = 34; // 08:30
const PM_PEAK = 70; // 17:30

/**
 * About one station per 10 zones (at least 3), half of them in or next to a centre. Weekday profiles
 * have AM and PM peaks: at a workplace station people leave the train (exits, "out") in the morning and
 * board it ("in") in the evening; at a home station the reverse. The network is shut 01:30 to 05:00.
 * A few stations have no profile (daily totals only) or no weekend totals (NaN).
 */
export function syntheticStations(
  n: number,
  centres: Int32Array,
  neighbourOf: (z: number) => number,
  labelLon: Float64Array,
  labelLat: Float64Array,
  rnd: Prng,
): Stations {
  const count = Math.max(3, Math.round(n / 10));
  const zone = new Int32Array(count);
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  // Mon-Thu profiles only (the first of PROFILE_DAY_TYPES blocks): other day types repeat their shape.
  const totals = new Float64Array(count * TOTALS_STRIDE).fill(NaN);
  const profileIn = new Float32Array(PROFILE_DAY_TYPES * count * SLOTS);
  const profileOut = new Float32Array(PROFILE_DAY_TYPES * count * SLOTS);
  const hasProfile = new Uint8Array(PROFILE_DAY_TYPES * count);
  for (let i = 0; i < count; i++) {
    const central = i < centres.length || rnd.next() < 0.5;
    const c = centres[i % centres.length];
    const z = i < centres.length ? c : central ? neighbourOf(c) : rnd.int(n);
    zone[i] = z;
    lon[i] = labelLon[z] + (rnd.next() - 0.5) * 1e-3;
    lat[i] = labelLat[z] + (rnd.next() - 0.5) * 1e-3;
    const size = 20000 * Math.exp(0.8 * rnd.normal()) * (central ? 3 : 1);
    let sumIn = 0;
    let sumOut = 0;
    for (let q = 0; q < SLOTS; q++) {
      const am = peakShape(q, AM_PEAK);
      const pm = peakShape(q, PM_PEAK);
      const base = q >= 6 && q < 20 ? 0 : 0.12;
      const vIn = (size / 30) * (base + (central ? pm : am));
      const vOut = (size / 30) * (base + (central ? am : pm));
      profileIn[i * SLOTS + q] = vIn;
      profileOut[i * SLOTS + q] = vOut;
      sumIn += vIn;
      sumOut += vOut;
    }
    hasProfile[i] = rnd.next() < 0.85 ? 1 : 0;
    if (!hasProfile[i]) {
      profileIn.fill(0, i * SLOTS, (i + 1) * SLOTS);
      profileOut.fill(0, i * SLOTS, (i + 1) * SLOTS);
    }
    const t = i * TOTALS_STRIDE;
    const sat = 0.55 + 0.2 * rnd.next();
    const sun = 0.4 + 0.15 * rnd.next();
    const noWeekend = rnd.next() < 0.05;
    totals[t + TOTAL_WEEKDAY_IN] = sumIn;
    totals[t + TOTAL_WEEKDAY_OUT] = sumOut;
    totals[t + TOTAL_SATURDAY_IN] = noWeekend ? NaN : sat * sumIn;
    totals[t + TOTAL_SATURDAY_OUT] = noWeekend ? NaN : sat * sumOut;
    totals[t + TOTAL_SUNDAY_IN] = noWeekend ? NaN : sun * sumIn;
    totals[t + TOTAL_SUNDAY_OUT] = noWeekend ? NaN : sun * sumOut;
  }
  const ids = Array.from({ length: count }, (_, i) => `S${i}`);
  return { count, ids, names: ids.map((id) => `Station ${id}`), lon, lat, zone, totals, profileIn, profileOut, hasProfile };
}

/** A peak about an hour and a half wide (sd 4 slots) centred on slot `at`. */
function peakShape(q: number, at: number): number {
  const x = (q - at) / 4;
  return Math.exp(-0.5 * x * x);
}
