import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { localStyle } from './localStyle.ts';

// Without this the bundled app asks for a worker script that does not exist and never goes idle.
setWorkerUrl(workerUrl);

/**
 * The map, fitted to `bounds` inside `padding` (pixels kept clear, e.g. for the legend), on the
 * basemap at `styleUrl` or, when empty, the offline style.
 */
export function createZoneMap(
  container: HTMLElement,
  styleUrl: string,
  bounds: LngLatBoundsLike,
  padding: PaddingOptions,
  attribution: string,
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: styleUrl || localStyle(),
    bounds,
    fitBoundsOptions: { padding },
    attributionControl: { compact: false, customAttribution: attribution },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  return map;
}
