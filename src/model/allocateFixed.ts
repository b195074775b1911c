/**
 * Today's territorial model: every allocated zone keeps the same share of the officers on duty,
 * all day. out[slot * n + z] = shares[z] * totals[slot].
 */
export function allocateFixed(shares: Float64Array, totals: ArrayLike<number>, out = new Float64Array(shares.length * totals.length)): Float64Array {
  const n = shares.length;
  for (let s = 0; s < totals.length; s++) {
    const h = totals[s];
    for (let z = 0, i = s * n; z < n; z++, i++) out[i] = shares[z] * h;
  }
  return out;
}
