import type { Adjacency } from '../../model/index.ts';
import { adjacencyFromLists } from '../zoneAdjacency.ts';

/**
 * Neighbours in a flat-topped hexagon lattice (turf's hexGrid) whose hexagons have corner radii `rx`
 * (degrees of longitude) and `ry` (degrees of latitude). In units of those radii, hexagons sharing an
 * edge have centres √3 apart and the next nearest are 3 apart, so a cut at 2 separates them without
 * depending on floating-point equality of shared corners.
 */
export function latticeAdjacency(centerLon: Float64Array, centerLat: Float64Array, rx: number, ry: number): Adjacency {
  const n = centerLon.length;
  const columns = new Map<number, number[]>();
  const columnOf = new Int32Array(n);
  for (let h = 0; h < n; h++) {
    // Columns are 1.5 radii apart.
    const c = Math.round(centerLon[h] / (1.5 * rx));
    columnOf[h] = c;
    const list = columns.get(c);
    if (list) list.push(h);
    else columns.set(c, [h]);
  }
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (let h = 0; h < n; h++) {
    for (let dc = -1; dc <= 1; dc++) {
      for (const g of columns.get(columnOf[h] + dc) ?? []) {
        if (g === h) continue;
        const u = (centerLon[g] - centerLon[h]) / rx;
        const v = (centerLat[g] - centerLat[h]) / ry;
        if (u * u + v * v < 4) lists[h].push(g);
      }
    }
  }
  return adjacencyFromLists(lists);
}
