import { SLOT_MINUTES, SLOTS_PER_WEEK, type Dataset } from '../../model/index.ts';
import type { ExportResult } from './exportResult.ts';
import { slotColumns } from './slotColumns.ts';

/**
 * The compact JSON export (no geometry, no indentation). Every per-zone array is indexed
 * [zoneIndex][slot]: zones in the order of `zoneIds`, slots in the order of `slots` (672, Monday 00:00
 * first, 15 minutes each).
 *
 *   {
 *     "format": "tideline-allocation", "version": 1,
 *     "scenario": "Follow the commute", "dataset": "London boroughs (Census 2011)",
 *     "slotMinutes": 15,
 *     "zoneIds": ["E09000001", ...], "zoneNames": ["City of London", ...],
 *     "slots": [{ "day": "Mon", "start": "00:00" }, ...],
 *     "onDuty": [5874, ...],               officers on duty per slot (the sum over zones of "officers")
 *     "officers": [[0, 0, ...], ...],      whole officers, events included
 *     "officersFixed": [[...], ...],       whole officers under the fixed (territorial) model
 *     "present": [[7375.2, ...], ...],     people present, 1 decimal
 *     "demand": [[...], ...]               demand in people-equivalents, 1 decimal
 *   }
 */
export interface AllocationJson {
  format: 'tideline-allocation';
  version: 1;
  scenario: string;
  dataset: string;
  slotMinutes: number;
  zoneIds: string[];
  zoneNames: string[];
  slots: { day: string; start: string }[];
  onDuty: number[];
  officers: number[][];
  officersFixed: number[][];
  present: number[][];
  demand: number[][];
}

export function allocationJson(scenarioName: string, data: Dataset, result: ExportResult): string {
  const n = data.zones.count;
  const byZone = (values: ArrayLike<number>, round: (x: number) => number): number[][] =>
    data.zones.ids.map((_, z) => {
      const row = new Array<number>(SLOTS_PER_WEEK);
      for (let s = 0; s < SLOTS_PER_WEEK; s++) row[s] = round(values[s * n + z]);
      return row;
    });
  const whole = (x: number) => x;
  const oneDecimal = (x: number) => Math.round(x * 10) / 10;
  const { day, start } = slotColumns();
  const doc: AllocationJson = {
    format: 'tideline-allocation',
    version: 1,
    scenario: scenarioName,
    dataset: data.name,
    slotMinutes: SLOT_MINUTES,
    zoneIds: [...data.zones.ids],
    zoneNames: [...data.zones.names],
    slots: day.map((d, s) => ({ day: d, start: start[s] })),
    onDuty: Array.from(result.onDuty),
    officers: byZone(result.officersWhole, whole),
    officersFixed: byZone(result.fixedWhole, whole),
    present: byZone(result.inputs.present, oneDecimal),
    demand: byZone(result.inputs.demand, oneDecimal),
  };
  return `${JSON.stringify(doc)}\n`;
}
