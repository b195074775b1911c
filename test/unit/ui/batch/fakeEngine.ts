import type { HeadlineMeasures, HeadlineResponse, PoolAnswer, Scenario } from '../../../../src/engine/index.ts';
import type { BatchEngine } from '../../../../src/ui/batch/batchJob.ts';

export interface FakeEngine extends BatchEngine {
  /** Scenarios asked for, in order. */
  asked: { key: string; scenario: Scenario }[];
  cancelled: string[];
}

/**
 * An engine pool that answers `headline` from a formula over the scenario, after `delay(scenario)` turns
 * of the event loop; a newer request for a view, or cancel(view), settles the older as cancelled, as the
 * real pool does. `refuse(scenario)` gives a refusal's message instead.
 */
export function fakeEngine(
  size: number,
  measures: (s: Scenario) => Partial<HeadlineMeasures>,
  options: { delay?: (s: Scenario) => number; refuse?: (s: Scenario) => string | null; enginePath?: string } = {},
): FakeEngine {
  const pending = new Map<string, (a: PoolAnswer<HeadlineResponse>) => void>();
  const asked: FakeEngine['asked'] = [];
  const cancelled: string[] = [];
  const cancel = (key: string) => {
    const settle = pending.get(key);
    if (!settle) return;
    pending.delete(key);
    cancelled.push(key);
    settle({ ok: false, cancelled: true, worker: -1 });
  };
  return {
    size,
    asked,
    cancelled,
    cancel,
    frontCounter: () => Promise.reject(new Error('not faked')),
    headline(key, scenario) {
      cancel(key);
      const s = scenario as Scenario;
      asked.push({ key, scenario: s });
      return new Promise((resolve) => {
        pending.set(key, resolve);
        let turns = options.delay?.(s) ?? 1;
        const tick = () => {
          if (pending.get(key) !== resolve) return;
          if (turns-- > 0) return void setTimeout(tick, 0);
          pending.delete(key);
          const refusal = options.refuse?.(s) ?? null;
          if (refusal !== null) return resolve({ ok: false, cancelled: false, errors: [{ path: options.enginePath ?? 'floors', message: refusal }], worker: 0 });
          resolve({
            ok: true, worker: 0,
            measures: { dissimilarity: 0, gini: 0, officerHoursMoved: 0, unmetOfficerHours: 0, erlangShareWithinTarget: NaN, simulated: null, ...measures(s) },
          });
        };
        tick();
      });
    },
  };
}
