import type { ScenarioResult } from '../runScenario.ts';

/** The largest absolute value of each per-hexagon figure anywhere in the week, for colour scales that hold still. */
export interface HexWeekExtent {
  officers: number;
  /** Officers against the fixed model, in absolute size. */
  change: number;
  per1000: number;
  present: number;
  demand: number;
}

/** Officer figures count only hexagons the scenario's force polices. */
export function hexWeekExtent(r: ScenarioResult, allocated: Uint8Array): HexWeekExtent {
  const { n } = r;
  const out: HexWeekExtent = { officers: 0, change: 0, per1000: 0, present: 0, demand: 0 };
  for (let i = 0; i < r.officersWhole.length; i++) {
    const present = r.inputs.present[i];
    out.present = Math.max(out.present, Math.abs(present));
    out.demand = Math.max(out.demand, Math.abs(r.inputs.demand[i]));
    if (!allocated[i % n]) continue;
    const a = r.officersWhole[i];
    out.officers = Math.max(out.officers, a);
    out.change = Math.max(out.change, Math.abs(a - r.fixedWhole[i]));
    if (present > 0) out.per1000 = Math.max(out.per1000, (1000 * a) / present);
  }
  return out;
}
