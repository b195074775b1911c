import { area, bbox, hexGrid } from '@turf/turf';
import type { BBox, Polygon } from 'geojson';
import type { Dataset, HexTables, SmallAreaParts } from '../../model/index.ts';
import { polygonsOf, type ZonePolygon } from '../readZoneGeometry.ts';
import { convexClipArea } from './convexClipArea.ts';
import { insideConvex } from './insideConvex.ts';
import { hexAt, hexIndex, nearestHex, type HexIndex } from './hexIndex.ts';
import { latticeAdjacency } from './latticeAdjacency.ts';
import { overlapArea, type HexCell } from './overlapArea.ts';

/** The grid with its hexagons' polygons (whole hexagons, WGS84), for the map. */
export interface HexGrid extends HexTables {
  polygons: Polygon[];
  index: HexIndex;
}

/** The default turf cellSide: hexagons with 1 km sides, 1.73 km across the flats, 2.6 km² each. */
export const DEFAULT_CELL_KM = 1;
/** Overlaps smaller than a square metre are slivers of shared borders, not land in the hexagon. */
const MIN_PART_KM2 = 1e-6;
const KM_PER_DEGREE_LAT = 111.32;

/** The zones' joint box, widened by two cells each way: turf fits whole hexagons inside the box it is given. */
function paddedExtent(boxes: BBox[], cellKm: number): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) [w, s, e, n] = [Math.min(w, b[0]), Math.min(s, b[1]), Math.max(e, b[2]), Math.max(n, b[3])];
  const padLat = (2 * cellKm) / KM_PER_DEGREE_LAT;
  const padLon = padLat / Math.cos((((s + n) / 2) * Math.PI) / 180);
  return [w - padLon, s - padLat, e + padLon, n + padLat];
}

/**
 * Lays a turf hexGrid with sides of `cellKm` km over the zones' bounding box and keeps the hexagons that
 * overlap any zone, with each overlap's area (the hexagon's parts), its majority zone, the hexagon holding
 * each station and each zone's label point, and lattice adjacency. Deterministic: same input, same grid.
 */
export function buildHexGrid(
  data: Dataset, geometries: readonly ZonePolygon[], cellKm: number = DEFAULT_CELL_KM, small: SmallAreaShapes | null = null,
): HexGrid {
  const boxes = geometries.map((g) => bbox(g));
  const cells = hexGrid(paddedExtent(boxes, cellKm), cellKm, { units: 'kilometers' }).features;
  // With a small-area layer, a zone's parts are the overlaps of its small areas; zones without any keep their polygon's.
  const zoneHasSmall = new Uint8Array(geometries.length);
  if (small) for (const z of small.zone) zoneHasSmall[z] = 1;
  const smallBoxes = small ? small.polygons.map((g) => bbox(g)) : [];
  const lat0 = (paddedExtent(boxes, 0)[1] + paddedExtent(boxes, 0)[3]) / 2;
  const smallKm2 = small ? small.polygons.map((g) => convexClipArea(g, null, lat0)) : [];
  const hits: { l: number; h: number; km2: number }[] = [];

  const polygons: Polygon[] = [];
  const parts: Map<number, number>[] = [];
  for (const f of cells) {
    const cell: HexCell = { polygon: f.geometry, box: bbox(f.geometry), areaKm2: area(f.geometry) / 1e6 };
    const own = new Map<number, number>();
    geometries.forEach((g, z) => {
      if (zoneHasSmall[z]) return;
      const a = overlapArea(cell, g, boxes[z]);
      if (a > MIN_PART_KM2) own.set(z, a);
    });
    const mine: { l: number; km2: number }[] = [];
    small?.polygons.forEach((g, l) => {
      const a = smallOverlap(cell, g, smallBoxes[l], smallKm2[l], lat0);
      if (a <= MIN_PART_KM2) return;
      own.set(small.zone[l], (own.get(small.zone[l]) ?? 0) + a);
      mine.push({ l, km2: a });
    });
    if (own.size === 0) continue;
    for (const m of mine) hits.push({ l: m.l, h: polygons.length, km2: m.km2 });
    polygons.push(f.geometry);
    parts.push(own);
  }

  const count = polygons.length;
  const centerLon = new Float64Array(count);
  const centerLat = new Float64Array(count);
  // turf's hexagons start at the east corner (angle 0) and go round by 60°: corners 0 and 3 are opposite.
  polygons.forEach((p, h) => {
    const ring = p.coordinates[0];
    centerLon[h] = (ring[0][0] + ring[3][0]) / 2;
    centerLat[h] = (ring[0][1] + ring[3][1]) / 2;
  });
  const first = polygons[0]?.coordinates[0];
  const rx = first ? (first[0][0] - first[3][0]) / 2 : 1;
  const ry = first ? (first[1][1] - centerLat[0]) / Math.sin(Math.PI / 3) : 1;
  const index = hexIndex(polygons, centerLon, centerLat);
  const place = (lon: number, lat: number) => {
    const h = hexAt(index, lon, lat);
    return h >= 0 ? h : nearestHex(index, lon, lat);
  };

  // Stations and label points are placed where they are; a part of no area is added if their zone has
  // none in that hexagon, so every station's exits and every zone's people have a hexagon to go to.
  const { stations, zones } = data;
  const stationHex = new Int32Array(stations.count).fill(-1);
  for (let i = 0; i < stations.count; i++) {
    const z = stations.zone[i];
    if (z < 0 || count === 0) continue;
    const h = place(stations.lon[i], stations.lat[i]);
    stationHex[i] = h;
    if (!parts[h].has(z)) parts[h].set(z, 0);
  }
  const labelHex = new Int32Array(zones.count).fill(-1);
  const zoneHasPart = new Uint8Array(zones.count);
  for (const own of parts) for (const z of own.keys()) zoneHasPart[z] = 1;
  for (let z = 0; z < zones.count && count > 0; z++) {
    labelHex[z] = place(zones.labelLon[z], zones.labelLat[z]);
    if (!zoneHasPart[z]) parts[labelHex[z]].set(z, 0);
  }

  const smallParts = small ? smallAreaParts(small, hits, parts, place) : null;

  const partOffsets = new Int32Array(count + 1);
  parts.forEach((own, h) => (partOffsets[h + 1] = partOffsets[h] + own.size));
  const partZone = new Int32Array(partOffsets[count]);
  const partKm2 = new Float64Array(partOffsets[count]);
  const majority = new Int32Array(count);
  parts.forEach((own, h) => {
    let k = partOffsets[h];
    let best = -1;
    for (const z of [...own.keys()].sort((a, b) => a - b)) {
      partZone[k] = z;
      partKm2[k] = own.get(z)!;
      if (best < 0 || partKm2[k] > partKm2[best]) best = k;
      k++;
    }
    majority[h] = partZone[best];
  });

  return {
    count, cellKm, partOffsets, partZone, partKm2, majority, centerLon, centerLat, stationHex, labelHex,
    adjacency: latticeAdjacency(centerLon, centerLat, rx, ry), polygons, index, small: smallParts,
  };
}

