import { ArcsByState } from './arcsByState.ts';
import type { MovedNodes, Pricing, PricingColumns } from './pricing.ts';

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
  /** Each node's arcs out and in, grouped by state: a scan reads only the arcs at the bound it needs. */
  private readonly arcs: ArcsByState;
  private readonly listed: Uint8Array;
  private readonly list: Int32Array;
  /** Per list entry i, its arc's tail and head at 2i and 2i + 1 (read in order when pricing). */
  private readonly listEnds: Int32Array;
  private count = 0;
  private cursor = 0;

  constructor(
    private readonly c: PricingColumns,
    private readonly blockSize = 64,
  ) {
    const { m, n, src, dst } = c;
    this.arcs = new ArcsByState(n, m, src, dst);
    this.listed = new Uint8Array(m);
    this.list = new Int32Array(m);
    this.listEnds = new Int32Array(2 * m);
    this.reset();
  }

  reset(): void {
    const { state, cost, pi, src, dst } = this.c;
    const tolerance = -this.c.costTol;
    this.arcs.fill(state);
    this.listed.fill(0);
    this.count = 0;
    this.cursor = 0;
    for (let a = 0; a < this.c.m; a++) {
      if (state[a] * (cost[a] + pi[src[a]] - pi[dst[a]]) < tolerance) this.add(a, src[a], dst[a]);
    }
  }

  private add(a: number, from: number, to: number): void {
    const i = this.count++;
    this.listed[a] = 1;
    this.list[i] = a;
    this.listEnds[2 * i] = from;
    this.listEnds[2 * i + 1] = to;
  }

  select(): number {
    const { state, cost, pi } = this.c;
    const { list, listEnds, listed } = this;
    const tolerance = -this.c.costTol;
    let best = -1;
    let bestValue = tolerance;
    let seen = 0;
    let i = this.cursor;
    let count = this.count;
    while (count > 0) {
      if (i >= count) {
        i = 0;
        if (best >= 0) break;
      }
      const a = list[i];
      const v = state[a] * (cost[a] + pi[listEnds[2 * i]] - pi[listEnds[2 * i + 1]]);
      if (v < tolerance) {
        if (v < bestValue) {
          bestValue = v;
          best = a;
        }
        i++;
      } else {
        // No longer violating (or in the tree): drop it.
        listed[a] = 0;
        count--;
        list[i] = list[count];
        listEnds[2 * i] = listEnds[2 * count];
        listEnds[2 * i + 1] = listEnds[2 * count + 1];
      }
      if (++seen >= this.blockSize && best >= 0) break;
    }
    this.count = count;
    this.cursor = i;
    return best;
  }

  changed(arc: number, before: number, after: number): void {
    if (arc >= this.c.m) return; // artificial arcs are never priced
    this.arcs.move(arc, before, after);
  }

  moved(subtree: MovedNodes, sigma: number): void {
    const { listed } = this;
    const { n, cost, pi } = this.c;
    const { nodes, count, mark, stamp } = subtree;
    const tolerance = -this.c.costTol;
    // Arcs leaving the subtree that may now violate sit at this bound; arcs entering it, at the other.
    const leaving = sigma > 0 ? -1 : 1;
    // Each node's arcs out at `leaving`, then in at `-leaving`, are one run of its entries (ArcsByState).
    const group = 2 - 2 * leaving;
    const { first, entries } = this.arcs;
    for (let i = 0; i < count; i++) {
      const x = nodes[i];
      if (x >= n) continue; // the root has no real arcs
      const px = pi[x];
      const g = 6 * x + group;
      for (let j = 2 * first[g], into = 2 * first[g + 1], end = 2 * first[g + 2]; j < end; j += 2) {
        const a = entries[j];
        const y = entries[j + 1];
        if (mark[y] === stamp || listed[a] === 1) continue;
        if (j < into) {
          if (leaving * (cost[a] + px - pi[y]) < tolerance) this.add(a, x, y);
        } else if (-leaving * (cost[a] + pi[y] - px) < tolerance) this.add(a, y, x);
      }
    }
  }
}
