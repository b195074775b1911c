import { area, bbox, hexGrid } from '@turf/turf';
import type { BBox, Polygon } from 'geojson';
import type { Dataset, HexTables } from '../../model/index.ts';
import type { ZonePolygon } from '../readZoneGeometry.ts';
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
export function buildHexGrid(data: Dataset, geometries: readonly ZonePolygon[], cellKm: number = DEFAULT_CELL_KM): HexGrid {
  const boxes = geometries.map((g) => bbox(g));
  const cells = hexGrid(paddedExtent(boxes, cellKm), cellKm, { units: 'kilometers' }).features;

  const polygons: Polygon[] = [];
  const parts: Map<number, number>[] = [];
  for (const f of cells) {
    const cell: HexCell = { polygon: f.geometry, box: bbox(f.geometry), areaKm2: area(f.geometry) / 1e6 };
    const own = new Map<number, number>();
    geometries.forEach((g, z) => {
      const a = overlapArea(cell, g, boxes[z]);
      if (a > MIN_PART_KM2) own.set(z, a);
    });
    if (own.size === 0) continue;
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
    adjacency: latticeAdjacency(centerLon, centerLat, rx, ry), polygons, index,
  };
}
