import type { DatasetSummary } from '../../engine/datasetSummary.ts';
import type { ScenarioResult } from '../../model/runScenario.ts';
import { SLOTS_PER_WEEK } from '../../model/time.ts';
import type { MeasureKey } from '../state/appState.ts';
import { MEASURE_INFO } from './measureInfo.ts';

/** What a zone's figures are read from: the dataset, and the scenario's result when there is one. */
export interface MeasureSource {
  summary: DatasetSummary;
  result: ScenarioResult | null;
  /** 1 where the scenario's force allocates officers. */
  allocated: Uint8Array;
}

/** A zone's value of `measure` at `slot`; NaN when there is none (no result yet, or not policed). */
export function measureValue(measure: MeasureKey, src: MeasureSource, slot: number, zone: number): number {
  const { summary, result, allocated } = src;
  if (measure === 'netChange') return summary.zones.workday[zone] - summary.zones.residents[zone];
  if (!result || zone >= result.n) return NaN;
  if (MEASURE_INFO[measure].officerMeasure && !allocated[zone]) return NaN;
  const i = slot * result.n + zone;
  switch (measure) {
    case 'officers':
      return result.officersWhole[i];
    case 'change':
      return result.officersWhole[i] - result.fixedWhole[i];
    case 'per1000': {
      const present = result.inputs.present[i];
      return present > 0 ? (1000 * result.officersWhole[i]) / present : NaN;
    }
    case 'present':
      return result.inputs.present[i];
    case 'demand':
      return result.inputs.demand[i];
    case 'pWait':
      return result.measures.pWait[i];
  }
}

/**
 * The largest absolute value of `measure` anywhere in the week, over every source given: the colour
 * scale spans the week (and both maps in compare mode), so a colour means the same at every time.
 */
export function measureExtent(measure: MeasureKey, sources: readonly MeasureSource[]): number {
  if (measure === 'pWait') return 1;
  let largest = 0;
  for (const src of sources) {
    const n = src.summary.zones.ids.length;
    const slots = measure === 'netChange' || !src.result ? 1 : SLOTS_PER_WEEK;
    for (let s = 0; s < slots; s++) {
      for (let z = 0; z < n; z++) {
        const v = Math.abs(measureValue(measure, src, s, z));
        if (v > largest) largest = v;
      }
    }
  }
  return largest;
}
