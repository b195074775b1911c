import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../src/io/parseCsv.ts';

interface Parsed {
  header: string[];
  headerLine: number;
  rows: { fields: string[]; line: number }[];
  problems: string[];
  progress: number[];
}

function parse(text: string): Parsed {
  const out: Parsed = { header: [], headerLine: 0, rows: [], problems: [], progress: [] };
  parseCsv(text, {
    header(fields, line) {
      out.header = fields;
      out.headerLine = line;
      return true;
    },
    row: (fields, line) => out.rows.push({ fields, line }),
    problem: (line, message) => out.problems.push(`line ${line}: ${message}`),
    progress: (f) => out.progress.push(f),
  });
  return out;
}

describe('parseCsv', () => {
  it('reads a header and rows with true line numbers', () => {
    const p = parse('a,b\n1,2\n3,4\n');
    expect(p.header).toEqual(['a', 'b']);
    expect(p.headerLine).toBe(1);
    expect(p.rows).toEqual([{ fields: ['1', '2'], line: 2 }, { fields: ['3', '4'], line: 3 }]);
    expect(p.problems).toEqual([]);
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(parse('\uFEFFzone_id,residents\nA,1').header).toEqual(['zone_id', 'residents']);
  });

  it('handles CRLF line ends', () => {
    const p = parse('a,b\r\n1,2\r\n3,4\r\n');
    expect(p.rows).toEqual([{ fields: ['1', '2'], line: 2 }, { fields: ['3', '4'], line: 3 }]);
  });

  it('detects semicolons from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('"x;y;z",b,c\n')).toBe(',');
    const p = parse('a;b\n1,5;2\n');
    expect(p.header).toEqual(['a', 'b']);
    expect(p.rows[0].fields).toEqual(['1,5', '2']);
  });

  it('skips empty lines and delimiter-only lines but keeps counting them', () => {
    const p = parse('\na,b\n\n1,2\n , \n,\n3,4\n\n');
    expect(p.headerLine).toBe(2);
    expect(p.rows.map((r) => r.line)).toEqual([4, 7]);
  });

  it('counts lines inside quoted values', () => {
    const p = parse('a,b\n1,"two\nlines"\n3,4\n');
    expect(p.rows).toEqual([{ fields: ['1', 'two\nlines'], line: 2 }, { fields: ['3', '4'], line: 4 }]);
  });

  it('reports an unclosed quote with its line', () => {
    const p = parse('a,b\n1,2\n3,"4\n');
    expect(p.problems).toEqual(['line 3: a quoted value is never closed (unmatched ")']);
  });

  it('stops when the header handler says so', () => {
    let rows = 0;
    parseCsv('a\n1\n2\n', { header: () => false, row: () => rows++, problem: () => {} });
    expect(rows).toBe(0);
  });

  it('reports progress from 0 to 1, rising, across chunks of a big text', () => {
    const text = 'a,b\n' + '12345,67890\n'.repeat(300_000);
    const p = parse(text);
    expect(p.rows.length).toBe(300_000);
    expect(p.rows[299_999].line).toBe(300_001);
    expect(p.progress[0]).toBe(0);
    expect(p.progress[p.progress.length - 1]).toBe(1);
    expect(p.progress.length).toBeGreaterThan(10);
    expect(p.progress.every((f, i) => i === 0 || f >= p.progress[i - 1])).toBe(true);
  });

  it('round-trips any table papaparse writes, with either delimiter and line end', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', ';', '"', '\n', 'é'), maxLength: 6 });
    const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 5 })).chain(([cols, rows]) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows + 1, maxLength: rows + 1 }),
    );
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), (t, delimiter, newline) => {
        // Keep the header plain (the delimiter is detected from it) and skip rows the parser drops as blank.
        const header = t[0].map((_, i) => `col${i}`);
        const body = t.slice(1).filter((r) => r.some((c) => c.trim() !== ''));
        const text = Papa.unparse([header, ...body], { delimiter, newline, quotes: true });
        const p = parse(text);
        expect(p.header).toEqual(header);
        expect(p.rows.map((r) => r.fields)).toEqual(body);
        expect(p.problems).toEqual([]);
      }),
    );
  });
});
