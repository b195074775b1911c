import { area, booleanPointInPolygon, centroid, pointOnFeature, polygon as turfPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { polygonsOf, type ZonePolygon } from './readZoneGeometry.ts';

export interface ZoneMeasures {
  areaKm2: Float64Array;
  labelLon: Float64Array;
  labelLat: Float64Array;
}

/**
 * A point inside the zone to hang a label or marker on: the centroid of its largest part when that
 * falls inside (the usual case), else a point turf guarantees to be on the surface.
 */
function labelPoint(g: ZonePolygon): Position {
  let largest: Position[][] = [];
  let largestArea = -1;
  for (const rings of polygonsOf(g)) {
    const a = area(turfPolygon(rings));
    if (a > largestArea) {
      largest = rings;
      largestArea = a;
    }
  }
  const part = turfPolygon(largest);
  const c = centroid(part);
  if (booleanPointInPolygon(c, part)) return c.geometry.coordinates;
  return pointOnFeature(part).geometry.coordinates;
}

/** Area and label point of each zone; NaN for a missing geometry. */
export function zoneMeasures(geometries: readonly (ZonePolygon | null)[]): ZoneMeasures {
  const n = geometries.length;
  const m: ZoneMeasures = { areaKm2: new Float64Array(n), labelLon: new Float64Array(n), labelLat: new Float64Array(n) };
  geometries.forEach((g, z) => {
    if (!g) {
      m.areaKm2[z] = m.labelLon[z] = m.labelLat[z] = NaN;
      return;
    }
    m.areaKm2[z] = area(g) / 1e6;
    const [lon, lat] = labelPoint(g);
    m.labelLon[z] = lon;
    m.labelLat[z] = lat;
  });
  return m;
}
