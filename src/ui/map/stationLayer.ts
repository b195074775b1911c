import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DatasetSummary } from '../../engine/index.ts';

export const STATION_SOURCE = 'stations';
export const STATION_LAYER = 'stations';
/** Radius of the station with the week's largest 15-minute footfall. */
export const MAX_STATION_RADIUS = 10;

export function stationFeatureCollection(stations: DatasetSummary['stations']): FeatureCollection<Point, { station: number; name: string }> {
  return {
    type: 'FeatureCollection',
    features: stations.ids.map((_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [stations.lon[i], stations.lat[i]] },
      properties: { station: i, name: stations.names[i] },
    })),
  };
}

/** The station markers (circles sized by feature state 'r'), added once per style. */
export function installStationLayer(map: MapLibreMap, stations: DatasetSummary['stations']): void {
  if (map.getSource(STATION_SOURCE)) return;
  map.addSource(STATION_SOURCE, { type: 'geojson', data: stationFeatureCollection(stations), promoteId: 'station' });
  map.addLayer({
    id: STATION_LAYER,
    type: 'circle',
    source: STATION_SOURCE,
    paint: {
      'circle-radius': ['coalesce', ['feature-state', 'r'], 0],
      'circle-color': '#ffffff',
      'circle-opacity': 0.7,
      'circle-stroke-color': '#14181c',
      'circle-stroke-width': ['case', ['>', ['coalesce', ['feature-state', 'r'], 0], 0], 1, 0],
    },
  });
}

/** Circle area in proportion to footfall; stations with none (the network is shut) disappear. */
export function stationRadius(footfall: number, weekMax: number): number {
  if (!(footfall > 0) || !(weekMax > 0)) return 0;
  return Math.max(1.5, MAX_STATION_RADIUS * Math.sqrt(footfall / weekMax));
}

export function maxFootfall(stations: DatasetSummary['stations']): number {
  let largest = 0;
  for (const f of stations.footfall) if (f > largest) largest = f;
  return largest;
}
