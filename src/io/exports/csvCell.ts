import { formatDecimal } from './formatDecimal.ts';

/** Text that a spreadsheet would read as a formula (or DDE command) when it starts a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell per RFC 4180. Text that could start a spreadsheet formula gets a leading apostrophe,
 * so a zone named "=HYPERLINK(...)" is shown, not run (OWASP "CSV injection"); the apostrophe is kept
 * inside the quotes so it survives parsing. Numbers are written as plain decimals and never altered:
 * a change of -53 stays -53.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return formatDecimal(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Joins a header and rows of cells that are already CSV text (see csvCell) into a file: comma
 * separated, LF line ends, a newline after the last row.
 */
export function csvDocument(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.join(','));
  return `${lines.join('\n')}\n`;
}
