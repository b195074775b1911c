/** A Markdown table; `right` marks the columns to align right (figures). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const rule = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [header, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** 30940 -> "30,940"; negative numbers with a minus sign. */
export function thousands(x: number, places = 0): string {
  const [whole, frac] = Math.abs(x).toFixed(places).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 && Number(Math.abs(x).toFixed(places)) !== 0 ? '−' : '';
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/** 0.86823 -> "86.8%". */
export function percent(x: number, places = 1): string {
  return `${(x * 100).toFixed(places)}%`;
}

/** A change in percentage points with its sign: "+3.5", "−1.2". */
export function points(x: number, places = 1): string {
  const v = Number((x * 100).toFixed(places));
  return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(places)}`;
}

/** A signed whole number: "+1,388", "−250", "0". */
export function signed(x: number, places = 0): string {
  const text = thousands(x, places);
  return Number(x.toFixed(places)) > 0 ? `+${text}` : text;
}
