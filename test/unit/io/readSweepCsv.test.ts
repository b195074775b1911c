/** Reading a sweep's CSV back (the app's "Load sweep CSV"): what the writer wrote, or every problem by line and column. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweepCsv, type SweepRow } from '../../../src/io/exports/sweepCsv.ts';
import { formatProblem } from '../../../src/io/problem.ts';
import { readSweepCsv } from '../../../src/io/readSweepCsv.ts';

const HEAD = 'dissimilarity,gini,officer_hours_moved,unmet_officer_hours,erlang_share_within_target';
const M = { dissimilarity: 0.1, gini: 0.2, officerHoursMoved: 1000.5, unmetOfficerHours: 3, erlangShareWithinTarget: 0.9, simulated: null };

/** The problems of a file that should not read, formatted as the app lists them. */
function problems(text: string): string[] {
  const r = readSweepCsv(text, 'sweep.csv');
  if (r.ok) throw new Error('read a bad file');
  return r.problems.map(formatProblem);
}

describe('readSweepCsv', () => {
  it('reads back what sweepCsv writes: runs, varied values as written, figures to their printed precision', () => {
    const text = (value: unknown) =>
      typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value as string) ? `'${value as string}` : (value as string);
    const row = fc.record({
      values: fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.string({ maxLength: 12 }).filter((s) => s.trim() === s && s !== '')),
      measures: fc.option(fc.record({
        dissimilarity: fc.double({ min: 0, max: 1, noNaN: true }), gini: fc.double({ min: 0, max: 1, noNaN: true }),
        officerHoursMoved: fc.double({ min: 0, max: 1e7, noNaN: true }), unmetOfficerHours: fc.double({ min: 0, max: 1e7, noNaN: true }),
        erlangShareWithinTarget: fc.double({ min: 0, max: 1, noNaN: true }),
        simulated: fc.record({ share: fc.double({ min: 0, max: 1, noNaN: true }), low: fc.double({ min: 0, max: 1, noNaN: true }), high: fc.double({ min: 0, max: 1, noNaN: true }) }),
      })),
      problem: fc.string({ maxLength: 20 }).filter((s) => s.trim() === s),
    });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean(), (specs, response) => {
      const rows: SweepRow[] = specs.map((s, run) => ({ run, values: s.values, measures: s.measures, problem: s.problem }));
      const read = readSweepCsv(sweepCsv(['supply.headcount', 'name'], response, rows), 'sweep.csv');
      if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
      const t = read.table;
      expect(t.paths).toEqual(['supply.headcount', 'name']);
      expect(t.columns).toHaveLength(response ? 8 : 5);
      expect(t.rows.map((r) => r.run)).toEqual(rows.map((r) => r.run));
      t.rows.forEach((r, i) => {
        const m = specs[i].measures;
        expect(r.values).toEqual(rows[i].values.map(text));
        expect(r.problem).toBe(/^[=+\-@\t\r]/.test(rows[i].problem) ? `'${rows[i].problem}` : rows[i].problem);
        const expected = m === null ? t.columns.map(() => null) : [
          Number(m.dissimilarity.toFixed(6)), Number(m.gini.toFixed(6)), Number(m.officerHoursMoved.toFixed(2)),
          Number(m.unmetOfficerHours.toFixed(2)), Number(m.erlangShareWithinTarget.toFixed(6)),
          ...(response ? [m.simulated.share, m.simulated.low, m.simulated.high].map((x) => Number(x.toFixed(6))) : []),
        ];
        expect(r.measures).toEqual(expected);
      });
    }), { numRuns: 60 });
  });

  it('takes a byte-order mark, CRLF line ends and a sweep without varied paths', () => {
    const read = readSweepCsv(`\uFEFFrun,${HEAD},problem\r\n0,0.1,0.2,3.5,4,0.9,\r\n`, 'one.csv');
    expect(read.ok && read.table).toMatchObject({ paths: [], rows: [{ line: 2, run: 0, values: [], measures: [0.1, 0.2, 3.5, 4, 0.9], problem: '' }] });
  });

  it('keeps empty figures as null: a refused run, or no incident rate for Erlang C', () => {
    const text = sweepCsv(['method'], false, [
      { run: 0, values: ['fixed'], measures: { ...M, erlangShareWithinTarget: NaN }, problem: '' },
      { run: 1, values: ['follow-demand'], measures: null, problem: 'floors: infeasible' },
    ]);
    const read = readSweepCsv(text, 's.csv');
    if (!read.ok) throw new Error('unread');
    expect(read.table.rows[0].measures[4]).toBeNull();
    expect(read.table.rows[1]).toMatchObject({ measures: [null, null, null, null, null], problem: 'floors: infeasible' });
  });

  it('names the header problem: a frontier file, not starting with run, a path the schema lacks, columns out of order or missing', () => {
    expect(problems('kind,method,supply.headcount,share\n')).toEqual([
      'sweep.csv line 1, column "kind": this is a frontier CSV (npm run sweep -- --frontier), not a sweep\'s; a sweep CSV starts with "run"',
    ]);
    expect(problems('zone_id,officers\nE1,3\n')[0]).toMatch(/^sweep\.csv line 1, column "zone_id": column 1 should be "run"/);
    expect(problems(`run,supply.headcont,${HEAD},problem\n0,1,0,0,0,0,0,\n`)).toEqual([
      'sweep.csv line 1, column "supply.headcont": column 2 is not a scenario field path: unknown path: "headcont" is not a field of supply (did you mean "headcount"?)',
    ]);
    expect(problems('run,method,dissimilarity,officer_hours_moved,gini,unmet_officer_hours,erlang_share_within_target,problem\n')).toEqual([
      'sweep.csv line 1, column "officer_hours_moved": column 4 should be "gini"',
      'sweep.csv line 1, column "gini": column 5 should be "officer_hours_moved"',
    ]);
    expect(problems(`run,${HEAD}\n`)).toEqual(['sweep.csv line 1: the header ends after "erlang_share_within_target"; column 7 should be "problem"']);
    expect(problems(`run,${HEAD},problem,note\n`)).toEqual(['sweep.csv line 1, column "note": column 8 comes after "problem", which is a sweep CSV\'s last column']);
    expect(problems('run,method\n')[0]).toMatch(/^sweep\.csv line 1: no "dissimilarity" column/);
  });

  it('names the line and column of bad rows, and lists every problem of the file at once', () => {
    const text = [
      `run,method,${HEAD},problem`,
      '0,fixed,0.1,0.2,100,0,0.9,',
      '1,fixed,0.1,abc,100,0,0.9,',
      '1,smoothed,0.1,0.2,100,0,0.9,',
      '2,fixed,0.1,0.2,100,0,1.5,',
      '3,fixed,0.1,0.2,100',
      'x,fixed,0.1,0.2,100,-4,0.9,',
      '',
    ].join('\n');
    expect(problems(text)).toEqual([
      'sweep.csv line 3, column "gini": "abc" is not a number',
      'sweep.csv line 4, column "run": run 1 is also on line 3',
      'sweep.csv line 5, column "erlang_share_within_target": 1.5 is not a share (0 to 1)',
      'sweep.csv line 6: has 5 cells; the header has 8',
      'sweep.csv line 7, column "run": "x" is not a whole number',
      'sweep.csv line 7, column "unmet_officer_hours": "-4" is negative; expected a number >= 0',
    ]);
  });

  it('an unclosed quote, an empty file, a header without runs; a flood of problems is cut at 20 and counted', () => {
    expect(problems(`run,method,${HEAD},problem\n0,"fixed,0.1,0.2,1,0,0.9,\n`)[0]).toMatch(/^sweep\.csv line 2: a quoted value is never closed/);
    expect(problems('')).toEqual(['sweep.csv line 1: the file is empty: a sweep CSV has a header and a row per run']);
    expect(problems(`run,${HEAD},problem\n`)).toEqual(['sweep.csv line 2: the file has a header but no runs']);
    const flood = [`run,${HEAD},problem`, ...Array.from({ length: 30 }, (_, i) => `${i},bad,0,0,0,0,`)].join('\n');
    const listed = problems(flood);
    expect(listed).toHaveLength(21);
    expect(listed[20]).toBe('and 10 more errors (only the first 20 are listed)');
  });
});
