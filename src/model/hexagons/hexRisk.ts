import type { Dataset, Risk } from '../dataset.ts';
import { riskRate } from '../riskRate.ts';
import type { HexTables } from './hexTables.ts';
import type { SmallAreas } from './smallAreas.ts';

/**
 * Recorded crime per hexagon for each of the dataset's years; every zone's crimes are shared out in full.
 * - With a small-area layer holding that year's crime, a zone's recorded crimes are shared like its small
 *   areas' crimes (each small area's by its area among hexagons).
 * - Otherwise every part of a hexagon keeps its zone's ambient crime rate: crimes_h = sum over parts of
 *   rho_z x the part's mean people present. A hexagon inside one zone then has that zone's rate exactly.
 * Zones without a figure take the average rate, as riskRate gives them.
 */
export function hexRisk(data: Dataset, present: Float64Array, t: HexTables, partMeans: Float64Array, small: SmallAreas | null = null): Risk | null {
  const risk = data.risk;
  if (!risk) return null;
  const H = t.count;
  const n = data.zones.count;
  const values = new Float64Array(risk.years.length * H);
  risk.years.forEach((year, y) => {
    const rho = riskRate(data, present, year).perPerson;
    const shares = small && t.small ? smallAreaCrimeShares(t, small, year, n) : null;
    for (let h = 0; h < H; h++) {
      let crimes = 0;
      for (let k = t.partOffsets[h]; k < t.partOffsets[h + 1]; k++) {
        const z = t.partZone[k];
        const known = risk.values[y * n + z];
        crimes += shares && shares.covered[z] && Number.isFinite(known) ? known * shares.byPart[k] : rho[z] * partMeans[k];
      }
      values[y * H + h] = crimes;
    }
  });
  return { years: [...risk.years], values };
}

/** Each part's share of its zone's small-area crime in `year`, and which zones have any. */
function smallAreaCrimeShares(t: HexTables, small: SmallAreas, year: number, n: number): { byPart: Float64Array; covered: Uint8Array } | null {
  const y = small.years.indexOf(year);
  if (y < 0 || !t.small) return null;
  const p = t.small;
  const total = new Float64Array(n);
  for (let l = 0; l < small.count; l++) {
    const c = small.crimes[y * small.count + l];
    if (Number.isFinite(c)) total[small.zone[l]] += c;
  }
  const byPart = new Float64Array(t.partZone.length);
  for (let l = 0; l < small.count; l++) {
    const c = small.crimes[y * small.count + l];
    const z = small.zone[l];
    if (!Number.isFinite(c) || !(total[z] > 0)) continue;
    for (let k = p.offsets[l]; k < p.offsets[l + 1]; k++) {
      const h = p.hex[k];
      for (let j = t.partOffsets[h]; j < t.partOffsets[h + 1]; j++) if (t.partZone[j] === z) byPart[j] += (c * p.share[k]) / total[z];
    }
  }
  return { byPart, covered: Uint8Array.from(total, (x) => (x > 0 ? 1 : 0)) };
}
