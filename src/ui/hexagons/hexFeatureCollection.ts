import type { FeatureCollection, Polygon } from 'geojson';

/** What the map needs of the engine's hexagon grid (a HexGridResponse fits). */
export interface HexGridShape {
  ids: readonly string[];
  names: readonly string[];
  /** Majority zone index of each hexagon. */
  zone: ArrayLike<number>;
  geometries: readonly Polygon[];
}

/** Properties of each hexagon feature; `hex` is the hexagon index and the feature id (promoteId). */
export interface HexProperties {
  hex: number;
  id: string;
  name: string;
  zone: number;
}

export function hexFeatureCollection(grid: HexGridShape): FeatureCollection<Polygon, HexProperties> {
  return {
    type: 'FeatureCollection',
    features: grid.geometries.map((geometry, hex) => ({
      type: 'Feature',
      geometry,
      properties: { hex, id: grid.ids[hex], name: grid.names[hex], zone: grid.zone[hex] },
    })),
  };
}
