import type { SpanningTree } from './spanningTree.ts';

/** The solver's columns at the optimum (arcs m..m+n-1 are the artificial ones; node n is the root). */
export interface SettleColumns {
  n: number;
  m: number;
  src: Int32Array;
  dst: Int32Array;
  cap: Float64Array;
  flow: Float64Array;
  /** 0 in the tree. */
  state: Int8Array;
  /** Node supplies with lower bounds moved into them. */
  excess: Float64Array;
}

/**
 * At the optimum: recomputes every tree arc's flow from the supplies and the non-tree arcs (exactly on
 * their bounds), which removes drift from the pivots' additions. True when an artificial arc still
 * carries more than 10 tolerances plus 1e-13 of the magnitude summed into its balance (infeasible).
 */
export function settleFlows(
  c: SettleColumns, tree: SpanningTree, tol: number,
  [bal, mass]: [Float64Array, Float64Array] = [new Float64Array(c.n + 1), new Float64Array(c.n + 1)],
): boolean {
  const { n, m, src, dst, cap, flow, state, excess } = c;
  const { pred, parent, revThread } = tree;
  const root = n;
  // `mass`: the magnitude summed into each balance, which bounds its rounding error.
  bal[root] = 0;
  mass[root] = 0;
  for (let v = 0; v < n; v++) {
    bal[v] = excess[v];
    mass[v] = Math.abs(excess[v]);
  }
  for (let a = 0; a < m + n; a++) {
    if (state[a] === 0 || flow[a] === 0) continue;
    bal[src[a]] -= flow[a];
    bal[dst[a]] += flow[a];
    mass[src[a]] += flow[a];
    mass[dst[a]] += flow[a];
  }
  let infeasible = false;
  for (let x = revThread[root]; x !== root; x = revThread[x]) {
    const a = pred[x];
    const f = src[a] === x ? bal[x] : -bal[x];
    flow[a] = f < 0 ? 0 : f > cap[a] ? cap[a] : f;
    if (a >= m && flow[a] > 10 * tol + 1e-13 * mass[x]) infeasible = true;
    bal[parent[x]] += bal[x];
    mass[parent[x]] += mass[x];
  }
  return infeasible;
}
