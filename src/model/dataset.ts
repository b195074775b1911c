/**
 * The in-memory dataset every part of Tideline computes on: zones, people, flows, stations, risk.
 * Plain data with typed-array columns, so it is cheap to copy to a worker and has no behaviour.
 * Loaders in src/io build it from files (docs/data-format.md); the model only reads it.
 */

/** Zones on the map, index 0..count-1. Columns are parallel arrays of length `count`. */
export interface Zones {
  count: number;
  ids: string[];
  names: string[];
  /** Police force responsible for the zone, e.g. "Metropolitan Police Service". */
  forces: string[];
  /** Land area in km², from the geometry. */
  areaKm2: Float64Array;
  /** Representative point (inside the polygon) in degrees. */
  labelLon: Float64Array;
  labelLat: Float64Array;
}

/** Areas outside the map that people commute from or to ("rest of England and Wales"). */
export interface ExternalAreas {
  ids: string[];
  names: string[];
}

/**
 * Origin-destination commuting flows (people who live at origin and work at destination).
 * An endpoint value v < zones.count is a zone index; v >= zones.count is external area v - zones.count.
 * Each (origin, destination) pair appears at most once (duplicates are summed by the loader).
 */
export interface Flows {
  origin: Int32Array;
  destination: Int32Array;
  count: Float64Array;
}

/** Per-station daily totals, columns of `Stations.totals` (stride TOTALS_STRIDE). */
export const TOTAL_WEEKDAY_IN = 0;
export const TOTAL_WEEKDAY_OUT = 1;
export const TOTAL_SATURDAY_IN = 2;
export const TOTAL_SATURDAY_OUT = 3;
export const TOTAL_SUNDAY_IN = 4;
export const TOTAL_SUNDAY_OUT = 5;
export const TOTALS_STRIDE = 6;

export interface Stations {
  count: number;
  ids: string[];
  names: string[];
  lon: Float64Array;
  lat: Float64Array;
  /** Zone index containing the station, or -1 when it lies outside every zone. */
  zone: Int32Array;
  /** count x TOTALS_STRIDE daily entries ("in") and exits ("out"); NaN where unknown. */
  totals: Float64Array;
  /**
   * Typical weekday entries and exits per 15-minute slot of the day: count x 96, slot 0 = 00:00.
   * Rows of stations without a profile are all zero and hasProfile is 0.
   */
  profileIn: Float32Array;
  profileOut: Float32Array;
  hasProfile: Uint8Array;
}

/** Recorded crime per zone for one or more years: values[yearIndex * zones.count + zone]; NaN = unknown. */
export interface Risk {
  years: number[];
  values: Float64Array;
}

/** Zone adjacency in compressed sparse row form: neighbours of z are neighbours[offsets[z]..offsets[z+1]). */
export interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

export interface Dataset {
  name: string;
  description: string;
  zones: Zones;
  residents: Float64Array;
  external: ExternalAreas;
  flows: Flows;
  stations: Stations;
  risk: Risk | null;
  adjacency: Adjacency;
}
