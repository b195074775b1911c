import { highsSolver, type HighsLike } from '../src/model/highsSolver.ts';
import { waterfill, waterfillScratch } from '../src/model/waterfill.ts';
import type { QpResult } from './results.ts';
import { QP_OPTIONS, slotQp } from './slotQp.ts';
import { sink, stats, type Stats } from './timing.ts';

export interface QpInputs {
  demand: Float64Array;
  n: number;
  lo: Float64Array;
  hi: Float64Array;
  totals: ArrayLike<number>;
}

/**
 * Solves the given slots with the engine (waterfill, cold start: no warm lambda) and with HiGHS (the QP
 * reference), and compares. HiGHS is given `timeLimit` seconds per slot; a slot it does not solve
 * makes the whole comparison report that instead of numbers.
 */
export async function compareWithHighs(highs: HighsLike, p: QpInputs, slots: number[], timeLimit: number): Promise<QpResult> {
  const { demand, n, lo, hi, totals } = p;
  const solve = highsSolver(highs, { ...QP_OPTIONS, time_limit: timeLimit });
  const engineOut = new Float64Array(n);
  const scratch = waterfillScratch(n);
  const highsMs: number[] = [];
  let maxAbsDiff = 0;
  let maxRelDiff = 0;
  for (const s of slots) {
    const lp = slotQp(demand, s * n, n, lo, hi, totals[s]);
    const t = performance.now();
    const sol = await solve(lp);
    highsMs.push(performance.now() - t);
    if (sol.status !== 'optimal') {
      return { zones: n, slots: slots.length, highsMsPerSlot: null, engineMsPerSlot: NaN, engineMsPerSlotMin: NaN, maxAbsDiff: NaN, maxRelDiff: NaN, speedRatio: NaN, skipped: `HiGHS did not solve slot ${s} (${sol.message}) within ${timeLimit} s` };
    }
    waterfill({ d: demand, offset: s * n, n, lo, hi, total: totals[s] }, engineOut, 0, 0, scratch);
    for (let z = 0; z < n; z++) {
      const diff = Math.abs(engineOut[z] - sol.x[z]);
      maxAbsDiff = Math.max(maxAbsDiff, diff);
      maxRelDiff = Math.max(maxRelDiff, diff / Math.max(1, Math.abs(sol.x[z])));
    }
    sink(sol.objective);
  }
  const engine = engineTimePerSlot(p, slots);
  const h = stats(highsMs);
  return {
    zones: n, slots: slots.length, highsMsPerSlot: h, engineMsPerSlot: engine.median, engineMsPerSlotMin: engine.min,
    maxAbsDiff, maxRelDiff, speedRatio: h.median / engine.median,
  };
}

/**
 * The engine's time per slot from a cold start (no warm lambda), as the median of 7 batches of at least
 * 10 ms each, after a warm-up that lasts until V8 has optimised the solver: batches run until the best
 * time has not improved by 5% for half a second (at least 0.3 s, at most 6 s). Right after HiGHS has run,
 * V8's background threads are busy tiering up its wasm and JavaScript optimisation waits (measured: about
 * 0.9 s at 32 zones, with per-slot times 15x slower meanwhile).
 */
function engineTimePerSlot(p: QpInputs, slots: number[]): Stats {
  const { demand, n, lo, hi, totals } = p;
  const out = new Float64Array(n);
  const scratch = waterfillScratch(n);
  const once = () => {
    let acc = 0;
    for (const s of slots) acc += waterfill({ d: demand, offset: s * n, n, lo, hi, total: totals[s] }, out, 0, 0, scratch);
    return acc;
  };
  const batch = (minMs: number) => {
    let rounds = 0;
    let elapsed = 0;
    const t = performance.now();
    do {
      sink(once());
      rounds++;
      elapsed = performance.now() - t;
    } while (elapsed < minMs);
    return elapsed / (rounds * slots.length);
  };
  const start = performance.now();
  let best = Infinity;
  let bestAt = start;
  for (let now = start; now - start < 6000; now = performance.now()) {
    const t = batch(10);
    if (t < 0.95 * best) [best, bestAt] = [t, performance.now()];
    if (now - start > 300 && now - bestAt > 500) break;
  }
  return stats(Array.from({ length: 7 }, () => batch(10)));
}
