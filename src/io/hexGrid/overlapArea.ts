import { area, bboxClip, feature, featureCollection, intersect } from '@turf/turf';
import type { BBox, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf, type ZonePolygon } from '../readZoneGeometry.ts';
import { insideConvex } from './insideConvex.ts';

/** A convex hexagon: its closed ring (7 positions), bounding box and area in km². */
export interface HexCell {
  polygon: Polygon;
  box: BBox;
  areaKm2: number;
}

/** Whether segments ab and cd cross; touching or collinear counts, which only sends the pair to the exact test. */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const side = (p: Position, q: Position, r: Position) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = side(c, d, a);
  const d2 = side(c, d, b);
  const d3 = side(a, b, c);
  const d4 = side(a, b, d);
  if (d1 === 0 || d2 === 0 || d3 === 0 || d4 === 0) return true;
  return (d1 > 0) !== (d2 > 0) && (d3 > 0) !== (d4 > 0);
}

/** Even-odd point in polygon over all rings (holes included). */
function insideZone(p: Position, polygons: Position[][][]): boolean {
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** Whether any zone edge near the hexagon crosses it or has a corner inside it. */
function boundaryTouches(hex: HexCell, polygons: Position[][][]): boolean {
  const [w, s, e, n] = hex.box;
  const ring = hex.polygon.coordinates[0];
  for (const rings of polygons) {
    for (const r of rings) {
      for (let i = 0; i + 1 < r.length; i++) {
        const a = r[i];
        const b = r[i + 1];
        if (Math.max(a[0], b[0]) < w || Math.min(a[0], b[0]) > e || Math.max(a[1], b[1]) < s || Math.min(a[1], b[1]) > n) continue;
        if (insideConvex(a, ring)) return true;
        for (let k = 0; k < 6; k++) if (segmentsMeet(a, b, ring[k], ring[k + 1])) return true;
      }
    }
  }
  return false;
}

/** Drops repeated points and rings too short to be polygons, which bboxClip can leave behind. */
function cleanRings(polygons: Position[][][]): Position[][][] {
  return polygons
    .map((rings) => rings
      .map((r) => r.filter((p, i) => i === 0 || p[0] !== r[i - 1][0] || p[1] !== r[i - 1][1]))
      .filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
}

/**
 * Area in km² of the part of `zone` inside the hexagon. Hexagons wholly inside or outside a zone (no zone
 * edge meets them) are settled by one point test; the rest go to turf's intersect, after the zone is
 * clipped to the hexagon's box so the exact overlay sees a handful of vertices, not the whole borough.
 */
export function overlapArea(hex: HexCell, zone: ZonePolygon, zoneBox: BBox): number {
  const [w, s, e, n] = hex.box;
  if (w > zoneBox[2] || e < zoneBox[0] || s > zoneBox[3] || n < zoneBox[1]) return 0;
  const polygons = polygonsOf(zone);
  if (!boundaryTouches(hex, polygons)) {
    return insideZone(hex.polygon.coordinates[0][0], polygons) ? hex.areaKm2 : 0;
  }
  const clipped = bboxClip(feature(zone), hex.box).geometry as Polygon | MultiPolygon;
  const parts = cleanRings(polygonsOf(clipped));
  if (parts.length === 0) return 0;
  const zonePart: MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
  const overlap = intersect(featureCollection<Polygon | MultiPolygon>([feature(hex.polygon), feature(zonePart)]));
  return overlap ? area(overlap) / 1e6 : 0;
}
