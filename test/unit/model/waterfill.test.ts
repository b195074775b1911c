import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { highsSolver } from '../../../src/model/highsSolver.ts';
import { RowBuilder, type LpSolver } from '../../../src/model/linearProgram.ts';
import { waterfill, waterfillLambdaBySelection, type WaterfillProblem } from '../../../src/model/waterfill.ts';

/** Random feasible instances: demand (some zero), whole-number floors and caps (some absent), a total between. */
const instance = fc
  .array(
    fc.record({
      d: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e5, noNaN: true })),
      lo: fc.integer({ min: 0, max: 50 }),
      room: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .chain((zones) => {
    const lo = Float64Array.from(zones, (z) => z.lo);
    const hi = Float64Array.from(zones, (z) => (z.room === null ? Infinity : z.lo + z.room));
    const sumLo = lo.reduce((a, b) => a + b, 0);
    const sumHi = zones.reduce((a, z, i) => a + (z.d > 0 ? hi[i] : lo[i]), 0);
    const max = Number.isFinite(sumHi) ? sumHi : sumLo + 5000;
    return fc.integer({ min: Math.ceil(sumLo), max: Math.floor(max) }).map(
      (total): WaterfillProblem => ({ d: Float64Array.from(zones, (z) => z.d), offset: 0, n: zones.length, lo, hi, total }),
    );
  });

const solve = (p: WaterfillProblem, hint = 0) => {
  const out = new Float64Array(p.n);
  const lambda = waterfill(p, out, 0, hint);
  return { out, lambda };
};

describe('waterfill', () => {
  it('shares exactly the total within the bounds', () => {
    fc.assert(
      fc.property(instance, (p) => {
        const { out } = solve(p);
        const sum = out.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - p.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, p.total));
        for (let z = 0; z < p.n; z++) {
          expect(out[z]).toBeGreaterThanOrEqual(p.lo[z]);
          expect(out[z]).toBeLessThanOrEqual(p.hi[z]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is proportional to demand for every zone not held at a bound (the KKT conditions)', () => {
    fc.assert(
      fc.property(instance, (p) => {
        const { out, lambda } = solve(p);
        if (!Number.isFinite(lambda)) return;
        for (let z = 0; z < p.n; z++) {
          const clamp = Math.min(p.hi[z], Math.max(p.lo[z], lambda * p.d[z]));
          expect(Math.abs(out[z] - clamp)).toBeLessThanOrEqual(1e-9 * Math.max(1, out[z]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer from any warm start and by the selection method alone', () => {
    fc.assert(
      fc.property(instance, fc.double({ min: 1e-9, max: 1e9, noNaN: true }), (p, hint) => {
        const cold = solve(p).out;
        const warm = solve(p, hint).out;
        const lambda = waterfillLambdaBySelection(p);
        for (let z = 0; z < p.n; z++) {
          expect(Math.abs(cold[z] - warm[z])).toBeLessThanOrEqual(1e-9 * Math.max(1, cold[z]));
          if (Number.isFinite(lambda) && p.total > p.lo.reduce((a, b) => a + b, 0)) {
            const viaSelection = Math.min(p.hi[z], Math.max(p.lo[z], lambda * p.d[z]));
            expect(Math.abs(cold[z] - viaSelection)).toBeLessThanOrEqual(1e-9 * Math.max(1, cold[z]));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a total outside the sum of the bounds', () => {
    const p: WaterfillProblem = { d: Float64Array.of(1, 2), offset: 0, n: 2, lo: Float64Array.of(3, 4), hi: Float64Array.of(5, 6), total: 6 };
    expect(() => solve(p)).toThrow('cannot share 6 between bounds adding up to 7..11');
  });

  it('refuses officers that only zones without demand have room for', () => {
    const p: WaterfillProblem = { d: Float64Array.of(0, 2), offset: 0, n: 2, lo: Float64Array.of(0, 0), hi: Float64Array.of(Infinity, 3), total: 5 };
    expect(() => solve(p)).toThrow('cannot share 5 between bounds adding up to 0..3 (zones without demand count at their floor)');
  });

  describe('against HiGHS solving  min sum A^2 / (2 D)  s.t.  sum A = H, L <= A <= U', () => {
    let lp: LpSolver;
    beforeAll(async () => {
      // HiGHS regularises QPs by 1e-7 by default, which alone moves its answer by about 1e-6.
      lp = highsSolver((await loadHighs()) as never, { qp_regularization_value: 0 });
    });

    it('matches the quadratic programme to 1e-9', async () => {
      await fc.assert(
        fc.asyncProperty(instance, async (p) => {
          const { out } = solve(p);
          // Zones without demand sit at their floor (the QP needs 1/D), so only the others are variables.
          const free = Array.from(out.keys()).filter((z) => p.d[z] > 0);
          const fixed = Array.from(out.keys()).filter((z) => !(p.d[z] > 0)).reduce((a, z) => a + p.lo[z], 0);
          const total = p.total - fixed;
          if (free.length === 0) return;
          const rows = new RowBuilder();
          rows.add(Array.from(free.keys()), free.map(() => 1), total, total);
          const program = rows.build({
            cost: new Float64Array(free.length),
            lower: Float64Array.from(free, (z) => p.lo[z]),
            upper: Float64Array.from(free, (z) => p.hi[z]),
          });
          // Scaling the objective by sum(D) / H changes nothing but keeps HiGHS's active-set method well conditioned.
          const sumD = free.reduce((a, z) => a + p.d[z], 0);
          program.hessianDiagonal = Float64Array.from(free, (z) => sumD / (p.d[z] * Math.max(1, total)));
          const ref = await lp(program);
          expect(ref.status).toBe('optimal');
          const scale = Math.max(1, p.total);
          free.forEach((z, j) => expect(Math.abs(out[z] - ref.x[j]) / scale).toBeLessThanOrEqual(1e-9));
        }),
        { numRuns: 150 },
      );
    });
  });
});
