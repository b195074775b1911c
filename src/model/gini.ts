/**
 * Gini coefficient of officers per unit of demand, with each zone weighted by its demand: 0 when every
 * zone has the same officers per unit of demand, approaching 1 when one zone has them all. Computed from
 * the Lorenz curve of officer shares against demand shares, zones ordered by officers per unit demand:
 *   G = 1 - sum_i d_i (L_{i-1} + L_i)
 * where d_i is zone i's demand share and L_i the cumulative officer share up to zone i.
 */
export function gini(officers: ArrayLike<number>, demand: ArrayLike<number>, include?: ArrayLike<number>): number {
  const zones: number[] = [];
  let oSum = 0;
  let dSum = 0;
  for (let z = 0; z < demand.length; z++) {
    if ((include && !include[z]) || !(demand[z] > 0)) continue;
    zones.push(z);
    oSum += officers[z];
    dSum += demand[z];
  }
  if (oSum <= 0 || dSum <= 0) return 0;
  zones.sort((a, b) => officers[a] / demand[a] - officers[b] / demand[b] || a - b);
  let cum = 0;
  let area = 0;
  for (const z of zones) {
    const next = cum + officers[z] / oSum;
    area += (demand[z] / dSum) * (cum + next);
    cum = next;
  }
  return 1 - area;
}
