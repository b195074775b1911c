import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontierSearch, monotoneViolations } from '../../../src/model/frontierSearch.ts';

/** A share that rises with the value and first reaches 0.9 at exactly `answer`. */
const stepAt = (answer: number) => async (v: number) => (v >= answer ? 0.9 + (v - answer) * 1e-6 : 0.5 * (v / answer));

describe('frontierSearch', () => {
  it('finds the known answer of a smooth curve: 1 - exp(-v / 1000) first reaches 0.9 at ceil(1000 ln 10) = 2303', async () => {
    const r = await frontierSearch(async (v) => 1 - Math.exp(-v / 1000), { target: 0.9, start: 500 });
    expect(r.value).toBe(2303);
    expect(1 - Math.exp(-2302 / 1000)).toBeLessThan(0.9);
    expect(r.share).toBeGreaterThanOrEqual(0.9);
    expect(r.monotone).toBe(true);
  });

  it('equals the brute-force smallest value on random monotone curves, from any start, evaluating each value once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }), async (answer, start) => {
        const seen: number[] = [];
        const evaluate = async (v: number) => {
          seen.push(v);
          return stepAt(answer)(v);
        };
        const r = await frontierSearch(evaluate, { target: 0.9, start, max: 100_000 });
        expect(r.value).toBe(answer);
        expect(new Set(seen).size).toBe(seen.length);
        // Bracketing by doubling steps plus bisection: logarithmic in the distance, not linear.
        expect(seen.length).toBeLessThanOrEqual(2 * Math.log2(Math.abs(answer - start) + 2) + Math.log2(start / 10 + 2) + 4);
        expect(r.points.map((p) => p.value)).toEqual(seen);
      }),
      { numRuns: 200 },
    );
  });

  it('answers min when min already reaches the target, and null when max falls short', async () => {
    expect((await frontierSearch(stepAt(0), { target: 0.9, start: 100, min: 0 })).value).toBe(0);
    const short = await frontierSearch(async () => 0.5, { target: 0.9, start: 100, max: 1000 });
    expect(short.value).toBeNull();
    expect(short.share).toBeNull();
    expect(Math.max(...short.points.map((p) => p.value))).toBe(1000);
  });

  it('treats a NaN share (a refused run) as falling short', async () => {
    const r = await frontierSearch(async (v) => (v < 40 ? NaN : 1), { target: 0.9, start: 100 });
    expect(r.value).toBe(40);
  });

  it('reports a curve that falls somewhere as not monotone, naming the pair', async () => {
    // Reaches 0.9 from 50 and falls from 0.95 to 0.91 at 65: searching down from 70 sees the fall.
    const bumpy = async (v: number) => (v < 50 ? 0.5 : v < 65 ? 0.95 : 0.91);
    const r = await frontierSearch(bumpy, { target: 0.9, start: 70, step: 7 });
    expect(r.value).toBe(50);
    expect(r.monotone).toBe(false);
    expect(r.violations.length).toBeGreaterThan(0);
    const [a, b] = r.violations[0];
    expect(a.value).toBeLessThan(b.value);
    expect(a.share).toBeGreaterThan(b.share);
  });

  it('monotoneViolations orders points by value before comparing', () => {
    const points = [{ value: 3, share: 0.3 }, { value: 1, share: 0.1 }, { value: 2, share: 0.5 }];
    expect(monotoneViolations(points)).toEqual([[{ value: 2, share: 0.5 }, { value: 3, share: 0.3 }]]);
    expect(monotoneViolations([{ value: 1, share: 0.1 }, { value: 2, share: 0.1 }])).toEqual([]);
  });
});
