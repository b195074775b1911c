import { netDaytimeChange, SLOT_MINUTES, SLOTS_PER_WEEK, workdayPopulation, type Dataset } from '../../model/index.ts';
import type { ExportResult } from './exportResult.ts';

const SLOT_HOURS = SLOT_MINUTES / 60;

/** Per zone columns shared by the summary CSV and the GeoJSON. */
export interface ZoneSummary {
  residents: Float64Array;
  workdayPopulation: Float64Array;
  netDaytimeChange: Float64Array;
  /** Week officer-hours: whole officers x 0.25 h summed over the 672 slots. */
  officerHoursFixed: Float64Array;
  officerHours: Float64Array;
}

export function zoneSummary(data: Dataset, result: ExportResult): ZoneSummary {
  const n = data.zones.count;
  const officerHoursFixed = new Float64Array(n);
  const officerHours = new Float64Array(n);
  // Sum whole officers first: the integer totals are exact, and x 0.25 keeps them exact.
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    for (let z = 0, i = s * n; z < n; z++, i++) {
      officerHoursFixed[z] += result.fixedWhole[i];
      officerHours[z] += result.officersWhole[i];
    }
  }
  for (let z = 0; z < n; z++) {
    officerHoursFixed[z] *= SLOT_HOURS;
    officerHours[z] *= SLOT_HOURS;
  }
  return {
    residents: data.residents, workdayPopulation: workdayPopulation(data), netDaytimeChange: netDaytimeChange(data),
    officerHoursFixed, officerHours,
  };
}
