import type { Dataset } from '../src/model/dataset.ts';
import { hexGrid } from './hexGrid.ts';
import { prng } from './prng.ts';
import { EXTERNAL_NAMES, syntheticFlows } from './syntheticFlows.ts';
import { syntheticStations } from './syntheticStations.ts';

/** Residents per zone on average once there are more zones than London has LSOAs (about 1,700). */
const RESIDENTS_PER_SMALL_AREA = 1700;
/** London's LSOA count: below it the same ~8.2 million residents are split into fewer, bigger zones. */
const LONDON_SMALL_AREAS = 4835;
const RISK_YEAR = 2019;

/**
 * A seeded synthetic Dataset of n zones on a hexagonal grid, built in memory (no files):
 * lognormal residents, sparse commuting flows to a few centres and two external areas, about one
 * station per 10 zones with AM/PM weekday profiles and weekend totals, and one year of recorded crime.
 * The same (n, seed) always gives identical arrays.
 */
export function syntheticDataset(n: number, seed = 1): Dataset {
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`need at least 2 zones, not ${n}`);
  const rnd = prng(seed ^ Math.imul(n, 0x9e3779b1));
  const grid = hexGrid(n);

  const totalResidents = RESIDENTS_PER_SMALL_AREA * Math.max(n, LONDON_SMALL_AREAS);
  const residents = new Float64Array(n);
  let sum = 0;
  for (let z = 0; z < n; z++) sum += residents[z] = Math.exp(0.45 * rnd.normal());
  for (let z = 0; z < n; z++) residents[z] = Math.max(50, Math.round((residents[z] * totalResidents) / sum));

  const centreCount = Math.max(2, Math.round(Math.sqrt(n) / 5));
  const centres = new Int32Array(centreCount);
  for (let k = 0; k < centreCount; k++) {
    let z: number;
    do z = rnd.int(n);
    while (centres.subarray(0, k).includes(z));
    centres[k] = z;
  }

  // A city-sized patch for up to London's LSOA count, growing with n beyond it (about England and Wales).
  const span = 0.6 * Math.sqrt(Math.max(n, LONDON_SMALL_AREAS) / LONDON_SMALL_AREAS);
  const cell = span / grid.cols;
  const areaKm2 = new Float64Array(n).fill((1572 * Math.max(n, LONDON_SMALL_AREAS)) / LONDON_SMALL_AREAS / n);
  const labelLon = Float64Array.from(grid.col, (c, z) => -0.5 + (c + (grid.row[z] & 1) / 2) * cell * 1.6);
  const labelLat = Float64Array.from(grid.row, (r) => 51.3 + r * cell * 0.87);

  const flows = syntheticFlows(grid, residents, centres, rnd);
  const { offsets, neighbours } = grid.adjacency;
  const neighbourOf = (z: number) => (offsets[z + 1] > offsets[z] ? neighbours[offsets[z] + rnd.int(offsets[z + 1] - offsets[z])] : z);
  const stations = syntheticStations(n, centres, neighbourOf, labelLon, labelLat, rnd);

  const risk = new Float64Array(n);
  for (let z = 0; z < n; z++) {
    const hot = centres.includes(z) ? 5 : 1;
    risk[z] = rnd.next() < 0.01 ? NaN : Math.round(residents[z] * 0.08 * hot * Math.exp(0.5 * rnd.normal()));
  }

  const ids = Array.from({ length: n }, (_, z) => `Z${z}`);
  return {
    name: `synthetic-${n}`,
    description: `Synthetic hexagonal grid of ${n} zones (seed ${seed}) for benchmarks`,
    zones: { count: n, ids, names: ids.map((id) => `Zone ${id}`), forces: ids.map(() => 'Synthetic Police'), parents: ids.map(() => ''), areaKm2, labelLon, labelLat },
    residents,
    external: { ids: EXTERNAL_NAMES.map((_, k) => `X${k}`), names: [...EXTERNAL_NAMES] },
    flows,
    stations,
    risk: { years: [RISK_YEAR], values: risk },
    adjacency: grid.adjacency,
  };
}
