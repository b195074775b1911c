/**
 * What a cell must hold: a whole number >= 0 (people, crimes), any number >= 0 (profile counts),
 * or any finite number (coordinates).
 */
export type NumberKind = 'whole' | 'count' | 'signed';

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity)$/i;
const THOUSANDS = /^[+-]?\d{1,3}([,\s]\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/**
 * Reads a plain decimal ('12', '12.5', '1e3') as the docs define it. Number() alone is too forgiving:
 * it reads '' as 0 and '0x10' as 16.
 */
export function parseNumber(cell: string, kind: NumberKind): ParsedNumber {
  const text = cell.trim();
  const what = kind === 'whole' ? 'a whole number' : 'a number';
  const range = kind === 'signed' ? '' : ' >= 0';
  if (text === '') return { ok: false, message: `value is missing; expected ${what}${range}` };
  if (NOT_FINITE.test(text)) return { ok: false, message: `"${text}" is not a finite number` };
  if (!PLAIN.test(text)) {
    let hint = '';
    if (THOUSANDS.test(text)) hint = ' (leave out thousands separators)';
    else if (DECIMAL_COMMA.test(text)) hint = ' (use a point as the decimal mark)';
    return { ok: false, message: `"${text}" is not ${what}${hint}` };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is not a finite number` };
  if (value < 0 && kind !== 'signed') return { ok: false, message: `"${text}" is negative; expected ${what} >= 0` };
  if (kind === 'whole' && !Number.isInteger(value)) return { ok: false, message: `"${text}" is not a whole number` };
  return { ok: true, value: value === 0 ? 0 : value };
}
