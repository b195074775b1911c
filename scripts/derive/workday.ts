/**
 * Acceptance check of the derived flows: Census workday population W = residents - out + in, counting
 * flows with origin != destination, exactly as src/model/workday.ts does.
 */
import type { FlowRow } from './flows.ts';
import type { Zone } from './zones.ts';

export const WANDSWORTH = 'E09000032';
export const TOWER_HAMLETS = 'E09000030';

/** Targets (RSA 2015 / GLA figures) and the relative tolerance allowed against them. */
export const TARGETS = { wandsworthNet: -60730, towerHamletsNet: 114381, londonWorkday: 8685000, tolerance: 0.015 };

export interface WorkdayFigures {
  /** Per zone: residents, in-commuters, out-commuters, workday population. */
  byZone: Map<string, { residents: number; in: number; out: number; workday: number }>;
  wandsworthNet: number;
  towerHamletsNet: number;
  londonResidents: number;
  londonWorkday: number;
  failures: string[];
}

export function workdayFigures(zones: readonly Zone[], flows: readonly FlowRow[]): WorkdayFigures {
  const byZone = new Map(zones.map((z) => [z.id, { residents: z.residents, in: 0, out: 0, workday: 0 }]));
  for (const f of flows) {
    if (f.origin === f.destination) continue;
    const o = byZone.get(f.origin);
    const d = byZone.get(f.destination);
    if (o) o.out += f.count;
    if (d) d.in += f.count;
  }
  let londonResidents = 0;
  let londonWorkday = 0;
  for (const z of byZone.values()) {
    z.workday = z.residents - z.out + z.in;
    londonResidents += z.residents;
    londonWorkday += z.workday;
  }
  const net = (id: string): number => byZone.get(id)!.workday - byZone.get(id)!.residents;
  const figures = { wandsworthNet: net(WANDSWORTH), towerHamletsNet: net(TOWER_HAMLETS), londonWorkday };
  const failures: string[] = [];
  for (const name of ['wandsworthNet', 'towerHamletsNet', 'londonWorkday'] as const) {
    const target = TARGETS[name];
    const rel = Math.abs(figures[name] - target) / Math.abs(target);
    if (rel > TARGETS.tolerance) failures.push(`${name} = ${figures[name]} is ${(rel * 100).toFixed(2)}% from ${target}`);
  }
  return { byZone, ...figures, londonResidents, failures };
}
