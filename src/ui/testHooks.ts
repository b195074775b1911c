// Test builds only (`vite build --mode test`): main.ts imports this module behind an
// import.meta.env.MODE check, so the production bundle carries none of it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { browserEngineWorker } from '../engine/browserEngineWorker.ts';
import { createEnginePool, type DatasetSummary, type EnginePool, type ScenarioError } from '../engine/index.ts';
import type { AppContext, FinerRun, ResponseRun, ZoneRun } from './app/appContext.ts';
import type { MapArea } from './map/mountMapArea.ts';
import type { AppState, Which } from './state/appState.ts';

/** A zone's label point, so browser tests can find where to point at it. */
export interface ZoneLabel {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/** What tests read of a scenario's run: its status, officers on duty now and event reports by zone id. */
export interface RunSummary {
  status: string;
  name: string;
  onDutyNow: number | null;
  errors: ScenarioError[];
  events: { name: string; abstractedFrom: { zone: string; officerHours: number }[] }[];
  /** The response simulation of the scenario as it is now: its status, and replications once it has run. */
  response: { status: string; replications: number | null };
}

/** What tests read of a scenario's run on the finer zone set shown: the method it ran, its notes, and per slot on duty and placed. */
export interface FinerSummary {
  status: string;
  kind: string | null;
  method: string | null;
  notes: string[];
  zones: number;
  onDuty: number[];
  /** Per slot, the officers over every zone the force polices. */
  placed: number[];
}

/** What the app exposes on window for browser tests (test/browser) and the browser bench. */
export interface TidelineTestHook {
  /** The scenario's map (the left one in compare mode). */
  map: MapLibreMap;
  /** Every map on screen, the scenario's first. */
  maps(): MapLibreMap[];
  zoneCount: number;
  zones: ZoneLabel[];
  state(): AppState;
  results(): { scenario: RunSummary; comparison: RunSummary };
  finer(which: Which): FinerSummary;
  /**
   * Every map on screen shows the latest result of the scenario it draws (in the zone set shown), and
   * every panel has drawn the state as it is now.
   */
  mapUpToDate(): boolean;
  /** Every panel and chart has drawn the state as it is now (none waits for its animation frame). */
  drawn(): boolean;
}

/** Drives the real, Vite-built engine worker of the built app (test/browser/worker.test.ts). */
export interface EngineTestHook {
  /** A new pool of engine workers (default size: hardware threads, 1 to 4). */
  createPool(size?: number): EnginePool;
}

declare global {
  interface Window {
    __tideline?: TidelineTestHook;
    __tidelineEngine?: EngineTestHook;
  }
}

/** A run in the words tests read: status, officers on duty at `slot`, and each event's sources by zone id. */
function runSummary(run: ZoneRun, response: ResponseRun, name: string, slot: number, summary: DatasetSummary): RunSummary {
  const r = run.result;
  return {
    status: run.status,
    name,
    onDutyNow: r ? r.onDuty[slot] : null,
    errors: run.errors,
    events: (r?.events ?? []).map((e) => ({
      name: e.name,
      abstractedFrom: e.abstractedFrom.map((a) => ({ zone: summary.zones.ids[a.zone], officerHours: a.officerHours })),
    })),
    response: { status: response.status, replications: response.result?.replications ?? null },
  };
}

function finerSummary(run: FinerRun): FinerSummary {
  const r = run.result;
  const placed: number[] = [];
  if (r) {
    const slots = r.onDuty.length;
    for (let s = 0; s < slots; s++) {
      let sum = 0;
      for (let z = 0; z < r.n; z++) if (r.allocated[z]) sum += r.officersWhole[s * r.n + z];
      placed.push(sum);
    }
  }
  return {
    status: run.status, kind: run.kind, method: r?.method ?? null, notes: r?.notes ?? [], zones: r?.n ?? 0,
    onDuty: r ? Array.from(r.onDuty) : [], placed,
  };
}

/** Puts the hooks on window: what the page shows, read from the app's own state, results and maps. */
export function installTestHooks(ctx: AppContext, area: MapArea): void {
  const { store, dataset, results } = ctx;
  const summaryOf = (which: Which) => {
    const state = store.get();
    return runSummary(results.get(which), results.response(which), state[which].name, state.view.slot, dataset.current());
  };
  window.__tideline = {
    get map() {
      return area.views()[0].map;
    },
    maps: () => area.views().map((v) => v.map),
    get zoneCount() {
      return dataset.current().zones.ids.length;
    },
    get zones() {
      const z = dataset.current().zones;
      return z.ids.map((id, i) => ({ id, name: z.names[i], lon: z.labelLon[i], lat: z.labelLat[i] }));
    },
    state: () => store.get(),
    results: () => ({ scenario: summaryOf('scenario'), comparison: summaryOf('comparison') }),
    mapUpToDate: () => area.upToDate() && ctx.frames.drawn(),
    drawn: () => ctx.frames.drawn(),
    finer: (which) => finerSummary(results.finer(which)),
  };
  window.__tidelineEngine = {
    createPool: (size) => createEnginePool(browserEngineWorker, size === undefined ? {} : { size }),
  };
}
