import type { ScenarioResult } from '../runScenario.ts';
import type { Method } from '../scenario.ts';

/**
 * A scenario's week allocated to hexagons: what a map draws and a tooltip says, per hexagon (in grid
 * order) and slot, slot-major ([slot * n + hexagon]) as in ScenarioResult. The arrays are the run's
 * own: whoever sends the week copies them once, into buffers it can transfer (the engine's cache keeps
 * the originals).
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

/** What the map needs of a hexagon run (its arrays, not copies). */
export function hexWeek(r: ScenarioResult, allocated: Uint8Array, cellKm: number, method: Method, notes: readonly string[]): HexWeek {
  return {
    n: r.n, cellKm, method, notes: [...notes], allocated, onDuty: r.onDuty, officersWhole: r.officersWhole, fixedWhole: r.fixedWhole,
    eventOfficers: r.eventOfficers, present: r.inputs.present, demand: r.inputs.demand, pWait: r.measures.pWait,
  };
}

