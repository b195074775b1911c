import type { Dataset, ResponseResult } from '../../model/index.ts';
import { csvCell, csvDocument } from './csvCell.ts';
import { formatDecimal } from './formatDecimal.ts';
import { responseCells } from './responseSummaryCsv.ts';
import { slotColumns } from './slotColumns.ts';

export const RESPONSE_SLOT_CSV_HEADER = [
  'zone_id', 'zone_name', 'day', 'slot_start', 'grade', 'response_units', 'calls', 'share_within_target', 'share_low',
  'share_high', 'mean_response_min', 'p90_response_min', 'mean_wait_min', 'mean_travel_min',
] as const;

/**
 * The simulated response per zone and slot: one row per slot, zone and grade, ordered by day, slot, zone
 * index, then grade. `response_units` are the units on duty in the zone in that slot; `calls` the mean
 * calls arriving in it per week; the share within target and its 95% interval, and mean and
 * 90th-percentile response times, are of the calls that arrived in the slot; the mean response splits
 * into `mean_wait_min` (waiting for a free unit) and `mean_travel_min` (turnout and driving).
 */
export function responseSlotCsv(data: Dataset, response: ResponseResult): string {
  const n = data.zones.count;
  const ids = data.zones.ids.map(csvCell);
  const names = data.zones.names.map(csvCell);
  const grades = response.grades.map((g) => csvCell(g.name));
  const { day, start } = slotColumns();
  function* rows(): Generator<string[]> {
    for (let s = 0; s < response.slots; s++) {
      for (let z = 0, i = s * n; z < n; z++, i++) {
        for (let g = 0; g < response.grades.length; g++) {
          const f = response.grades[g].zoneSlot;
          yield [
            ids[z], names[z], day[s], start[s], grades[g], formatDecimal(response.units[i], 0),
            ...responseCells(f, i), formatDecimal(f.meanWait[i], 2), formatDecimal(f.meanTravel[i], 2),
          ];
        }
      }
    }
  }
  return csvDocument(RESPONSE_SLOT_CSV_HEADER, rows());
}
