import * as Comlink from 'comlink';
import { loadDataset as readDataset } from '../io/loadDataset.ts';
import { formatProblem } from '../io/problem.ts';
import { sourceFromText } from '../io/sourceFile.ts';
import { zoneLocator } from '../io/zoneLocator.ts';
import { SmoothingInfeasible } from '../model/allocateSmoothed.ts';
import { explain } from '../model/explain.ts';
import type { LpSolver } from '../model/linearProgram.ts';
import { prepareScenario, type PreparedScenario } from '../model/prepareScenario.ts';
import { RunCancelled, runScenario, type ScenarioResult } from '../model/runScenario.ts';
import { checkScenario, parseScenario } from '../model/scenario.ts';
import { peopleInputs } from '../model/scenarioInputs.ts';
import { datasetSummary } from './datasetSummary.ts';
import type { EngineEnv } from './engineEnv.ts';
import type { DatasetSource, EngineApi, LoadDatasetResponse, ProgressCallback, Refusal } from './engineProtocol.ts';
import { exportFile } from './exportFile.ts';
import { createHexagonRuns } from './hexagonRuns.ts';
import type { LoadedDataset } from './loadedDataset.ts';
import { lruCache } from './lruCache.ts';
import { CANCELLED, badSlot, messageOf, refuse } from './refusals.ts';
import { slotResult } from './slotResult.ts';
import { transferableCopy } from './transferableCopy.ts';
import { yieldToEventLoop } from './yieldToEventLoop.ts';

/** Runs kept per worker: two comparison panes plus explanations of either stay cheap. */
const RESULT_CACHE_SIZE = 2;

interface Computed {
  loaded: LoadedDataset;
  plan: PreparedScenario;
  result: ScenarioResult;
}

type Outcome = { ok: true; computed: Computed } | Refusal;

/** Lets go of a Comlink proxy of the caller's callback (a plain function is left alone). */
function releaseRemote(fn: unknown): void {
  if (typeof fn !== 'function') return;
  const release = (fn as unknown as Record<symbol, unknown>)[Comlink.releaseProxy];
  if (typeof release === 'function') void Promise.resolve(release()).catch(() => undefined);
}

/** Progress reports are fire-and-forget: a slow or closed main thread never holds the engine up. */
function reporter(onProgress: ProgressCallback | undefined): ProgressCallback | undefined {
  if (!onProgress) return undefined;
  return (stage, fraction) => {
    try {
      const r: unknown = onProgress(stage, fraction);
      if (r instanceof Promise) r.catch(() => undefined);
    } catch {
      // the caller's callback failing is not the engine's problem
    }
  };
}

/**
 * The object an engine worker exposes. Environment specifics (where the default dataset and HiGHS
 * come from) are injected, so Node tests drive the very same object without a worker.
 */
