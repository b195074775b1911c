import { geoBounds } from 'd3';
import type { LngLatBoundsLike } from 'maplibre-gl';
import type { DatasetSummary } from '../../engine/index.ts';
import { zoneFeatureCollection } from './zoneFeatureCollection.ts';

/** The bounding box of every zone, [west, south, east, north]. */
export function zoneBounds(summary: DatasetSummary): LngLatBoundsLike {
  const [[west, south], [east, north]] = geoBounds(zoneFeatureCollection(summary.zones));
  return [west, south, east, north];
}
