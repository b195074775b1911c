import { smoothedFlow } from '../src/model/smoothedFlow.ts';
import type { SmoothedProblem } from '../src/model/smoothedProblem.ts';
import type { StepResult } from './results.ts';
import { sink, stats } from './timing.ts';

/** The step name of a flow solve, next to HiGHS's 'smoothed LP[, mutual aid] (span)'. */
export function flowStep(mutualAid: boolean, span: string): string {
  return `smoothed flow${mutualAid ? ', mutual aid' : ''} (${span})`;
}

/** A solve's wall time, or why it stopped: the solver yields often, so a time box costs nothing. */
function timedSolve(p: SmoothedProblem, budgetSeconds: number): { ms: number; deviation: number } | { stoppedAt: number } {
  const start = performance.now();
  const steps = smoothedFlow(p);
  for (;;) {
    const r = steps.next();
    if (r.done) return { ms: performance.now() - start, deviation: r.value.deviation };
    if (performance.now() - start > budgetSeconds * 1000) return { stoppedAt: r.value };
  }
}

/**
 * The min-cost flow solver on one smoothed instance: one timed solve; when that took under a second,
 * a warm-up and `repeats` more. A solve over `budgetSeconds` is stopped and reported with the solver's
 * own progress estimate.
 */
export function flowSolve(zones: number, step: string, p: SmoothedProblem, budgetSeconds: number, repeats: number): StepResult {
  const zoneSlots = zones * p.totals.length;
  const first = timedSolve(p, budgetSeconds);
  if (!('ms' in first)) {
    return { zones, step, zoneSlots, stats: null, skipped: `did not finish within ${budgetSeconds} s (stopped at a progress estimate of ${(100 * first.stoppedAt).toFixed(0)}%)` };
  }
  sink(first.deviation);
  const samples = [first.ms];
  if (first.ms < 1000) {
    timedSolve(p, budgetSeconds);
    samples.length = 0;
    for (let i = 0; i < repeats; i++) {
      const r = timedSolve(p, budgetSeconds);
      if ('ms' in r) {
        samples.push(r.ms);
        sink(r.deviation);
      }
    }
  }
  return { zones, step, zoneSlots, stats: stats(samples), deviation: first.deviation };
}
