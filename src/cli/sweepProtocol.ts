import type { ScenarioError } from '../engine/index.ts';
import type { HeadlineMeasures, Scenario, SmoothedSolver } from '../model/index.ts';

/** Main thread to sweep worker: load the dataset folder once, then run scenarios one at a time. */
export type SweepRequest =
  | { type: 'load'; dir: string; shown: string; solver: SmoothedSolver }
  | { type: 'run'; id: number; scenario: Scenario; response: boolean };

/** A run's headline figures, or why the engine refused it (path "(engine)" is the engine failing). */
export type RunOutcome = { ok: true; measures: HeadlineMeasures } | { ok: false; errors: ScenarioError[] };

/** Sweep worker to main thread. The worker's first message is { type: 'ready' }. */
export type SweepReply =
  | { type: 'ready' }
  | { type: 'loaded'; ok: boolean; errors: string[]; warnings: string[] }
  | { type: 'result'; id: number; outcome: RunOutcome };
