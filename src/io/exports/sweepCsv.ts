import type { HeadlineMeasures } from '../../model/index.ts';
import { csvCell, csvDocument } from './csvCell.ts';
import { formatDecimal } from './formatDecimal.ts';

/** The headline measures' columns of a sweep, after `run` and the varied paths (docs/batch.md). */
export const SWEEP_MEASURE_COLUMNS = [
  'dissimilarity', 'gini', 'officer_hours_moved', 'unmet_officer_hours', 'erlang_share_within_target',
] as const;
/** With the response simulation: the immediate grade's share attended within target and its 95% interval. */
export const SWEEP_RESPONSE_COLUMNS = ['sim_share_within_target', 'sim_share_low', 'sim_share_high'] as const;
/** The last column: why a run has no figures (an infeasible combination), empty when it has them. */
export const SWEEP_PROBLEM_COLUMN = 'problem';

/** One run of a sweep: its number, its varied values (one per path) and its figures, or the reason it has none. */
export interface SweepRow {
  run: number;
  values: readonly unknown[];
  measures: HeadlineMeasures | null;
  problem: string;
}

/** A varied value as a cell: numbers as plain decimals, text as it is (formula-safe), anything else as JSON. */
export function valueCell(value: unknown): string {
  if (typeof value === 'number') return csvCell(value);
  return csvCell(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Shares and indices to 6 decimals, officer-hours to 2; empty where there is no figure. */
const share = (x: number | undefined) => (x === undefined ? '' : formatDecimal(x, 6));
const hours = (x: number | undefined) => (x === undefined ? '' : formatDecimal(x, 2));

export function sweepCsvHeader(paths: readonly string[], response: boolean): string[] {
  return ['run', ...paths.map(csvCell), ...SWEEP_MEASURE_COLUMNS, ...(response ? SWEEP_RESPONSE_COLUMNS : []), SWEEP_PROBLEM_COLUMN];
}

export function sweepCsvRow(row: SweepRow, response: boolean): string[] {
  const m = row.measures;
  const cells = [
    String(row.run),
    ...row.values.map(valueCell),
    share(m?.dissimilarity), share(m?.gini), hours(m?.officerHoursMoved), hours(m?.unmetOfficerHours),
    share(m?.erlangShareWithinTarget),
  ];
  if (response) cells.push(share(m?.simulated?.share), share(m?.simulated?.low), share(m?.simulated?.high));
  cells.push(csvCell(row.problem));
  return cells;
}

/** A sweep's CSV: the header, then one row per run in the order given (run order for a whole sweep). */
export function sweepCsv(paths: readonly string[], response: boolean, rows: Iterable<SweepRow>): string {
  const out: string[][] = [];
  for (const row of rows) out.push(sweepCsvRow(row, response));
  return csvDocument(sweepCsvHeader(paths, response), out);
}
