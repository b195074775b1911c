import type { Dataset } from '../../model/index.ts';
import { csvCell, csvDocument } from './csvCell.ts';
import type { ExportResult } from './exportResult.ts';
import { formatDecimal } from './formatDecimal.ts';
import { zoneSummary } from './zoneSummary.ts';

export const SUMMARY_CSV_HEADER = [
  'zone_id', 'zone_name', 'force', 'residents', 'workday_population', 'net_daytime_change',
  'officer_hours_fixed', 'officer_hours', 'officer_hours_change',
] as const;

/**
 * One row per zone in zone order: people (Census residents and workday population, whole people) and
 * the week's officer-hours under the fixed model and the scenario (2 decimals; exact quarter hours).
 */
export function summaryCsv(data: Dataset, result: ExportResult): string {
  const { zones } = data;
  const sum = zoneSummary(data, result);
  const rows = zones.ids.map((id, z) => [
    csvCell(id), csvCell(zones.names[z]), csvCell(zones.forces[z]),
    formatDecimal(sum.residents[z], 0),
    formatDecimal(sum.workdayPopulation[z], 0),
    formatDecimal(sum.netDaytimeChange[z], 0),
    formatDecimal(sum.officerHoursFixed[z], 2),
    formatDecimal(sum.officerHours[z], 2),
    formatDecimal(sum.officerHours[z] - sum.officerHoursFixed[z], 2),
  ]);
  return csvDocument(SUMMARY_CSV_HEADER, rows);
}
