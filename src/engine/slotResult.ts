import type { ScenarioResult } from '../model/index.ts';

/** One 15-minute slot of a run: what a map needs to draw that moment, per zone in zone order. */
export interface SlotResult {
  slot: number;
  n: number;
  onDuty: number;
  /** Officers shared between zones (on duty minus those at events). */
  localTotal: number;
  /** Officers per unit of demand where no floor or cap binds (follow-demand), else null. */
  lambda: number | null;
  dissimilarity: number;
  gini: number;
  movedHours: number;
  unmetTotal: number;
  /** Call-weighted share of immediate calls with a unit free within the target (NaN if unknown). */
  withinTargetSlot: number;
  present: Float64Array;
  footfall: Float64Array;
  demand: Float64Array;
  local: Float64Array;
  officersWhole: Int32Array;
  fixedWhole: Int32Array;
  eventOfficers: Int32Array;
  abstraction: Float64Array;
  unmet: Float64Array;
  pWait: Float64Array;
  meanWait: Float64Array;
  withinTarget: Float64Array;
}

/** Copies slot `slot` out of a full result (fresh arrays, so they can be transferred). */
export function slotResult(r: ScenarioResult, slot: number): SlotResult {
  const { n } = r;
  const row = <A extends Float64Array | Int32Array>(a: A): A => a.slice(slot * n, slot * n + n) as A;
  const m = r.measures;
  return {
    slot,
    n,
    onDuty: r.onDuty[slot],
    localTotal: r.localTotals[slot],
    lambda: Number.isFinite(r.lambda[slot]) ? r.lambda[slot] : null,
    dissimilarity: m.dissimilarity[slot],
    gini: m.gini[slot],
    movedHours: m.movedHours[slot],
    unmetTotal: m.unmetTotal[slot],
    withinTargetSlot: m.withinTargetSlot[slot],
    present: row(r.inputs.present),
    footfall: row(r.inputs.footfall),
    demand: row(r.inputs.demand),
    local: row(r.local),
    officersWhole: row(r.officersWhole),
    fixedWhole: row(r.fixedWhole),
    eventOfficers: row(r.eventOfficers),
    abstraction: row(r.abstraction),
    unmet: row(m.unmet),
    pWait: row(m.pWait),
    meanWait: row(m.meanWait),
    withinTarget: row(m.withinTarget),
  };
}
