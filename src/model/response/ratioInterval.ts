import { studentTQuantile } from './studentT.ts';

/**
 * A ratio of sums over R replications, sum(w_r) / sum(c_r) (for instance calls within target over
 * calls), with a two-sided interval from the ratio estimator's variance
 *   var = sum_r (w_r - ratio c_r)^2 / (R (R - 1) cbar^2),  half-width = t(level, R - 1) sqrt(var)
 * (the delta method; Cochran, Sampling Techniques, ch. 6), which copes with replications that have no
 * calls in a cell. Given the sums of c, w, c^2, w^2 and c w; clipped to [lo, hi]. NaN without calls,
 * and NaN bounds with fewer than two replications.
 */
export function ratioInterval(
  r: number, sc: number, sw: number, scc: number, sww: number, scw: number, tq: number, lo = 0, hi = 1,
): { ratio: number; low: number; high: number } {
  if (!(sc > 0)) return { ratio: NaN, low: NaN, high: NaN };
  const ratio = sw / sc;
  if (r < 2) return { ratio, low: NaN, high: NaN };
  const cbar = sc / r;
  const ss = Math.max(0, sww - 2 * ratio * scw + ratio * ratio * scc);
  const half = tq * Math.sqrt(ss / (r * (r - 1) * cbar * cbar));
  return { ratio, low: Math.max(lo, ratio - half), high: Math.min(hi, ratio + half) };
}

/** Mean of per-replication values with a two-sided t interval at `level` (e.g. 0.95). */
export function meanInterval(values: ArrayLike<number>, level = 0.95): { mean: number; low: number; high: number } {
  const r = values.length;
  let sum = 0;
  for (let i = 0; i < r; i++) sum += values[i];
  const mean = sum / r;
  if (r < 2) return { mean, low: NaN, high: NaN };
  let ss = 0;
  for (let i = 0; i < r; i++) ss += (values[i] - mean) ** 2;
  const half = studentTQuantile((1 + level) / 2, r - 1) * Math.sqrt(ss / (r - 1) / r);
  return { mean, low: mean - half, high: mean + half };
}
