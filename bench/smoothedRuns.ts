import { allocateSmoothed, type SmoothedProblem } from '../src/model/allocateSmoothed.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { highsSolver, type HighsLike } from '../src/model/highsSolver.ts';
import type { BenchScenario } from './benchScenario.ts';
import type { GrowthModel } from './growthModel.ts';
import type { StepResult } from './results.ts';
import { measureAsync } from './timing.ts';

export interface SmoothedSpan {
  label: string;
  slots: number;
  repeats: number;
}

export interface SmoothedSetup {
  data: Dataset;
  scenario: BenchScenario;
  /** The follow-demand allocation for the week (the LP's target); called only for spans that run. */
  target: () => Float64Array;
  highs: HighsLike;
  mutualAid: boolean;
  /** Predicts seconds per solve from LP columns; updated with every solve measured here. */
  model: GrowthModel;
  /** A solve predicted to take longer than this is skipped with the prediction as the reason. */
  budgetSeconds: number;
  /** HiGHS's own time limit per solve (a safety net when a prediction is wrong). */
  timeLimitSeconds: number;
}

/** Columns of the smoothed LP (allocateSmoothed.ts): A, deviation+ and deviation- per zone-slot, plus flows. */
export function smoothedColumns(n: number, slots: number, directedEdges: number, mutualAid: boolean): number {
  return 3 * slots * n + (mutualAid ? (slots - 1) * directedEdges : 0);
}

/** allocateSmoothed with HiGHS (solver 'highs') over the first `slots` slots of the week, for each span that fits the budget. */
export async function smoothedSteps(setup: SmoothedSetup, spans: SmoothedSpan[]): Promise<StepResult[]> {
  const { data, scenario: sc, target, highs, mutualAid, model } = setup;
  const n = data.zones.count;
  const name = mutualAid ? 'smoothed LP, mutual aid' : 'smoothed LP';
  const solve = highsSolver(highs, { time_limit: setup.timeLimitSeconds });
  const results: StepResult[] = [];
  for (const span of spans) {
    const step = `${name} (${span.label})`;
    const zoneSlots = n * span.slots;
    const cols = smoothedColumns(n, span.slots, data.adjacency.neighbours.length, mutualAid);
    const guess = model.predict(cols);
    if (guess && guess.seconds > setup.budgetSeconds) {
      const why = `needs about ${guess.seconds.toFixed(0)} s or more (LP of ${cols.toLocaleString('en-GB')} columns; ${guess.fromSeconds.toFixed(1)} s measured at ${guess.fromSize.toLocaleString('en-GB')} columns, time ~ columns^${guess.exponent.toFixed(2)})`;
      results.push({ zones: n, step, zoneSlots, stats: null, skipped: why });
      continue;
    }
    const p: SmoothedProblem = {
      n, allocated: sc.allocated, lo: sc.lo, hi: sc.hi, totals: sc.totals.subarray(0, span.slots),
      target: target().subarray(0, span.slots * n), maxChange: sc.maxChange, adjacency: mutualAid ? data.adjacency : null,
    };
    // Long solves are timed once, so the whole bench stays well inside its three minutes.
    const repeats = guess && guess.seconds * span.repeats > setup.budgetSeconds / 2 ? 1 : span.repeats;
    try {
      let deviation = NaN;
      const stats = await measureAsync(async () => (deviation = (await allocateSmoothed(p, { solver: 'highs', lp: solve })).deviation), 0, repeats);
      model.add(cols, stats.median / 1000);
      results.push({ zones: n, step, zoneSlots, stats, note: `${cols.toLocaleString('en-GB')} LP columns`, deviation });
    } catch (e) {
      model.add(cols, setup.timeLimitSeconds);
      results.push({ zones: n, step, zoneSlots, stats: null, skipped: `did not finish: ${(e as Error).message}` });
    }
  }
  return results;
}
