import type { Flows } from '../src/model/dataset.ts';
import { cellDistance, type HexGrid } from './hexGrid.ts';
import type { Prng } from './prng.ts';

/** External areas every synthetic dataset has (index n + k in flow endpoints). */
export const EXTERNAL_NAMES = ['Rest of the region', 'Rest of the country'];

const MIN_DESTINATIONS = 10;
const MAX_DESTINATIONS = 20;
/** Shares of residents: working in their own zone, commuting to other zones, leaving the map. */
const LOCAL_SHARE = 0.1;
const COMMUTE_SHARE = 0.38;
const EXTERNAL_SHARE = 0.03;

/**
 * Sparse commuting flows: every zone sends to 10..20 distinct destinations, biased to a few centres
 * (weighted, the first dominant) and to nearby zones, plus its own zone and sometimes an external area;
 * each external area sends commuters to every centre. Each (origin, destination) pair appears once.
 */
export function syntheticFlows(grid: HexGrid, residents: Float64Array, centres: Int32Array, rnd: Prng): Flows {
  const n = grid.n;
  const origin: number[] = [];
  const destination: number[] = [];
  const count: number[] = [];
  const push = (o: number, d: number, c: number) => {
    origin.push(o);
    destination.push(d);
    count.push(c);
  };
  const centreWeight = Float64Array.from(centres, (_, k) => 1 / (k + 1));
  const weightSum = centreWeight.reduce((a, b) => a + b, 0);
  const pickCentre = (): number => {
    let u = rnd.next() * weightSum;
    for (let k = 0; k < centres.length; k++) if ((u -= centreWeight[k]) <= 0) return centres[k];
    return centres[centres.length - 1];
  };
  const dests: number[] = [];
  const weights: number[] = [];
  for (let o = 0; o < n; o++) {
    const want = Math.min(n - 1, MIN_DESTINATIONS + rnd.int(MAX_DESTINATIONS - MIN_DESTINATIONS + 1));
    dests.length = 0;
    weights.length = 0;
    for (let attempt = 0; dests.length < want && attempt < 8 * want; attempt++) {
      const u = rnd.next();
      const d = u < 0.45 ? pickCentre() : u < 0.8 ? nearby(grid, o, rnd) : rnd.int(n);
      if (d === o || d < 0 || dests.includes(d)) continue;
      dests.push(d);
      const pull = centres.includes(d) ? 3 : 1;
      weights.push(pull * (0.2 + rnd.next()) / (1 + 0.1 * cellDistance(grid, o, d)));
    }
    const r = residents[o];
    push(o, o, Math.round(r * LOCAL_SHARE));
    const wSum = weights.reduce((a, b) => a + b, 0);
    for (let k = 0; k < dests.length; k++) push(o, dests[k], Math.round((r * COMMUTE_SHARE * weights[k]) / wSum));
    if (rnd.next() < 0.6) push(o, n + rnd.int(EXTERNAL_NAMES.length), Math.round(r * EXTERNAL_SHARE));
  }
  const totalResidents = residents.reduce((a, b) => a + b, 0);
  for (let e = 0; e < EXTERNAL_NAMES.length; e++) {
    for (let k = 0; k < centres.length; k++) push(n + e, centres[k], Math.round((0.04 * totalResidents * centreWeight[k]) / weightSum / EXTERNAL_NAMES.length));
  }
  return { origin: Int32Array.from(origin), destination: Int32Array.from(destination), count: Float64Array.from(count) };
}

/** A zone within a few cells of z (or -1 when the offset falls off the grid). */
function nearby(grid: HexGrid, z: number, rnd: Prng): number {
  const r = grid.row[z] + rnd.int(9) - 4;
  const c = grid.col[z] + rnd.int(9) - 4;
  if (r < 0 || c < 0 || c >= grid.cols) return -1;
  const j = r * grid.cols + c;
  return j < grid.n ? j : -1;
}
