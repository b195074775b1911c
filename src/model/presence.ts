import type { Dataset } from './dataset.ts';
import { commutePhase, type CommutePhase } from './commutePhase.ts';
import { SLOTS_PER_DAY, SLOTS_PER_WEEK, DAY_TYPES, serviceDayTypeIndex } from './time.ts';

/**
 * People present P[slot * n + zone] for every 15-minute slot of the week.
 *
 * Every commuter (a flow from home zone o to work zone d) is at work with the destination's
 * at-work fraction a_d(t) and at home otherwise, so
 *   P_z(t) = R_z + k(t) * ( sum_o F_oz a_z(t) - sum_d F_zd a_d(t) ),
 * which is R_z when nobody is at work and the Census workday population when everyone is. Each person
 * is counted exactly once, so London's total changes only by commuters from and to outside the map.
 * Each day type (Mon-Thu, Friday, Saturday, Sunday) has its own curves and k; a slot before 05:00 belongs
 * to the previous day's counting day (docs/model.md).
 */
export function presence(data: Dataset, phase: CommutePhase = commutePhase(data)): Float64Array {
  const n = data.zones.count;
  const r = data.residents;
  // A day type without curves of its own shares Mon-Thu's, and so its full-strength day.
  const own = DAY_TYPES.map((_, t) => (t === 0 || phase.ownShape[t] ? dayTypePresence(data, phase, t) : null));
  const days = own.map((d) => d ?? own[0]!);
  const out = new Float64Array(SLOTS_PER_WEEK * n);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    const t = serviceDayTypeIndex(s);
    const k = phase.dayScale[t];
    const day = days[t];
    const row = (s % SLOTS_PER_DAY) * n;
    const base = s * n;
    for (let z = 0; z < n; z++) out[base + z] = r[z] + k * (day[row + z] - r[z]);
  }
  return out;
}

/**
 * Presence over the 96 columns of day type t (index into DAY_TYPES) at full commuting strength:
 * P[q * n + z]. Each flow's 96-slot curve is added into zone-major rows (contiguous, so large datasets stay
 * in cache), then transposed to slot-major.
 */
export function dayTypePresence(data: Dataset, phase: CommutePhase, t: number): Float64Array {
  const n = data.zones.count;
  const Q = SLOTS_PER_DAY;
  const { origin, destination, count } = data.flows;
  const atWork = phase.atWork.subarray(t * n * Q, (t + 1) * n * Q);
  const overall = phase.overall.subarray(t * Q, (t + 1) * Q);
  const byZone = new Float64Array(n * Q);
  for (let z = 0; z < n; z++) byZone.fill(data.residents[z], z * Q, (z + 1) * Q);
  for (let i = 0; i < count.length; i++) {
    const o = origin[i];
    const d = destination[i];
    if (o === d) continue;
    const c = count[i];
    const curve = d < n ? atWork.subarray(d * Q, (d + 1) * Q) : overall;
    if (o < n) for (let q = 0, j = o * Q; q < Q; q++, j++) byZone[j] -= c * curve[q];
    if (d < n) for (let q = 0, j = d * Q; q < Q; q++, j++) byZone[j] += c * curve[q];
  }
  return transpose(byZone, n, Q);
}

/** rows x cols (row-major) to cols x rows, in 64 x 64 blocks. */
function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(a.length);
  const B = 64;
  for (let r0 = 0; r0 < rows; r0 += B) {
    const r1 = Math.min(rows, r0 + B);
    for (let c0 = 0; c0 < cols; c0 += B) {
      const c1 = Math.min(cols, c0 + B);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) out[c * rows + r] = a[r * cols + c];
    }
  }
  return out;
}
