import type { Dataset } from './dataset.ts';
import { allocateFixed } from './allocateFixed.ts';
import { allocateFollowDemand } from './allocateFollowDemand.ts';
import { allocateSmoothed, type SmoothedSolver } from './allocateSmoothed.ts';
import { apportion, apportionScratch } from './apportion.ts';
import { eventReports, type EventReport } from './eventReports.ts';
import { frontCounterFigures, type FrontCounterFigures } from './frontCounterFigures.ts';
import type { LpSolver } from './linearProgram.ts';
import { measures, type Measures } from './measures.ts';
import type { PreparedScenario } from './prepareScenario.ts';
import { scenarioInputs, type PeopleInputs, type ScenarioInputs } from './scenarioInputs.ts';
import { SLOTS_PER_WEEK } from './time.ts';

export interface ScenarioResult {
  n: number;
  slots: number;
  inputs: ScenarioInputs;
  /**
   * Officers on duty per slot (a central reserve's officers at events included), and what is left for
   * zones after events.
   */
  onDuty: Int32Array;
  localTotals: Int32Array;
  /** Officers per zone and slot ([slot * n + zone]), continuous, not counting event deployments. */
  local: Float64Array;
  /** Officers deployed to events in each zone and slot. */
  eventOfficers: Int32Array;
  /** Officers a zone gave up to events (continuous): the allocation without events minus with. */
  abstraction: Float64Array;
  /** Whole officers per zone and slot, events included: these add up to onDuty in every slot. */
  officersWhole: Int32Array;
  /** The fixed (territorial) model under the same supply and events, whole officers. */
  fixedWhole: Int32Array;
  /** Officers per unit of demand for zones not held at a floor or cap (follow-demand; NaN otherwise). */
  lambda: Float64Array;
  /** Smoothed only: sum of |officers - follow-demand officers| at the optimum. */
  smoothingDeviation: number | null;
  measures: Measures;
  events: EventReport[];
  /** The scenario's front counters assessed against the people of their zones. */
  frontCounters: FrontCounterFigures[];
}

export interface RunOptions {
  /**
   * How the smoothed method is solved: 'flow' (default), the exact min-cost flow; 'highs', the same
   * optimum from HiGHS on the linear programme (needs `lp`).
   */
  solver?: SmoothedSolver;
  /** HiGHS, for solver 'highs'. */
  lp?: LpSolver;
  /** Dataset-only inputs computed earlier for the same dataset. */
  people?: PeopleInputs;
  /** Checked between stages; a run whose signal is aborted stops with a RunCancelled error. */
  signal?: { readonly aborted: boolean };
  onProgress?: (stage: string, fraction: number) => void;
  /**
   * Awaited between stages so a worker can receive a cancel message mid-run (e.g. a MessageChannel
   * round trip). Without it a run goes from start to end in one task.
   */
  yieldControl?: () => Promise<void>;
}

/**
 * The stage reported just before HiGHS solves the smoothed method's linear programme (solver 'highs'):
 * one synchronous solve that a cancel message cannot interrupt (the worker pool stops the worker instead).
 */
export const LP_STAGE = 'smoothing (linear programme)';

/**
 * The stage reported between chunks of the smoothed method's min-cost flow solve (solver 'flow'): the
 * run yields control between chunks, so a cancel stops it in place and the worker carries on.
 */
export const FLOW_STAGE = 'smoothing (min-cost flow)';

export class RunCancelled extends Error {
  constructor() {
    super('run cancelled');
  }
}

