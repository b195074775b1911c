import { hexDataset, type Dataset, type HexDataset, type PeopleInputs, type SmallAreas, type ZoneLocator } from '../../model/index.ts';
import type { ZonePolygon } from '../readZoneGeometry.ts';
import { buildHexGrid, type HexGrid } from './buildHexGrid.ts';
import { hexLocator } from './hexLocator.ts';

/** Everything the engine keeps per dataset and cell size to allocate hexagons. */
export interface HexagonSet {
  grid: HexGrid;
  /** The dataset moved onto the hexagons, with its people inputs. */
  hexes: HexDataset;
  /** Places event points in hexagons. */
  locate: ZoneLocator;
}

/**
 * Builds the grid over `geometries` (zone order) and spreads the zones' people onto it: by the small-area
 * layer where one is given (residents, workplaces and crime of its areas), else by area and stations.
 */
export function hexagonSet(
  data: Dataset, geometries: readonly ZonePolygon[], people: PeopleInputs, zoneLocator: ZoneLocator, cellKm: number,
  small: { areas: SmallAreas; polygons: readonly ZonePolygon[] } | null = null,
): HexagonSet {
  const grid = buildHexGrid(data, geometries, cellKm, small ? { zone: small.areas.zone, polygons: small.polygons } : null);
  return { grid, hexes: hexDataset(data, people, grid, small?.areas ?? null), locate: hexLocator(grid.index, zoneLocator) };
}
