import type { ResponseResult, ScenarioResult } from '../../engine/index.ts';

/**
 * A scenario's week on some set of zones (the dataset's, or hexagons; a HexWeek is one), as the map reads it:
 * arrays over zones and slots, slot-major ([slot * n + zone]) as the engine writes them.
 */
export interface ZoneWeek {
  n: number;
  /** A difference map's values (src/ui/compare/differenceWeek.ts): the comparison minus the scenario. */
  difference?: Float64Array;
  /** 1 where the scenario's force allocates officers. */
  allocated: Uint8Array;
  /** Per slot: officers on duty. */
  onDuty: ArrayLike<number>;
  officersWhole: Int32Array;
  fixedWhole: Int32Array;
  present: Float64Array;
  demand: Float64Array;
  pWait: Float64Array;
  /**
   * Share of immediate calls attended within the target, from the response simulation ([slot * n +
   * zone]; NaN where no call came); absent where the simulation has not run on these zones.
   */
  withinTarget?: ArrayLike<number> | null;
}

/** Figures of each zone that do not change through the week. */
export interface ZoneStatics {
  residents: ArrayLike<number>;
  workday: ArrayLike<number>;
}

/** A run on the dataset's zones, with its response simulation when that has run on the same zones. */
export function resultWeek(result: ScenarioResult, allocated: Uint8Array, response: ResponseResult | null = null): ZoneWeek {
  return {
    n: result.n, allocated, onDuty: result.onDuty, officersWhole: result.officersWhole, fixedWhole: result.fixedWhole,
    present: result.inputs.present, demand: result.inputs.demand, pWait: result.measures.pWait,
    withinTarget: response && response.n === result.n ? response.grades[0].zoneSlot.share : null,
  };
}

