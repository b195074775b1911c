import type { ScenarioResult } from '../runScenario.ts';
import type { Method } from '../scenario.ts';

/**
 * A scenario's week allocated to hexagons: what a map draws and a tooltip says, per hexagon (in grid
 * order) and slot, slot-major ([slot * n + hexagon]) as in ScenarioResult. Every array has a buffer
 * of its own, so the whole week crosses to the page by transfer.
 */
export interface HexWeek {
  n: number;
  cellKm: number;
  /** The method the hexagons were allocated by. */
  method: Method;
  /** What differs from the borough run, in plain words. */
  notes: string[];
  /** 1 for hexagons the scenario's force polices (by their majority zone's force). */
  allocated: Uint8Array;
  /** Per slot: officers on duty. */
  onDuty: Int32Array;
  officersWhole: Int32Array;
  fixedWhole: Int32Array;
  eventOfficers: Int32Array;
  present: Float64Array;
  demand: Float64Array;
  pWait: Float64Array;
}

/** Copies what the map needs out of a hexagon run. */
export function hexWeek(r: ScenarioResult, allocated: Uint8Array, cellKm: number, method: Method, notes: readonly string[]): HexWeek {
  return {
    n: r.n, cellKm, method, notes: [...notes],
    allocated: allocated.slice(),
    onDuty: r.onDuty.slice(),
    officersWhole: r.officersWhole.slice(),
    fixedWhole: r.fixedWhole.slice(),
    eventOfficers: r.eventOfficers.slice(),
    present: r.inputs.present.slice(),
    demand: r.inputs.demand.slice(),
    pWait: r.measures.pWait.slice(),
  };
}

