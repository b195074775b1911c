import { formatCount, formatSignedCount } from '../formatCount.ts';
import type { DifferenceBase } from '../state/appState.ts';

const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const plainDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const minus = (text: string) => text.replace('-', '\u2212');

/** How each measure a difference can be taken of is named and written. */
export interface DifferenceInfo {
  /** Option text in "Difference in". */
  label: string;
  /** What the figures are, in the legend and the composite's title: "officers on duty". */
  noun: string;
  /** The unit under the legend title. */
  units: string;
  /** A figure of one scenario: "511", "0.8", "82%". */
  value(v: number): string;
  /** A difference: "+327", "−0.2", "+11 points"; `compact` for legend ticks. */
  change(v: number, compact?: boolean): string;
}

export const DIFFERENCE_INFO: Record<DifferenceBase, DifferenceInfo> = {
  officers: {
    label: 'Officers',
    noun: 'officers on duty',
    units: 'Officers in each zone: the comparison minus the scenario',
    value: (v) => (Number.isFinite(v) ? formatCount(v) : 'none'),
    change: (v) => (Number.isFinite(v) ? formatSignedCount(v) : 'none'),
  },
  per1000: {
    label: 'Officers per 1,000 present',
    noun: 'officers per 1,000 people present',
    units: 'Officers per 1,000 people present: the comparison minus the scenario',
    value: (v) => (Number.isFinite(v) ? plainDecimal.format(v) : 'none'),
    change: (v) => (Number.isFinite(v) ? minus(oneDecimal.format(Math.abs(v) < 0.05 ? 0 : v)) : 'none'),
  },
  withinTarget: {
    label: 'Calls within target',
    noun: 'immediate calls with a unit free within the target',
    units: 'Percentage points of immediate calls with a unit free in time (Erlang C): the comparison minus the scenario',
    value: (v) => (Number.isFinite(v) ? `${Math.round(v * 100)}%` : 'none'),
    change: (v, compact = false) => (Number.isFinite(v) ? `${formatSignedCount(v * 100)}${compact ? '' : ' points'}` : 'none'),
  },
};
