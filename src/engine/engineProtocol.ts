/**
 * The one typed contract between the main thread and an engine worker. Every argument and every
 * reply is structured-clone friendly; replies that carry typed arrays arrive with their buffers
 * transferred, not copied. See src/engine/README.md for the flow.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type {
  Explanation, FrontCounterFigures, FrontCounterSetting, HeadlineMeasures, HexWeek, ResponseResult, ResponseSummary, ScenarioResult,
} from '../model/index.ts';
import type { DatasetSummary } from './datasetSummary.ts';
import type { SlotResult } from './slotResult.ts';

/** A dataset file as text, e.g. read from a dropped folder on the main thread. */
export interface DatasetFileText {
  name: string;
  text: string;
}

/** 'default' is the London dataset bundled with the engine. */
export type DatasetSource = 'default' | DatasetFileText[];

export type LoadDatasetResponse =
  | { ok: true; summary: DatasetSummary }
  /** The worker keeps the dataset it had before: a bad upload never leaves it without one. */
  | { ok: false; errors: string[]; warnings: string[] };

/** A scenario problem, named by its field path ("supply.headcount", "events[0].zone"). */
export interface ScenarioError {
  path: string;
  message: string;
}

/** Why a request produced no answer: cancelled (by a newer request or explicitly), or refused. */
export type Refusal = { ok: false; cancelled: true } | { ok: false; cancelled: false; errors: ScenarioError[] };

export type RunResponse = { ok: true; result: ScenarioResult } | Refusal;
export type RunSlotResponse = { ok: true; slot: SlotResult } | Refusal;
export type ExplainResponse =
  /** `estimated`: on finer zones, which figures are estimated below the dataset's zones, and how. */
  | { ok: true; explanation: Explanation; estimated?: string }
  | Refusal;

/**
 * Files the app can export; the bytes are the CLI's for the same scenario and data (src/io/exports).
 * The response exports run the scenario's response simulation first if it has not run.
 */
export type ExportFormat = 'allocation-csv' | 'summary-csv' | 'geojson' | 'json' | 'response-csv' | 'response-summary-csv';
export type ExportResponse = { ok: true; fileName: string; mimeType: string; text: string } | Refusal;

/** Zones finer than the dataset's: a hexagon grid laid over them, or the London default's MSOAs. */
export type FinerZoneSet = 'hexagons' | 'msoas';

/**
 * A finer zone set as the page draws it: zones in the engine's order (the order of every per-zone array
 * of its runs), each lying in a zone of the dataset (`parent`, the dataset's zone index; for a hexagon
 * its majority zone).
 */
export type ZoneSetResponse =
  | {
    ok: true;
    kind: FinerZoneSet;
    /** Hexagons: turf's cellSide, each side in km; null for MSOAs. */
    cellKm: number | null;
    /** "H0001", ... or MSOA codes. */
    ids: string[];
    /** "Hexagon 1 (Bromley)", "Wandsworth 001". */
    names: string[];
    parent: Int32Array;
    /** WGS84. */
    geometries: (Polygon | MultiPolygon)[];
    /** Usual residents and Census workday population of each zone (estimated: see `estimated`). */
    residents: Float64Array;
    workday: Float64Array;
    /** Which figures are estimated below the dataset's zones, and how, in plain words. */
    estimated: string;
  }
  | Refusal;

/** A scenario's week on a finer zone set (fields documented in src/model/hexagons/hexWeek.ts). */
export type RunZoneSetResponse = { ok: true; week: HexWeek } | Refusal;

/** A worker's share of a scenario's response simulation: its replications, summed so they merge exactly. */
export type ResponseShareResponse = { ok: true; summary: ResponseSummary } | Refusal;
/** A scenario's response simulation, every replication merged (src/model/response/responseResult.ts). */
export type ResponseResponse = { ok: true; response: ResponseResult } | Refusal;

/** A run's week in headline figures only (a sweep's row, a frontier's point): no arrays cross to the page. */
export type HeadlineResponse = { ok: true; measures: HeadlineMeasures } | Refusal;

/** One front counter's opening hours against the people of its zone (src/model/frontCounterFigures.ts). */
export type FrontCounterResponse = { ok: true; figures: FrontCounterFigures } | Refusal;

/** Called between the engine's stages; `fraction` runs from 0 to 1. */
export type ProgressCallback = (stage: string, fraction: number) => void;

/** What an engine worker exposes (Comlink.expose). `requestId`s are chosen by the caller and unique per worker. */
export interface EngineApi {
  loadDataset(source: DatasetSource): Promise<LoadDatasetResponse>;
  /** `scenario` is a parsed scenario object or its JSON text; it is validated here. */
  run(requestId: number, scenario: unknown, onProgress?: ProgressCallback): Promise<RunResponse>;
  /** One slot's per-zone figures, from the cached run of the scenario (running it if needed). */
  runSlot(requestId: number, scenario: unknown, slot: number): Promise<RunSlotResponse>;
  /** Why `zone` (index or id) has its officers in `slot`. */
  explain(requestId: number, scenario: unknown, zone: number | string, slot: number): Promise<ExplainResponse>;
  /** The scenario's results as a file, written in the worker so the page never builds large strings. */
  exportFile(requestId: number, scenario: unknown, format: ExportFormat, onProgress?: ProgressCallback): Promise<ExportResponse>;
  /**
   * Replications `ks` of the scenario's response simulation (seeded by service.seed and k, so the same
   * whichever worker runs them), summed for `response` to merge.
   */
  responseShare(requestId: number, scenario: unknown, ks: number[], onProgress?: ProgressCallback): Promise<ResponseShareResponse>;
  /**
   * The scenario's response simulation with service.replications replications: merged from `summaries`
   * of every replication when given, else all run here. Kept with the run, so exports reuse it.
   */
  response(requestId: number, scenario: unknown, onProgress?: ProgressCallback, summaries?: ResponseSummary[]): Promise<ResponseResponse>;
  /**
   * The scenario's headline figures (src/model/sweep/headlineMeasures.ts): its run, and with `response` its
   * response simulation (all service.replications run here), for batches of many runs.
   */
  headline(requestId: number, scenario: unknown, options: { response: boolean }, onProgress?: ProgressCallback): Promise<HeadlineResponse>;
  /**
   * How `counter`'s opening hours serve its zone, over the presence of the scenario's (cached) run; the
   * counter is checked as the scenario's only front counter, so its problems are named frontCounters[0].*.
   */
  frontCounter(requestId: number, scenario: unknown, counter: FrontCounterSetting, onProgress?: ProgressCallback): Promise<FrontCounterResponse>;
  /** A finer zone set over the loaded zones (hexagons, or MSOAs), built or loaded on first use and kept per dataset. */
  zoneSet(requestId: number, kind: FinerZoneSet): Promise<ZoneSetResponse>;
  /**
   * The scenario's week on a finer zone set, by the same engine: the borough scenario restated for the
   * finer zones (see src/model/hexagons/README.md), cached per dataset, zone set and scenario.
   */
  runZoneSet(requestId: number, scenario: unknown, kind: FinerZoneSet, onProgress?: ProgressCallback): Promise<RunZoneSetResponse>;
  /** Why finer zone `zone` (its index in the zone set) has its officers in `slot`. */
  explainZoneSet(requestId: number, scenario: unknown, kind: FinerZoneSet, zone: number, slot: number): Promise<ExplainResponse>;
  /** Stops a request at the engine's next stage boundary; it then answers { ok: false, cancelled: true }. */
  cancel(requestId: number): Promise<void>;
}
