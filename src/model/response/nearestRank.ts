/**
 * The p-quantile of values[from, to) by the nearest-rank definition (the ceil(p m)-th smallest of m),
 * found in place by quickselect (Hoare's selection, median-of-three pivots). Reorders that range.
 * NaN for an empty range.
 */
export function nearestRank(values: Float32Array | Float64Array, from: number, to: number, p: number): number {
  const m = to - from;
  if (m <= 0) return NaN;
  const k = from + Math.min(m - 1, Math.max(0, Math.ceil(p * m) - 1));
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three as the pivot, kept at values[mid].
    if (values[mid] < values[lo]) swap(values, mid, lo);
    if (values[hi] < values[lo]) swap(values, hi, lo);
    if (values[hi] < values[mid]) swap(values, hi, mid);
    const pivot = values[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

function swap(a: Float32Array | Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
