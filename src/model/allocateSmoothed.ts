import type { Adjacency } from './dataset.ts';
import { RowBuilder, type LinearProgram, type LpSolver } from './linearProgram.ts';

export interface SmoothedProblem {
  n: number;
  /** Zones that receive officers. */
  allocated: Uint8Array;
  lo: Float64Array;
  hi: Float64Array;
  /** Officers to share in each slot. */
  totals: ArrayLike<number>;
  /** The per-slot follow-demand allocation the smoothed one stays as close to as it can. */
  target: Float64Array;
  /** Officers a zone may gain or lose in one slot beyond the proportional change in supply. */
  maxChange: number;
  /** When set, officers change zones only across shared boundaries (mutual aid between neighbours). */
  adjacency: Adjacency | null;
}

export interface SmoothedResult {
  officers: Float64Array;
  /** Sum over zones and slots of |officers - target|: the LP's optimal objective. */
  deviation: number;
}

/**
 * Follow-demand with continuity, as one linear programme over the whole week:
 *   minimise  sum_{z,s} |A_zs - T_zs|
 *   s.t.      sum_z A_zs = H_s,  L_z <= A_zs <= U_z,
 *             |A_zs - g_s A_z,s-1| <= r      with g_s = H_s / H_s-1,
 * so a zone keeps its share through a shift change and otherwise moves at most r officers per
 * 15 minutes. With mutual aid the change g_s-scaled must arrive from, or leave to, adjacent zones:
 *   A_zs - g_s A_z,s-1 = sum_in x - sum_out x,  sum_out x <= r,  sum_in x <= r,  x >= 0.
 * Solved by the supplied LP solver (HiGHS); see docs/model.md for why this and not a heuristic.
 */
export function smoothedProgram(p: SmoothedProblem): { lp: LinearProgram; zones: Int32Array } {
  const { n, allocated, lo, hi, totals, target, maxChange } = p;
  const zones = Int32Array.from(Array.from(allocated.keys()).filter((z) => allocated[z]));
  const m = zones.length;
  const slots = totals.length;
  const cells = slots * m;
  const pos = new Int32Array(n).fill(-1);
  zones.forEach((z, j) => (pos[z] = j));
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

export async function allocateSmoothed(p: SmoothedProblem, solve: LpSolver): Promise<SmoothedResult> {
  const { lp, zones } = smoothedProgram(p);
  const solution = await solve(lp);
  if (solution.status === 'infeasible') {
    throw new SmoothingInfeasible(
      p.adjacency
        ? `no allocation keeps every zone within ${p.maxChange} officers' change per 15 minutes when officers may only move between neighbouring zones: raise the limit or turn off mutual aid`
        : `no allocation keeps every zone within ${p.maxChange} officers' change per 15 minutes through the week's shift changes and floors: raise the limit`,
    );
  }
  if (solution.status !== 'optimal') throw new Error(`the smoothing LP did not solve (${solution.message})`);
  const officers = new Float64Array(p.totals.length * p.n);
  const m = zones.length;
  for (let s = 0; s < p.totals.length; s++) {
    for (let j = 0; j < m; j++) officers[s * p.n + zones[j]] = solution.x[s * m + j];
  }
  return { officers, deviation: solution.objective };
}

export class SmoothingInfeasible extends Error {}

function directedEdges(adj: Adjacency, pos: Int32Array): { from: Int32Array; to: Int32Array } {
  const from: number[] = [];
  const to: number[] = [];
  for (let z = 0; z + 1 < adj.offsets.length; z++) {
    if (pos[z] < 0) continue;
    for (let k = adj.offsets[z]; k < adj.offsets[z + 1]; k++) {
      const w = adj.neighbours[k];
      if (pos[w] >= 0 && w !== z) {
        from.push(pos[z]);
        to.push(pos[w]);
      }
    }
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}
