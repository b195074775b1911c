import type { Pricing, PricingColumns } from './pricing.ts';

/**
 * Keeps every violating arc on a list. A pivot changes the potentials of one subtree only, so only arcs
 * touching it can start to violate: those are checked after each pivot, and nothing else is ever
 * rescanned. The list is priced in blocks (most violating of the block enters); an empty list means
 * optimal. Pays off when subtrees moved are small against the network, as in a time-expanded network
 * started near its optimum; costs O(m) memory for each node's arcs.
 */
export class BoundaryPricing implements Pricing {
  private readonly start: Int32Array;
  private readonly incident: Int32Array;
  private readonly listed: Uint8Array;
  private readonly list: Int32Array;
  private count = 0;
  private cursor = 0;

  constructor(
    private readonly c: PricingColumns,
    private readonly blockSize = 64,
  ) {
    const { m, n, src, dst } = c;
    const start = new Int32Array(n + 2);
    for (let a = 0; a < m; a++) {
      start[src[a] + 1]++;
      start[dst[a] + 1]++;
    }
    for (let v = 0; v <= n; v++) start[v + 1] += start[v];
    const fill = start.slice(0, n + 1);
    const incident = new Int32Array(2 * m);
    for (let a = 0; a < m; a++) {
      incident[fill[src[a]]++] = a;
      incident[fill[dst[a]]++] = a;
    }
    this.start = start;
    this.incident = incident;
    this.listed = new Uint8Array(m);
    this.list = new Int32Array(m);
    for (let a = 0; a < m; a++) this.check(a);
  }

  private check(a: number): void {
    const { state, cost, pi, src, dst } = this.c;
    if (this.listed[a] || state[a] * (cost[a] + pi[src[a]] - pi[dst[a]]) >= -this.c.costTol) return;
    this.listed[a] = 1;
    this.list[this.count++] = a;
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

  moved(first: number, count: number, thread: Int32Array): void {
    const { start, incident, listed, list } = this;
    const { n, state, cost, pi, src, dst } = this.c;
    const tolerance = -this.c.costTol;
    let listCount = this.count;
    for (let x = first, k = count; k > 0; k--, x = thread[x]) {
      if (x >= n) continue; // the root has no real arcs
      for (let j = start[x], end = start[x + 1]; j < end; j++) {
        const a = incident[j];
        if (listed[a] === 0 && state[a] * (cost[a] + pi[src[a]] - pi[dst[a]]) < tolerance) {
          listed[a] = 1;
          list[listCount++] = a;
        }
      }
    }
    this.count = listCount;
  }
}
