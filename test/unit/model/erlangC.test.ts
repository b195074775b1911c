import { describe, expect, it } from 'vitest';
import { erlangC } from '../../../src/model/erlangC.ts';

describe('erlangC', () => {
  it('matches the textbook value C(2, 1) = 1/3', () => {
    // One call an hour lasting an hour on two units: R = 1, C = (1/2 * 2) / (1 + 1 + 1) = 1/3.
    const q = erlangC(2, 1, 60, 15);
    expect(q.pWait).toBeCloseTo(1 / 3, 12);
    // Wq = C / (c mu - lambda) = (1/3) / (2/60 - 1/60) minutes = 20 minutes.
    expect(q.meanWait).toBeCloseTo(20, 10);
    expect(q.withinTarget).toBeCloseTo(1 - (1 / 3) * Math.exp(-15 / 60), 12);
  });

  it('matches published Erlang C tables', () => {
    // P(wait) for c agents and an offered load of R Erlangs, as tabulated: C(10, 8) = 0.4092,
    // C(5, 4) = 0.5541, C(11, 10) = 0.6821.
    for (const [c, r, p] of [[10, 8, 0.4092], [5, 4, 0.5541], [11, 10, 0.6821]]) {
      expect(erlangC(c, r, 60, 15).pWait).toBeCloseTo(p, 4);
    }
  });

  it('says every call waits when the units cannot keep up', () => {
    expect(erlangC(3, 4, 60, 15)).toEqual({ pWait: 1, meanWait: Infinity, withinTarget: 0 });
  });

  it('stays finite and near zero waiting for many units and a light load', () => {
    const q = erlangC(400, 10, 60, 15);
    expect(q.pWait).toBeGreaterThanOrEqual(0);
    expect(q.pWait).toBeLessThan(1e-12);
    expect(q.withinTarget).toBeCloseTo(1, 12);
  });

  it('waits less with more units (pooling)', () => {
    let last = 1;
    for (let c = 6; c < 20; c++) {
      const q = erlangC(c, 5, 60, 15);
      expect(q.pWait).toBeLessThan(last);
      last = q.pWait;
    }
  });
});
