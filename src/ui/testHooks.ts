// Test builds only (`vite build --mode test`): main.ts imports this module behind an
// import.meta.env.MODE check, so the production bundle carries none of it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { browserEngineWorker } from '../engine/browserEngineWorker.ts';
import { createEnginePool, type EnginePool, type ScenarioError } from '../engine/index.ts';
import type { AppState } from './state/appState.ts';

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
  /** Every map on screen shows the latest result of the scenario it draws (in the zone set shown). */
  mapUpToDate(): boolean;
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

export function installTestHooks(hook: TidelineTestHook): void {
  window.__tideline = hook;
  window.__tidelineEngine = {
    createPool: (size) => createEnginePool(browserEngineWorker, size === undefined ? {} : { size }),
  };
}
