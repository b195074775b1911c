import type { Dataset } from '../dataset.ts';
import type { Bounds, Scenario } from '../scenario.ts';

/**
 * Finer zones laid over a dataset's zones (hexagons, or MSOAs within boroughs): which zone each lies in
 * (a hexagon: its majority zone), and which finer zone holds each zone's label point (-1 if none).
 */
export interface FinerTables {
  count: number;
  parent: Int32Array;
  labelZone: Int32Array;
  /** "hexagons", "MSOAs": for notes in plain words. */
  noun: string;
}

/** A borough scenario restated for finer zones, and what had to change in plain words. */
export interface FinerScenario {
  scenario: Scenario;
  notes: string[];
}

/** Finer zones by the zone they lie in, and their residents' total per zone. */
interface Members {
  hexes: number[][];
  residents: Float64Array;
}

/** Float noise must not cost a hexagon its last officer (150 × 1 would otherwise round down to 149). */
const EPSILON = 1e-9;

/** A zone's whole-officer figure shared among its finer zones by residents, each share rounded down. */
function share(total: number, z: number, m: Members, hexResidents: ArrayLike<number>): Map<number, number> {
  const out = new Map<number, number>();
  const list = m.hexes[z];
  for (const h of list) {
    const exact = m.residents[z] > 0 ? (total * hexResidents[h]) / m.residents[z] : total / list.length;
    out.set(h, Math.floor(exact + EPSILON));
  }
  return out;
}

function hexBounds(
  b: Bounds | undefined, toWhole: (x: number) => number, data: Dataset, m: Members, hexResidents: ArrayLike<number>, ids: readonly string[],
): Bounds | undefined {
  if (!b) return undefined;
  const index = new Map(data.zones.ids.map((id, z) => [id, z]));
  const own = new Map<number, number>();
  for (const [id, v] of Object.entries(b.zones ?? {})) {
    const z = index.get(id);
    if (z !== undefined) own.set(z, v);
  }
  if (b.officers === undefined && own.size === 0) return { ...b };
  const perThousand = b.perThousandResidents;
  const zones: Record<string, number> = {};
  for (let z = 0; z < data.zones.count; z++) {
    const v = own.get(z);
    if (v !== undefined) {
      for (const [h, x] of share(toWhole(v), z, m, hexResidents)) zones[ids[h]] = x;
    } else if (b.officers !== undefined) {
      for (const [h, x] of share(toWhole(b.officers), z, m, hexResidents)) {
        zones[ids[h]] = perThousand === undefined ? x : Math.max(x, (perThousand * hexResidents[h]) / 1000);
      }
    }
  }
  return perThousand === undefined ? { zones } : { perThousandResidents: perThousand, zones };
}

/**
 * Restates a borough scenario for the finer zones of `t` (hexagons, MSOAs), each of which lies in one
 * zone of `data` (a hexagon in its majority zone), with `fine` the finer zones' own dataset:
 * - floors and caps per 1,000 residents apply as they are, to each finer zone's residents;
 * - a global floor or cap in officers is per borough: each borough's figure is shared among its finer
 *   zones in proportion to their residents and rounded down to whole officers, so their floors add up
 *   to at most the borough's (a finer zone's share can be 0);
 * - a borough's own floor or cap (by its id) is shared the same way, and replaces the global figures
 *   there, as it does for the borough;
 * - an establishment baseline per borough is shared among its finer zones by residents;
 * - an event named by borough goes to the finer zone holding the borough's label point; an event at a
 *   point stays a point, which the engine places in the finer zone containing it;
 * - the force filter applies to each finer zone's force, its borough's;
 * - front counters are left out (the borough run assesses them);
 * - the smoothed method's limit applies to each finer zone as written (officers per zone per 15 minutes),
 *   with mutual aid between finer zones that share an edge.
 * Ids that are not zones of `data` are left out: the borough scenario is checked before this.
 */
export function restateScenario(s: Scenario, data: Dataset, t: FinerTables, fine: Pick<Dataset, 'residents' | 'zones'>): FinerScenario {
  const residents = fine.residents;
  const ids = fine.zones.ids;
  const m: Members = { hexes: Array.from({ length: data.zones.count }, () => []), residents: new Float64Array(data.zones.count) };
  for (let h = 0; h < t.count; h++) {
    m.hexes[t.parent[h]].push(h);
    m.residents[t.parent[h]] += residents[h];
  }
  const notes: string[] = [];
  const out: Scenario = { ...s };
  const floors = hexBounds(s.floors, Math.ceil, data, m, residents, ids);
  const caps = hexBounds(s.caps, Math.floor, data, m, residents, ids);
  if (floors) out.floors = floors;
  if (caps) out.caps = caps;

  if (s.baseline?.shares === 'establishment' && s.baseline.establishment) {
    const index = new Map(data.zones.ids.map((id, z) => [id, z]));
    const establishment: Record<string, number> = {};
    for (const [id, v] of Object.entries(s.baseline.establishment)) {
      const z = index.get(id);
      if (z === undefined) continue;
      for (const h of m.hexes[z]) {
        establishment[ids[h]] = m.residents[z] > 0 ? (v * residents[h]) / m.residents[z] : v / m.hexes[z].length;
      }
    }
    out.baseline = { shares: 'establishment', establishment };
  }

  if (s.events) {
    const index = new Map(data.zones.ids.map((id, z) => [id, z]));
    out.events = s.events.map((e) => {
      if (e.zone === undefined) return { ...e };
      const z = index.get(e.zone);
      return z === undefined || t.labelZone[z] < 0 ? { ...e } : { ...e, zone: ids[t.labelZone[z]] };
    });
  }

  // Front counters are assessed for the zone they stand in; the borough run reports them.
  delete out.frontCounters;
  return { scenario: out, notes };
}
