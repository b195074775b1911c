import { TOTAL_WEEKDAY_OUT, TOTALS_STRIDE, type Dataset } from '../dataset.ts';
import { SLOTS_PER_DAY } from '../time.ts';
import type { HexTables } from './hexTables.ts';
import type { SmallAreaParts, SmallAreas } from './smallAreas.ts';

/** How each hexagon part (see HexTables) takes its share of its zone's people. */
export interface PartWeights {
  /** The part's share of its zone's residents at home: by area, or by its small areas' residents. */
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

/**
 * Both weights sum to exactly 1 over each zone's parts, which is what conserves people. With a small-area
 * layer, a zone's parts take its small areas' residents (area weights) and workplace weights (arrival weights),
 * each small area shared among hexagons by its area; zones without small areas keep the rules above.
 */
export function partWeights(t: HexTables, data: Dataset, small: SmallAreas | null = null): PartWeights {
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
  if (small && t.small) fromSmallAreas(t, t.small, small, n, area, arrivals);
  return { area, arrivals };
}

/** Replaces the weights of zones covered by small areas with their residents' and workplaces' shares. */
function fromSmallAreas(t: HexTables, p: SmallAreaParts, small: SmallAreas, n: number, area: Float64Array, arrivals: Float64Array): void {
  const residents = new Float64Array(n);
  const work = new Float64Array(n);
  for (let l = 0; l < small.count; l++) {
    residents[small.zone[l]] += small.residents[l];
    work[small.zone[l]] += small.workplace[l];
  }
  const byResidents = new Float64Array(area.length);
  const byWork = new Float64Array(area.length);
  for (let l = 0; l < small.count; l++) {
    const z = small.zone[l];
    for (let k = p.offsets[l]; k < p.offsets[l + 1]; k++) {
      const part = partOf(t, p.hex[k], z);
      byResidents[part] += (small.residents[l] * p.share[k]) / (residents[z] || 1);
      byWork[part] += (small.workplace[l] * p.share[k]) / (work[z] || 1);
    }
  }
  for (let k = 0; k < area.length; k++) {
    const z = t.partZone[k];
    if (residents[z] > 0) area[k] = byResidents[k];
    if (work[z] > 0) arrivals[k] = byWork[k];
    else if (residents[z] > 0) arrivals[k] = byResidents[k];
  }
}
