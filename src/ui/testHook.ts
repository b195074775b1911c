import type { Map as MapLibreMap } from 'maplibre-gl';

/** A zone's label point, so browser tests can find where to point at it. */
export interface ZoneLabel {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/** What the app exposes on window for browser tests (test/browser). */
export interface TidelineTestHook {
  map: MapLibreMap;
  zoneCount: number;
  zones: ZoneLabel[];
}

declare global {
  interface Window {
    __tideline?: TidelineTestHook;
  }
}

/** Publishes the hook and sets body[data-map-state="idle"] at the first idle after the zones are on the map. */
export function exposeTestHook(hook: TidelineTestHook): void {
  window.__tideline = hook;
  hook.map.once('idle', () => {
    document.body.dataset.mapState = 'idle';
  });
}
