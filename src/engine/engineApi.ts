import * as Comlink from 'comlink';
import { hexagonSet, type HexagonSet } from '../io/hexGrid/hexagonSet.ts';
import { loadDataset as readDataset } from '../io/loadDataset.ts';
import { formatProblem } from '../io/problem.ts';
import { sourceFromText } from '../io/sourceFile.ts';
import { SmoothingInfeasible } from '../model/allocateSmoothed.ts';
import type { Dataset } from '../model/dataset.ts';
import { explain } from '../model/explain.ts';
import { hexSlot, hexSlotBuffers } from '../model/hexagons/hexSlot.ts';
import { hexWeekExtent, type HexWeekExtent } from '../model/hexagons/hexWeekExtent.ts';
import { runHexScenario, type HexRun } from '../model/hexagons/runHexScenario.ts';
import type { LpSolver } from '../model/linearProgram.ts';
import { prepareScenario, type PreparedScenario, type ZoneLocator } from '../model/prepareScenario.ts';
import { RunCancelled, runScenario, type ScenarioResult } from '../model/runScenario.ts';
import { checkScenario, parseScenario } from '../model/scenario.ts';
import { peopleInputs, type PeopleInputs } from '../model/scenarioInputs.ts';
import { SLOTS_PER_WEEK } from '../model/time.ts';
import { datasetSummary } from './datasetSummary.ts';
import type { EngineEnv } from './engineEnv.ts';
import type { DatasetSource, EngineApi, HexGridResponse, LoadDatasetResponse, ProgressCallback, Refusal } from './engineProtocol.ts';
import { lruCache } from './lruCache.ts';
import { slotResult } from './slotResult.ts';
import { transferableCopy } from './transferableCopy.ts';
import { yieldToEventLoop } from './yieldToEventLoop.ts';
import { zoneLocator } from '../io/zoneLocator.ts';
import { exportFile } from './exportFile.ts';
import type { ZonePolygon } from '../io/readZoneGeometry.ts';

/** Runs kept per worker: two comparison panes plus explanations of either stay cheap. */
const RESULT_CACHE_SIZE = 2;

interface Loaded {
  data: Dataset;
  geometries: ZonePolygon[];
  locate: ZoneLocator;
  /** Dataset-only inputs, computed by the first run and shared by every later one. */
  people: PeopleInputs | null;
  /** Distinguishes cache entries of successive datasets. */
  generation: number;
}

interface Computed {
  loaded: Loaded;
  plan: PreparedScenario;
  result: ScenarioResult;
}

type Outcome = { ok: true; computed: Computed } | Refusal;

/** Hexagon grids kept per worker: a grid takes about a second to build for London. */
const HEX_GRID_CACHE_SIZE = 2;
/** Hexagon sides the engine builds: 0.5 km gives about 2,600 hexagons over London, 10 km a handful. */
const MIN_CELL_KM = 0.5;
const MAX_CELL_KM = 10;

type HexComputed = Extract<HexRun, { ok: true }> & { weekMax: HexWeekExtent };

function badCellSize(cellKm: unknown): Refusal | null {
  if (typeof cellKm === 'number' && cellKm >= MIN_CELL_KM && cellKm <= MAX_CELL_KM) return null;
  return refuse('cellKm', `hexagons with ${String(cellKm)} km sides cannot be built; choose ${MIN_CELL_KM} to ${MAX_CELL_KM} km`);
}

const CANCELLED: Refusal = { ok: false, cancelled: true };

