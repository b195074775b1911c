import type { EnginePool } from '../../engine/enginePool.ts';
import { messageOf } from '../../engine/refusals.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Store } from '../state/store.ts';
import type { DatasetHandle, ResultsController, RunState, Which } from './appContext.ts';
import { debounce } from './debounce.ts';

/** How long edits must pause before a run starts, so typing does not queue a run per keystroke. */
export const RUN_DELAY_MS = 150;

const WHICH: readonly Which[] = ['scenario', 'comparison'];

/**
 * Runs the state's two scenarios in the engine whenever they (or the dataset) change. Each keeps its
 * last complete result while a newer run goes; a refused scenario keeps it too, so the map never goes
 * blank over a typo. Runs of a dataset that has since been replaced are ignored.
 */
export function createResultsController(store: Store, engine: EnginePool, dataset: DatasetHandle, delayMs = RUN_DELAY_MS): ResultsController {
  const states: Record<Which, RunState> = {
    scenario: { status: 'running', progress: null, result: null, errors: [] },
    comparison: { status: 'running', progress: null, result: null, errors: [] },
  };
  const listeners = new Set<() => void>();
  let generation = 0;

  const update = (which: Which, patch: Partial<RunState>) => {
    states[which] = { ...states[which], ...patch };
    for (const listener of [...listeners]) listener();
  };

  async function run(which: Which): Promise<void> {
    const scenario: Scenario = store.get()[which];
    const startedIn = generation;
    update(which, { status: 'running', progress: { stage: 'starting', fraction: 0 } });
    try {
      const answer = await engine.run(which, scenario, {
        onProgress: (stage, fraction) => {
          if (startedIn === generation && store.get()[which] === scenario) update(which, { progress: { stage, fraction } });
        },
      });
      if (startedIn !== generation) return;
      if (answer.ok) update(which, { status: 'ready', progress: null, result: answer.result, errors: [] });
      else if (!answer.cancelled) update(which, { status: 'invalid', progress: null, errors: answer.errors });
      // Cancelled: a newer run of this scenario is under way and will report.
    } catch (e) {
      if (startedIn !== generation) return;
      update(which, { status: 'failed', progress: null, errors: [{ path: '(engine)', message: messageOf(e) }] });
    }
  }

  const scheduled: Record<Which, ReturnType<typeof debounce<[]>>> = {
    scenario: debounce(() => void run('scenario'), delayMs),
    comparison: debounce(() => void run('comparison'), delayMs),
  };

  store.subscribe((state, previous) => {
    for (const which of WHICH) {
      if (state[which] === previous[which]) continue;
      update(which, { status: 'running', progress: { stage: 'waiting', fraction: 0 } });
      scheduled[which]();
    }
  });

  dataset.subscribe(() => {
    generation++;
    for (const which of WHICH) {
      scheduled[which].cancel();
      // The old result's zones are not the new dataset's.
      update(which, { result: null, errors: [] });
      void run(which);
    }
  });

  for (const which of WHICH) void run(which);

  return {
    get: (which) => states[which],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async explain(which, zone, slot) {
      try {
        const answer = await engine.explain(`explain-${which}`, store.get()[which], zone, slot);
        return answer.ok ? answer.explanation : null;
      } catch {
        return null;
      }
    },
  };
}
