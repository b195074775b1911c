import { describe, expect, it } from 'vitest';
import { allocateFollowDemand } from '../../../src/model/allocateFollowDemand.ts';

describe('allocateFollowDemand', () => {
  it('shares officers in proportion to demand, slot by slot', () => {
    const demand = Float64Array.of(1, 3, 2, 2);
    const r = allocateFollowDemand(demand, 2, new Float64Array(2), Float64Array.of(Infinity, Infinity), [8, 20]);
    expect(Array.from(r.officers)).toEqual([2, 6, 10, 10]);
    expect(Array.from(r.lambda)).toEqual([2, 5]);
  });

  it('when every zone with demand is at its cap, shares the rest equally between zones without demand', () => {
    // Zone 0 has all the demand but a cap of 5; zones 1 and 2 have none and a floor of 1.
    const demand = Float64Array.of(4, 0, 0);
    const r = allocateFollowDemand(demand, 3, Float64Array.of(0, 1, 1), Float64Array.of(5, Infinity, 6), [15]);
    expect(Array.from(r.officers)).toEqual([5, 5, 5]);
    expect(Number.isNaN(r.lambda[0])).toBe(true);
  });

  it('still refuses officers that no zone has room for', () => {
    expect(() => allocateFollowDemand(Float64Array.of(1, 0), 2, new Float64Array(2), Float64Array.of(2, 3), [6])).toThrow(RangeError);
  });
});
