import * as Comlink from 'comlink';
import { formatProblem, loadDataset as readDataset, sourceFromText, zoneLocator, type Problem } from '../io/index.ts';
import { smallAreaReader } from '../io/smallAreaReader.ts';
import {
  checkScenario, explain, headlineMeasures, parseScenario, peopleInputs, prepareScenario, RunCancelled, runScenario,
  type LpSolver,
} from '../model/index.ts';
import { datasetSummary } from './datasetSummary.ts';
import type { EngineEnv } from './engineEnv.ts';
import type { DatasetSource, EngineApi, LoadDatasetResponse, ProgressCallback, Refusal } from './engineProtocol.ts';
import { exportFile, RESPONSE_FORMATS } from './exportFile.ts';
import { createZoneSetRuns } from './zoneSetRuns.ts';
import type { Computed, LoadedDataset } from './loadedDataset.ts';
import { createResponseRuns, responseOf } from './responseRuns.ts';
import { createFrontCounterRuns } from './frontCounterRuns.ts';
import { lruCache } from './lruCache.ts';
import { badSlot, messageOf, refuse } from './refusals.ts';
import { respond, type Signals } from './respond.ts';
import { slotResult } from './slotResult.ts';
import { transferableCopy } from './transferableCopy.ts';

/** Runs kept per worker: two comparison panes plus explanations of either stay cheap. */
const RESULT_CACHE_SIZE = 2;

type Outcome = { ok: true; computed: Computed } | Refusal;

/**
 * Resolves after the event loop has had a turn, so messages waiting for a worker (a cancel) are
 * handled between the engine's stages. A timer rather than a microtask: microtasks never let them in.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The object an engine worker exposes. Environment specifics (where the default dataset and HiGHS
 * come from) are injected, so Node tests drive the very same object without a worker.
 */
export function createEngineApi(env: EngineEnv): EngineApi {
  const pause = env.yieldControl ?? yieldToEventLoop;
  const signals: Signals = new Map();
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
      // The default dataset's files are named as the environment shows them (the CLI: under its folder).
      const shown = source === 'default' && env.displayFile ? env.displayFile : (name: string) => name;
      const format = (p: Problem) => formatProblem({ ...p, file: p.file ? shown(p.file) : shown('') });
      const warnings = r.warnings.map(format);
      if (!r.ok) return { ok: false, errors: r.errors.map(format), warnings };
      const smallAreas = smallAreaReader(r.smallAreas, r.dataset.zones.ids, files, env.resolveBoundaries);
      current = {
        data: r.dataset, geometries: r.geometries, locate: zoneLocator(r.geometries), people: null, generation: ++generation, smallAreas,
        isDefault: source === 'default',
      };
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

  /** Computes (or reuses) the run of `scenario` for a request and shapes the answer from it. */
  function answer<T>(
    requestId: number,
    scenario: unknown,
    onProgress: ProgressCallback | undefined,
    shape: (c: Computed) => T | Refusal,
  ): Promise<T | Refusal> {
    return respond(signals, requestId, onProgress, async (signal, report) => {
      const outcome = await compute(scenario, signal, report);
      return outcome.ok ? shape(outcome.computed) : outcome;
    });
  }

  const zoneSets = createZoneSetRuns({
    loaded: async () => {
      await loading;
      return current;
    },
    env,
    pause,
    signals,
  });

  const responses = createResponseRuns({ compute, pause, signals });
  const frontCounters = createFrontCounterRuns({ compute, signals });

  return {
    ...zoneSets,
    ...responses,
    ...frontCounters,
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

    async exportFile(requestId, scenario, format, onProgress) {
      return respond(signals, requestId, onProgress, async (signal, report) => {
        const outcome = await compute(scenario, signal, report);
        if (!outcome.ok) return outcome;
        const { loaded, plan, result } = outcome.computed;
        const response = RESPONSE_FORMATS.includes(format) ? await responseOf(outcome.computed, { pause }, signal, report) : null;
        return { ok: true as const, ...exportFile(format, plan.name, loaded, result, response) };
      });
    },

    async headline(requestId, scenario, options, onProgress) {
      return respond(signals, requestId, onProgress, async (signal, report) => {
        const outcome = await compute(scenario, signal, options.response ? undefined : report);
        if (!outcome.ok) return outcome;
        const response = options.response ? await responseOf(outcome.computed, { pause }, signal, report) : null;
        return { ok: true as const, measures: headlineMeasures(outcome.computed.result, response) };
      });
    },

    async cancel(requestId) {
      const signal = signals.get(requestId);
      if (signal) signal.aborted = true;
    },
  };
}
