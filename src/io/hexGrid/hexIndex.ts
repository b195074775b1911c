import type { Polygon, Position } from 'geojson';
import { insideConvex } from './insideConvex.ts';

/** Hexagon rings with their bounding boxes, for finding the hexagon under a point. */
export interface HexIndex {
  rings: Position[][];
  /** west, south, east, north of hexagon h at [4h .. 4h + 3]. */
  boxes: Float64Array;
  centerLon: Float64Array;
  centerLat: Float64Array;
}

export function hexIndex(polygons: readonly Polygon[], centerLon: Float64Array, centerLat: Float64Array): HexIndex {
  const rings = polygons.map((p) => p.coordinates[0]);
  const boxes = new Float64Array(rings.length * 4);
  rings.forEach((ring, h) => {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    boxes.set([w, s, e, n], h * 4);
  });
  return { rings, boxes, centerLon, centerLat };
}

/** The first hexagon containing the point (a point on a shared edge goes to the lower index), or -1. */
export function hexAt(index: HexIndex, lon: number, lat: number): number {
  const { boxes, rings } = index;
  const p: Position = [lon, lat];
  for (let h = 0; h < rings.length; h++) {
    const b = h * 4;
    if (lon < boxes[b] || lat < boxes[b + 1] || lon > boxes[b + 2] || lat > boxes[b + 3]) continue;
    if (insideConvex(p, rings[h])) return h;
  }
  return -1;
}

/** The hexagon whose centre is nearest the point (degrees, longitude scaled by the cosine of latitude). */
export function nearestHex(index: HexIndex, lon: number, lat: number): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = -1;
  let bestD = Infinity;
  for (let h = 0; h < index.centerLon.length; h++) {
    const dx = (index.centerLon[h] - lon) * k;
    const dy = index.centerLat[h] - lat;
    const d = dx * dx + dy * dy;
    if (d < bestD) [best, bestD] = [h, d];
  }
  return best;
}
