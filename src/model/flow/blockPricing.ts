import type { Pricing, PricingColumns } from './pricing.ts';

/**
 * Block search (Grigoriadis 1986; LEMON's default rule): scan the arcs in blocks of about sqrt(m) from
 * where the last scan stopped, and take the most violating arc of the first block that has one.
 */
export class BlockPricing implements Pricing {
  private next = 0;

  constructor(
    private readonly c: PricingColumns,
    private readonly blockSize = Math.max(10, Math.ceil(Math.sqrt(c.m))),
  ) {}

  select(): number {
    const { m, state, cost, pi, src, dst } = this.c;
    const block = this.blockSize;
    let best = -1;
    let bestValue = -this.c.costTol;
    let count = block;
    let a = this.next;
    for (let k = 0; k < m; k++) {
      const v = state[a] * (cost[a] + pi[src[a]] - pi[dst[a]]);
      if (v < bestValue) {
        bestValue = v;
        best = a;
      }
      if (++a === m) a = 0;
      if (--count === 0) {
        if (best >= 0) break;
        count = block;
      }
    }
    this.next = a;
    return best;
  }

  changed(): void {}

  moved(): void {}

  reset(): void {}
}
