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

/** A pivot rule: which non-tree arc enters next. */
export interface Pricing {
  /** The arc to enter the tree, or -1 when no arc violates optimality (the flow is optimal). */
  select(): number;
  /** After a pivot: the potentials of `count` nodes along `thread` from `first` rose by `sigma`. */
  moved(first: number, count: number, thread: Int32Array, sigma: number): void;
  /** Forget everything: the tree and potentials were rebuilt. */
  reset(): void;
}
