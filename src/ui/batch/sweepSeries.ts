import type { SweepTable } from '../../engine/index.ts';
import type { ChartPoint } from './lineChart.ts';
import { MAX_LINES } from './lineStyles.ts';

/** A sweep measure's chart: against the first varied path, one line per value of the others. */
export interface SweepSeries {
  /** The x axis: the first varied path (or "run" when nothing was varied). */
  xLabel: string;
  /** Numeric when every value of the first path reads as a plain number; else categories in order of first appearance. */
  x: { kind: 'number' } | { kind: 'category'; categories: string[] };
  /** One line per combination of the other paths' values, in order of first appearance (at most MAX_LINES). */
  lines: { label: string; points: ChartPoint[] }[];
  /** Lines left out beyond MAX_LINES. */
  linesLeftOut: number;
  /** Runs without a figure for the measure (refused runs, no incident rate). */
  runsWithout: number;
}

const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The series of measure column `measure` (an index into table.columns): x is the first varied path's
 * value, lines group the runs by the values of the other paths ("method = fixed"), points run along x
 * in order. Only values are read, never trusted as anything but text and numbers.
 */
export function sweepSeries(table: SweepTable, measure: number): SweepSeries {
  const { paths, rows } = table;
  const xs = rows.map((r) => (paths.length > 0 ? r.values[0] : String(r.run)));
  const numeric = xs.every((v) => PLAIN_NUMBER.test(v));
  const categories: string[] = [];
  if (!numeric) for (const v of xs) if (!categories.includes(v)) categories.push(v);
  const rest = paths.slice(1);
  const labelOf = (values: readonly string[]) =>
    rest.length === 0 ? '' : rest.map((p, k) => `${p} = ${values[k + 1]}`).join(', ');

  const groups = new Map<string, ChartPoint[]>();
  let runsWithout = 0;
  rows.forEach((r, i) => {
    const y = r.measures[measure];
    const label = labelOf(r.values);
    if (!groups.has(label)) groups.set(label, []);
    if (y === null || y === undefined) {
      runsWithout++;
      return;
    }
    groups.get(label)!.push({ x: numeric ? Number(xs[i]) : xs[i], y });
  });
  const order = (p: ChartPoint) => (numeric ? (p.x as number) : categories.indexOf(p.x as string));
  const all = [...groups].map(([label, points]) => ({ label, points: points.sort((a, b) => order(a) - order(b)) }));
  return {
    xLabel: paths[0] ?? 'run',
    x: numeric ? { kind: 'number' } : { kind: 'category', categories },
    lines: all.slice(0, MAX_LINES),
    linesLeftOut: Math.max(0, all.length - MAX_LINES),
    runsWithout,
  };
}
