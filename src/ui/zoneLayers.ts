import type { FeatureCollection, Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

export const ZONE_SOURCE = 'zones';
export const ZONE_FILL_LAYER = 'zones-fill';
export const ZONE_OUTLINE_LAYER = 'zones-outline';
export const ZONE_HOVER_LAYER = 'zones-hover';
export const CITY_POLICE_LAYER = 'zones-city-police';
export const CITY_POLICE_CASING_LAYER = 'zones-city-police-casing';
export const CITY_OF_LONDON_FORCE = 'City of London Police';

/** Properties of each zone feature on the map; `zone` is the zone index and the feature id. */
export interface ZoneProperties {
  zone: number;
  name: string;
  force: string;
}

export type ZoneFeatureCollection = FeatureCollection<Geometry, ZoneProperties>;

const NO_DATA = '#bdbdbd';

/**
 * Adds the zone source and layers unless the current style already has them (so it can run on
 * every 'style.load', after a basemap change too), then colours zone i with fills[i].
 */
export function installZoneLayers(
  map: MapLibreMap,
  zones: ZoneFeatureCollection,
  fills: readonly string[],
  overBasemap: boolean,
): void {
  if (!map.getSource(ZONE_SOURCE)) {
    map.addSource(ZONE_SOURCE, { type: 'geojson', data: zones, promoteId: 'zone' });
    map.addLayer({
      id: ZONE_FILL_LAYER,
      type: 'fill',
      source: ZONE_SOURCE,
      paint: {
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], NO_DATA]],
        'fill-opacity': overBasemap ? 0.72 : 1,
      },
    });
    map.addLayer({
      id: ZONE_OUTLINE_LAYER,
      type: 'line',
      source: ZONE_SOURCE,
      paint: { 'line-color': '#3d454b', 'line-width': 0.75 },
    });
    // A white casing under the black dashes keeps the outline visible on the darkest fills.
    map.addLayer({
      id: CITY_POLICE_CASING_LAYER,
      type: 'line',
      source: ZONE_SOURCE,
      filter: ['==', ['get', 'force'], CITY_OF_LONDON_FORCE],
      paint: { 'line-color': '#ffffff', 'line-width': 4.5 },
    });
    map.addLayer({
      id: CITY_POLICE_LAYER,
      type: 'line',
      source: ZONE_SOURCE,
      filter: ['==', ['get', 'force'], CITY_OF_LONDON_FORCE],
      paint: { 'line-color': '#000000', 'line-width': 2.5, 'line-dasharray': [1.2, 0.8] },
    });
    map.addLayer({
      id: ZONE_HOVER_LAYER,
      type: 'line',
      source: ZONE_SOURCE,
      paint: {
        'line-color': '#000000',
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3.5, 0],
      },
    });
  }
  fills.forEach((fill, zone) => map.setFeatureState({ source: ZONE_SOURCE, id: zone }, { fill }));
}
