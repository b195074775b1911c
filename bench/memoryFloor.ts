/**
 * The memory-pass floor: read every demand value once and write one output array of the same size once.
 * No allocation can be faster than this on the same data, so each step is reported as a multiple of it.
 */
export function memoryFloor(demand: Float64Array, out: Float64Array): number {
  const len = demand.length;
  for (let i = 0; i < len; i++) out[i] = demand[i] * 0.5;
  return out[len >> 1];
}
