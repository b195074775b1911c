/**
 * Whole officers from a continuous allocation by largest-remainder (Hamilton) apportionment:
 * every zone gets the whole part of its share, then the officers left over go one each to the zones
 * with the largest fractional parts (ties to the lower zone index, so results are deterministic).
 * With whole-number bounds L <= A <= U the result keeps them: floor(A) >= L, and a zone with a
 * fractional part has floor(A) + 1 <= U. The slot total is kept exactly.
 *
 * The k largest remainders are found in linear time: remainders are counted into equal-width buckets
 * (about one per zone, a power of two from 16 to 1,024) in the first pass, whole buckets above the
 * threshold are taken, and only the threshold bucket is sorted. Buckets only speed up the search;
 * which zones get an officer does not depend on how many there are.
 */
const MAX_BUCKETS = 1024;
const EPS = 1e-9;
/** Threshold buckets up to this size are insertion-sorted in place rather than copied and sorted. */
const SMALL_TIE = 48;

export interface ApportionScratch {
  rem: Float64Array;
  counts: Int32Array;
  members: Int32Array;
  /** Each zone's remainder bucket, or -1 when it cannot take another officer. */
  bucket: Int16Array;
}

export function apportionScratch(n: number): ApportionScratch {
  let buckets = 16;
  while (buckets < n && buckets < MAX_BUCKETS) buckets *= 2;
  return { rem: new Float64Array(n), counts: new Int32Array(buckets), members: new Int32Array(n), bucket: new Int16Array(n) };
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
  const { rem, counts, bucket } = scratch;
  const buckets = counts.length;
  counts.fill(0);
  let assigned = 0;
  let available = 0;
  for (let z = 0; z < n; z++) {
    const v = a[offset + z];
    let f = Math.floor(v + EPS);
    if (f < lo[z]) f = lo[z];
    if (f > hi[z]) f = hi[z];
    out[outOffset + z] = f;
    const r = v - f;
    const rz = r < 0 ? 0 : r >= 1 ? 1 - EPS : r;
    rem[z] = rz;
    assigned += f;
    if (f < hi[z]) {
      const b = Math.floor(rz * buckets);
      bucket[z] = b;
      counts[b]++;
      available++;
    } else bucket[z] = -1;
  }
  const k = total - assigned;
  if (k > 0) {
    if (available < k) throw new RangeError(`cannot place ${k} more whole officers within the bounds`);
    giveToLargest(k, n, out, outOffset, scratch, 1);
  } else if (k < 0) {
    // Only reachable through inputs that add up to a hair above the total: take from the smallest
    // remainders, among zones above their floor.
    counts.fill(0);
    available = 0;
    for (let z = 0; z < n; z++) {
      if (out[outOffset + z] > lo[z]) {
        rem[z] = 1 - EPS - rem[z];
        bucket[z] = Math.floor(rem[z] * buckets);
        counts[bucket[z]]++;
        available++;
      } else bucket[z] = -1;
    }
    if (available < -k) throw new RangeError(`cannot remove ${-k} whole officers within the bounds`);
    giveToLargest(-k, n, out, outOffset, scratch, -1);
  }
}

/** Adds `sign` to the k eligible zones (bucket >= 0) with the largest remainders. */
function giveToLargest(k: number, n: number, out: Int32Array, outOffset: number, scratch: ApportionScratch, sign: 1 | -1): void {
  const { rem, counts, members, bucket } = scratch;
  let above = 0;
  let t = counts.length - 1;
  while (above + counts[t] < k) above += counts[t--];
  let m = 0;
  for (let z = 0; z < n; z++) {
    const b = bucket[z];
    if (b > t) out[outOffset + z] += sign;
    else if (b === t) members[m++] = z;
  }
  const give = k - above;
  if (m <= SMALL_TIE) {
    // Insertion sort, largest remainder first; equal remainders keep index order.
    for (let i = 1; i < m; i++) {
      const z = members[i];
      const r = rem[z];
      let j = i - 1;
      while (j >= 0 && rem[members[j]] < r) {
        members[j + 1] = members[j];
        j--;
      }
      members[j + 1] = z;
    }
    for (let j = 0; j < give; j++) out[outOffset + members[j]] += sign;
    return;
  }
  const tied = Array.from(members.subarray(0, m)).sort((x, y) => rem[y] - rem[x] || x - y);
  for (let j = 0; j < give; j++) out[outOffset + tied[j]] += sign;
}
