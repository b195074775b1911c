import * as Comlink from 'comlink';
import { hexagonSet, type HexagonSet } from '../io/hexGrid/hexagonSet.ts';
import { SmoothingInfeasible } from '../model/allocateSmoothed.ts';
import { hexSlot, hexSlotBuffers } from '../model/hexagons/hexSlot.ts';
import { hexWeekExtent, type HexWeekExtent } from '../model/hexagons/hexWeekExtent.ts';
import { runHexScenario, type HexRun } from '../model/hexagons/runHexScenario.ts';
import { prepareScenario } from '../model/prepareScenario.ts';
import { RunCancelled } from '../model/runScenario.ts';
import { checkScenario, parseScenario } from '../model/scenario.ts';
import { peopleInputs } from '../model/scenarioInputs.ts';
import type { EngineApi, Refusal } from './engineProtocol.ts';
import type { LoadedDataset } from './loadedDataset.ts';
import { lruCache } from './lruCache.ts';
import { CANCELLED, badSlot, messageOf, refuse } from './refusals.ts';

/** Hexagon grids kept per worker: a grid takes about a second to build for London. */
const HEX_GRID_CACHE_SIZE = 2;
const HEX_RESULT_CACHE_SIZE = 2;
/** Hexagon sides the engine builds: 0.5 km gives about 2,600 hexagons over London, 10 km a handful. */
const MIN_CELL_KM = 0.5;
const MAX_CELL_KM = 10;

type HexComputed = Extract<HexRun, { ok: true }> & { weekMax: HexWeekExtent };

export interface HexagonRunDeps {
  /** The worker's dataset once any load in progress has finished (null before the first). */
  loaded(): Promise<LoadedDataset | null>;
  /** Awaited between stages so a cancel message can arrive. */
  pause(): Promise<void>;
  /** The worker's in-flight requests, so cancel(requestId) reaches hexagon requests too. */
  signals: Map<number, { aborted: boolean }>;
}

function badCellSize(cellKm: unknown): Refusal | null {
  if (typeof cellKm === 'number' && cellKm >= MIN_CELL_KM && cellKm <= MAX_CELL_KM) return null;
  return refuse('cellKm', `hexagons with ${String(cellKm)} km sides cannot be built; choose ${MIN_CELL_KM} to ${MAX_CELL_KM} km`);
}

/** The worker API's hexagon methods: grids and runs on hexagons, cached per dataset, cell size and scenario. */
export function createHexagonRuns(deps: HexagonRunDeps): Pick<EngineApi, 'hexGrid' | 'runHexSlot'> {
  const { pause, signals } = deps;
  const hexSets = lruCache<HexagonSet>(HEX_GRID_CACHE_SIZE);
  const hexResults = lruCache<HexComputed>(HEX_RESULT_CACHE_SIZE);

  /** The hexagons for `loaded` and the cell size, built on first use (the build itself is not interruptible). */
  async function hexSet(loaded: LoadedDataset, cellKm: number, signal: { aborted: boolean }): Promise<HexagonSet> {
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
    const loaded = await deps.loaded();
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
      if (e instanceof SmoothingInfeasible) return refuse('smoothing.maxChangePerSlot', e.message);
      return refuse('(engine)', `the engine failed: ${messageOf(e)}`);
    } finally {
      signals.delete(requestId);
    }
  }

  return {
    async hexGrid(requestId, cellKm) {
      const bad = badCellSize(cellKm);
      if (bad) return bad;
      return hexAnswer(requestId, async (signal) => {
        const loaded = await deps.loaded();
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
      const bad = badSlot(slot) ?? badCellSize(cellKm);
      if (bad) return bad;
      return hexAnswer(requestId, async (signal) => {
        const outcome = await hexCompute(scenario, cellKm, signal);
        if (!outcome.ok) return outcome;
        const { result, plan, notes, weekMax } = outcome.computed;
        const value = hexSlot(result, plan.allocated, slot, cellKm, plan.method, notes, weekMax);
        return Comlink.transfer({ ok: true as const, slot: value }, hexSlotBuffers(value));
      });
    },
  };
}
