import type { ScenarioResult } from '../../engine/index.ts';

export interface RankedChange {
  zone: number;
  change: number;
}

/**
 * Zones the scenario's force polices, judged from the run: a zone with no officers in either model at
 * any time of the week (the City of London in a Met scenario) is left out.
 */
export function policedZones(result: ScenarioResult): number[] {
  const { n } = result;
  const seen = new Uint8Array(n);
  for (let i = 0; i < result.officersWhole.length; i++) {
    if (result.officersWhole[i] !== 0 || result.fixedWhole[i] !== 0) seen[i % n] = 1;
  }
  return Array.from(seen.keys()).filter((z) => seen[z] === 1);
}

/** The largest loss and gain against fixed of any zone in any slot: a scale that holds all week. */
export function changeRange(result: ScenarioResult): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (let i = 0; i < result.officersWhole.length; i++) {
    const c = result.officersWhole[i] - result.fixedWhole[i];
    if (c < min) min = c;
    else if (c > max) max = c;
  }
  return { min, max };
}

/** Change against fixed of each of `zones` in `slot`, largest gain first; ties in the order given. */
export function changeRanking(result: ScenarioResult, slot: number, zones: readonly number[]): RankedChange[] {
  const row = slot * result.n;
  return zones
    .map((zone, order) => ({ zone, order, change: result.officersWhole[row + zone] - result.fixedWhole[row + zone] }))
    .sort((a, b) => b.change - a.change || a.order - b.order)
    .map(({ zone, change }) => ({ zone, change }));
}
