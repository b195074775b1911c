/**
 * Bounded proportional allocation ("water-filling"), solved exactly:
 *   A_z = clamp(lambda * D_z, L_z, U_z)  with  sum_z A_z = H.
 * It is the unique solution of  min sum A_z^2 / (2 D_z)  s.t.  sum A = H, L <= A <= U  (its KKT
 * conditions), which is how tests check it against HiGHS.
 *
 * S(lambda) = sum clamp(lambda D, L, U) is non-decreasing and piecewise linear, with breakpoints at
 * L_z / D_z and U_z / D_z. On the piece that holds the answer, S(lambda) = fixed + lambda * freeDemand,
 * so lambda = (H - fixed) / freeDemand exactly. Two ways to find that piece:
 * - Newton steps from a warm start (the previous slot's lambda): each step solves the line of the
 *   current piece; one or two passes usually land on the answer because demand changes little
 *   between 15-minute slots;
 * - if Newton leaves its bracket or stalls, a selection method (median of the breakpoints still inside
 *   the bracket, halving them each round, O(n) expected) that always ends on the exact piece.
 * The answer is accepted only when S(lambda) reproduces H to rounding error.
 */

export interface WaterfillProblem {
  /** Demand per zone (>= 0), read from d[offset .. offset + n). */
  d: Float64Array;
  offset: number;
  n: number;
  lo: Float64Array;
  hi: Float64Array;
  total: number;
}

export interface WaterfillScratch {
  idx: Int32Array;
  keys: Float64Array;
  /** Sums of the floors and caps, the same in every slot of a run (see boundSums). */
  sumLo: number;
  sumHi: number;
}

/** Scratch space for one run over many slots that share the same floors and caps. */
export function waterfillScratch(n: number, lo?: Float64Array, hi?: Float64Array): WaterfillScratch {
  let sumLo = NaN;
  let sumHi = NaN;
  if (lo && hi) {
    sumLo = 0;
    sumHi = 0;
    for (let z = 0; z < n; z++) {
      sumLo += lo[z];
      sumHi += hi[z];
    }
  }
  return { idx: new Int32Array(n), keys: new Float64Array(2 * n), sumLo, sumHi };
}

const NEWTON_STEPS = 8;

/**
 * Writes A into out[outOffset .. outOffset + n) and returns lambda. Throws if H is outside
 * [sum L, sum U] (zones without demand count at their floor).
 *
 * Fast path, for H strictly between the bounds' sums: Newton from the hint, writing clamp(lambda D)
 * as it goes, so the pass that proves lambda has also written the answer. Anything else (a total at a
 * bound, Newton leaving its bracket) takes the careful path, which checks feasibility first.
 */
export function waterfill(
  p: WaterfillProblem,
  out: Float64Array,
  outOffset: number,
  lambdaHint: number,
  scratch: WaterfillScratch = waterfillScratch(p.n, p.lo, p.hi),
): number {
  const { d, offset, n, total } = p;
  const tol = 1e-11 * Math.max(1, total);
  if (total > scratch.sumLo + tol && total < scratch.sumHi - tol) {
    let start = lambdaHint;
    if (!(lambdaHint > 0 && Number.isFinite(lambdaHint))) {
      let sumD = 0;
      for (let z = 0; z < n; z++) sumD += d[offset + z];
      start = total / sumD;
    }
    const lambda = newton(p, start, tol, out, outOffset);
    if (!Number.isNaN(lambda)) return lambda;
  }
  return careful(p, out, outOffset, lambdaHint, scratch, tol);
}

function careful(p: WaterfillProblem, out: Float64Array, outOffset: number, lambdaHint: number, scratch: WaterfillScratch, tol: number): number {
  const { d, offset, n, lo, hi, total } = p;
  let sumLo = 0;
  let sumHi = 0;
  let sumD = 0;
  for (let z = 0; z < n; z++) {
    sumLo += lo[z];
    // A zone without demand never rises above its floor.
    sumHi += d[offset + z] > 0 ? hi[z] : lo[z];
    sumD += d[offset + z];
  }
  if (total < sumLo - tol || total > sumHi + tol) {
    throw new RangeError(`cannot share ${total} between bounds adding up to ${sumLo}..${sumHi} (zones without demand count at their floor)`);
  }
  let lambda: number;
  if (total <= sumLo + tol) lambda = 0;
  else if (total >= sumHi - tol) lambda = Infinity;
  else {
    const start = lambdaHint > 0 && Number.isFinite(lambdaHint) ? lambdaHint : total / sumD;
    lambda = newton(p, start, tol, out, outOffset);
    if (!Number.isNaN(lambda)) return lambda;
    lambda = select(p, scratch, tol);
  }
  if (lambda === Infinity) {
    for (let z = 0; z < n; z++) out[outOffset + z] = d[offset + z] > 0 ? hi[z] : lo[z];
    return lambda;
  }
  for (let z = 0; z < n; z++) {
    const v = lambda * d[offset + z];
    out[outOffset + z] = v <= lo[z] ? lo[z] : v >= hi[z] ? hi[z] : v;
  }
  return lambda;
}

