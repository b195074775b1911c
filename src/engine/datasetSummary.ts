import type { MultiPolygon, Polygon } from 'geojson';
import { footfall, workdayPopulation, type Dataset } from '../model/index.ts';

/**
 * What the main thread needs to draw and describe a loaded dataset, computed in the worker so the page
 * never parses data files: zone polygons and figures, and stations with their footfall through the week.
 */
export interface DatasetSummary {
  name: string;
  description: string;
  zones: {
    ids: string[];
    names: string[];
    forces: string[];
    /** Polygons in zone order, WGS84. */
    geometries: (Polygon | MultiPolygon)[];
    labelLon: number[];
    labelLat: number[];
    areaKm2: number[];
    /** Usual residents and Census workday population. */
    residents: number[];
    workday: number[];
  };
  /** The distinct police forces, in order of first appearance. */
  forces: string[];
  riskYears: number[];
  /** Stations inside a zone, for map markers. */
  stations: {
    ids: string[];
    names: string[];
    lon: number[];
    lat: number[];
    zone: number[];
    /** Entries plus exits in each slot of the week: footfall[slot * count + station]. */
    footfall: Float32Array;
  };
  counts: { zones: number; stations: number; stationsWithProfiles: number; flows: number; externalAreas: number };
  /** The loader's warnings, formatted ('stations.csv line 4: ...'). */
  warnings: string[];
}

export function datasetSummary(data: Dataset, geometries: (Polygon | MultiPolygon)[], warnings: string[]): DatasetSummary {
  const { zones, stations } = data;
  const placed = Array.from(stations.zone.keys()).filter((i) => stations.zone[i] >= 0);
  return {
    name: data.name,
    description: data.description,
    zones: {
      ids: [...zones.ids],
      names: [...zones.names],
      forces: [...zones.forces],
      geometries,
      labelLon: Array.from(zones.labelLon),
      labelLat: Array.from(zones.labelLat),
      areaKm2: Array.from(zones.areaKm2),
      residents: Array.from(data.residents),
      workday: Array.from(workdayPopulation(data)),
    },
    forces: [...new Set(zones.forces)],
    riskYears: data.risk ? [...data.risk.years] : [],
    stations: {
      ids: placed.map((i) => stations.ids[i]),
      names: placed.map((i) => stations.names[i]),
      lon: placed.map((i) => stations.lon[i]),
      lat: placed.map((i) => stations.lat[i]),
      zone: placed.map((i) => stations.zone[i]),
      footfall: stationFootfall(data, placed),
    },
    counts: {
      zones: zones.count,
      stations: stations.count,
      stationsWithProfiles: stations.hasProfile.subarray(0, stations.count).reduce((a, b) => a + b, 0),
      flows: data.flows.count.length,
      externalAreas: data.external.ids.length,
    },
    warnings,
  };
}

/**
 * Per-station footfall through the week, by the same rules as the zone footfall (footfall.ts): each
 * station is run as if it were the only one in a zone of its own.
 */
function stationFootfall(data: Dataset, placed: number[]): Float32Array {
  const count = placed.length;
  const own = new Int32Array(data.stations.count).fill(-1);
  placed.forEach((station, k) => (own[station] = k));
  const single: Dataset = { ...data, zones: { ...data.zones, count }, stations: { ...data.stations, zone: own } };
  return Float32Array.from(footfall(single));
}
