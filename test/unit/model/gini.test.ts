import { describe, expect, it } from 'vitest';
import { gini } from '../../../src/model/gini.ts';

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
});
