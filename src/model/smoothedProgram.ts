import { RowBuilder, type LinearProgram, type LpSolver } from './linearProgram.ts';
import {
  allocatedZones, directedEdges, smoothingInfeasible, zonePositions, type SmoothedProblem, type SmoothedResult,
} from './smoothedProblem.ts';

/**
 * Follow-demand with continuity, as one linear programme over the whole week (the reference the flow
 * solver is tested against, and the `solver: 'highs'` choice):
 *   minimise  sum_{z,s} |A_zs - T_zs|
 *   s.t.      sum_z A_zs = H_s,  L_z <= A_zs <= U_z,
 *             |A_zs - g_s A_z,s-1| <= r      with g_s = H_s / H_s-1,
 * so a zone keeps its share through a shift change and otherwise moves at most r officers per
 * 15 minutes. With mutual aid the change g_s-scaled must arrive from, or leave to, adjacent zones:
 *   A_zs - g_s A_z,s-1 = sum_in x - sum_out x,  sum_out x <= r,  sum_in x <= r,  x >= 0.
 */
export function smoothedProgram(p: SmoothedProblem): { lp: LinearProgram; zones: Int32Array } {
  const { n, lo, hi, totals, target, maxChange } = p;
  const zones = allocatedZones(p.allocated);
  const m = zones.length;
  const slots = totals.length;
  const cells = slots * m;
  const pos = zonePositions(n, zones);
  const edges = p.adjacency ? directedEdges(p.adjacency, pos) : { from: new Int32Array(0), to: new Int32Array(0) };
  const e = edges.from.length;
  const numCols = 3 * cells + (p.adjacency ? (slots - 1) * e : 0);

  const cost = new Float64Array(numCols);
  const lower = new Float64Array(numCols);
  const upper = new Float64Array(numCols).fill(Infinity);
  cost.fill(1, cells, 3 * cells);
  for (let s = 0; s < slots; s++) {
    for (let j = 0; j < m; j++) {
      lower[s * m + j] = lo[zones[j]];
      upper[s * m + j] = hi[zones[j]];
    }
  }
  const a = (s: number, j: number) => s * m + j;
  const x = (s: number, k: number) => 3 * cells + (s - 1) * e + k;

  const rows = new RowBuilder();
  const all = Array.from(zones.keys());
  for (let s = 0; s < slots; s++) rows.add(all.map((j) => a(s, j)), all.map(() => 1), totals[s], totals[s]);
  for (let s = 0; s < slots; s++) {
    for (let j = 0; j < m; j++) {
      const t = target[s * n + zones[j]];
      rows.add([a(s, j), cells + a(s, j), 2 * cells + a(s, j)], [1, -1, 1], t, t);
    }
  }
  for (let s = 1; s < slots; s++) {
    // After a slot with nobody on duty there is no allocation to stay close to.
    if (!(totals[s - 1] > 0)) continue;
    const g = totals[s] / totals[s - 1];
    if (!p.adjacency) {
      if (maxChange === Infinity) continue;
      for (let j = 0; j < m; j++) rows.add([a(s, j), a(s - 1, j)], [1, -g], -maxChange, maxChange);
      continue;
    }
    const outOf: number[][] = all.map(() => []);
    const into: number[][] = all.map(() => []);
    for (let k = 0; k < e; k++) {
      outOf[edges.from[k]].push(x(s, k));
      into[edges.to[k]].push(x(s, k));
    }
    for (let j = 0; j < m; j++) {
      const cols = [a(s, j), a(s - 1, j), ...outOf[j], ...into[j]];
      const coefs = [1, -g, ...outOf[j].map(() => 1), ...into[j].map(() => -1)];
      rows.add(cols, coefs, 0, 0);
      if (maxChange !== Infinity) {
        if (outOf[j].length) rows.add(outOf[j], outOf[j].map(() => 1), -Infinity, maxChange);
        if (into[j].length) rows.add(into[j], into[j].map(() => 1), -Infinity, maxChange);
      }
    }
  }
  return { lp: rows.build({ cost, lower, upper }), zones };
}

/** The smoothed allocation by a general LP solver (HiGHS) on `smoothedProgram`. */
export async function smoothedByProgram(p: SmoothedProblem, solve: LpSolver): Promise<SmoothedResult> {
  const { lp, zones } = smoothedProgram(p);
  const solution = await solve(lp);
  if (solution.status === 'infeasible') throw smoothingInfeasible(p);
  if (solution.status !== 'optimal') throw new Error(`the smoothing LP did not solve (${solution.message})`);
  const officers = new Float64Array(p.totals.length * p.n);
  const m = zones.length;
  for (let s = 0; s < p.totals.length; s++) {
    for (let j = 0; j < m; j++) officers[s * p.n + zones[j]] = solution.x[s * m + j];
  }
  return { officers, deviation: solution.objective };
}
