/**
 * The smoothed method's min-cost flow against HiGHS on the LP it replaces, on random small weeks:
 * the same optimum (or both infeasible), and every constraint kept. Optima are often not unique, so
 * allocations are compared through their objective and feasibility, never directly.
 */
import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocateSmoothed } from '../../../src/model/allocateSmoothed.ts';
import type { Adjacency } from '../../../src/model/dataset.ts';
import { highsSolver } from '../../../src/model/highsSolver.ts';
import type { LpSolver } from '../../../src/model/linearProgram.ts';
import { drain, smoothedFlow } from '../../../src/model/smoothedFlow.ts';
import { SmoothingInfeasible, type SmoothedProblem } from '../../../src/model/smoothedProblem.ts';
import { fixedAllocationObjective, smoothedViolations } from './smoothedCheck.ts';

/** A symmetric graph over n zones from a list of pairs. */
function adjacency(n: number, pairs: [number, number][]): Adjacency {
  const sets = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of pairs) {
    if (a === b) continue;
    sets[a].add(b);
    sets[b].add(a);
  }
  const offsets = new Int32Array(n + 1);
  const neighbours: number[] = [];
  for (let z = 0; z < n; z++) {
    neighbours.push(...[...sets[z]].sort((x, y) => x - y));
    offsets[z + 1] = neighbours.length;
  }
  return { offsets, neighbours: Int32Array.from(neighbours) };
}

/**
 * Random weeks in miniature: 2-6 zones (some not allocated), 2-9 slots whose totals include zeros and
 * shift-change jumps, floors and caps (some absent), a target per zone and slot (follow-demand-like:
 * shares of the total, or anything), limits from 0 to unlimited, and random neighbours.
 */
const arbitraryProblem = (aid: boolean): fc.Arbitrary<SmoothedProblem> =>
  fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.integer({ min: 2, max: 9 }).chain((slots) =>
      fc
        .record({
          allocated: fc.array(fc.boolean(), { minLength: n, maxLength: n }).map((a) => (a.some(Boolean) ? a : [true, ...a.slice(1)])),
          lo: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 })), { minLength: n, maxLength: n }),
          room: fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { freq: 2 }), { minLength: n, maxLength: n }),
          totals: fc.array(fc.oneof(fc.integer({ min: 10, max: 60 }), fc.constant(0), fc.integer({ min: 0, max: 200 })), { minLength: slots, maxLength: slots }),
          weights: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n * slots, maxLength: n * slots }),
          proportional: fc.boolean(),
          maxChange: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(Infinity), fc.integer({ min: 1, max: 70 }).map((k) => k / 7)),
          pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 2 * n }),
        })
        .map((r) => {
          const allocated = Uint8Array.from(r.allocated, (a) => (a ? 1 : 0));
          const lo = Float64Array.from(r.lo, (v, z) => (allocated[z] ? v : 0));
          const hi = Float64Array.from(r.room, (v, z) => (!allocated[z] ? 0 : v === null ? Infinity : lo[z] + v));
          const target = new Float64Array(n * slots);
          for (let t = 0; t < slots; t++) {
            let sum = 0;
            for (let z = 0; z < n; z++) sum += allocated[z] ? r.weights[t * n + z] + 1 : 0;
            for (let z = 0; z < n; z++) {
              const w = allocated[z] ? r.weights[t * n + z] + 1 : 0;
              target[t * n + z] = r.proportional ? (r.totals[t] * w) / sum : w * 3.3;
            }
          }
          return {
            n, allocated, lo, hi, totals: Int32Array.from(r.totals), target, maxChange: r.maxChange,
            adjacency: aid ? adjacency(n, r.pairs) : null,
          };
        }),
    ),
  );

type Outcome = { ok: true; officers: Float64Array; deviation: number } | { ok: false; message: string };

async function outcome(solve: () => Promise<{ officers: Float64Array; deviation: number }>): Promise<Outcome> {
  try {
    return { ok: true, ...(await solve()) };
  } catch (e) {
    if (e instanceof SmoothingInfeasible) return { ok: false, message: e.message };
    throw e;
  }
}

describe('smoothed allocation: the min-cost flow equals HiGHS on the LP', () => {
  let lp: LpSolver;
  beforeAll(async () => {
    lp = highsSolver((await loadHighs()) as never);
  });

  for (const aid of [false, true]) {
    it(`${aid ? 'with' : 'without'} mutual aid: same optimum within 1e-7 relative, or both infeasible with the same message; constraints within 1e-9`, async () => {
      const seen = { feasible: 0, infeasible: 0 };
      await fc.assert(
        fc.asyncProperty(arbitraryProblem(aid), async (p) => {
          const flow = await outcome(() => allocateSmoothed(p));
          const ref = await outcome(() => allocateSmoothed(p, { solver: 'highs', lp }));
          expect(flow.ok).toBe(ref.ok);
          if (!flow.ok || !ref.ok) {
            seen.infeasible++;
            expect(flow).toEqual(ref);
            return;
          }
          seen.feasible++;
          expect(Math.abs(flow.deviation - ref.deviation) / Math.max(1, ref.deviation)).toBeLessThanOrEqual(1e-7);
          const v = smoothedViolations(p, flow.officers);
          expect(v.totals).toBeLessThanOrEqual(1e-9);
          expect(v.bounds).toBeLessThanOrEqual(1e-9);
          expect(v.rate).toBeLessThanOrEqual(1e-9);
          // The aid limits (and the rate limit again) through the LP itself, with the allocation fixed.
          const fixed = await fixedAllocationObjective(p, flow.officers, lp);
          expect(fixed).not.toBeNull();
          expect(Math.abs(fixed! - flow.deviation) / Math.max(1, ref.deviation)).toBeLessThanOrEqual(1e-7);
        }),
        { numRuns: 250 },
      );
      expect(Math.min(seen.feasible, seen.infeasible)).toBeGreaterThan(10);
    }, 120_000);
  }

  it('taken a pivot and a slot at a time: progress rises within [0, 1) and the result is the same', () => {
    fc.assert(
      fc.property(arbitraryProblem(true), (p) => {
        let direct;
        try {
          direct = drain(smoothedFlow(p));
        } catch (e) {
          expect(e).toBeInstanceOf(SmoothingInfeasible);
          return;
        }
        const steps = smoothedFlow(p, 1, 1);
        let yields = 0;
        let last = -1;
        for (let r = steps.next(); ; r = steps.next()) {
          if (r.done) {
            expect(r.value).toEqual(direct);
            // One yield per slot with officers on duty (built one at a time), more for pivots.
            expect(yields).toBeGreaterThanOrEqual(Array.from(p.totals).filter((h) => h > 0).length);
            break;
          }
          yields++;
          expect(r.value).toBeGreaterThanOrEqual(last);
          expect(r.value).toBeLessThan(1);
          last = r.value;
        }
      }),
      { numRuns: 100 },
    );
  });
});
