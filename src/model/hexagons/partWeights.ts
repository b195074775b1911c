import { TOTAL_WEEKDAY_OUT, TOTALS_STRIDE, type Dataset } from '../dataset.ts';
import { SLOTS_PER_DAY } from '../time.ts';
import type { HexTables } from './hexTables.ts';

/** How each hexagon part (see HexTables) takes its share of its zone's people. */
export interface PartWeights {
  /** The part's share of its zone's area: residents at home are spread by it. */
  area: Float64Array;
  /**
   * The part's share of the commuters arriving in its zone: half its area share and half its share of the
   * zone's weekday station exits, or its area share alone in a zone without station exits. Workplaces
   * cluster around stations, but not every worker arrives by tube, hence the even blend.
   */
  arrivals: Float64Array;
}

/** A station's typical weekday exits: the daily total, else its profile's sum, else 0. */
function weekdayExits(data: Dataset, i: number): number {
  const st = data.stations;
  const total = st.totals[i * TOTALS_STRIDE + TOTAL_WEEKDAY_OUT];
  if (Number.isFinite(total) && total > 0) return total;
  if (!st.hasProfile[i]) return 0;
  let sum = 0;
  for (let q = 0; q < SLOTS_PER_DAY; q++) sum += st.profileOut[i * SLOTS_PER_DAY + q];
  return sum;
}

/** The part of hexagon h lying in zone z; the grid builder guarantees one exists for every station. */
function partOf(t: HexTables, h: number, z: number): number {
  for (let k = t.partOffsets[h]; k < t.partOffsets[h + 1]; k++) if (t.partZone[k] === z) return k;
  throw new Error(`hexagon ${h} has no part in zone ${z}`);
}

/** Both weights sum to exactly 1 over each zone's parts, which is what conserves people. */
export function partWeights(t: HexTables, data: Dataset): PartWeights {
  const n = data.zones.count;
  const parts = t.partZone.length;
  const zoneArea = new Float64Array(n);
  const zoneParts = new Float64Array(n);
  for (let k = 0; k < parts; k++) {
    zoneArea[t.partZone[k]] += t.partKm2[k];
    zoneParts[t.partZone[k]]++;
  }
  const area = new Float64Array(parts);
  for (let k = 0; k < parts; k++) {
    const z = t.partZone[k];
    area[k] = zoneArea[z] > 0 ? t.partKm2[k] / zoneArea[z] : 1 / zoneParts[z];
  }

  const exits = new Float64Array(parts);
  const zoneExits = new Float64Array(n);
  for (let i = 0; i < data.stations.count; i++) {
    const z = data.stations.zone[i];
    const h = t.stationHex[i];
    if (z < 0 || h < 0) continue;
    const e = weekdayExits(data, i);
    exits[partOf(t, h, z)] += e;
    zoneExits[z] += e;
  }
  const arrivals = new Float64Array(parts);
  for (let k = 0; k < parts; k++) {
    const z = t.partZone[k];
    arrivals[k] = zoneExits[z] > 0 ? 0.5 * area[k] + 0.5 * (exits[k] / zoneExits[z]) : area[k];
  }
  return { area, arrivals };
}
