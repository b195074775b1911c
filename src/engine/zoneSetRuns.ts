import * as Comlink from 'comlink';
import { DEFAULT_CELL_KM, hexagonSet } from '../io/index.ts';
import {
  checkScenario, explain, hexagonTables, hexWeek, parseScenario, peopleInputs, prepareScenario, RunCancelled, runFinerScenario,
  type HexWeek, type PreparedScenario, type ScenarioResult,
} from '../model/index.ts';
import type { EngineApi, FinerZoneSet, ProgressCallback, Refusal } from './engineProtocol.ts';
import { loadFinerZones, type FinerZones } from './finerZones.ts';
import type { EngineEnv } from './engineEnv.ts';
import type { LoadedDataset } from './loadedDataset.ts';
import { lruCache } from './lruCache.ts';
import { badSlot, refuse } from './refusals.ts';
import { respond, type Signals } from './respond.ts';
import { transferableCopy } from './transferableCopy.ts';

/** Finer zone sets and their runs kept per worker: building London's hexagons takes a second or two. */
const SET_CACHE_SIZE = 2;
const RUN_CACHE_SIZE = 2;

/** A run on finer zones as the engine keeps it: the week it sends, and what explanations need. */
interface FinerComputed {
  week: HexWeek;
  plan: PreparedScenario;
  result: ScenarioResult;
  set: FinerZones;
}

export interface ZoneSetRunDeps {
  /** The worker's dataset once any load in progress has finished (null before the first). */
  loaded(): Promise<LoadedDataset | null>;
  env: EngineEnv;
  /** Awaited between stages so a cancel message can arrive. */
  pause(): Promise<void>;
  /** The worker's in-flight requests, so cancel(requestId) reaches these too. */
  signals: Signals;
}

const KINDS: readonly FinerZoneSet[] = ['hexagons', 'msoas'];

/**
 * The worker API's finer zone sets: hexagons laid over the loaded zones, and the MSOAs of the London
 * default (a dataset of their own whose zones each lie in a borough). A borough scenario is restated for
 * them and run by the same engine; sets and runs are cached per dataset, set and scenario.
 */
