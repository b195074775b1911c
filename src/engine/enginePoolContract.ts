import type { FrontCounterSetting } from '../model/index.ts';
import type {
  DatasetSource, ExplainResponse, ExportFormat, ExportResponse, FinerZoneSet, FrontCounterResponse, HeadlineResponse, LoadDatasetResponse,
  ProgressCallback, ResponseResponse, RunResponse, RunSlotResponse, RunZoneSetResponse, ZoneSetResponse,
} from './engineProtocol.ts';

/** The engine's workers failed; the message is written for the user and shown as it is. */
export class EngineStopped extends Error {
  override name = 'EngineStopped';
}

/** A reply as the pool hands it on: which worker (slot index) answered, -1 if none did. */
export type PoolAnswer<T> = T & { worker: number };

export interface EnginePool {
  readonly size: number;
  /** Loads a dataset into every worker (and into workers started later). A bad one changes nothing. */
  loadDataset(source: DatasetSource): Promise<LoadDatasetResponse>;
  /**
   * Runs a scenario for a view ('left', 'right', ...). A newer request for the same view cancels this
   * one, which then settles as { ok: false, cancelled: true }; different views run in parallel.
   * Rejects (EngineStopped, a message for the user) only when workers die twice running it.
   */
  run(viewKey: string, scenario: unknown, options?: { onProgress?: ProgressCallback }): Promise<PoolAnswer<RunResponse>>;
  runSlot(viewKey: string, scenario: unknown, slot: number): Promise<PoolAnswer<RunSlotResponse>>;
  explain(viewKey: string, scenario: unknown, zone: number | string, slot: number): Promise<PoolAnswer<ExplainResponse>>;
  exportFile(viewKey: string, scenario: unknown, format: ExportFormat, options?: { onProgress?: ProgressCallback }): Promise<PoolAnswer<ExportResponse>>;
  /**
   * The scenario's response simulation: its replications spread over the workers, then merged in one
   * of them. A newer request for the view cancels every part of this one.
   */
  response(viewKey: string, scenario: unknown, options?: { onProgress?: ProgressCallback }): Promise<PoolAnswer<ResponseResponse>>;
  /**
   * A scenario's headline figures (with `response`, its response simulation's too, all replications in
   * one worker): what a batch or a frontier search needs per run. Views work as for run().
   */
  headline(viewKey: string, scenario: unknown, options: { response: boolean; onProgress?: ProgressCallback }): Promise<PoolAnswer<HeadlineResponse>>;
  /** A front counter's figures over the scenario's run (a worker that has the run cached is preferred). Views work as for run(). */
  frontCounter(viewKey: string, scenario: unknown, counter: FrontCounterSetting): Promise<PoolAnswer<FrontCounterResponse>>;
  /** A finer zone set over the pool's dataset: hexagons, or the London default's MSOAs (built by a worker on first use). */
  zoneSet(viewKey: string, kind: FinerZoneSet): Promise<PoolAnswer<ZoneSetResponse>>;
  /** The scenario's week on a finer zone set; a newer request for the view cancels this one. */
  runZoneSet(viewKey: string, scenario: unknown, kind: FinerZoneSet, options?: { onProgress?: ProgressCallback }): Promise<PoolAnswer<RunZoneSetResponse>>;
  explainZoneSet(viewKey: string, scenario: unknown, kind: FinerZoneSet, zone: number, slot: number): Promise<PoolAnswer<ExplainResponse>>;
  /** Cancels the view's pending request, if any. */
  cancel(viewKey: string): void;
  /** The worker running the view's current request, or -1 (queued, or none). */
  workerFor(viewKey: string): number;
  stats(): { workers: number; busy: number; queued: number; restarts: number };
  /** Kills worker `index` as a crash would; false if there is no such worker. */
  terminateWorkerForTest(index: number): boolean;
  dispose(): void;
}

export interface EnginePoolOptions {
  /** Default: hardware threads, at least 1 and at most 4. */
  size?: number;
}
