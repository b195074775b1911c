import { allocationCsv } from '../io/exports/allocationCsv.ts';
import { allocationGeoJson } from '../io/exports/allocationGeoJson.ts';
import { allocationJson } from '../io/exports/allocationJson.ts';
import { summaryCsv } from '../io/exports/summaryCsv.ts';
import type { ZonePolygon } from '../io/readZoneGeometry.ts';
import type { Dataset } from '../model/dataset.ts';
import type { ScenarioResult } from '../model/runScenario.ts';
import type { SimulateOptions } from './parseArgs.ts';

/** The text to write, from the same writers as the app's export buttons. */
export function renderOutput(
  options: Pick<SimulateOptions, 'format' | 'summary'>,
  scenarioName: string,
  data: Dataset,
  geometries: readonly ZonePolygon[],
  result: ScenarioResult,
): string {
  if (options.summary) return summaryCsv(data, result);
  switch (options.format) {
    case 'csv':
      return allocationCsv(scenarioName, data, result);
    case 'geojson':
      return allocationGeoJson(scenarioName, data, geometries, result);
    case 'json':
      return allocationJson(scenarioName, data, result);
  }
}
