import type { FeatureCollection, Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { NO_DATA_COLOUR } from './colourScale.ts';

export const ZONE_SOURCE = 'zones';
export const ZONE_FILL_LAYER = 'zones-fill';
export const ZONE_HATCH_LAYER = 'zones-not-policed';
export const ZONE_OUTLINE_LAYER = 'zones-outline';
export const ZONE_HOVER_LAYER = 'zones-hover';
export const ZONE_SELECTED_LAYER = 'zones-selected';
/** The hovered and the selected zone, copied out so highlighting them never redraws every zone's line. */
export const HIGHLIGHT_SOURCE = 'zone-highlight';
export const CITY_POLICE_LAYER = 'zones-city-police';
export const CITY_POLICE_CASING_LAYER = 'zones-city-police-casing';
export const CITY_OF_LONDON_FORCE = 'City of London Police';
const HATCH_IMAGE = 'tideline-hatch';

/** Properties of each zone feature on the map; `zone` is the zone index and the feature id. */
export interface ZoneProperties {
  zone: number;
  name: string;
  force: string;
}

export type ZoneFeatureCollection = FeatureCollection<Geometry, ZoneProperties>;

/** Diagonal grey lines on a light ground: zones the scenario's force does not police. */
function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const line = (x + y) % size < 2;
      data.set(line ? [96, 104, 112, 255] : [236, 238, 240, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * Adds the zone source and layers unless the style already has them, so it can run on every
 * 'style.load' (a basemap change drops them). Fills come from feature state ('fill'), so a new time
 * or measure never touches the layers. Borough lines are the fill's own outline: on software WebGL a
 * separate line layer over every zone costs about as much as the fill itself.
 */
export function installZoneLayers(map: MapLibreMap, zones: ZoneFeatureCollection, overBasemap: boolean): void {
  if (map.getSource(ZONE_SOURCE)) return;
  if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
  // No simplification: a zone's outline, and what the pointer is over near a border, stay exact at every zoom.
  map.addSource(ZONE_SOURCE, { type: 'geojson', data: zones, promoteId: 'zone', tolerance: 0 });
  map.addLayer({
    id: ZONE_FILL_LAYER,
    type: 'fill',
    source: ZONE_SOURCE,
    paint: {
      'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOUR]],
      'fill-outline-color': '#2b3237',
      'fill-opacity': overBasemap ? 0.75 : 1,
    },
  });
  map.addLayer({
    id: ZONE_HATCH_LAYER,
    type: 'fill',
    source: ZONE_SOURCE,
    filter: ['in', ['get', 'zone'], ['literal', []]],
    paint: { 'fill-pattern': HATCH_IMAGE },
  });
  // Shown over other fills (the hexagon grid) only.
  map.addLayer({
    id: ZONE_OUTLINE_LAYER,
    type: 'line',
    source: ZONE_SOURCE,
    layout: { visibility: 'none' },
    paint: { 'line-color': '#1d2327', 'line-width': 1.5 },
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
  map.addSource(HIGHLIGHT_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: ZONE_SELECTED_LAYER,
    type: 'line',
    source: HIGHLIGHT_SOURCE,
    filter: ['==', ['get', 'kind'], 'selected'],
    paint: { 'line-color': '#ff2fa0', 'line-width': 4.5 },
  });
  map.addLayer({
    id: ZONE_HOVER_LAYER,
    type: 'line',
    source: HIGHLIGHT_SOURCE,
    filter: ['==', ['get', 'kind'], 'hover'],
    paint: { 'line-color': '#000000', 'line-width': 2.5 },
  });
}

/** Outlines the hovered and the selected zone (either may be null). */
export function setHighlightedZones(map: MapLibreMap, zones: ZoneFeatureCollection, hovered: number | null, selected: number | null): void {
  const source = map.getSource(HIGHLIGHT_SOURCE);
  if (source?.type !== 'geojson') return;
  const pick = (zone: number | null, kind: string) => {
    const feature = zone === null ? undefined : zones.features[zone];
    return feature ? [{ ...feature, properties: { ...feature.properties, kind } }] : [];
  };
  (source as unknown as { setData(d: unknown): void }).setData({
    type: 'FeatureCollection',
    features: [...pick(selected, 'selected'), ...pick(hovered, 'hover')],
  });
}

/** Hatches the zones whose officers are not the scenario's (e.g. the City of London in a Met scenario). */
export function setNotPolicedZones(map: MapLibreMap, zones: readonly number[]): void {
  if (map.getLayer(ZONE_HATCH_LAYER)) map.setFilter(ZONE_HATCH_LAYER, ['in', ['get', 'zone'], ['literal', [...zones]]]);
}
