import { apportion, apportionScratch } from '../apportion.ts';
import type { CommandUnits } from './commandUnits.ts';

/**
 * Response units per zone and slot ([slot * n + zone]): each zone's officers not at events times the
 * response-unit share over the unit size, made whole by largest remainder within each slot, in two
 * steps: first over command units (each gets the floor or the ceiling of its zones' sum, and the slot's
 * force-wide total is that sum rounded), then within each command unit over its zones (each the floor
 * or the ceiling of its own figure). Rounding over all zones at once would let zones with large
 * remainders elsewhere take the units of a borough whose many small zones each hold a fraction of one.
 * Without `units` every zone is its own command unit.
 */
export function responseUnits(
  officersWhole: Int32Array,
  eventOfficers: Int32Array,
  allocated: Uint8Array,
  n: number,
  share: number,
  unitSize: number,
  units?: CommandUnits,
): Int32Array {
  const size = officersWhole.length;
  const slots = size / n;
  const exact = new Float64Array(size);
  const out = new Int32Array(size);
  const lo = new Float64Array(n);
  const hi = Float64Array.from(allocated, (a) => (a ? Infinity : 0));
  const scratch = apportionScratch(n);
  for (let s = 0; s < slots; s++) {
    const off = s * n;
    for (let z = 0; z < n; z++) {
      const i = off + z;
      exact[i] = allocated[z] ? (Math.max(0, officersWhole[i] - eventOfficers[i]) * share) / unitSize : 0;
    }
  }
  if (!units) {
    for (let s = 0; s < slots; s++) apportion(exact, s * n, n, Math.round(slotSum(exact, s * n, n)), lo, hi, out, s * n, scratch);
    return out;
  }
  const k = units.count;
  const { of, offsets, members } = units;
  const unitExact = new Float64Array(k);
  const unitWhole = new Int32Array(k);
  const unitLo = new Float64Array(k);
  const unitHi = new Float64Array(k);
  for (let z = 0; z < n; z++) if (allocated[z]) unitHi[of[z]] = Infinity;
  const unitScratch = apportionScratch(k);
  const part = new Float64Array(n);
  const partWhole = new Int32Array(n);
  const partLo = new Float64Array(n);
  const partHi = new Float64Array(n);
  for (let s = 0; s < slots; s++) {
    const off = s * n;
    unitExact.fill(0);
    for (let z = 0; z < n; z++) unitExact[of[z]] += exact[off + z];
    apportion(unitExact, 0, k, Math.round(slotSum(unitExact, 0, k)), unitLo, unitHi, unitWhole, 0, unitScratch);
    for (let u = 0; u < k; u++) {
      const from = offsets[u];
      const m = offsets[u + 1] - from;
      for (let j = 0; j < m; j++) {
        const z = members[from + j];
        part[j] = exact[off + z];
        partHi[j] = hi[z];
      }
      apportion(part, 0, m, unitWhole[u], partLo, partHi, partWhole, 0, scratch);
      for (let j = 0; j < m; j++) out[off + members[from + j]] = partWhole[j];
    }
  }
  return out;
}

function slotSum(a: Float64Array, off: number, n: number): number {
  let sum = 0;
  for (let z = 0; z < n; z++) sum += a[off + z];
  return sum;
}
