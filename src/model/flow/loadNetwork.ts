import type { FlowNetwork } from './flowNetwork.ts';

/** What loading a network into the solver's columns decides: tolerances, the artificial cost, feasibility. */
export interface Loaded {
  /** Flows within this of a bound count as at the bound (absolute). */
  tol: number;
  /** Reduced costs within this of zero count as zero (absolute). */
  costTol: number;
  /** The cost of an artificial arc into a node: more than any path of real arcs costs. */
  big: number;
  /** False when the supplies do not add up to zero or some arc's bounds admit no flow. */
  consistent: boolean;
}

/**
 * Moves every arc's lower bound into the supplies (`excess = supply - lower` at the tail, `+ lower` at the
 * head) and writes each arc's room `cap = upper - lower`, so the solver works with `flow - lower` in
 * `[0, cap]`; scales the tolerances to the network (README.md).
 */
export function loadNetwork(
  net: FlowNetwork, cap: Float64Array, excess: Float64Array, flowTolerance = 1e-13, costTolerance = 1e-12,
): Loaded {
  const n = net.nodeCount;
  const m = net.arcCount;
  let scale = 0;
  let maxCost = 0;
  let bounded = true;
  for (let v = 0; v < n; v++) {
    excess[v] = net.supply[v];
    scale = Math.max(scale, Math.abs(excess[v]));
  }
  for (let a = 0; a < m; a++) {
    const lo = net.lower[a];
    const c = net.upper[a] - lo;
    cap[a] = c;
    if (!(c >= 0) || !Number.isFinite(lo)) bounded = false;
    if (Number.isFinite(c)) scale = Math.max(scale, c, Math.abs(lo));
    maxCost = Math.max(maxCost, Math.abs(net.cost[a]));
    excess[net.from[a]] -= lo;
    excess[net.to[a]] += lo;
  }
  const tol = flowTolerance * Math.max(scale, 1e-300);
  let sum = 0;
  for (let v = 0; v < n; v++) sum += net.supply[v];
  return {
    tol,
    costTol: costTolerance * maxCost,
    // An artificial arc into a node costs more than any path of real arcs: the optimum uses none if it can.
    big: Math.max(1, maxCost) * (n + 1),
    consistent: bounded && !(Math.abs(sum) > tol * Math.max(1, n)),
  };
}
