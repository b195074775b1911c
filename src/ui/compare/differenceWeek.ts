import type { DifferenceBase } from '../state/appState.ts';
import { measureValue, type MeasureSource } from '../map/measureValues.ts';
import type { ZoneWeek } from '../map/zoneWeek.ts';

/** A difference map's week: the comparison's figure minus the scenario's, per zone and slot ([slot * n + zone]). */
export interface DifferenceWeek extends ZoneWeek {
  base: DifferenceBase;
  difference: Float64Array;
  /** The scenario's (A) and the comparison's (B) weeks it was taken from. */
  a: ZoneWeek;
  b: ZoneWeek;
}

/**
 * B − A of `base` for every zone and slot of the week, over the same zones (the dataset's or the
 * hexagons). NaN where either has no figure: a zone one scenario's force does not police, or no people
 * present for a rate. Zones policed in both are the difference map's policed zones.
 */
export function differenceWeek(base: DifferenceBase, a: MeasureSource & { week: ZoneWeek }, b: MeasureSource & { week: ZoneWeek }): DifferenceWeek {
  const n = a.week.n;
  if (b.week.n !== n) throw new RangeError(`the two weeks cover ${n} and ${b.week.n} zones`);
  const slots = a.week.officersWhole.length / n;
  const difference = new Float64Array(slots * n);
  for (let s = 0; s < slots; s++) {
    for (let z = 0; z < n; z++) difference[s * n + z] = measureValue(base, b, s, z) - measureValue(base, a, s, z);
  }
  const allocated = Uint8Array.from(a.week.allocated, (x, z) => (x && b.week.allocated[z] ? 1 : 0));
  return { ...a.week, allocated, base, difference, a: a.week, b: b.week };
}
