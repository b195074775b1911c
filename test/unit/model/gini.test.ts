import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini, giniOrder } from '../../../src/model/gini.ts';

/** The definition, sorted from scratch: the reference the reused order must reproduce. */
function reference(officers: number[], demand: number[], include: number[]): number {
  const zones = demand.map((_, z) => z).filter((z) => include[z] && demand[z] > 0);
  const o = zones.reduce((a, z) => a + officers[z], 0);
  const d = zones.reduce((a, z) => a + demand[z], 0);
  if (o <= 0 || d <= 0) return 0;
  zones.sort((a, b) => officers[a] / demand[a] - officers[b] / demand[b]);
  let cum = 0;
  let area = 0;
  for (const z of zones) {
    const next = cum + officers[z] / o;
    area += (demand[z] / d) * (cum + next);
    cum = next;
  }
  return 1 - area;
}

describe('gini', () => {
  it('is 0 when every zone has the same officers per unit of demand', () => {
    expect(gini([10, 20, 30], [1, 2, 3])).toBeCloseTo(0, 12);
  });

  it('approaches 1 when one small zone has every officer', () => {
    expect(gini([0, 0, 0, 100], [1000, 1000, 1000, 1])).toBeGreaterThan(0.99);
  });

  it('gives 0.25 for two equal-demand zones sharing officers 1:3', () => {
    // Lorenz points (0.5, 0.25), (1, 1): area under = 0.5 * 0.25 / 2 + 0.5 * (0.25 + 1) / 2 = 0.375, G = 1 - 2 * 0.375.
    expect(gini([1, 3], [5, 5])).toBeCloseTo(0.25, 12);
  });

  it('leaves out zones not included', () => {
    expect(gini([1, 3, 1000], [5, 5, 1], [1, 1, 0])).toBeCloseTo(0.25, 12);
  });

  it('gives the same figure slot after slot when it reuses the last order, whatever changes between calls', () => {
    const zone = fc.record({ officers: fc.nat(50), demand: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 1000, noNaN: true })), include: fc.constantFrom(0, 1, 1, 1) });
    fc.assert(fc.property(fc.array(fc.array(zone, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 8 }), (slots) => {
      const order = giniOrder(12);
      for (const slot of slots) {
        const o = slot.map((z) => z.officers);
        const d = slot.map((z) => z.demand);
        const inc = slot.map((z) => z.include);
        expect(gini(o, d, inc, order)).toBeCloseTo(reference(o, d, inc), 12);
      }
    }));
  });

  it('sorts outright when the order turned over since the last call', () => {
    const n = 300;
    const order = giniOrder(n);
    const up = Array.from({ length: n }, (_, z) => z + 1);
    const demand = Array.from({ length: n }, () => 1);
    gini(up, demand, undefined, order);
    const down = [...up].reverse();
    expect(gini(down, demand, undefined, order)).toBeCloseTo(reference(down, demand, demand), 12);
    expect([...order.zones].sort((a, b) => a - b)).toEqual(up.map((_, z) => z));
  });
});