/** A small-area layer's polygons and zones, for laying hexagons over it. */
export interface SmallAreaShapes {
  zone: Int32Array;
  polygons: readonly ZonePolygon[];
}

/**
 * Area in km² of a small area inside a hexagon (measured like `km2`, its whole area, so shares add up): one
 * wholly inside (its box and every vertex) is settled without clipping; the rest are clipped to the hexagon.
 */
function smallOverlap(cell: HexCell, g: ZonePolygon, box: BBox, km2: number, lat0: number): number {
  const [w, s, e, n] = cell.box;
  if (box[0] > e || box[2] < w || box[1] > n || box[3] < s) return 0;
  const ring = cell.polygon.coordinates[0];
  if (box[0] >= w && box[2] <= e && box[1] >= s && box[3] <= n) {
    if (polygonsOf(g).every((rings) => rings.every((r) => r.every((p) => insideConvex(p, ring))))) return km2;
  }
  return convexClipArea(g, ring, lat0);
}

/**
 * Each small area's hexagons and the share of its area in each, from the overlaps found. An area no hexagon
 * overlapped measurably goes whole to the hexagon at its first vertex, with a part added for its zone there.
 */
function smallAreaParts(
  small: SmallAreaShapes, hits: { l: number; h: number; km2: number }[], parts: Map<number, number>[], place: (lon: number, lat: number) => number,
): SmallAreaParts {
  const L = small.zone.length;
  const byArea: { h: number; km2: number }[][] = Array.from({ length: L }, () => []);
  for (const x of hits) byArea[x.l].push({ h: x.h, km2: x.km2 });
  for (let l = 0; l < L; l++) {
    if (byArea[l].length > 0 || parts.length === 0) continue;
    const p = polygonsOf(small.polygons[l])[0][0][0];
    const h = place(p[0], p[1]);
    byArea[l].push({ h, km2: 1 });
    if (!parts[h].has(small.zone[l])) parts[h].set(small.zone[l], 0);
  }
  const offsets = new Int32Array(L + 1);
  byArea.forEach((list, l) => (offsets[l + 1] = offsets[l] + list.length));
  const hex = new Int32Array(offsets[L]);
  const share = new Float64Array(offsets[L]);
  byArea.forEach((list, l) => {
    const total = list.reduce((a, x) => a + x.km2, 0);
    list.forEach((x, i) => {
      hex[offsets[l] + i] = x.h;
      share[offsets[l] + i] = x.km2 / total;
    });
  });
  return { offsets, hex, share };
}
