import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** What the map needs of a finer zone set from the engine (a ZoneSetResponse fits): hexagons or MSOAs. */
export interface HexGridShape {
  ids: readonly string[];
  names: readonly string[];
  /** The dataset zone each lies in (a hexagon's majority zone). */
  parent: ArrayLike<number>;
  geometries: readonly (Polygon | MultiPolygon)[];
}

/** Properties of each feature; `hex` is the zone's index in the set and the feature id (promoteId). */
export interface HexProperties {
  hex: number;
  id: string;
  name: string;
  zone: number;
}

export function hexFeatureCollection(grid: HexGridShape): FeatureCollection<Polygon | MultiPolygon, HexProperties> {
  return {
    type: 'FeatureCollection',
    features: grid.geometries.map((geometry, hex) => ({
      type: 'Feature',
      geometry,
      properties: { hex, id: grid.ids[hex], name: grid.names[hex], zone: grid.parent[hex] },
    })),
  };
}
