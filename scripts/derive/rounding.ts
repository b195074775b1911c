/** Integer apportionment: split a whole count by weights so the parts are whole and sum exactly. */

/**
 * Largest-remainder (Hamilton) apportionment of `total` in proportion to integer `weights`.
 * Exact (BigInt) arithmetic; ties in the remainder go to the lower index, so the result is deterministic.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new Error(`largestRemainder: bad total ${total}`);
  const w = weights.map((x) => {
    if (!Number.isSafeInteger(x) || x < 0) throw new Error(`largestRemainder: bad weight ${x}`);
    return BigInt(x);
  });
  const sum = w.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new Error('largestRemainder: weights sum to zero');
  const t = BigInt(total);
  const parts = w.map((x) => (t * x) / sum);
  const remainders = w.map((x) => (t * x) % sum);
  let left = t - parts.reduce((a, b) => a + b, 0n);
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p));
}
