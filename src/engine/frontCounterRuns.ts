import { checkScenario, frontCounterFigures, parseScenario, prepareScenario, type FrontCounterSetting } from '../model/index.ts';
import type { EngineApi, ProgressCallback, Refusal } from './engineProtocol.ts';
import type { Computed } from './loadedDataset.ts';
import { refuse } from './refusals.ts';
import { respond, type Signals } from './respond.ts';

export interface FrontCounterRunDeps {
  /** The scenario's allocation run (cached by the engine API), or the reason there is none. */
  compute(scenario: unknown, signal: { aborted: boolean }, report?: ProgressCallback): Promise<{ ok: true; computed: Computed } | Refusal>;
  signals: Signals;
}

/**
 * The worker API's front-counter figures: one counter assessed over the presence of the scenario's
 * cached run, so asking about opening hours never runs the week again. The counter is checked as the
 * scenario's only front counter, so its problems are named `frontCounters[0].zone`, `.opening`, ....
 */
export function createFrontCounterRuns(deps: FrontCounterRunDeps): Pick<EngineApi, 'frontCounter'> {
  return {
    async frontCounter(requestId, scenario, counter, onProgress) {
      return respond(deps.signals, requestId, onProgress, async (signal, report) => {
        const outcome = await deps.compute(scenario, signal, report);
        if (!outcome.ok) return outcome;
        const { loaded, result } = outcome.computed;
        // Checked again only to put the counter in: the run above is the cached one.
        const base = typeof scenario === 'string' ? parseScenario(scenario) : checkScenario(scenario);
        if (!base.ok) return { ok: false as const, cancelled: false as const, errors: base.errors };
        const withCounter = checkScenario({ ...base.scenario, frontCounters: [counter as FrontCounterSetting] });
        if (!withCounter.ok) return { ok: false as const, cancelled: false as const, errors: withCounter.errors };
        const prepared = prepareScenario(withCounter.scenario, loaded.data, loaded.locate);
        if (!prepared.ok) return { ok: false as const, cancelled: false as const, errors: prepared.errors };
        const prepCounter = prepared.plan.frontCounters[0];
        if (!prepCounter) return refuse('frontCounters[0]', 'no front counter was given');
        return { ok: true as const, figures: frontCounterFigures(loaded.data, result.inputs.phase, result.inputs.present, prepCounter) };
      });
    },
  };
}
