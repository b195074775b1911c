import type { Dataset } from '../src/model/dataset.ts';
import type { HighsLike } from '../src/model/highsSolver.ts';
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from '../src/model/time.ts';
import type { BenchScenario } from './benchScenario.ts';
import { GrowthModel } from './growthModel.ts';
import { compareWithHighs } from './qpReference.ts';
import type { QpResult, StepResult } from './results.ts';
import type { ScaleState } from './scaleSteps.ts';
import { smoothedSteps, type SmoothedSpan } from './smoothedRuns.ts';

/** One scale's data, ready for the HiGHS section; `state` recomputes demand and allocation if dropped. */
export interface ScaleRun {
  data: Dataset;
  scenario: BenchScenario;
  state: () => ScaleState;
}

export interface HighsOptions {
  quick: boolean;
  /** Skip a QP slot solve predicted to take longer than this (s). */
  qpBudget: number;
  /** Skip a smoothed solve predicted to take longer than this (s). */
  smoothedBudget: number;
  /** HiGHS's own limit per solve (s): the safety net when a prediction is wrong. */
  timeLimit: number;
  log: (msg: string) => void;
}

/** Monday 12:00, a slot where caps bind. */
const QP_SLOT = 48;
/** The scale the smoothed target is stated at: it gets a small probe solve to measure from. */
const PROBE_ZONES = 2500;

/**
 * Everything that runs HiGHS, scale by scale: the per-slot QP reference and the smoothed LP (with and
 * without mutual aid), each skipped with a printed reason when the solves measured so far predict it
 * would take longer than its budget.
 */
export async function highsSection(runs: ScaleRun[], highs: HighsLike, o: HighsOptions): Promise<{ qp: QpResult[]; steps: StepResult[] }> {
  const qp: QpResult[] = [];
  const steps: StepResult[] = [];
  const qpModel = new GrowthModel(1);
  const smoothModels = { aid: new GrowthModel(1.5), plain: new GrowthModel(1.5) };
  for (const run of runs) {
    const n = run.data.zones.count;
    const z = n.toLocaleString('en-GB');
    const sc = run.scenario;
    const every = o.quick ? 42 : 7;
    const slots = n <= 100 ? Array.from({ length: SLOTS_PER_WEEK / every }, (_, k) => k * every) : [QP_SLOT];
    const guess = qpModel.predict(n);
    if (o.quick && n > 100) qp.push(skippedQp(n, '--quick skips HiGHS beyond 100 zones'));
    else if (guess && guess.seconds > o.qpBudget) {
      qp.push(skippedQp(n, `about ${guess.seconds.toFixed(0)} s per slot expected (${guess.fromSeconds.toFixed(2)} s at ${guess.fromSize.toLocaleString('en-GB')} zones, time ~ zones^${guess.exponent.toFixed(2)}), over the ${o.qpBudget} s budget`));
    } else {
      o.log(`${z} zones: HiGHS QP reference on ${slots.length} slot(s)`);
      const q = await compareWithHighs(highs, { demand: run.state().demand, n, lo: sc.lo, hi: sc.hi, totals: sc.totals }, slots, o.timeLimit);
      qpModel.add(n, q.highsMsPerSlot ? q.highsMsPerSlot.median / 1000 : o.timeLimit);
      qp.push(q);
    }
    for (const mutualAid of [true, false]) {
      o.log(`${z} zones: smoothed LP${mutualAid ? ' with mutual aid' : ''}`);
      const spans: SmoothedSpan[] = [];
      if (n === PROBE_ZONES) spans.push({ label: '4-slot probe', slots: 4, repeats: 1 });
      spans.push({ label: 'day', slots: SLOTS_PER_DAY, repeats: o.quick ? 1 : mutualAid ? 2 : 3 });
      if (!o.quick) spans.push({ label: 'week', slots: SLOTS_PER_WEEK, repeats: 1 });
      const setup = {
        data: run.data, scenario: sc, target: () => run.state().officers, highs, mutualAid,
        model: mutualAid ? smoothModels.aid : smoothModels.plain, budgetSeconds: o.smoothedBudget, timeLimitSeconds: o.timeLimit,
      };
      steps.push(...(await smoothedSteps(setup, spans)));
    }
  }
  return { qp, steps };
}

function skippedQp(n: number, why: string): QpResult {
  return { zones: n, slots: 0, highsMsPerSlot: null, engineMsPerSlot: NaN, engineMsPerSlotMin: NaN, maxAbsDiff: NaN, maxRelDiff: NaN, speedRatio: NaN, skipped: why };
}
