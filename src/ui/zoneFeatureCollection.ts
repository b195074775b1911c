import type { MultiPolygon, Polygon } from 'geojson';
import type { Zones } from '../model/dataset.ts';
import type { ZoneFeatureCollection } from './zoneLayers.ts';

/** The zones as map features, in zone order; feature i has properties.zone = i (the map's feature id). */
export function zoneFeatureCollection(
  zones: Zones,
  geometries: readonly (Polygon | MultiPolygon)[],
): ZoneFeatureCollection {
  if (geometries.length !== zones.count) {
    throw new Error(`${zones.count} zones but ${geometries.length} geometries`);
  }
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry, zone) => ({
      type: 'Feature',
      geometry,
      properties: { zone, name: zones.names[zone], force: zones.forces[zone] },
    })),
  };
}
