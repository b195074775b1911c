/** What a run of the network simplex ends in ('running': not yet). */
export type FlowStatus = 'running' | 'optimal' | 'infeasible' | 'unbounded';

/** How the network simplex starts, prices and ends (networkSimplex.ts; README.md). */
export interface NetworkSimplexOptions {
  /**
   * Flows within this of a bound count as at the bound, relative to the network's flow scale (the
   * largest supply or finite capacity). Default 1e-13.
   */
  flowTolerance?: number;
  /** Reduced costs within this of zero count as zero, relative to the largest |cost|. Default 1e-12. */
  costTolerance?: number;
  /** Arcs priced per block (block search: default about sqrt(arcs); boundary: default 64 listed arcs). */
  blockSize?: number;
  /**
   * 'block' (default): block search over all arcs. 'boundary': keep the violating arcs on a list,
   * updated from the subtree each pivot moves (for large networks started near the optimum).
   */
  pricing?: 'block' | 'boundary';
  /** Real arcs that start at their upper bound instead of their lower (a warm start); 1 = upper. */
  startAtUpper?: Uint8Array;
  /**
   * A suggested starting tree (a warm start): per node, the real arc to its parent, -1 to hang it from
   * the root. Arcs whose flow would leave their bounds are dropped (initialBasis.ts).
   */
  initialTree?: Int32Array;
  /**
   * Only the optimal basis is wanted: at the end, skip recomputing the tree arcs' flows and checking the
   * artificial arcs (settleFlows.ts), so 'optimal' says only that no arc prices out. Default false.
   */
  basisOnly?: boolean;
}
