import type { Adjacency } from '../dataset.ts';
import type { SmallAreaParts } from './smallAreas.ts';

/**
 * A hexagon grid laid over a dataset's zones, without geometry: what the model needs to move
 * borough figures onto hexagons. Built by src/io/hexGrid/buildHexGrid.ts.
 *
 * A hexagon's "parts" are its overlaps with zones (one per zone it overlaps), in compressed sparse row
 * form: the parts of hexagon h are k = partOffsets[h] .. partOffsets[h + 1] - 1, each lying in zone
 * partZone[k] with area partKm2[k]. A hexagon that straddles a borough line has several parts.
 */
export interface HexTables {
  /** Hexagons kept (those overlapping some zone). */
  count: number;
  /** The turf cellSide: each hexagon's side, and its centre-to-corner distance, in km. */
  cellKm: number;
  partOffsets: Int32Array;
  partZone: Int32Array;
  partKm2: Float64Array;
  /** The zone with the largest overlap (ties to the lower zone index). */
  majority: Int32Array;
  /** Hexagon centres in degrees, used as label points. */
  centerLon: Float64Array;
  centerLat: Float64Array;
  /** Hexagon index of each dataset station, or -1 for stations outside every zone. */
  stationHex: Int32Array;
  /** Hexagon index holding each zone's label point (where events named by zone go). */
  labelHex: Int32Array;
  /** Hexagons sharing an edge in the lattice. */
  adjacency: Adjacency;
  /** Where each small area of the dataset's small-area layer lies, when the grid was laid over one. */
  small: SmallAreaParts | null;
}

/** 'H0001' for hexagon 0: one-based, at least four digits. */
export function hexId(h: number): string {
  return `H${String(h + 1).padStart(4, '0')}`;
}
