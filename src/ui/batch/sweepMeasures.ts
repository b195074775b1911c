import { formatNumber, formatPercent } from '../insight/formatFigure.ts';

/** How a sweep CSV's measure column reads in the app: its name and how its values are written. */
export interface SweepMeasure {
  column: string;
  label: string;
  /** A few words for the chart's axis. */
  axis: string;
  format(value: number): string;
}

const share = (v: number) => formatPercent(v);
const index = (v: number) => formatNumber(v, 3);
const hours = (v: number) => formatNumber(v);

const KNOWN: Readonly<Record<string, Omit<SweepMeasure, 'column'>>> = {
  dissimilarity: { label: 'Mismatch with demand (dissimilarity)', axis: 'Dissimilarity', format: share },
  gini: { label: 'Unevenness (Gini)', axis: 'Gini', format: index },
  officer_hours_moved: { label: 'Officer-hours moved across borough lines', axis: 'Officer-hours moved', format: hours },
  unmet_officer_hours: { label: 'Unmet officer-hours', axis: 'Unmet officer-hours', format: hours },
  erlang_share_within_target: { label: 'Immediate calls within target (Erlang C)', axis: 'Share within target', format: share },
  sim_share_within_target: { label: 'Immediate calls within target (simulated)', axis: 'Simulated share', format: share },
  sim_share_low: { label: 'Simulated share within target, lower 95% bound', axis: 'Lower 95% bound', format: share },
  sim_share_high: { label: 'Simulated share within target, upper 95% bound', axis: 'Upper 95% bound', format: share },
};

/** The measure of a sweep CSV column (docs/batch.md), e.g. "gini" -> "Unevenness (Gini)", 3 decimals. */
export function sweepMeasure(column: string): SweepMeasure {
  return { column, ...(KNOWN[column] ?? { label: column, axis: column, format: (v: number) => formatNumber(v, 3) }) };
}
