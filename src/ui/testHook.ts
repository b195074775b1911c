import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ScenarioError } from '../engine/engineProtocol.ts';
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

/** What the app exposes on window for browser tests (test/browser). */
export interface TidelineTestHook {
  /** The scenario's map (the left one in compare mode). */
  map: MapLibreMap;
  /** Every map on screen, the scenario's first. */
  maps(): MapLibreMap[];
  zoneCount: number;
  zones: ZoneLabel[];
  state(): AppState;
  results(): { scenario: RunSummary; comparison: RunSummary };
}

declare global {
  interface Window {
    __tideline?: TidelineTestHook;
  }
}

export function exposeTestHook(hook: TidelineTestHook): void {
  window.__tideline = hook;
}
