import { SLOTS_PER_WEEK } from '../../engine/index.ts';
import type { MeasureKey } from '../state/appState.ts';
import { MEASURE_INFO } from './measureInfo.ts';
import type { ZoneStatics, ZoneWeek } from './zoneWeek.ts';

/** What a zone set's figures are read from: its fixed figures, and a scenario's week when there is one. */
export interface MeasureSource {
  statics: ZoneStatics;
  week: ZoneWeek | null;
}

/** A zone's value of `measure` at `slot`; NaN when there is none (no result yet, or not policed). */
export function measureValue(measure: MeasureKey, src: MeasureSource, slot: number, zone: number): number {
  const { statics, week } = src;
  if (measure === 'netChange') return statics.workday[zone] - statics.residents[zone];
  if (!week || zone >= week.n) return NaN;
  if (MEASURE_INFO[measure].officerMeasure && !week.allocated[zone]) return NaN;
  const i = slot * week.n + zone;
  if (measure === 'difference') return week.difference ? week.difference[i] : NaN;
  switch (measure) {
    case 'officers':
      return week.officersWhole[i];
    case 'change':
      return week.officersWhole[i] - week.fixedWhole[i];
    case 'per1000': {
      const present = week.present[i];
      return present > 0 ? (1000 * week.officersWhole[i]) / present : NaN;
    }
    case 'present':
      return week.present[i];
    case 'demand':
      return week.demand[i];
    case 'pWait':
      return week.pWait[i];
    case 'withinTarget':
      return week.withinTarget ? week.withinTarget[i] : NaN;
  }
}

/** Every zone's value of `measure` at `slot`, into `out` (reused from frame to frame). */
export function measureValues(measure: MeasureKey, src: MeasureSource, slot: number, out: Float64Array): Float64Array {
  for (let z = 0; z < out.length; z++) out[z] = measureValue(measure, src, slot, z);
  return out;
}

/**
 * The largest absolute value of `measure` anywhere in the week, over every source given: the colour
 * scale spans the week (and both maps in compare mode), so a colour means the same at every time.
 */
export function measureExtent(measure: MeasureKey, sources: readonly MeasureSource[]): number {
  if (measure === 'pWait' || measure === 'withinTarget') return 1;
  let largest = 0;
  for (const src of sources) {
    const n = src.statics.residents.length;
    const slots = measure === 'netChange' || !src.week ? 1 : SLOTS_PER_WEEK;
    for (let s = 0; s < slots; s++) {
      for (let z = 0; z < n; z++) {
        const v = Math.abs(measureValue(measure, src, s, z));
        if (v > largest) largest = v;
      }
    }
  }
  return largest;
}
