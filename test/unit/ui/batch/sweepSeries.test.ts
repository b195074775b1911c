/** A sweep measure's chart series: x from the first varied path, one line per value of the others. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSweepCsv, sweepCsv, type SweepTable } from '../../../../src/engine/index.ts';
import { MAX_LINES } from '../../../../src/ui/batch/lineStyles.ts';
import { sweepSeries } from '../../../../src/ui/batch/sweepSeries.ts';

const M = { dissimilarity: 0.1, gini: 0.2, officerHoursMoved: 100, unmetOfficerHours: 0, erlangShareWithinTarget: 0.9, simulated: null };

function table(paths: string[], rows: { values: unknown[]; erlang: number | null }[]): SweepTable {
  const read = readSweepCsv(sweepCsv(paths, false, rows.map((r, run) => ({
    run, values: r.values, measures: r.erlang === null ? null : { ...M, erlangShareWithinTarget: r.erlang }, problem: r.erlang === null ? 'floors: infeasible' : '',
  }))), 'grid');
  if (!read.ok) throw new Error('unread');
  return read.table;
}

describe('sweepSeries', () => {
  it('numbers on x in order, a line per value of the second path in order of appearance, refused runs counted apart', () => {
    const t = table(['supply.headcount', 'method'], [
      { values: [30000, 'fixed'], erlang: 0.88 }, { values: [30000, 'follow-demand'], erlang: 0.9 },
      { values: [28000, 'fixed'], erlang: null }, { values: [28000, 'follow-demand'], erlang: 0.87 },
      { values: [32000, 'fixed'], erlang: 0.91 }, { values: [32000, 'follow-demand'], erlang: 0.93 },
    ]);
    const s = sweepSeries(t, 4);
    expect(s).toEqual({
      xLabel: 'supply.headcount',
      x: { kind: 'number' },
      lines: [
        { label: 'method = fixed', points: [{ x: 30000, y: 0.88 }, { x: 32000, y: 0.91 }] },
        { label: 'method = follow-demand', points: [{ x: 28000, y: 0.87 }, { x: 30000, y: 0.9 }, { x: 32000, y: 0.93 }] },
      ],
      linesLeftOut: 0,
      runsWithout: 1,
    });
  });

  it('text on x as categories in order of first appearance; no varied path gives run numbers', () => {
    const t = table(['method'], [{ values: ['smoothed'], erlang: 0.9 }, { values: ['fixed'], erlang: 0.8 }, { values: ['smoothed'], erlang: 0.95 }]);
    const s = sweepSeries(t, 4);
    expect(s.x).toEqual({ kind: 'category', categories: ["smoothed", 'fixed'] });
    expect(s.lines).toEqual([{ label: '', points: [{ x: 'smoothed', y: 0.9 }, { x: 'smoothed', y: 0.95 }, { x: 'fixed', y: 0.8 }] }]);
    const runs = sweepSeries(table([], [{ values: [], erlang: 0.5 }, { values: [], erlang: 0.6 }]), 4);
    expect(runs).toMatchObject({ xLabel: 'run', x: { kind: 'number' }, lines: [{ points: [{ x: 0, y: 0.5 }, { x: 1, y: 0.6 }] }] });
  });

  it('every run with a figure is on exactly one line; at most MAX_LINES lines, the rest counted', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ a: fc.integer({ min: 0, max: 5 }), b: fc.integer({ min: 0, max: 12 }), y: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }), { minLength: 1, maxLength: 40 }),
      (specs) => {
        const t = table(['floors.officers', 'weights.present'], specs.map((s) => ({ values: [s.a, s.b], erlang: s.y })));
        const s = sweepSeries(t, 4);
        const groups = new Set(specs.map((x) => x.b));
        expect(s.lines.length).toBe(Math.min(MAX_LINES, groups.size));
        expect(s.linesLeftOut).toBe(Math.max(0, groups.size - MAX_LINES));
        expect(s.runsWithout).toBe(specs.filter((x) => x.y === null).length);
        for (const line of s.lines) {
          const xs = line.points.map((p) => p.x as number);
          expect(xs).toEqual([...xs].sort((p, q) => p - q));
        }
        if (s.linesLeftOut === 0) expect(s.lines.flatMap((l) => l.points).length).toBe(specs.length - s.runsWithout);
      },
    ));
  });
});
