import type { Dataset, ResponseFigures, ResponseResult } from '../../model/index.ts';
import { csvCell, csvDocument } from './csvCell.ts';
import { formatDecimal } from './formatDecimal.ts';

export const RESPONSE_SUMMARY_CSV_HEADER = [
  'zone_id', 'zone_name', 'grade', 'calls_per_week', 'share_within_target', 'share_low', 'share_high',
  'mean_response_min', 'p90_response_min',
] as const;

/** The zone id of the whole-force rows. */
export const ALL_ZONES_ID = 'ALL';
export const ALL_ZONES_NAME = 'All zones';

/** One figure cell group: calls (2 decimals), shares (4 decimals, 95% interval), minutes (2 decimals). */
export function responseCells(f: ResponseFigures, i: number): string[] {
  return [
    formatDecimal(f.calls[i], 2),
    formatDecimal(f.share[i], 4), formatDecimal(f.shareLow[i], 4), formatDecimal(f.shareHigh[i], 4),
    formatDecimal(f.meanResponse[i], 2), formatDecimal(f.p90Response[i], 2),
  ];
}

/**
 * The simulated response for the week: a row per zone (in zone order) and grade, then an ALL row per
 * grade for the whole force. Calls are the mean per week over the replications; the share is of calls
 * attended within the grade's target, with its 95% interval over replications; response times are of
 * attended calls. Empty cells where a zone had no calls (or one replication gave no interval).
 */
export function responseSummaryCsv(data: Dataset, response: ResponseResult): string {
  const rows: string[][] = [];
  data.zones.ids.forEach((id, z) => {
    for (const g of response.grades) rows.push([csvCell(id), csvCell(data.zones.names[z]), csvCell(g.name), ...responseCells(g.zone, z)]);
  });
  for (const g of response.grades) rows.push([ALL_ZONES_ID, csvCell(ALL_ZONES_NAME), csvCell(g.name), ...responseCells(g.total, 0)]);
  return csvDocument(RESPONSE_SUMMARY_CSV_HEADER, rows);
}
