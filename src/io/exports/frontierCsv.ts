import { csvCell, csvDocument } from './csvCell.ts';
import { formatDecimal } from './formatDecimal.ts';
import { valueCell } from './sweepCsv.ts';

/** A point evaluated on a frontier: the share used against the target and, from the simulation, its interval. */
export interface FrontierCurvePoint {
  value: number;
  share: number;
  low: number | null;
  high: number | null;
}

/** The frontier of one grid point (e.g. one method): the smallest value reaching the target and its curve. */
export interface FrontierRow {
  /** The grid point's varied values, one per varied path. */
  values: readonly unknown[];
  target: number;
  /** The frontier value, or null when the largest value tried falls short. */
  value: number | null;
  /** The figures at `value`. */
  at: FrontierCurvePoint | null;
  monotone: boolean;
  /** Every evaluated point, ordered by value. */
  points: readonly FrontierCurvePoint[];
}

/** Columns after `kind` and the varied paths; the frontier path's own column comes first (docs/batch.md). */
export const FRONTIER_COLUMNS = ['share', 'share_low', 'share_high', 'target', 'reached', 'evaluations', 'monotone', 'fewer_than_first'] as const;

const share = (x: number | null | undefined) => (x === null || x === undefined ? '' : formatDecimal(x, 6));

/**
 * The frontier CSV: one `frontier` row per grid point in grid order (the value found, its share, and
 * `fewer_than_first`: the first grid point's value minus this one's, "the price of borough boundaries"
 * when the first is the fixed method), then one `point` row per evaluated point, by grid point and value.
 */
export function frontierCsv(paths: readonly string[], frontierPath: string, rows: readonly FrontierRow[]): string {
  const header = ['kind', ...paths.map(csvCell), csvCell(frontierPath), ...FRONTIER_COLUMNS];
  const first = rows[0]?.value ?? null;
  const out: string[][] = [];
  for (const r of rows) {
    const fewer = first !== null && r.value !== null ? formatDecimal(first - r.value, 0) : '';
    out.push([
      'frontier', ...r.values.map(valueCell), r.value === null ? '' : formatDecimal(r.value, 0),
      share(r.at?.share), share(r.at?.low), share(r.at?.high), share(r.target),
      r.value === null ? 'false' : 'true', String(r.points.length), r.monotone ? 'true' : 'false', fewer,
    ]);
  }
  for (const r of rows) {
    for (const p of r.points) {
      out.push(['point', ...r.values.map(valueCell), formatDecimal(p.value, 0), share(p.share), share(p.low), share(p.high), '', '', '', '', '']);
    }
  }
  return csvDocument(header, out);
}
