import type { Dataset, Risk } from '../dataset.ts';
import { riskRate } from '../riskRate.ts';
import type { HexTables } from './hexTables.ts';

/**
 * Recorded crime per hexagon for each of the dataset's years, such that every part of a hexagon keeps its
 * zone's ambient crime rate: crimes_h = sum over parts of rho_z × the part's mean people present. A hexagon
 * inside one zone then has that zone's rate exactly, a straddling one the presence-weighted mix of its
 * zones' rates, and each zone's crimes are shared out in full. Zones without a figure take the average
 * rate, as riskRate gives them.
 */
export function hexRisk(data: Dataset, present: Float64Array, t: HexTables, partMeans: Float64Array): Risk | null {
  const risk = data.risk;
  if (!risk) return null;
  const H = t.count;
  const values = new Float64Array(risk.years.length * H);
  risk.years.forEach((year, y) => {
    const rho = riskRate(data, present, year).perPerson;
    for (let h = 0; h < H; h++) {
      let crimes = 0;
      for (let k = t.partOffsets[h]; k < t.partOffsets[h + 1]; k++) crimes += rho[t.partZone[k]] * partMeans[k];
      values[y * H + h] = crimes;
    }
  });
  return { years: [...risk.years], values };
}
