import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { ZoneLocator } from '../model/index.ts';
import type { ZonePolygon } from './readZoneGeometry.ts';

/**
 * Zone index containing each point, or -1. Boxes are checked first so the exact polygon test runs
 * only for the few zones whose bounding box holds the point; the first containing zone wins (a point
 * on a shared border belongs to the lower index).
 */
export function locateStations(
  lon: Float64Array,
  lat: Float64Array,
  geometries: readonly (ZonePolygon | null)[],
): Int32Array {
  const boxes = geometries.map((g) => (g ? bbox(g) : null));
  const zone = new Int32Array(lon.length).fill(-1);
  for (let s = 0; s < lon.length; s++) {
    const x = lon[s];
    const y = lat[s];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    for (let z = 0; z < geometries.length; z++) {
      const b = boxes[z];
      const g = geometries[z];
      if (!b || !g || x < b[0] || y < b[1] || x > b[2] || y > b[3]) continue;
      if (booleanPointInPolygon([x, y], g)) {
        zone[s] = z;
        break;
      }
    }
  }
  return zone;
}

/** Places a scenario's event points ([lon, lat]) in the dataset's zones: the zone index, or -1. */
export function zoneLocator(geometries: readonly ZonePolygon[]): ZoneLocator {
  return (lon, lat) => locateStations(Float64Array.of(lon), Float64Array.of(lat), geometries)[0];
}
