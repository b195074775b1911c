import { SLOTS_PER_WEEK } from '../time.ts';
import type { HexTables } from './hexTables.ts';
import type { PartWeights } from './partWeights.ts';

/**
 * People present per hexagon and slot, H[slot * count + hex]. Each zone's people present P_z(t) splits into
 * residents at home, P_z(t) - A_z(t), spread by area, and commuters arrived, A_z(t), spread by the arrival
 * weights; a hexagon adds up its parts. Both weights sum to 1 over a zone's parts, so in every slot the
 * hexagons hold exactly the zones' people.
 */
export function hexPresence(t: HexTables, w: PartWeights, present: Float64Array, arrived: Float64Array, n: number): Float64Array {
  const H = t.count;
  const out = new Float64Array(SLOTS_PER_WEEK * H);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    const zr = s * n;
    const hr = s * H;
    for (let h = 0; h < H; h++) {
      let sum = 0;
      for (let k = t.partOffsets[h]; k < t.partOffsets[h + 1]; k++) {
        const z = zr + t.partZone[k];
        sum += w.area[k] * (present[z] - arrived[z]) + w.arrivals[k] * arrived[z];
      }
      out[hr + h] = sum;
    }
  }
  return out;
}

/** Each part's people present averaged over the week (what the ambient crime rate is taken over). */
export function partMeanPresent(t: HexTables, w: PartWeights, present: Float64Array, arrived: Float64Array, n: number): Float64Array {
  const homeMean = new Float64Array(n);
  const arrivedMean = new Float64Array(n);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    for (let z = 0, i = s * n; z < n; z++, i++) {
      homeMean[z] += (present[i] - arrived[i]) / SLOTS_PER_WEEK;
      arrivedMean[z] += arrived[i] / SLOTS_PER_WEEK;
    }
  }
  return Float64Array.from(t.partZone, (z, k) => w.area[k] * homeMean[z] + w.arrivals[k] * arrivedMean[z]);
}
