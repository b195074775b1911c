import { inCommuters, type CommutePhase } from '../commutePhase.ts';
import { PROFILE_DAY_TYPES, type Dataset } from '../dataset.ts';
import { footfall } from '../footfall.ts';
import type { PeopleInputs } from '../scenarioInputs.ts';
import { SLOTS_PER_DAY } from '../time.ts';
import { workdayPopulation } from '../workday.ts';
import { arrivedCommuters } from '../arrivedCommuters.ts';
import { hexPresence, partMeanPresent } from './hexPresence.ts';
import { hexRisk } from './hexRisk.ts';
import { hexId, type HexTables } from './hexTables.ts';
import { partWeights, type PartWeights } from './partWeights.ts';
import type { SmallAreas } from './smallAreas.ts';

/** A dataset whose zones are hexagons, with the people inputs the engine runs it on. */
export interface HexDataset {
  data: Dataset;
  people: PeopleInputs;
  weights: PartWeights;
  /**
   * The Census workday population spread like people present with everyone at work: residents who do
   * not commute out by area, in-commuters by the arrival weights.
   */
  workday: Float64Array;
}

/** Each hexagon follows its majority zone's at-work curves (used only to explain timing). */
function hexPhase(phase: CommutePhase, t: HexTables, n: number): CommutePhase {
  const H = t.count;
  const atWork = new Float64Array(PROFILE_DAY_TYPES * H * SLOTS_PER_DAY);
  const ownWeight = new Float64Array(PROFILE_DAY_TYPES * H);
  for (let d = 0; d < PROFILE_DAY_TYPES; d++) {
    for (let h = 0; h < H; h++) {
      const z = d * n + t.majority[h];
      atWork.set(phase.atWork.subarray(z * SLOTS_PER_DAY, (z + 1) * SLOTS_PER_DAY), (d * H + h) * SLOTS_PER_DAY);
      ownWeight[d * H + h] = phase.ownWeight[z];
    }
  }
  return { ...phase, atWork, ownWeight };
}

/**
 * The zones' dataset moved onto hexagons, so the engine's own runScenario allocates hexagons:
 * - people present from the zones' (hexPresence.ts): residents at home spread by area, or with a small-area
 *   layer by its residents, and arrivals toward stations, or by its workplace weights (partWeights.ts);
 * - stations placed in their hexagons, so footfall follows footfall.ts's rules;
 * - recorded crime such that each hexagon keeps its zones' ambient crime rate (hexRisk.ts);
 * - force, and the at-work timing, of the majority zone; lattice adjacency; no flows (presence is given).
 */
export function hexDataset(data: Dataset, people: PeopleInputs, t: HexTables, small: SmallAreas | null = null): HexDataset {
  const n = data.zones.count;
  const weights = partWeights(t, data, small);
  const arrived = arrivedCommuters(data, people.phase);
  const present = hexPresence(t, weights, people.present, arrived, n);

  const residents = new Float64Array(t.count);
  const workday = new Float64Array(t.count);
  const areaKm2 = new Float64Array(t.count);
  const zoneWorkday = workdayPopulation(data);
  const inflow = inCommuters(data);
  for (let h = 0; h < t.count; h++) {
    for (let k = t.partOffsets[h]; k < t.partOffsets[h + 1]; k++) {
      const z = t.partZone[k];
      residents[h] += weights.area[k] * data.residents[z];
      workday[h] += weights.area[k] * (zoneWorkday[z] - inflow[z]) + weights.arrivals[k] * inflow[z];
      areaKm2[h] += t.partKm2[k];
    }
  }
  const ids = Array.from({ length: t.count }, (_, h) => hexId(h));
  const hexes: Dataset = {
    name: `${data.name}, hexagons with ${t.cellKm} km sides`,
    description: `${data.description} Spread over ${t.count} hexagons (src/model/hexagons/README.md).`,
    zones: {
      count: t.count,
      ids,
      names: ids.map((_, h) => `Hexagon ${h + 1} (${data.zones.names[t.majority[h]]})`),
      forces: Array.from(t.majority, (z) => data.zones.forces[z]),
      parents: Array.from(t.majority, (z) => data.zones.ids[z]),
      areaKm2,
      labelLon: Float64Array.from(t.centerLon),
      labelLat: Float64Array.from(t.centerLat),
    },
    residents,
    external: { ids: [], names: [] },
    flows: { origin: new Int32Array(0), destination: new Int32Array(0), count: new Float64Array(0) },
    stations: { ...data.stations, zone: Int32Array.from(t.stationHex) },
    risk: hexRisk(data, people.present, t, partMeanPresent(t, weights, people.present, arrived, n), small),
    adjacency: t.adjacency,
  };
  return { data: hexes, people: { phase: hexPhase(people.phase, t, n), present, footfall: footfall(hexes) }, weights, workday };
}
