import {
  allocationCsv, allocationGeoJson, allocationJson, responseSlotCsv, responseSummaryCsv, summaryCsv, type ZonePolygon,
} from '../io/index.ts';
import type { Dataset, ResponseResult, ScenarioResult } from '../model/index.ts';
import type { ExportFormat } from './engineProtocol.ts';

/** A file name part safe on every platform, from a scenario's name: "Follow the commute" -> "follow-the-commute". */
export function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
}

/** The exports written from the response simulation (which runs first if it has not). */
export const RESPONSE_FORMATS: readonly ExportFormat[] = ['response-csv', 'response-summary-csv'];

/** Writes one export with the same writers the CLI uses, so the bytes match `npm run simulate`. */
export function exportFile(
  format: ExportFormat,
  scenarioName: string,
  loaded: { data: Dataset; geometries: ZonePolygon[] },
  result: ScenarioResult,
  response: ResponseResult | null = null,
): { fileName: string; mimeType: string; text: string } {
  const base = fileSlug(scenarioName);
  if (RESPONSE_FORMATS.includes(format) && !response) throw new Error(`the ${format} export needs the response simulation`);
  switch (format) {
    case 'response-csv':
      return { fileName: `${base}-response.csv`, mimeType: 'text/csv', text: responseSlotCsv(loaded.data, response!) };
    case 'response-summary-csv':
      return { fileName: `${base}-response-summary.csv`, mimeType: 'text/csv', text: responseSummaryCsv(loaded.data, response!) };
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
