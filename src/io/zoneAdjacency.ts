import type { Adjacency } from '../model/index.ts';
import { polygonsOf, type ZonePolygon } from './readZoneGeometry.ts';

/** CSR from per-zone neighbour lists, made symmetric, sorted, without self-loops or repeats. */
export function adjacencyFromLists(lists: readonly (readonly number[])[]): Adjacency {
  const n = lists.length;
  const sets = lists.map(() => new Set<number>());
  lists.forEach((list, a) => {
    for (const b of list) {
      if (b === a || b < 0 || b >= n) continue;
      sets[a].add(b);
      sets[b].add(a);
    }
  });
  const offsets = new Int32Array(n + 1);
  sets.forEach((s, z) => (offsets[z + 1] = offsets[z] + s.size));
  const neighbours = new Int32Array(offsets[n]);
  sets.forEach((s, z) => neighbours.set([...s].sort((x, y) => x - y), offsets[z]));
  return { offsets, neighbours };
}

/**
 * TopoJSON adjacency: shapes that share an arc (topojson-client `neighbors`), mapped from shape
 * index to zone index.
 */
export function adjacencyFromTopology(shapeNeighbours: readonly number[][], shapeIndex: readonly number[]): Adjacency {
  const zoneOfShape = new Map<number, number>();
  shapeIndex.forEach((s, z) => zoneOfShape.set(s, z));
  const lists = shapeIndex.map((s) =>
    (s >= 0 ? shapeNeighbours[s] ?? [] : []).map((t) => zoneOfShape.get(t) ?? -1),
  );
  return adjacencyFromLists(lists);
}

const GRID = 1e6;

/**
 * GeoJSON adjacency: zones sharing at least two boundary vertices (coordinates rounded to 1e-6
 * degrees, about 10 cm), i.e. sharing an edge. Zones touching at a single corner are not neighbours,
 * matching what TopoJSON's shared arcs give.
 */
export function adjacencyFromSharedVertices(geometries: readonly (ZonePolygon | null)[]): Adjacency {
  const zonesAt = new Map<string, number[]>();
  geometries.forEach((g, z) => {
    if (!g) return;
    for (const rings of polygonsOf(g)) {
      for (const ring of rings) {
        for (const [lon, lat] of ring) {
          const key = `${Math.round(lon * GRID)},${Math.round(lat * GRID)}`;
          const list = zonesAt.get(key);
          if (!list) zonesAt.set(key, [z]);
          else if (list[list.length - 1] !== z && !list.includes(z)) list.push(z);
        }
      }
    }
  });
  const n = geometries.length;
  const shared = new Map<number, number>();
  for (const list of zonesAt.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = Math.min(list[i], list[j]);
        const b = Math.max(list[i], list[j]);
        const k = a * n + b;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  const lists: number[][] = geometries.map(() => []);
  for (const [k, count] of shared) {
    if (count < 2) continue;
    const a = Math.floor(k / n);
    lists[a].push(k - a * n);
  }
  return adjacencyFromLists(lists);
}
