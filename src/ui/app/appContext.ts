import type {
  DatasetSource, DatasetSummary, EnginePool, Explanation, FinerZoneSet, HexWeek, ResponseResult, ScenarioError, ScenarioResult,
  ZoneSetResponse,
} from '../../engine/index.ts';
import type { Which } from '../state/appState.ts';
import type { Store } from '../state/store.ts';
import type { FrameScheduler } from './frameScheduler.ts';

export type { Which } from '../state/appState.ts';

/**
 * What every part of the UI is given: the state store, the engine, the dataset on screen, the engine's
 * results for the two scenarios, and the frame scheduler views draw through. Views read from these and
 * write only through the store (scenario, view and session changes) or `dataset.load` (new data);
 * everything on screen is derived from them.
 */
export interface AppContext {
  store: Store;
  engine: EnginePool;
  dataset: DatasetHandle;
  results: ResultsController;
  frames: FrameScheduler;
}

export interface DatasetHandle {
  /** The dataset on screen (the summary includes zone geometries for the map). */
  current(): DatasetSummary;
  /** Whether the dataset on screen is the bundled London default. */
  isDefault(): boolean;
  /**
   * Loads dropped or picked files (or 'default', the bundled London data) in the engine. On failure
   * nothing changes (the old dataset stays) and the problems are returned, formatted with file, line
   * and column. The engine parses in one step, so `onProgress` hears 0 at the start and 1 at the end.
   */
  load(files: DatasetSource, onProgress?: (fraction: number) => void): Promise<{ ok: true } | { ok: false; errors: string[]; warnings: string[] }>;
  subscribe(listener: (summary: DatasetSummary) => void): () => void;
}

/** An engine run as the page holds it: its progress, its latest complete result, its refusals. */
export interface RunState<R> {
  status: 'idle' | 'running' | 'ready' | 'invalid' | 'failed';
  /** Engine progress while running. */
  progress: { stage: string; fraction: number } | null;
  /** The latest complete result for this scenario on the current dataset (kept while a newer run goes). */
  result: R | null;
  /** The scenario object `result` was computed for (compared by identity with the state's). */
  resultFor: unknown;
  /** Scenario problems by field path ('invalid'), or the engine's message for the user ('failed'). */
  errors: ScenarioError[];
}

export type ZoneRun = RunState<ScenarioResult>;
/** The scenario's response simulation (calls, units, dispatch, travel), its replications merged. */
export type ResponseRun = RunState<ResponseResult>;
/** A run on a finer zone set; `kind` is the set its result (if any) belongs to. */
export type FinerRun = RunState<HexWeek> & { kind: FinerZoneSet | null };
export type ZoneSetShape = Extract<ZoneSetResponse, { ok: true }>;

/** An explanation, and on finer zones which of its figures are estimated below the dataset's zones. */
export interface ZoneExplanation {
  explanation: Explanation;
  estimated: string | null;
}

export interface ResultsController {
  /** The run of a scenario on the dataset's own zones. */
  get(which: Which): ZoneRun;
  /** The scenario's response simulation, on the dataset's zones: asked for the scenarios on screen. */
  response(which: Which): ResponseRun;
  /** The run of a scenario on the finer zone set shown: asked of the engine only while the map shows it. */
  finer(which: Which): FinerRun;
  /** A finer zone set, once the engine has it; a refusal says why it cannot be shown (MSOAs of another dataset). */
  zoneSet(kind: FinerZoneSet): ZoneSetShape | null;
  zoneSetProblem(kind: FinerZoneSet): string | null;
  /** Called whenever a run, or a zone set, changes. */
  subscribe(listener: () => void): () => void;
  /** The engine's explanation of one zone's officers in one slot (`zone` an id of the zone set shown), for the scenario as it is now. */
  explain(which: Which, zone: string, slot: number): Promise<ZoneExplanation | null>;
}