export function createZoneSetRuns(deps: ZoneSetRunDeps): Pick<EngineApi, 'zoneSet' | 'runZoneSet' | 'explainZoneSet'> {
  const { pause, signals } = deps;
  const sets = lruCache<FinerZones>(SET_CACHE_SIZE);
  const runs = lruCache<FinerComputed>(RUN_CACHE_SIZE);

  /** The set for the loaded dataset, built or loaded on first use (that step is not interruptible). */
  async function finerZones(loaded: LoadedDataset, kind: FinerZoneSet, signal: { aborted: boolean }): Promise<FinerZones | Refusal> {
    const key = `${loaded.generation}\n${kind}`;
    const hit = sets.get(key);
    if (hit) return hit;
    await pause();
    if (signal.aborted) throw new RunCancelled();
    let set: FinerZones | Refusal;
    if (kind === 'hexagons') {
      loaded.people ??= peopleInputs(loaded.data);
      const small = await loaded.smallAreas();
      const layer = small?.ok ? { areas: small.areas, polygons: small.polygons } : null;
      const h = hexagonSet(loaded.data, loaded.geometries, loaded.people, loaded.locate, DEFAULT_CELL_KM, layer);
      set = {
        kind, data: h.hexes.data, people: h.hexes.people, tables: hexagonTables(h.grid), locate: h.locate,
        geometries: h.grid.polygons, workday: h.hexes.workday, cellKm: DEFAULT_CELL_KM,
        estimated: layer
          ? 'Hexagon figures are estimated: residents, workplaces and crime from the 2011 LSOAs each overlaps, by area; every borough keeps its own totals.'
          : 'Hexagon figures are estimated: each borough\'s residents spread by area and its arrivals toward its stations; every borough keeps its own totals.',
      };
    } else set = await loadFinerZones(loaded, deps.env);
    if ('kind' in set) sets.set(key, set);
    return set;
  }

  async function compute(
    scenario: unknown, kind: FinerZoneSet, signal: { aborted: boolean }, report?: ProgressCallback,
  ): Promise<{ ok: true; computed: FinerComputed } | Refusal> {
    const loaded = await deps.loaded();
    if (!loaded) return refuse('(dataset)', 'no dataset is loaded');
    const check = typeof scenario === 'string' ? parseScenario(scenario) : checkScenario(scenario);
    if (!check.ok) return { ok: false, cancelled: false, errors: check.errors };
    // Checked against the boroughs first, so problems are named as the planner wrote the scenario.
    const boroughs = prepareScenario(check.scenario, loaded.data, loaded.locate);
    if (!boroughs.ok) return { ok: false, cancelled: false, errors: boroughs.errors };
    const key = `${loaded.generation}\n${kind}\n${JSON.stringify(check.scenario)}`;
    const hit = runs.get(key);
    if (hit) {
      report?.('done', 1);
      return { ok: true, computed: hit };
    }
    report?.(kind === 'hexagons' ? 'hexagon grid' : 'MSOAs', 0);
    const set = await finerZones(loaded, kind, signal);
    if (!('kind' in set)) return set;
    const run = await runFinerScenario(loaded.data, set, set.tables, check.scenario, set.locate, { signal, yieldControl: pause, onProgress: report });
    if (!run.ok) return { ok: false, cancelled: false, errors: run.errors };
    const computed = { week: hexWeek(run.result, run.plan.allocated, set.cellKm ?? 0, run.plan.method, run.notes), plan: run.plan, result: run.result, set };
    runs.set(key, computed);
    return { ok: true, computed };
  }

  const badKind = (kind: unknown): Refusal | null =>
    KINDS.includes(kind as FinerZoneSet) ? null : refuse('zones', `${JSON.stringify(kind)} is not a zone set (${KINDS.join(' or ')})`);

  return {
    async zoneSet(requestId, kind) {
      const bad = badKind(kind);
      if (bad) return bad;
      return respond(signals, requestId, undefined, async (signal) => {
        const loaded = await deps.loaded();
        if (!loaded) return refuse('(dataset)', 'no dataset is loaded');
        const set = await finerZones(loaded, kind, signal);
        if (!('kind' in set)) return set;
        const parent = Int32Array.from(set.tables.parent);
        const residents = Float64Array.from(set.data.residents);
        const workday = Float64Array.from(set.workday);
        const { ids, names } = set.data.zones;
        return Comlink.transfer(
          {
            ok: true as const, kind, cellKm: set.cellKm, ids: [...ids], names: [...names], parent, geometries: set.geometries,
            residents, workday, estimated: set.estimated,
          },
          [parent.buffer, residents.buffer, workday.buffer],
        );
      });
    },

    async runZoneSet(requestId, scenario, kind, onProgress) {
      const bad = badKind(kind);
      if (bad) return bad;
      return respond(signals, requestId, onProgress, async (signal, report) => {
        const outcome = await compute(scenario, kind, signal, report);
        if (!outcome.ok) return outcome;
        // A copy: the cached week must not be detached by sending it.
        const { value, transfer } = transferableCopy(outcome.computed.week);
        return Comlink.transfer({ ok: true as const, week: value }, transfer);
      });
    },

    async explainZoneSet(requestId, scenario, kind, zone, slot) {
      const bad = badKind(kind) ?? badSlot(slot);
      if (bad) return bad;
      return respond(signals, requestId, undefined, async (signal) => {
        const outcome = await compute(scenario, kind, signal);
        if (!outcome.ok) return outcome;
        const { set, plan, result } = outcome.computed;
        if (!Number.isInteger(zone) || zone < 0 || zone >= set.data.zones.count) return refuse('zone', `${zone} is not one of the ${set.tables.noun}`);
        const explanation = explain(set.data, plan, result, zone, slot);
        return { ok: true as const, explanation, estimated: set.estimated };
      });
    },
  };
}
