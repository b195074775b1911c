import type { EnginePool } from '../../engine/enginePool.ts';
import type { DatasetSource, ScenarioError } from '../../engine/engineProtocol.ts';
import type { DatasetSummary } from '../../engine/datasetSummary.ts';
import type { Explanation } from '../../model/explain.ts';
import type { ScenarioResult } from '../../model/runScenario.ts';
import type { Store } from '../state/store.ts';

/**
 * What every part of the UI is given: the state store, the engine, the dataset on screen and the
 * engine's results for the two scenarios. Views read from these and write only through `store.set`
 * (scenario and view edits) or `dataset.load` (new data); everything else is derived.
 */
export interface AppContext {
  store: Store;
  engine: EnginePool;
  dataset: DatasetHandle;
  results: ResultsController;
}

/** Which of the state's two scenarios: the planner's, or the one it is compared with. */
export type Which = 'scenario' | 'comparison';

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

export interface RunState {
  status: 'running' | 'ready' | 'invalid' | 'failed';
  /** Engine progress while running. */
  progress: { stage: string; fraction: number } | null;
  /** The latest complete result for this scenario on the current dataset (kept while a newer run goes). */
  result: ScenarioResult | null;
  /** Scenario problems by field path ('invalid'), or the engine's message for the user ('failed'). */
  errors: ScenarioError[];
}

export interface ResultsController {
  get(which: Which): RunState;
  /** Called whenever either RunState changes. */
  subscribe(listener: () => void): () => void;
  /** The engine's explanation of one zone's officers in one slot, for the scenario as it is now. */
  explain(which: Which, zone: string, slot: number): Promise<Explanation | null>;
}
