import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/io/exports/csvCell.ts';
import { formatDecimal } from '../../../src/io/exports/formatDecimal.ts';

/** The single cell a spreadsheet or parser reads back from a one-cell CSV line. */
function readBack(cell: string): string {
  const parsed = Papa.parse<string[]>(`${cell}\n`, { delimiter: ',', newline: '\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data[0][0];
}

describe('csvCell', () => {
  it.each([
    ['=cmd', "'=cmd"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@a', "'@a"],
    ['\tb', "'\tb"],
    ['\rc', `"'\rc"`],
  ])('neutralises a text cell starting a formula: %j -> %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
    expect(readBack(cell)).toBe(`'${text}`);
  });

  it.each([
    ['Barnet', 'Barnet'],
    ['Hammersmith, Fulham', '"Hammersmith, Fulham"'],
    ['The "City"', '"The ""City"""'],
    ['two\nlines', '"two\nlines"'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('quotes only what RFC 4180 requires: %j -> %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('never alters numbers', () => {
    expect(csvCell(-53)).toBe('-53');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(1e21)).toBe('1000000000000000000000');
    expect(csvCell(-1.5e-7)).toBe('-0.00000015');
    expect(csvCell(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
    expect(csvCell(NaN)).toBe('');
  });

  it('reads back as the text, or the text behind an apostrophe when it could start a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", 'a', ' ', 'é') }), (text) => {
        const cell = csvCell(text);
        const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        // An empty line is no row at all, so the empty cell is checked on its own.
        if (text === '') expect(cell).toBe('');
        else expect(readBack(cell)).toBe(expected);
      }),
    );
  });
});

describe('formatDecimal', () => {
  it('writes fixed decimals without locale, exponent or "-0"', () => {
    expect(formatDecimal(1234567.891, 1)).toBe('1234567.9');
    expect(formatDecimal(12, 3)).toBe('12.000');
    expect(formatDecimal(-0.04, 1)).toBe('0.0');
    expect(formatDecimal(-0.4, 0)).toBe('0');
    expect(formatDecimal(-0, 2)).toBe('0.00');
    expect(formatDecimal(-2.5, 0)).toBe('-3');
    expect(formatDecimal(2e21, 1)).toBe('2000000000000000000000.0');
    expect(formatDecimal(Infinity, 1)).toBe('');
  });

  it('without places, writes the shortest text that reads back as the number, never in exponent form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }), (x) => {
        const text = formatDecimal(x);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(text).not.toMatch(/^-0(\.0*)?$/);
        expect(Number(text)).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
