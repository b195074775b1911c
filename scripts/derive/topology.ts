/**
 * Committed boundaries: the ONS small-area polygons (one TopoJSON per borough, each quantised on its own grid)
 * merged into one topology with shared arcs, simplified with topology preserved (topojson-simplify, Visvalingam
 * weights) and quantised, so neighbouring areas keep a common edge and the file stays small.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

/** Vertices closer than this (degrees, about 2 m) are one vertex: the per-borough grids differ by up to a grid step. */
const SNAP_DEGREES = 2.5e-5;
const QUANTIZATION = 1e5;

/**
 * Snaps every vertex to the first vertex seen within SNAP_DEGREES (features in the given order), so a border
 * drawn in two borough files becomes one line; repeated points and degenerate rings are then dropped.
 */
function snapped(features: readonly Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon>[] {
  const grid = new Map<string, Position[]>();
  const cell = (x: number) => Math.floor(x / SNAP_DEGREES);
  const snap = (p: Position): Position => {
    const [cx, cy] = [cell(p[0]), cell(p[1])];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.abs(q[0] - p[0]) <= SNAP_DEGREES && Math.abs(q[1] - p[1]) <= SNAP_DEGREES) return q;
        }
      }
    }
    const own: Position = [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7];
    const key = `${cx},${cy}`;
    grid.set(key, [...(grid.get(key) ?? []), own]);
    return own;
  };
  const ring = (r: Position[]): Position[] => r.map(snap).filter((p, i, a) => i === 0 || p !== a[i - 1]);
  const polygon = (rings: Position[][]): Position[][] => rings.map(ring).filter((r) => r.length >= 4);
  return features.map((f) => {
    const g = f.geometry;
    const coordinates = g.type === 'Polygon' ? [polygon(g.coordinates)] : g.coordinates.map(polygon);
    const parts = coordinates.filter((p) => p.length > 0);
    if (parts.length === 0) throw new Error(`feature ${String(f.id)}: nothing left after snapping`);
    const geometry: Polygon | MultiPolygon = parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
    return { type: 'Feature', id: f.id, properties: f.properties, geometry };
  });
}

export interface SimplifiedTopology {
  text: string;
  arcs: number;
  /** Share of the vertices kept by the simplification. */
  kept: number;
}

/**
 * One TopoJSON object `name` holding the features (ids kept, properties as given), simplified by dropping
 * the vertices of least Visvalingam weight: `keepShare` of them are kept.
 */
export function simplifiedTopology(features: readonly Feature<Polygon | MultiPolygon>[], name: string, keepShare: number): SimplifiedTopology {
  const collection: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: snapped(features) };
  // Simplified in plain degrees (presimplify undoes any quantisation and simplify would keep a stale
  // transform), then quantised and delta-encoded by topojson-client.
  const topo = presimplify(topology({ [name]: collection }) as unknown as Topology<Objects<Record<string, never>>>);
  const simple = simplify(topo, quantile(topo, keepShare));
  const before = topo.arcs.reduce((a, arc) => a + arc.length, 0);
  const after = simple.arcs.reduce((a, arc) => a + arc.length, 0);
  const out = quantize(simple, QUANTIZATION);
  return { text: JSON.stringify(out) + '\n', arcs: simple.arcs.length, kept: after / before };
}
