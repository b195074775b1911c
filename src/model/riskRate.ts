import type { Dataset } from './dataset.ts';
import { SLOTS_PER_WEEK } from './time.ts';

export interface RiskRate {
  year: number | null;
  /** Recorded crimes a year per person present on average through the week (the ambient crime rate). */
  perPerson: Float64Array;
  /** True where the zone had no figure and took the average rate. */
  imputed: Uint8Array;
}

/**
 * Ambient crime rate per zone: crimes in `year` over the zone's average people present. Rates on people
 * present rather than residents stop the City and West End looking dangerous merely because few live
 * there (Annals AAG 2016; docs/model.md). Zones without a figure take the average of those with one.
 */
export function riskRate(data: Dataset, present: Float64Array, year?: number): RiskRate {
  const n = data.zones.count;
  const perPerson = new Float64Array(n);
  const imputed = new Uint8Array(n).fill(1);
  const risk = data.risk;
  const y = risk ? (year ?? risk.years[risk.years.length - 1]) : null;
  const yearIndex = risk && y !== null ? risk.years.indexOf(y) : -1;
  if (risk && y !== null && yearIndex < 0) throw new RangeError(`the dataset has no risk figures for ${y} (it has ${risk.years.join(', ')})`);

  const mean = new Float64Array(n);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) for (let z = 0; z < n; z++) mean[z] += present[s * n + z] / SLOTS_PER_WEEK;

  let crimes = 0;
  let people = 0;
  for (let z = 0; z < n; z++) {
    const c = yearIndex >= 0 ? risk!.values[yearIndex * n + z] : NaN;
    if (Number.isFinite(c) && mean[z] > 0) {
      perPerson[z] = c / mean[z];
      imputed[z] = 0;
      crimes += c;
      people += mean[z];
    }
  }
  const average = people > 0 ? crimes / people : 0;
  for (let z = 0; z < n; z++) if (imputed[z]) perPerson[z] = average;
  return { year: y, perPerson, imputed };
}
