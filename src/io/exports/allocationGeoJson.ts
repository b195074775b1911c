import type { Feature, FeatureCollection } from 'geojson';
import { SLOTS_PER_WEEK, type Dataset } from '../../model/index.ts';
import type { ZonePolygon } from '../readZoneGeometry.ts';
import type { ExportResult } from './exportResult.ts';
import { zoneSummary } from './zoneSummary.ts';

export interface AllocationZoneProperties {
  zone_id: string;
  zone_name: string;
  force: string;
  residents: number;
  workday_population: number;
  officer_hours_fixed: number;
  officer_hours: number;
  officer_hours_change: number;
  /** Whole officers in each of the 672 slots of the week, Monday 00:00 first. */
  officers: number[];
}

/**
 * A FeatureCollection with one feature per zone, in zone order: its polygon (as loaded, WGS84) and
 * the allocation. The scenario's name is a top-level "scenario" member. `geometries` are in zone
 * order, as loadDataset returns them.
 */
export function allocationGeoJson(scenarioName: string, data: Dataset, geometries: readonly ZonePolygon[], result: ExportResult): string {
  const { zones } = data;
  const n = zones.count;
  if (geometries.length !== n) throw new RangeError(`${geometries.length} geometries for ${n} zones`);
  const sum = zoneSummary(data, result);
  const features = zones.ids.map((id, z): Feature<ZonePolygon, AllocationZoneProperties> => {
    const officers = new Array<number>(SLOTS_PER_WEEK);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) officers[s] = result.officersWhole[s * n + z];
    return {
      type: 'Feature',
      id,
      properties: {
        zone_id: id,
        zone_name: zones.names[z],
        force: zones.forces[z],
        residents: Math.round(sum.residents[z]),
        workday_population: Math.round(sum.workdayPopulation[z]),
        officer_hours_fixed: sum.officerHoursFixed[z],
        officer_hours: sum.officerHours[z],
        officer_hours_change: sum.officerHours[z] - sum.officerHoursFixed[z],
        officers,
      },
      geometry: geometries[z],
    };
  });
  const collection: FeatureCollection<ZonePolygon, AllocationZoneProperties> & { scenario: string } = {
    type: 'FeatureCollection',
    scenario: scenarioName,
    features,
  };
  return `${JSON.stringify(collection)}\n`;
}
