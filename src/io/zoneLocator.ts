import { locateStations } from './locateStations.ts';
import type { ZonePolygon } from './readZoneGeometry.ts';
import type { ZoneLocator } from '../model/prepareScenario.ts';

/** Places a scenario's event points ([lon, lat]) in the dataset's zones: the zone index, or -1. */
export function zoneLocator(geometries: readonly ZonePolygon[]): ZoneLocator {
  return (lon, lat) => locateStations(Float64Array.of(lon), Float64Array.of(lat), geometries)[0];
}
