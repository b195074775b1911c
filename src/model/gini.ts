/**
 * Reusable order of zones between calls: slot after slot the order by officers per unit of demand
 * hardly changes, so sorting starts from the last one (insertion sort, near-linear on such input).
 */
export interface GiniOrder {
  zones: Int32Array;
  count: number;
  ratio: Float64Array;
  seen: Uint8Array;
}

export function giniOrder(n: number): GiniOrder {
  return { zones: new Int32Array(n), count: 0, ratio: new Float64Array(n), seen: new Uint8Array(n) };
}

/**
 * Orders zones[0..m) by ratio. Ratios within a relative 1e-12 count as equal and are left in place:
 * follow-demand gives every free zone the same ratio up to rounding noise, and reordering that noise
 * slot after slot would make the insertion sort quadratic. When the order did change a lot, a full sort.
 */
function sortByRatio(zones: Int32Array, m: number, ratio: Float64Array): void {
  let budget = 16 * m;
  for (let i = 1; i < m; i++) {
    const z = zones[i];
    const r = ratio[z] * (1 + 1e-12) + 1e-300;
    let j = i - 1;
    while (j >= 0 && ratio[zones[j]] > r) {
      zones[j + 1] = zones[j];
      j--;
      if (--budget < 0) {
        zones[j + 1] = z; // back to a permutation of the zones, then sorted outright
        zones.subarray(0, m).sort((a, b) => ratio[a] - ratio[b]);
        return;
      }
    }
    zones[j + 1] = z;
  }
}

/**
 * Gini coefficient of officers per unit of demand, with each zone weighted by its demand: 0 when every
 * zone has the same officers per unit of demand, approaching 1 when one zone has them all. Computed from
 * the Lorenz curve of officer shares against demand shares, zones ordered by officers per unit demand:
 *   G = 1 - sum_i d_i (L_{i-1} + L_i)
 * where d_i is zone i's demand share and L_i the cumulative officer share up to zone i. Zones with the
 * same ratio lie on one straight piece of the curve, so their order among themselves does not matter.
 * Pass the same `order` for a run of similar calls (the slots of a week) to reuse the last sort.
 */
export function gini(officers: ArrayLike<number>, demand: ArrayLike<number>, include?: ArrayLike<number>, order: GiniOrder = giniOrder(demand.length)): number {
  const n = demand.length;
  const { ratio, seen } = order;
  let oSum = 0;
  let dSum = 0;
  seen.fill(0);
  for (let z = 0; z < n; z++) {
    if ((include && !include[z]) || !(demand[z] > 0)) continue;
    seen[z] = 1;
    ratio[z] = officers[z] / demand[z];
    oSum += officers[z];
    dSum += demand[z];
  }
  if (oSum <= 0 || dSum <= 0) return 0;
  // Last call's order, less zones now left out, then the newly included ones.
  const zones = order.zones;
  let m = 0;
  for (let i = 0; i < order.count; i++) {
    const z = zones[i];
    if (seen[z] === 1) {
      zones[m++] = z;
      seen[z] = 2;
    }
  }
  for (let z = 0; z < n; z++) if (seen[z] === 1) zones[m++] = z;
  order.count = m;
  sortByRatio(zones, m, ratio);
  let cum = 0;
  let area = 0;
  for (let i = 0; i < m; i++) {
    const z = zones[i];
    const next = cum + officers[z] / oSum;
    area += (demand[z] / dSum) * (cum + next);
    cum = next;
  }
  return 1 - area;
}
