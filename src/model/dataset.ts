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
  /**
   * The id of the coarser zone each lies in (an MSOA's borough), '' where not given: zones.csv's
   * optional `parent` column. A scenario written for the coarser zones is restated through it.
   */
  parents: string[];
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
export const TOTAL_FRIDAY_IN = 6;
export const TOTAL_FRIDAY_OUT = 7;
export const TOTALS_STRIDE = 8;
/** The totals columns of each day type (DAY_TYPES order: Mon-Thu, Friday, Saturday, Sunday). */
export const TOTAL_IN_OF_DAY_TYPE: readonly number[] = [TOTAL_WEEKDAY_IN, TOTAL_FRIDAY_IN, TOTAL_SATURDAY_IN, TOTAL_SUNDAY_IN];
export const TOTAL_OUT_OF_DAY_TYPE: readonly number[] = [TOTAL_WEEKDAY_OUT, TOTAL_FRIDAY_OUT, TOTAL_SATURDAY_OUT, TOTAL_SUNDAY_OUT];
/** Number of day types a station may have its own 15-minute profile for (DAY_TYPES in time.ts). */
export const PROFILE_DAY_TYPES = 4;

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
   * Typical entries and exits per 15-minute column of each day type (DAY_TYPES: Mon-Thu, Friday, Saturday,
   * Sunday), day-type major: station i, day type t, column q at (t * count + i) * 96 + q. Columns 00:00 to
   * 04:45 are the early hours AFTER the day (TfL's day runs 05:00 to 05:00); the model places them on the
   * next calendar day. Rows a station has no profile for are all zero and hasProfile is 0.
   */
  profileIn: Float32Array;
  profileOut: Float32Array;
  /** PROFILE_DAY_TYPES x count: hasProfile[t * count + i] is 1 where station i has day type t's own profile. */
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
