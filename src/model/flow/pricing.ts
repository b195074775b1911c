/** What a pricing rule reads: arcs, their costs and states, and the node potentials (shared, updated in place). */
export interface PricingColumns {
  /** Real arcs; only these are priced. */
  m: number;
  n: number;
  src: Int32Array;
  dst: Int32Array;
  cost: Float64Array;
  /** Node potentials: reduced cost = cost + pi[src] - pi[dst]. */
  pi: Float64Array;
  /** 0 in the tree, 1 at the lower bound (enters if its reduced cost is negative), -1 at the upper. */
  state: Int8Array;
  /** Violations smaller than this count as none. */
  costTol: number;
}

/** The nodes a pivot moved: `nodes[0..count)`, and `mark[v] === stamp` for exactly those (fresh per pivot). */
export interface MovedNodes {
  nodes: Int32Array;
  count: number;
  mark: Int32Array;
  stamp: number;
}

/** A pivot rule: which non-tree arc enters next. */
export interface Pricing {
  /** The arc to enter the tree, or -1 when no arc violates optimality (the flow is optimal). */
  select(): number;
  /** Arc `arc`'s state went from `before` to `after` (before the pivot's `moved`). */
  changed(arc: number, before: number, after: number): void;
  /** After a pivot: the potentials of a subtree's nodes rose by `sigma`. */
  moved(subtree: MovedNodes, sigma: number): void;
  /** Forget everything: the tree and potentials were rebuilt. */
  reset(): void;
}
