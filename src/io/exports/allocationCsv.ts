import { SLOTS_PER_WEEK, type Dataset } from '../../model/index.ts';
import { csvCell, csvDocument } from './csvCell.ts';
import type { ExportResult } from './exportResult.ts';
import { formatDecimal } from './formatDecimal.ts';
import { slotColumns } from './slotColumns.ts';

export const ALLOCATION_CSV_HEADER = [
  'scenario', 'zone_id', 'zone_name', 'day', 'slot_start', 'residents', 'present', 'demand',
  'officers_fixed', 'officers', 'per_1000_present', 'change_vs_fixed',
] as const;

/**
 * The allocation in long format: one row per slot and zone, ordered by day, slot, then zone index.
 * Officers are whole officers with event deployments included (`officers_fixed`: the fixed
 * territorial model under the same supply); `per_1000_present` is empty where nobody is present.
 */
export function allocationCsv(scenarioName: string, data: Dataset, result: ExportResult): string {
  const n = data.zones.count;
  const scenario = csvCell(scenarioName);
  const ids = data.zones.ids.map(csvCell);
  const names = data.zones.names.map(csvCell);
  const residents = Array.from(data.residents, (r) => formatDecimal(r, 0));
  const { day, start } = slotColumns();
  const { present, demand } = result.inputs;

  function* rows(): Generator<string[]> {
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      for (let z = 0, i = s * n; z < n; z++, i++) {
        const officers = result.officersWhole[i];
        const fixed = result.fixedWhole[i];
        const per1000 = present[i] > 0 ? (officers / present[i]) * 1000 : NaN;
        yield [
          scenario, ids[z], names[z], day[s], start[s], residents[z],
          formatDecimal(present[i], 1), formatDecimal(demand[i], 1),
          formatDecimal(fixed, 0), formatDecimal(officers, 0), formatDecimal(per1000, 3), formatDecimal(officers - fixed, 0),
        ];
      }
    }
  }
  return csvDocument(ALLOCATION_CSV_HEADER, rows());
}
