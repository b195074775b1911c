/** The pool's bookkeeping: a job asked of a worker, and a worker's slot in the pool (enginePool.ts). */
import type * as Comlink from 'comlink';
import type {
  EngineApi, ExplainResponse, ExportResponse, FrontCounterResponse, HeadlineResponse, LoadDatasetResponse,
  ResponseResponse, ResponseShareResponse, RunResponse, RunSlotResponse, RunZoneSetResponse, ZoneSetResponse,
} from './engineProtocol.ts';
import type { PoolAnswer } from './enginePoolContract.ts';
import type { EngineWorkerHandle } from './engineWorkerHandle.ts';

export type Answer =
  | RunResponse | RunSlotResponse | ExplainResponse | ExportResponse | ZoneSetResponse | RunZoneSetResponse | ResponseShareResponse | ResponseResponse
  | HeadlineResponse | FrontCounterResponse;
export type JobCall = (api: Comlink.Remote<EngineApi>, requestId: number, job: Job) => Promise<Answer>;

export interface Job {
  requestId: number;
  viewKey: string;
  label: string;
  scenarioKey: string;
  call: JobCall;
  attempts: number;
  settled: boolean;
  slot: Slot | null;
  /** The worker is inside a solve that only stopping the worker can interrupt. */
  uninterruptible: boolean;
  resolve(answer: PoolAnswer<Answer>): void;
  reject(error: Error): void;
}

export interface Slot {
  index: number;
  handle: EngineWorkerHandle;
  api: Comlink.Remote<EngineApi>;
  /** Jobs running here whose answer is still wanted. */
  live: Set<Job>;
  /** Calls not yet answered, cancelled ones included (a worker winds those down at its next stage). */
  inFlight: number;
  dead: boolean;
  /** Rejects when the worker dies: raced against every call, since a dead worker's calls never settle. */
  died: Promise<never>;
  kill(reason: string): void;
  /** Scenario keys run here last (the worker caches their results), newest last. */
  recent: string[];
  /** The pool's dataset as loaded when the worker started. */
  replayed: Promise<LoadDatasetResponse>;
}

export const MAX_ATTEMPTS = 2;
export const RECENT = 2;

/** A scenario's identity for caching and matching: its JSON (a string is its own key). */
export function keyOf(scenario: unknown): string {
  try {
    return typeof scenario === 'string' ? scenario : (JSON.stringify(scenario) ?? '');
  } catch {
    return '';
  }
}
