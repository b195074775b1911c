import { apportion, apportionScratch } from '../apportion.ts';

/**
 * Response units per zone and slot ([slot * n + zone]): each zone's officers not at events times the
 * response-unit share over the unit size, made whole by largest remainder within each slot. The slot's
 * force-wide total is that sum rounded to the nearest unit, and each zone gets the floor or the ceiling
 * of its own figure, so small zones (hexagons) are not all rounded down to no unit at all.
 */
export function responseUnits(
  officersWhole: Int32Array,
  eventOfficers: Int32Array,
  allocated: Uint8Array,
  n: number,
  share: number,
  unitSize: number,
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
    let sum = 0;
    for (let z = 0; z < n; z++) {
      const i = off + z;
      const v = allocated[z] ? (Math.max(0, officersWhole[i] - eventOfficers[i]) * share) / unitSize : 0;
      exact[i] = v;
      sum += v;
    }
    apportion(exact, off, n, Math.round(sum), lo, hi, out, off, scratch);
  }
  return out;
}
