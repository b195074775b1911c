const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A head count with thousands separators and a true minus sign: 306995 -> "306,995". */
export function formatCount(value: number): string {
  const rounded = Math.round(value);
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  const digits = grouped.format(Math.abs(rounded));
  return rounded < 0 ? `\u2212${digits}` : digits;
}

/** A change with an explicit sign: -60730 -> "−60,730", 100000 -> "+100,000", 0 -> "0". */
export function formatSignedCount(value: number): string {
  const text = formatCount(value);
  return Math.round(value) > 0 ? `+${text}` : text;
}