function refuse(path: string, message: string): Refusal {
  return { ok: false, cancelled: false, errors: [{ path, message }] };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

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
  let current: Loaded | null = null;
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
    const lp = plan.method === 'smoothed' ? await lpSolver() : undefined;
    if (!loaded.people) {
      await pause();
      if (signal.aborted) throw new RunCancelled();
      loaded.people = peopleInputs(loaded.data);
    }
    const result = await runScenario(loaded.data, plan, { lp, people: loaded.people, signal, onProgress: report, yieldControl: pause });
    const computed = { loaded, plan, result };
    results.set(key, computed);
    return { ok: true, computed };
  }

  const hexSets = lruCache<HexagonSet>(HEX_GRID_CACHE_SIZE);
  const hexResults = lruCache<HexComputed>(RESULT_CACHE_SIZE);

  /** The hexagons for `loaded` and the cell size, built on first use (the build itself is not interruptible). */
  async function hexSet(loaded: Loaded, cellKm: number, signal: { aborted: boolean }): Promise<HexagonSet> {
    const key = `${loaded.generation}\n${cellKm}`;
    const hit = hexSets.get(key);
    if (hit) return hit;
    await pause();
    if (signal.aborted) throw new RunCancelled();
    loaded.people ??= peopleInputs(loaded.data);
    const set = hexagonSet(loaded.data, loaded.geometries, loaded.people, loaded.locate, cellKm);
    hexSets.set(key, set);
    return set;
  }

  async function hexCompute(scenario: unknown, cellKm: number, signal: { aborted: boolean }): Promise<{ ok: true; computed: HexComputed } | Refusal> {
    await loading;
    const loaded = current;
    if (!loaded) return refuse('(dataset)', 'no dataset is loaded');
    const check = typeof scenario === 'string' ? parseScenario(scenario) : checkScenario(scenario);
    if (!check.ok) return { ok: false, cancelled: false, errors: check.errors };
    // Checked against the boroughs first, so problems are named as the planner wrote the scenario.
    const boroughs = prepareScenario(check.scenario, loaded.data, loaded.locate);
    if (!boroughs.ok) return { ok: false, cancelled: false, errors: boroughs.errors };
    const key = `${loaded.generation}\n${cellKm}\n${JSON.stringify(check.scenario)}`;
    const hit = hexResults.get(key);
    if (hit) return { ok: true, computed: hit };
    const set = await hexSet(loaded, cellKm, signal);
    const run = await runHexScenario(loaded.data, set.hexes, set.grid, check.scenario, set.locate, { signal, yieldControl: pause });
    if (!run.ok) return { ok: false, cancelled: false, errors: run.errors };
    const computed = { ...run, weekMax: hexWeekExtent(run.result, run.plan.allocated) };
    hexResults.set(key, computed);
    return { ok: true, computed };
  }

  /** Registers a hexagon request for cancel() and turns cancellation and failures into refusals. */
  async function hexAnswer<T>(requestId: number, work: (signal: { aborted: boolean }) => Promise<T | Refusal>): Promise<T | Refusal> {
    const signal = { aborted: false };
    signals.set(requestId, signal);
    try {
      const answer = await work(signal);
      return signal.aborted ? CANCELLED : answer;
    } catch (e) {
      if (e instanceof RunCancelled) return CANCELLED;
      return refuse('(engine)', `the engine failed: ${messageOf(e)}`);
    } finally {
      signals.delete(requestId);
    }
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

  return {
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
      if (!Number.isInteger(slot) || slot < 0 || slot >= SLOTS_PER_WEEK) {
        return refuse('slot', `${slot} is not a slot of the week (0 to ${SLOTS_PER_WEEK - 1})`);
      }
      return answer(requestId, scenario, undefined, ({ result }) => {
        const { value, transfer } = transferableCopy(slotResult(result, slot));
        return Comlink.transfer({ ok: true as const, slot: value }, transfer);
      });
    },

    async explain(requestId, scenario, zone, slot) {
      if (!Number.isInteger(slot) || slot < 0 || slot >= SLOTS_PER_WEEK) {
        return refuse('slot', `${slot} is not a slot of the week (0 to ${SLOTS_PER_WEEK - 1})`);
      }
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

    async hexGrid(requestId, cellKm) {
      const bad = badCellSize(cellKm);
      if (bad) return bad;
      return hexAnswer<HexGridResponse>(requestId, async (signal) => {
        await loading;
        const loaded = current;
        if (!loaded) return refuse('(dataset)', 'no dataset is loaded');
        const { grid, hexes } = await hexSet(loaded, cellKm, signal);
        const zone = Int32Array.from(grid.majority);
        const residents = hexes.data.residents.slice();
        const workday = hexes.workday.slice();
        const { ids, names } = hexes.data.zones;
        return Comlink.transfer(
          { ok: true as const, cellKm, ids: [...ids], names: [...names], zone, geometries: grid.polygons, residents, workday },
          [zone.buffer, residents.buffer, workday.buffer],
        );
      });
    },

    async runHexSlot(requestId, scenario, slot, cellKm) {
      if (!Number.isInteger(slot) || slot < 0 || slot >= SLOTS_PER_WEEK) {
        return refuse('slot', `${slot} is not a slot of the week (0 to ${SLOTS_PER_WEEK - 1})`);
      }
      const bad = badCellSize(cellKm);
      if (bad) return bad;
      return hexAnswer(requestId, async (signal) => {
        const outcome = await hexCompute(scenario, cellKm, signal);
        if (!outcome.ok) return outcome;
        const { result, plan, notes, weekMax } = outcome.computed;
        const value = hexSlot(result, plan.allocated, slot, cellKm, plan.method === 'fixed' ? 'fixed' : 'follow-demand', notes, weekMax);
        return Comlink.transfer({ ok: true as const, slot: value }, hexSlotBuffers(value));
      });
    },

    async cancel(requestId) {
      const signal = signals.get(requestId);
      if (signal) signal.aborted = true;
    },
  };
}
