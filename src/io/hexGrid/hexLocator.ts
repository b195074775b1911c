import type { ZoneLocator } from '../../model/index.ts';
import { hexAt, nearestHex, type HexIndex } from './hexIndex.ts';

/**
 * Places a point in a hexagon: -1 when it is outside every zone (as the zones' locator says), so a point
 * in an edge hexagon's overhang beyond the map is refused just as it is for boroughs.
 */
export function hexLocator(index: HexIndex, zoneLocator: ZoneLocator): ZoneLocator {
  return (lon, lat) => {
    if (zoneLocator(lon, lat) < 0) return -1;
    const h = hexAt(index, lon, lat);
    return h >= 0 ? h : nearestHex(index, lon, lat);
  };
}
