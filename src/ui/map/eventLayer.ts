import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DatasetSummary, ScenarioEvent } from '../../engine/index.ts';

export const EVENT_SOURCE = 'events';
export const EVENT_LAYER = 'events';

type EventFeatures = FeatureCollection<Point, { event: number; name: string }>;

/** Where each event is drawn: its point, or its zone's label point. Events in unknown zones are left out. */
export function eventFeatureCollection(events: readonly ScenarioEvent[], zones: DatasetSummary['zones']): EventFeatures {
  const features: EventFeatures['features'] = [];
  events.forEach((e, i) => {
    let at: [number, number] | null = e.point ?? null;
    if (!at && e.zone !== undefined) {
      const z = zones.ids.indexOf(e.zone);
      if (z >= 0) at = [zones.labelLon[z], zones.labelLat[z]];
    }
    if (at) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { event: i, name: e.name } });
  });
  return { type: 'FeatureCollection', features };
}

/** Event markers: a magenta disc in a white ring, above everything else. */
export function installEventLayer(map: MapLibreMap, data: EventFeatures): void {
  if (map.getSource(EVENT_SOURCE)) return;
  map.addSource(EVENT_SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: EVENT_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    paint: { 'circle-radius': 9, 'circle-color': '#c2185b', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
  });
}
