import type { DatasetSummary } from '../../engine/index.ts';
import type { ZoneFeatureCollection } from './zoneLayers.ts';

/** The zones as map features, in zone order; feature i has properties.zone = i (the map's feature id). */
export function zoneFeatureCollection(zones: DatasetSummary['zones']): ZoneFeatureCollection {
  if (zones.geometries.length !== zones.ids.length) {
    throw new Error(`${zones.ids.length} zones but ${zones.geometries.length} geometries`);
  }
  return {
    type: 'FeatureCollection',
    features: zones.geometries.map((geometry, zone) => ({
      type: 'Feature',
      geometry,
      properties: { zone, name: zones.names[zone], force: zones.forces[zone] },
    })),
  };
}