export async function runScenario(data: Dataset, plan: PreparedScenario, opts: RunOptions = {}): Promise<ScenarioResult> {
  const n = data.zones.count;
  const slots = SLOTS_PER_WEEK;
  const step = async (stage: string, fraction: number) => {
    if (opts.yieldControl) await opts.yieldControl();
    if (opts.signal?.aborted) throw new RunCancelled();
    opts.onProgress?.(stage, fraction);
  };

  await step('people and demand', 0);
  const inputs = scenarioInputs(data, plan.weights, plan.riskYear, opts.people);
  // With a central reserve the events' officers come on top of the zones' officers on duty.
  const zoneDuty = plan.supply.onDuty;
  const onDuty = plan.reserve ? Int32Array.from(zoneDuty, (h, s) => h + plan.eventTotal[s]) : zoneDuty;
  const localTotals = Int32Array.from(zoneDuty, (h, s) => h - plan.abstractedTotal[s]);
  const eventOfficers = new Int32Array(slots * n);
  for (const e of plan.events) for (const s of e.slots) eventOfficers[s * n + e.zone] += e.officers;
  const hasEvents = plan.events.length > 0;
  const abstracts = hasEvents && !plan.reserve;

  await step('fixed model', 0.2);
  const fixedHi = Float64Array.from(plan.allocated, (a) => (a ? Infinity : 0));
  const fixedLo = new Float64Array(n);
  const fixedLocal = allocateFixed(plan.baselineShares, localTotals);

  await step('allocation', 0.3);
  let local: Float64Array;
  let lambda: Float64Array = new Float64Array(slots).fill(NaN);
  let smoothingDeviation: number | null = null;
  if (plan.method === 'fixed') local = fixedLocal;
  else {
    const fd = allocateFollowDemand(inputs.demand, n, plan.lo, plan.hi, localTotals);
    local = fd.officers;
    lambda = fd.lambda;
    if (plan.method === 'smoothed') {
      const problem = {
        n, allocated: plan.allocated, lo: plan.lo, hi: plan.hi, totals: localTotals, target: fd.officers,
        maxChange: plan.maxChangePerSlot, adjacency: plan.mutualAid ? data.adjacency : null,
      };
      const highs = opts.solver === 'highs';
      if (highs && !opts.lp) throw new Error("the smoothed method's 'highs' solver needs HiGHS (RunOptions.lp)");
      await step(highs ? LP_STAGE : FLOW_STAGE, 0.4);
      const sm = await allocateSmoothed(problem, {
        solver: highs ? 'highs' : 'flow', lp: opts.lp, between: (fraction) => step(FLOW_STAGE, 0.4 + 0.3 * fraction),
      });
      local = sm.officers;
      smoothingDeviation = sm.deviation;
      lambda.fill(NaN);
    }
  }

  await step('events', 0.7);
  const abstraction = new Float64Array(slots * n);
  if (abstracts) {
    // What zones would have had with nobody at events; the smoothed method uses follow-demand here.
    const without =
      plan.method === 'fixed'
        ? allocateFixed(plan.baselineShares, zoneDuty)
        : allocateFollowDemand(inputs.demand, n, plan.lo, plan.hi, zoneDuty).officers;
    for (let s = 0; s < slots; s++) {
      if (plan.eventTotal[s] === 0) continue;
      for (let z = 0, i = s * n; z < n; z++, i++) abstraction[i] = without[i] - local[i];
    }
  }

  await step('whole officers', 0.8);
  const officersWhole = new Int32Array(slots * n);
  const fixedWhole = new Int32Array(slots * n);
  const scratch = apportionScratch(n);
  for (let s = 0; s < slots; s++) {
    const off = s * n;
    apportion(local, off, n, localTotals[s], plan.method === 'fixed' ? fixedLo : plan.lo, plan.method === 'fixed' ? fixedHi : plan.hi, officersWhole, off, scratch);
    apportion(fixedLocal, off, n, localTotals[s], fixedLo, fixedHi, fixedWhole, off, scratch);
  }
  if (hasEvents) {
    for (let i = 0; i < officersWhole.length; i++) {
      officersWhole[i] += eventOfficers[i];
      fixedWhole[i] += eventOfficers[i];
    }
  }

  await step('measures', 0.9);
  const m = measures({
    n, allocated: plan.allocated, demand: inputs.demand, local, officersWhole, fixedWhole, localTotals,
    service: plan.service, incidentsPerYear: plan.service.incidentsPerYear ?? recordedCrime(data, plan, inputs),
  });
  await step('done', 1);
  return {
    n, slots, inputs, onDuty, localTotals, local, eventOfficers, abstraction, officersWhole, fixedWhole, lambda,
    smoothingDeviation, measures: m, events: eventReports(plan, abstraction, n),
    frontCounters: plan.frontCounters.map((fc) => frontCounterFigures(data, inputs.phase, inputs.present, fc)),
  };
}

/** Recorded crimes in the risk year across the allocated zones: the default immediate-incident volume. */
function recordedCrime(data: Dataset, plan: PreparedScenario, inputs: ScenarioInputs): number | null {
  const risk = data.risk;
  const year = inputs.risk.year;
  if (!risk || year === null) return null;
  const y = risk.years.indexOf(year);
  let sum = 0;
  for (let z = 0; z < data.zones.count; z++) {
    const v = risk.values[y * data.zones.count + z];
    if (plan.allocated[z] && Number.isFinite(v)) sum += v;
  }
  return sum;
}
