const MINUS = '\u2212';
const formats = new Map<number, Intl.NumberFormat>();

function numberFormat(digits: number): Intl.NumberFormat {
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(digits, f);
  }
  return f;
}

/**
 * A number with thousands separators, a fixed number of decimals and a true minus sign; "not known"
 * for NaN or infinities: 306995 -> "306,995", -0.004 (2 digits) -> "0.00".
 */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'not known';
  const text = numberFormat(digits).format(Math.abs(value));
  // Rounded to zero shows no sign at all.
  return value < 0 && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
}

/** A change with an explicit sign: 126 -> "+126", -53 -> "−53", 0 -> "0". */
export function formatSigned(value: number, digits = 0): string {
  const text = formatNumber(value, digits);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** A share (0..1) as a percentage: 0.869 -> "86.9%". */
export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${formatNumber(share * 100, digits)}%` : 'not known';
}
