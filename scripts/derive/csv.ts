/** Small, deterministic CSV helpers for the derivation: read raw tables, write compact ones. */
import Papa from 'papaparse';

/** Parse CSV text into rows of raw string cells (no header handling, no trimming). */
export function parseCsv(text: string, label: string): string[][] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, { skipEmptyLines: true });
  if (result.errors.length > 0) {
    const e = result.errors[0];
    throw new Error(`${label}: CSV parse error at row ${e.row ?? '?'}: ${e.message}`);
  }
  return result.data;
}

/** A parsed table with a header, giving column lookup by (trimmed) name. */
export interface Table {
  label: string;
  header: string[];
  rows: string[][];
  /** Index of a column by its trimmed name; throws if it is missing. */
  col(name: string): number;
}

export function parseTable(text: string, label: string): Table {
  const all = parseCsv(text, label);
  if (all.length === 0) throw new Error(`${label}: empty file`);
  const header = all[0].map((h) => h.trim());
  const rows = all.slice(1);
  return {
    label,
    header,
    rows,
    col(name: string): number {
      const i = header.indexOf(name);
      if (i < 0) throw new Error(`${label}: column "${name}" not found (have: ${header.slice(0, 12).join(', ')}, ...)`);
      return i;
    },
  };
}

/** Parse a whole, non-negative integer; accepts thousands separators like "7,538". */
export function parseCount(raw: string, where: string): number {
  const s = raw.trim();
  const plain = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s;
  if (!/^\d+$/.test(plain)) throw new Error(`${where}: expected a whole number >= 0, found "${raw}"`);
  return Number(plain);
}

/** Parse a finite decimal number. */
export function parseDecimal(raw: string, where: string): number {
  const s = raw.trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`${where}: expected a decimal number, found "${raw}"`);
  return Number(s);
}

function quoteCell(cell: string): string {
  return /[",\n\r]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Render a CSV file: header plus rows, comma separated, LF line ends, trailing newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header.map(quoteCell).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`toCsv: row has ${row.length} cells, header ${header.length}`);
    lines.push(row.map(quoteCell).join(','));
  }
  return lines.join('\n') + '\n';
}

/** Compare strings by UTF-16 code units (locale independent, hence deterministic). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
