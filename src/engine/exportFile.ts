import { allocationCsv, allocationGeoJson, allocationJson, summaryCsv, type ZonePolygon } from '../io/index.ts';
import type { Dataset, ScenarioResult } from '../model/index.ts';
import type { ExportFormat } from './engineProtocol.ts';

/** A file name part safe on every platform, from a scenario's name: "Follow the commute" -> "follow-the-commute". */
export function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
}

/** Writes one export with the same writers the CLI uses, so the bytes match `npm run simulate`. */
export function exportFile(
  format: ExportFormat,
  scenarioName: string,
  loaded: { data: Dataset; geometries: ZonePolygon[] },
  result: ScenarioResult,
): { fileName: string; mimeType: string; text: string } {
  const base = fileSlug(scenarioName);
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
