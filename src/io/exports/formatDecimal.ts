/**
 * A number as plain decimal text, the same in every browser and in Node: no locale, no exponent
 * notation, never "-0". With `places`, exactly that many decimals (rounded as toFixed does); without,
 * the shortest text that reads back as the same number. Non-finite numbers give '' (an empty cell).
 */
export function formatDecimal(x: number, places?: number): string {
  if (!Number.isFinite(x)) return '';
  const text = places === undefined ? shortest(x) : fixed(x, places);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function fixed(x: number, places: number): string {
  // toFixed switches to exponent notation from 1e21, where every double is an integer anyway.
  if (Math.abs(x) < 1e21) return x.toFixed(places);
  return BigInt(x).toString() + (places > 0 ? `.${'0'.repeat(places)}` : '');
}

function shortest(x: number): string {
  const text = String(x);
  const e = text.indexOf('e');
  if (e < 0) return text;
  // Exponent form: from 1e21 every double is an integer, which BigInt writes out exactly.
  if (Math.abs(x) >= 1) return BigInt(x).toString();
  const sign = x < 0 ? '-' : '';
  const digits = text.slice(sign.length, e).replace('.', '');
  return `${sign}0.${'0'.repeat(-Number(text.slice(e + 1)) - 1)}${digits}`;
}
