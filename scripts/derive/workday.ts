/**
 * Acceptance check of the derived flows: Census workday population W = residents - out + in, counting
 * flows with origin != destination, exactly as src/model/workday.ts does.
 */
import type { FlowRow } from './flows.ts';
import { CITY, WESTMINSTER, type Zone } from './zones.ts';

export const WANDSWORTH = 'E09000032';
export const TOWER_HAMLETS = 'E09000030';

/** Targets (RSA 2015 / GLA figures) and the relative tolerance allowed against them. */
export const TARGETS = { wandsworthNet: -60730, towerHamletsNet: 114381, londonWorkday: 8685000, tolerance: 0.015 };

/** ONS, 2011 Census workday population release (31 October 2013): the City's workday population is 56 times its residents. */
export const CITY_TARGET = { ratio: 56, tolerance: 0.02 };

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
  // ONS 2011 workday release: the City gained 56-fold, Westminster "almost three fold".
  const ratio = (id: string): number => byZone.get(id)!.workday / byZone.get(id)!.residents;
  const city = ratio(CITY);
  if (Math.abs(city - CITY_TARGET.ratio) > CITY_TARGET.ratio * CITY_TARGET.tolerance) failures.push(`City of London workday/residents = ${city.toFixed(2)}, not within 2% of 56`);
  if (!(ratio(WESTMINSTER) < 3)) failures.push(`Westminster workday/residents = ${ratio(WESTMINSTER).toFixed(3)}, not below 3`);
  return { byZone, ...figures, londonResidents, failures };
}
