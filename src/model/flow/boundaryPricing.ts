import type { Pricing, PricingColumns } from './pricing.ts';

/**
 * Keeps every violating arc on a list. A pivot shifts the potentials of one subtree by sigma, so only
 * arcs crossing its boundary change reduced cost, and each only one way: with sigma > 0 an arc leaving
 * the subtree gets dearer (it can start to violate only if it sits at its upper bound) and an arc
 * entering it cheaper (only at its lower bound), and the other way round for sigma < 0. Those arcs are
 * checked after each pivot and nothing else is ever rescanned. The list is priced in blocks (the most
 * violating of the block enters); an empty list means optimal. Pays off when the subtrees moved are
 * small against the network, as in a time-expanded network started near its optimum.
 */
export class BoundaryPricing implements Pricing {
  private readonly outStart: Int32Array;
  private readonly outArcs: Int32Array;
  private readonly inStart: Int32Array;
  private readonly inArcs: Int32Array;
  private readonly listed: Uint8Array;
  private readonly list: Int32Array;
  /** Marks the nodes of the subtree just moved (a fresh mark per pivot). */
  private readonly stamp: Int32Array;
  private mark = 0;
  private count = 0;
  private cursor = 0;

  constructor(
    private readonly c: PricingColumns,
    private readonly blockSize = 64,
  ) {
    const { m, n, src, dst } = c;
    [this.outStart, this.outArcs] = byNode(n, m, src);
    [this.inStart, this.inArcs] = byNode(n, m, dst);
    this.listed = new Uint8Array(m);
    this.list = new Int32Array(m);
    this.stamp = new Int32Array(n + 1);
    this.reset();
  }

  reset(): void {
    const { state, cost, pi, src, dst } = this.c;
    const tolerance = -this.c.costTol;
    this.listed.fill(0);
    this.count = 0;
    this.cursor = 0;
    for (let a = 0; a < this.c.m; a++) {
      if (state[a] * (cost[a] + pi[src[a]] - pi[dst[a]]) < tolerance) {
        this.listed[a] = 1;
        this.list[this.count++] = a;
      }
    }
  }

  select(): number {
    const { state, cost, pi, src, dst } = this.c;
    const { list, listed } = this;
    const tolerance = -this.c.costTol;
    let best = -1;
    let bestValue = tolerance;
    let seen = 0;
    let i = this.cursor;
    while (this.count > 0) {
      if (i >= this.count) {
        i = 0;
        if (best >= 0) break;
      }
      const a = list[i];
      const v = state[a] * (cost[a] + pi[src[a]] - pi[dst[a]]);
      if (v < tolerance) {
        if (v < bestValue) {
          bestValue = v;
          best = a;
        }
        i++;
      } else {
        // No longer violating (or in the tree): drop it.
        listed[a] = 0;
        list[i] = list[--this.count];
      }
      if (++seen >= this.blockSize && best >= 0) break;
    }
    this.cursor = i;
    return best;
  }

  moved(first: number, count: number, thread: Int32Array, sigma: number): void {
    const { outStart, outArcs, inStart, inArcs, listed, list, stamp } = this;
    const { n, state, cost, pi, src, dst } = this.c;
    const tolerance = -this.c.costTol;
    const mark = ++this.mark;
    for (let x = first, k = count; k > 0; k--, x = thread[x]) stamp[x] = mark;
    // Arcs leaving the subtree that may now violate sit at this bound; arcs entering it, at the other.
    const leaving = sigma > 0 ? -1 : 1;
    let listCount = this.count;
    for (let x = first, k = count; k > 0; k--, x = thread[x]) {
      if (x >= n) continue; // the root has no real arcs
      for (let j = outStart[x], end = outStart[x + 1]; j < end; j++) {
        const a = outArcs[j];
        if (state[a] !== leaving || stamp[dst[a]] === mark || listed[a] === 1) continue;
        if (leaving * (cost[a] + pi[x] - pi[dst[a]]) < tolerance) {
          listed[a] = 1;
          list[listCount++] = a;
        }
      }
      for (let j = inStart[x], end = inStart[x + 1]; j < end; j++) {
        const a = inArcs[j];
        if (state[a] !== -leaving || stamp[src[a]] === mark || listed[a] === 1) continue;
        if (-leaving * (cost[a] + pi[src[a]] - pi[x]) < tolerance) {
          listed[a] = 1;
          list[listCount++] = a;
        }
      }
    }
    this.count = listCount;
  }
}

/** Arcs grouped by the node `end[a]` (CSR): start offsets per node and the arc indices. */
function byNode(n: number, m: number, end: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) start[end[a] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const arcs = new Int32Array(m);
  for (let a = 0; a < m; a++) arcs[fill[end[a]]++] = a;
  return [start, arcs];
}
