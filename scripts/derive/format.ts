/** Locale-independent number formatting for derived files and reports. */

/** Integer with comma thousands separators, e.g. -60135 -> "-60,135". */
export function thousands(n: number): string {
  if (!Number.isInteger(n)) throw new Error(`thousands: ${n} is not an integer`);
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Signed integer with thousands separators, e.g. "+114,659". */
export function signedThousands(n: number): string {
  return (n > 0 ? '+' : '') + thousands(n);
}

/** Fixed decimals without a negative zero. */
export function fixed(n: number, digits: number): string {
  if (!Number.isFinite(n)) throw new Error(`fixed: ${n} is not finite`);
  const s = n.toFixed(digits);
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/** A whole count as a plain decimal string. */
export function int(n: number): string {
  if (!Number.isInteger(n)) throw new Error(`int: ${n} is not an integer`);
  return String(n);
}

/** Percentage with the given decimals, e.g. 0.4065 -> "40.65%". */
export function percent(fraction: number, digits: number): string {
  return `${fixed(fraction * 100, digits)}%`;
}