export function createEngineApi(env: EngineEnv): EngineApi {
  const pause = env.yieldControl ?? yieldToEventLoop;
  const signals = new Map<number, { aborted: boolean }>();
  const results = lruCache<Computed>(RESULT_CACHE_SIZE);
  let current: LoadedDataset | null = null;
  let generation = 0;
  /** Loads run one after another; requests wait for the last one so they see the newest dataset. */
  let loading: Promise<unknown> = Promise.resolve();
  let solver: Promise<LpSolver> | null = null;

  async function load(source: DatasetSource): Promise<LoadDatasetResponse> {
    try {
      const files = source === 'default' ? await env.defaultDatasetFiles() : source.map((f) => sourceFromText(f.name, f.text));
      const r = await readDataset(files, { resolveBoundaries: env.resolveBoundaries });
      const warnings = r.warnings.map(formatProblem);
      if (!r.ok) return { ok: false, errors: r.errors.map(formatProblem), warnings };
      current = { data: r.dataset, geometries: r.geometries, locate: zoneLocator(r.geometries), people: null, generation: ++generation };
      results.clear();
      return { ok: true, summary: datasetSummary(r.dataset, r.geometries, warnings) };
    } catch (e) {
      return { ok: false, errors: [`the dataset could not be read (${messageOf(e)})`], warnings: [] };
    }
  }

  function lpSolver(): Promise<LpSolver> {
    solver ??= env.loadLpSolver().catch((e: unknown) => {
      solver = null; // let a later run try again
      throw e;
    });
    return solver;
  }

  async function compute(scenario: unknown, signal: { aborted: boolean }, report?: ProgressCallback): Promise<Outcome> {
    await loading;
    const loaded = current;
    if (!loaded) return refuse('(dataset)', 'no dataset is loaded');
    const check = typeof scenario === 'string' ? parseScenario(scenario) : checkScenario(scenario);
    if (!check.ok) return { ok: false, cancelled: false, errors: check.errors };
    const key = `${loaded.generation}\n${JSON.stringify(check.scenario)}`;
    const hit = results.get(key);
    if (hit) {
      report?.('done', 1);
      return { ok: true, computed: hit };
    }
    const prepared = prepareScenario(check.scenario, loaded.data, loaded.locate);
    if (!prepared.ok) return { ok: false, cancelled: false, errors: prepared.errors };
    const { plan } = prepared;
    const highs = plan.method === 'smoothed' && env.smoothingSolver === 'highs';
    const lp = highs ? await lpSolver() : undefined;
    if (!loaded.people) {
      await pause();
      if (signal.aborted) throw new RunCancelled();
      loaded.people = peopleInputs(loaded.data);
    }
    const result = await runScenario(loaded.data, plan, { solver: highs ? 'highs' : 'flow', lp, people: loaded.people, signal, onProgress: report, yieldControl: pause });
    const computed = { loaded, plan, result };
    results.set(key, computed);
    return { ok: true, computed };
  }

  /** Registers the request for cancel(), computes (or reuses) the run, and shapes the answer. */
  async function answer<T>(
    requestId: number,
    scenario: unknown,
    onProgress: ProgressCallback | undefined,
    shape: (c: Computed) => T | Refusal,
  ): Promise<T | Refusal> {
    const signal = { aborted: false };
    signals.set(requestId, signal);
    try {
      const outcome = await compute(scenario, signal, reporter(onProgress));
      if (signal.aborted) return CANCELLED;
      return outcome.ok ? shape(outcome.computed) : outcome;
    } catch (e) {
      if (e instanceof RunCancelled) return CANCELLED;
      if (e instanceof SmoothingInfeasible) return refuse('smoothing.maxChangePerSlot', e.message);
      return refuse('(engine)', `the engine failed: ${messageOf(e)}`);
    } finally {
      signals.delete(requestId);
      releaseRemote(onProgress);
    }
  }

  const hexagons = createHexagonRuns({
    loaded: async () => {
      await loading;
      return current;
    },
    pause,
    signals,
  });

  return {
    ...hexagons,
    loadDataset(source) {
      const task = loading.then(() => load(source));
      loading = task;
      return task;
    },

    run(requestId, scenario, onProgress) {
      return answer(requestId, scenario, onProgress, ({ result }) => {
        const { value, transfer } = transferableCopy(result);
        return Comlink.transfer({ ok: true as const, result: value }, transfer);
      });
    },

    async runSlot(requestId, scenario, slot) {
      const bad = badSlot(slot);
      if (bad) return bad;
      return answer(requestId, scenario, undefined, ({ result }) => {
        const { value, transfer } = transferableCopy(slotResult(result, slot));
        return Comlink.transfer({ ok: true as const, slot: value }, transfer);
      });
    },

    async explain(requestId, scenario, zone, slot) {
      const bad = badSlot(slot);
      if (bad) return bad;
      return answer(requestId, scenario, undefined, ({ loaded, plan, result }) => {
        const zones = loaded.data.zones;
        const z = typeof zone === 'number' ? zone : zones.ids.indexOf(zone);
        if (!Number.isInteger(z) || z < 0 || z >= zones.count) {
          return refuse('zone', `${JSON.stringify(zone)} is not a zone of dataset "${loaded.data.name}"`);
        }
        return { ok: true as const, explanation: explain(loaded.data, plan, result, z, slot) };
      });
    },

    async exportFile(requestId, scenario, format) {
      return answer(requestId, scenario, undefined, ({ loaded, plan, result }) => ({ ok: true as const, ...exportFile(format, plan.name, loaded, result) }));
    },

    async cancel(requestId) {
      const signal = signals.get(requestId);
      if (signal) signal.aborted = true;
    },
  };
}
