import type { Zones } from '../dataset.ts';
import { groupByKey } from '../groupByKey.ts';

/**
 * The command units response units are dispatched within: a zone's parent (an MSOA's or a hexagon's
 * borough), or the zone itself when it has none (boroughs). Indices follow the first zone of each unit,
 * so for zones without parents unit z is zone z.
 */
export interface CommandUnits {
  count: number;
  /** Per zone, its command unit. */
  of: Int32Array;
  /** The zones of each unit (CSR over `members`), in zone order. */
  offsets: Int32Array;
  members: Int32Array;
}

export function commandUnits(zones: Pick<Zones, 'count' | 'ids' | 'parents'>): CommandUnits {
  const n = zones.count;
  const index = new Map<string, number>();
  const of = new Int32Array(n);
  for (let z = 0; z < n; z++) {
    const key = zones.parents[z] ? `parent:${zones.parents[z]}` : `zone:${zones.ids[z]}`;
    let u = index.get(key);
    if (u === undefined) {
      u = index.size;
      index.set(key, u);
    }
    of[z] = u;
  }
  const count = index.size;
  const { offsets, items: members } = groupByKey(of, count);
  return { count, of, offsets, members };
}
