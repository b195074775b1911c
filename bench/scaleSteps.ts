import { allocateFollowDemand } from '../src/model/allocateFollowDemand.ts';
import { apportion, apportionScratch } from '../src/model/apportion.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { scenarioInputs } from '../src/model/scenarioInputs.ts';
import { SLOTS_PER_WEEK } from '../src/model/time.ts';
import type { BenchScenario } from './benchScenario.ts';
import { memoryFloor } from './memoryFloor.ts';
import type { StepResult } from './results.ts';
import { measure } from './timing.ts';

export interface Repeats {
  warmup: number;
  repeats: number;
  /** scenarioInputs is the slowest step: it gets its own counts. */
  inputsWarmup: number;
  inputsRepeats: number;
}

/** What the later sections (QP reference, smoothed LP) reuse from the steps at one scale. */
export interface ScaleState {
  demand: Float64Array;
  /** The follow-demand allocation for the week, continuous. */
  officers: Float64Array;
}

/** Step names, shared with the target lines. */
export const STEP = {
  inputs: 'presence + demand (scenarioInputs)',
  floor: 'memory-pass floor',
  follow: 'follow-demand (allocateFollowDemand)',
  apportion: 'apportion (672 slots)',
} as const;

/**
 * The engine's per-week steps at one scale. Outputs go to arrays allocated once, so page faults of fresh
 * 188 MB arrays (35,000 zones) are not timed; scenarioInputs allocates its own (it has no out parameter).
 */
export function scaleSteps(data: Dataset, sc: BenchScenario, r: Repeats): { steps: StepResult[]; state: ScaleState } {
  const n = data.zones.count;
  const zoneSlots = n * SLOTS_PER_WEEK;
  const mid = zoneSlots >> 1;
  let demand: Float64Array = new Float64Array(0);
  const inputs = measure(() => {
    demand = scenarioInputs(data, sc.weights).demand;
    return demand[mid];
  }, r.inputsWarmup, r.inputsRepeats);

  const officers = new Float64Array(zoneSlots);
  // The floor is the denominator of every ratio and cheap: three times the repeats, to steady it.
  const floor = measure(() => memoryFloor(demand, officers), Math.max(2, r.warmup), 3 * r.repeats);
  const follow = measure(() => allocateFollowDemand(demand, n, sc.lo, sc.hi, sc.totals, officers).lambda[0], r.warmup, r.repeats);

  const whole = new Int32Array(zoneSlots);
  const scratch = apportionScratch(n);
  const apportioned = measure(() => {
    for (let s = 0; s < SLOTS_PER_WEEK; s++) apportion(officers, s * n, n, sc.totals[s], sc.lo, sc.hi, whole, s * n, scratch);
    return whole[mid];
  }, r.warmup, r.repeats);

  const steps: StepResult[] = [
    { zones: n, step: STEP.inputs, zoneSlots, stats: inputs },
    { zones: n, step: STEP.floor, zoneSlots, stats: floor },
    { zones: n, step: STEP.follow, zoneSlots, stats: follow },
    { zones: n, step: STEP.apportion, zoneSlots, stats: apportioned },
  ];
  return { steps, state: { demand, officers } };
}