/**
 * Newton on the piecewise-linear S, writing clamp(lambda D, L, U) on every pass; NaN when it cannot
 * prove it has found the answer (the caller then overwrites the output).
 */
function newton(p: WaterfillProblem, start: number, tol: number, out: Float64Array, outOffset: number): number {
  const { d, offset, n, lo, hi, total } = p;
  let lambda = start;
  let below = 0; // S(below) < H
  let above = Infinity; // S(above) > H
  for (let step = 0; step < NEWTON_STEPS; step++) {
    let fixed = 0;
    let free = 0;
    for (let z = 0; z < n; z++) {
      const dz = d[offset + z];
      const v = lambda * dz;
      const l = lo[z];
      const h = hi[z];
      if (v <= l) {
        fixed += l;
        out[outOffset + z] = l;
      } else if (v >= h) {
        fixed += h;
        out[outOffset + z] = h;
      } else {
        free += dz;
        out[outOffset + z] = v;
      }
    }
    const s = fixed + lambda * free;
    if (Math.abs(s - total) <= tol) return lambda;
    if (s < total) below = Math.max(below, lambda);
    else above = Math.min(above, lambda);
    if (free <= 0) return NaN;
    const next = (total - fixed) / free;
    if (!(next > below && next < above) || next === lambda) return NaN;
    lambda = next;
  }
  return NaN;
}

/** The selection method on its own, for tests and benchmarks that compare the two paths. */
export function waterfillLambdaBySelection(p: WaterfillProblem, scratch: WaterfillScratch = waterfillScratch(p.n, p.lo, p.hi)): number {
  return select(p, scratch, 1e-11 * Math.max(1, p.total));
}

/**
 * Exact selection method: keep a bracket [a, b] with S(a) <= H <= S(b) and the zones whose breakpoints
 * fall inside it; evaluate S at the median breakpoint and halve. Zones whose breakpoints all leave the
 * bracket become constants (at a bound) or part of the free demand, so each round costs O(remaining).
 */
function select(p: WaterfillProblem, scratch: WaterfillScratch, tol: number): number {
  const { d, offset, n, lo, hi, total } = p;
  const { idx, keys } = scratch;
  let fixed = 0;
  let free = 0;
  let m = 0;
  for (let z = 0; z < n; z++) {
    if (d[offset + z] > 0) idx[m++] = z;
    else fixed += lo[z];
  }
  let a = 0;
  let b = Infinity;
  for (;;) {
    // Zones whose breakpoints all lie outside (a, b) are at a bound, or free, across the whole bracket.
    let kept = 0;
    for (let j = 0; j < m; j++) {
      const z = idx[j];
      const t1 = lo[z] / d[offset + z];
      const t2 = hi[z] / d[offset + z];
      if (t2 <= a) fixed += hi[z];
      else if (t1 >= b) fixed += lo[z];
      else if (t1 <= a && t2 >= b) free += d[offset + z];
      else idx[kept++] = z;
    }
    m = kept;
    if (m === 0) break;
    // Every zone kept has a breakpoint strictly inside the bracket.
    let k = 0;
    for (let j = 0; j < m; j++) {
      const z = idx[j];
      const t1 = lo[z] / d[offset + z];
      const t2 = hi[z] / d[offset + z];
      if (t1 > a && t1 < b) keys[k++] = t1;
      if (t2 > a && t2 < b) keys[k++] = t2;
    }
    const mid = quickselect(keys, k, k >> 1);
    let s = fixed + mid * free;
    for (let j = 0; j < m; j++) {
      const z = idx[j];
      const v = mid * d[offset + z];
      s += v <= lo[z] ? lo[z] : v >= hi[z] ? hi[z] : v;
    }
    if (Math.abs(s - total) <= tol) return mid;
    if (s < total) a = mid;
    else b = mid;
  }
  return free > 0 ? (total - fixed) / free : a;
}

/** k-th smallest of keys[0..len) (Hoare selection; reorders keys). */
function quickselect(keys: Float64Array, len: number, k: number): number {
  let left = 0;
  let right = len - 1;
  while (right > left) {
    const pivot = keys[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (keys[i] < pivot) i++;
      while (keys[j] > pivot) j--;
      if (i <= j) {
        const t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return keys[k];
  }
  return keys[k];
}
