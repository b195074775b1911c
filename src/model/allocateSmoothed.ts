import type { LpSolver } from './linearProgram.ts';
import { smoothedFlow } from './smoothedFlow.ts';
import { smoothedByProgram } from './smoothedProgram.ts';
import type { SmoothedProblem, SmoothedResult } from './smoothedProblem.ts';

export { SmoothingInfeasible, type SmoothedProblem, type SmoothedResult } from './smoothedProblem.ts';

export type SmoothedSolver = 'flow' | 'highs';

export interface SmoothedOptions {
  /** 'flow' (default): the exact min-cost flow; 'highs': the same optimum from HiGHS on the LP. */
  solver?: SmoothedSolver;
  /** Needed for 'highs' only. */
  lp?: LpSolver;
  /** Awaited between chunks of the flow solve with a progress estimate in [0, 1); throwing from it cancels. */
  between?: (fraction: number) => Promise<void>;
}

/**
 * Follow-demand with continuity over the whole week (docs/model.md, "smoothed"): minimise
 * sum |A - T| with each slot's officers shared out, floors and caps kept, and each zone changing by at
 * most r officers per 15 minutes beyond the proportional change in supply (with mutual aid, only by
 * exchanges with neighbours). Throws SmoothingInfeasible when no allocation keeps the limit.
 */
export async function allocateSmoothed(p: SmoothedProblem, options: SmoothedOptions = {}): Promise<SmoothedResult> {
  if (options.solver === 'highs') {
    if (!options.lp) throw new Error("the 'highs' smoothing solver needs an LP solver");
    return smoothedByProgram(p, options.lp);
  }
  const steps = smoothedFlow(p);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (options.between) await options.between(r.value);
  }
}
