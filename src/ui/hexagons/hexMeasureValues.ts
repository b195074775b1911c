import type { HexSlotResult } from '../../engine/engineProtocol.ts';
import type { MeasureKey } from '../state/appState.ts';

/** What hexagon figures are read from: the grid's residents and workday population, and one slot's run. */
export interface HexMeasureSource {
  residents: Float64Array;
  workday: Float64Array;
  /** Null until the engine has answered. */
  slot: HexSlotResult | null;
}

const OFFICER_MEASURES: ReadonlySet<MeasureKey> = new Set(['officers', 'change', 'per1000', 'pWait']);

/**
 * Each hexagon's value of `measure`, as the borough map reads zones (src/ui/map/measureValues.ts): NaN
 * where there is none (no run yet, or officer figures in hexagons the scenario's force does not police).
 */
export function hexMeasureValues(measure: MeasureKey, src: HexMeasureSource): Float64Array {
  const n = src.residents.length;
  const out = new Float64Array(n).fill(NaN);
  if (measure === 'netChange') {
    for (let h = 0; h < n; h++) out[h] = src.workday[h] - src.residents[h];
    return out;
  }
  const s = src.slot;
  if (!s || s.n !== n) return out;
  for (let h = 0; h < n; h++) {
    if (OFFICER_MEASURES.has(measure) && !s.allocated[h]) continue;
    switch (measure) {
      case 'officers':
        out[h] = s.officersWhole[h];
        break;
      case 'change':
        out[h] = s.officersWhole[h] - s.fixedWhole[h];
        break;
      case 'per1000':
        out[h] = s.present[h] > 0 ? (1000 * s.officersWhole[h]) / s.present[h] : NaN;
        break;
      case 'present':
        out[h] = s.present[h];
        break;
      case 'demand':
        out[h] = s.demand[h];
        break;
      case 'pWait':
        out[h] = s.pWait[h];
        break;
    }
  }
  return out;
}

/** The largest absolute value of `measure` over the week (netChange: over the hexagons), for the colour scale. */
export function hexMeasureExtent(measure: MeasureKey, src: HexMeasureSource): number {
  if (measure === 'pWait') return 1;
  if (measure === 'netChange') {
    let largest = 0;
    for (let h = 0; h < src.residents.length; h++) largest = Math.max(largest, Math.abs(src.workday[h] - src.residents[h]));
    return largest;
  }
  return src.slot ? src.slot.weekMax[measure] : 0;
}
