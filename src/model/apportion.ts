/**
 * Whole officers from a continuous allocation by largest-remainder (Hamilton) apportionment:
 * every zone gets the whole part of its share, then the officers left over go one each to the zones
 * with the largest fractional parts (ties to the lower zone index, so results are deterministic).
 * With whole-number bounds L <= A <= U the result keeps them: floor(A) >= L, and a zone with a
 * fractional part has floor(A) + 1 <= U. The slot total is kept exactly.
 *
 * The k largest remainders are found in linear time: remainders are counted into BUCKETS equal-width
 * buckets, whole buckets above the threshold are taken, and only the threshold bucket is sorted.
 */
const BUCKETS = 1024;
const EPS = 1e-9;

export interface ApportionScratch {
  rem: Float64Array;
  counts: Int32Array;
  members: Int32Array;
}

export function apportionScratch(n: number): ApportionScratch {
  return { rem: new Float64Array(n), counts: new Int32Array(BUCKETS), members: new Int32Array(n) };
}

export function apportion(
  a: Float64Array,
  offset: number,
  n: number,
  total: number,
  lo: Float64Array,
  hi: Float64Array,
  out: Int32Array,
  outOffset: number,
  scratch: ApportionScratch = apportionScratch(n),
): void {
  const { rem } = scratch;
  let assigned = 0;
  for (let z = 0; z < n; z++) {
    const v = a[offset + z];
    let f = Math.floor(v + EPS);
    if (f < lo[z]) f = lo[z];
    if (f > hi[z]) f = hi[z];
    out[outOffset + z] = f;
    const r = v - f;
    rem[z] = r < 0 ? 0 : r >= 1 ? 1 - EPS : r;
    assigned += f;
  }
  let k = total - assigned;
  if (k > 0) giveToLargest(k, n, lo, hi, out, outOffset, scratch, 1);
  else if (k < 0) {
    // Only reachable through rounding of inputs that sum a hair above the total: take from the smallest.
    for (let z = 0; z < n; z++) rem[z] = 1 - EPS - rem[z];
    giveToLargest(-k, n, lo, hi, out, outOffset, scratch, -1);
  }
}

function giveToLargest(
  k: number,
  n: number,
  lo: Float64Array,
  hi: Float64Array,
  out: Int32Array,
  outOffset: number,
  scratch: ApportionScratch,
  sign: 1 | -1,
): void {
  const { rem, counts, members } = scratch;
  counts.fill(0);
  const eligible = (z: number) => (sign > 0 ? out[outOffset + z] < hi[z] : out[outOffset + z] > lo[z]);
  let available = 0;
  for (let z = 0; z < n; z++) {
    if (!eligible(z)) continue;
    counts[Math.floor(rem[z] * BUCKETS)]++;
    available++;
  }
  if (available < k) throw new RangeError(`cannot place ${k} more whole officers within the bounds`);
  let above = 0;
  let t = BUCKETS - 1;
  while (above + counts[t] < k) above += counts[t--];
  let m = 0;
  for (let z = 0; z < n; z++) {
    if (!eligible(z)) continue;
    const b = Math.floor(rem[z] * BUCKETS);
    if (b > t) out[outOffset + z] += sign;
    else if (b === t) members[m++] = z;
  }
  const tied = Array.from(members.subarray(0, m)).sort((x, y) => rem[y] - rem[x] || x - y);
  for (let j = 0; j < k - above; j++) out[outOffset + tied[j]] += sign;
}
