import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from '../src/model/time.ts';
import { flowSolve, flowStep } from './flowRuns.ts';
import type { ScaleRun } from './highsSection.ts';
import type { LondonSmoothed } from './londonSmoothed.ts';
import type { StepResult } from './results.ts';

export interface FlowOptions {
  quick: boolean;
  /** A solve running longer than this (s) is stopped and reported as not finished. */
  budgetSeconds: number;
  log: (msg: string) => void;
}

/** The spans the flow solver runs at a synthetic scale: HiGHS's spans there, and always the week. */
function spans(n: number): { label: string; slots: number }[] {
  const out = n === 2500 ? [{ label: '4-slot probe', slots: 4 }] : [];
  out.push({ label: 'day', slots: SLOTS_PER_DAY }, { label: 'week', slots: SLOTS_PER_WEEK });
  return out;
}

/**
 * The smoothed method's min-cost flow on the synthetic scales up to 2,500 zones (the same instances as
 * HiGHS's smoothed LP: the first slots of the week), with and without mutual aid. A span is skipped when
 * a shorter one of the same kind did not finish in time.
 */
export function flowSection(runs: ScaleRun[], o: FlowOptions): StepResult[] {
  const out: StepResult[] = [];
  for (const run of runs) {
    const n = run.data.zones.count;
    const sc = run.scenario;
    for (const mutualAid of [true, false]) {
      let stopped: string | null = null;
      for (const span of spans(n)) {
        const step = flowStep(mutualAid, span.label);
        if (stopped) {
          out.push({ zones: n, step, zoneSlots: n * span.slots, stats: null, skipped: `the ${stopped} did not finish in ${o.budgetSeconds} s` });
          continue;
        }
        o.log(`${n.toLocaleString('en-GB')} zones: ${step}`);
        const p = {
          n, allocated: sc.allocated, lo: sc.lo, hi: sc.hi, totals: sc.totals.subarray(0, span.slots),
          target: run.state().officers.subarray(0, span.slots * n), maxChange: sc.maxChange, adjacency: mutualAid ? run.data.adjacency : null,
        };
        const r = flowSolve(n, step, p, o.budgetSeconds, o.quick ? 1 : 5);
        out.push(r);
        if (!r.stats) stopped = span.label;
      }
    }
  }
  return out;
}

/** The flow solver on the London week and its 1 km hexagons, the app's own instances. */
export function londonFlowSection(instances: LondonSmoothed[], o: FlowOptions): StepResult[] {
  const out: StepResult[] = [];
  for (const inst of instances) {
    inst.problems.forEach((p, i) => {
      const step = `${flowStep(i === 0, 'week')}, ${inst.label}`;
      o.log(step);
      out.push(flowSolve(inst.zones, step, p, o.budgetSeconds, o.quick ? 1 : 5));
    });
  }
  return out;
}
