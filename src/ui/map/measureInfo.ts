import type { MeasureKey } from '../state/appState.ts';

export interface MeasureInfo {
  /** Option text in the measure selector. */
  label: string;
  /** Legend title. */
  title: string;
  /** What the numbers count, under the legend title. */
  units: string;
  kind: 'sequential' | 'diverging';
  /** A square-root ramp, where a few central zones would otherwise use up the whole scale. */
  sqrt: boolean;
  /** Officer figures: zones the scenario's force does not police have none. */
  officerMeasure: boolean;
  /** Words for the two ends of a diverging scale. */
  ends?: [string, string];
}

export const MEASURE_INFO: Record<MeasureKey, MeasureInfo> = {
  officers: {
    label: 'Officers', title: 'Officers on duty', units: 'Officers in each zone at this time, events included',
    kind: 'sequential', sqrt: false, officerMeasure: true,
  },
  change: {
    label: 'Change against fixed', title: 'Change against fixed', units: 'Officers more or fewer than the fixed borough model gives',
    kind: 'diverging', sqrt: false, officerMeasure: true, ends: ['Fewer officers', 'More officers'],
  },
  per1000: {
    label: 'Officers per 1,000 present', title: 'Officers per 1,000 people present', units: 'Officers on duty per 1,000 people in the zone now',
    kind: 'sequential', sqrt: false, officerMeasure: true,
  },
  present: {
    label: 'People present', title: 'People present', units: 'Residents at home plus commuters at work, at this time',
    kind: 'sequential', sqrt: true, officerMeasure: false,
  },
  demand: {
    label: 'Demand', title: 'Demand', units: 'People-equivalents: people present weighted with footfall and crime',
    kind: 'sequential', sqrt: true, officerMeasure: false,
  },
  withinTarget: {
    label: 'Share of immediate calls attended within 15 minutes', title: 'Immediate calls attended within 15 minutes',
    units: 'Simulated calls, units, dispatch and travel: the share attended within the target (boroughs)',
    kind: 'sequential', sqrt: false, officerMeasure: true,
  },
  pWait: {
    label: 'Probability of waiting', title: 'Probability an immediate call waits', units: 'Chance no response unit is free (Erlang C), 0 to 100%',
    kind: 'sequential', sqrt: false, officerMeasure: true,
  },
  netChange: {
    label: 'Daytime net change', title: 'Daytime net change in people', units: 'Census workday population minus residents (the same all week)',
    kind: 'diverging', sqrt: true, officerMeasure: false, ends: ['People leave by day', 'People arrive'],
  },
  // Compare mode only (src/ui/compare): the comparison minus the scenario of what view.differenceOf names.
  difference: {
    label: 'Difference between scenarios', title: 'Difference between scenarios', units: 'The comparison minus the scenario',
    kind: 'diverging', sqrt: false, officerMeasure: true, ends: ['Lower in the comparison', 'Higher in the comparison'],
  },
};
