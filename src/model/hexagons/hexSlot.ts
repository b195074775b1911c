import type { ScenarioResult } from '../runScenario.ts';
import type { Method } from '../scenario.ts';
import type { HexWeekExtent } from './hexWeekExtent.ts';

/** One slot of a scenario allocated to hexagons; arrays are per hexagon in grid order. */
export interface HexSlot {
  slot: number;
  n: number;
  cellKm: number;
  /** The method the hexagons were allocated by. */
  method: Method;
  /** What differs from the borough run, in plain words. */
  notes: string[];
  onDuty: number;
  /** Officers shared between hexagons (on duty minus those at events). */
  localTotal: number;
  /** 1 for hexagons the scenario's force polices (by their majority zone's force). */
  allocated: Uint8Array;
  officersWhole: Int32Array;
  fixedWhole: Int32Array;
  eventOfficers: Int32Array;
  present: Float64Array;
  demand: Float64Array;
  footfall: Float64Array;
  pWait: Float64Array;
  /** Each figure's largest absolute value in the week (a colour scale over these means the same at every time). */
  weekMax: HexWeekExtent;
}

/** Copies slot `slot` of a hexagon run out (fresh arrays, so their buffers can be transferred). */
export function hexSlot(
  r: ScenarioResult, allocated: Uint8Array, slot: number, cellKm: number, method: HexSlot['method'], notes: string[], weekMax: HexWeekExtent,
): HexSlot {
  const { n } = r;
  const row = <A extends Float64Array | Int32Array>(a: A): A => a.slice(slot * n, slot * n + n) as A;
  return {
    slot, n, cellKm, method, notes: [...notes],
    onDuty: r.onDuty[slot],
    localTotal: r.localTotals[slot],
    allocated: allocated.slice(),
    officersWhole: row(r.officersWhole),
    fixedWhole: row(r.fixedWhole),
    eventOfficers: row(r.eventOfficers),
    present: row(r.inputs.present),
    demand: row(r.inputs.demand),
    footfall: row(r.inputs.footfall),
    pWait: row(r.measures.pWait),
    weekMax: { ...weekMax },
  };
}

/** The buffers of a HexSlot's arrays, for Comlink.transfer. */
export function hexSlotBuffers(s: HexSlot): ArrayBuffer[] {
  return [s.allocated, s.officersWhole, s.fixedWhole, s.eventOfficers, s.present, s.demand, s.footfall, s.pWait].map((a) => a.buffer as ArrayBuffer);
}
