import { allocationCsv } from '../io/exports/allocationCsv.ts';
import { allocationGeoJson } from '../io/exports/allocationGeoJson.ts';
import { allocationJson } from '../io/exports/allocationJson.ts';
import { summaryCsv } from '../io/exports/summaryCsv.ts';
import type { Dataset } from '../model/dataset.ts';
import type { ScenarioResult } from '../model/runScenario.ts';
import type { ZonePolygon } from '../io/readZoneGeometry.ts';
import type { ExportFormat } from './engineProtocol.ts';

/** A file name safe on every platform, from the scenario's name. */
function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
}

/** Writes one export with the same writers the CLI uses, so the bytes match `npm run simulate`. */
export function exportFile(
  format: ExportFormat,
  scenarioName: string,
  loaded: { data: Dataset; geometries: ZonePolygon[] },
  result: ScenarioResult,
): { fileName: string; mimeType: string; text: string } {
  const base = slug(scenarioName);
  switch (format) {
    case 'allocation-csv':
      return { fileName: `${base}-allocation.csv`, mimeType: 'text/csv', text: allocationCsv(scenarioName, loaded.data, result) };
    case 'summary-csv':
      return { fileName: `${base}-summary.csv`, mimeType: 'text/csv', text: summaryCsv(loaded.data, result) };
    case 'geojson':
      return { fileName: `${base}.geojson`, mimeType: 'application/geo+json', text: allocationGeoJson(scenarioName, loaded.data, loaded.geometries, result) };
    case 'json':
      return { fileName: `${base}.json`, mimeType: 'application/json', text: allocationJson(scenarioName, loaded.data, result) };
  }
}
