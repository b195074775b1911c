/**
 * `npm run bench`: seeded synthetic datasets at five scales, the engine's steps against a memory-pass
 * floor, the smoothed method's min-cost flow (also on the London week and its hexagons), HiGHS as the
 * per-slot QP reference and on the smoothed LP (time-boxed), worker transfer and two workers vs one.
 * Prints a table and PASS/MISS target lines; `--json` prints the results only, `--quick` runs fewer
 * repeats and skips the slowest solves, `--scales=32,2500` picks scales,
 * `--only=response` runs only the response simulation section.
 * See bench/README.md.
 *
 * Order matters: workers first (small heap), the London smoothed weeks, then the engine's steps and the
 * flow solver at every scale, then HiGHS, whose wasm tier-up keeps V8's background threads busy for a
 * while and would slow the JavaScript timed after it.
 */
import { availableParallelism, loadavg } from 'node:os';
import { allocateFollowDemand } from '../src/model/allocateFollowDemand.ts';
import { scenarioInputs } from '../src/model/scenarioInputs.ts';
import { SLOTS_PER_WEEK } from '../src/model/time.ts';
import { benchScenario } from './benchScenario.ts';
import { flowSection, londonFlowSection } from './flowSection.ts';
import { highsSection, type ScaleRun } from './highsSection.ts';
import { loadHighs } from './loadHighs.ts';
import { londonSmoothed } from './londonSmoothed.ts';
import { parallelBench } from './parallelBench.ts';
import { formatReport, responseReport } from './report.ts';
import { responseBench } from './responseBench.ts';
import type { BenchResults, StepResult } from './results.ts';
import { scaleSteps, type Repeats, type ScaleState } from './scaleSteps.ts';
import { syntheticDataset } from './syntheticDataset.ts';
import { responseTargetLines, targetLines } from './targets.ts';
import { sinkTotal } from './timing.ts';
import { transferBench } from './transferBench.ts';

const SEED = 1;
const SCALES = [32, 694, 2500, 4835, 35000];
/** The smoothed method's min-cost flow runs at these synthetic scales (and on the London week and hexagons). */
const FLOW_MAX_ZONES = 2500;
/** Zones at which the worker benches run (London's LSOA count). */
const WORKER_ZONES = 4835;
/** Keep demand and allocation for the HiGHS section up to this many zone-slots (26 MB per array). */
const KEEP_STATE = 4e6;

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const scalesArg = args.find((a) => a.startsWith('--scales='));
const scales = scalesArg ? scalesArg.slice('--scales='.length).split(',').map(Number) : SCALES;
const log = (msg: string) => {
  if (!json) process.stderr.write(`[bench] ${msg}\n`);
};

function repeatsFor(n: number): Repeats {
  const big = n * SLOTS_PER_WEEK > 1e7;
  if (quick) return { warmup: big ? 0 : n <= 100 ? 10 : 1, repeats: 1, inputsWarmup: 0, inputsRepeats: 1 };
  if (big) return { warmup: 1, repeats: 3, inputsWarmup: 0, inputsRepeats: 1 };
  // Small problems take well under a millisecond: warm up long enough for V8's optimising compiler.
  if (n <= 100) return { warmup: 50, repeats: 31, inputsWarmup: 5, inputsRepeats: 11 };
  return { warmup: 2, repeats: 9, inputsWarmup: 1, inputsRepeats: 5 };
}

const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** Replications of a London week for the response simulation's worker target. */
const RESPONSE_REPLICATIONS = 100;

const start = performance.now();
const loadStart = loadavg();

if (only === 'response') {
  const response = await responseBench({ replications: RESPONSE_REPLICATIONS, repeats: quick ? 2 : 5, log });
  const results: BenchResults = {
    node: process.versions.node, cpus: availableParallelism(), loadAverage: [...loadStart, ...loadavg()], quick,
    steps: [], london: [], qp: [], transfer: null, parallel: null, response, targets: [], wallSeconds: 0, sink: 0,
  };
  results.targets = responseTargetLines(results);
  results.wallSeconds = (performance.now() - start) / 1000;
  results.sink = sinkTotal();
  const head = `Tideline bench (--only=response): Node ${results.node}, ${results.cpus} CPUs, load average ${results.loadAverage.slice(0, 3).map((v) => v.toFixed(2)).join(' ')} at start, ${results.loadAverage.slice(3).map((v) => v.toFixed(2)).join(' ')} at end`;
  const targets = results.targets.map((t) => `  ${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'MISS'}  ${t.text}`);
  process.stdout.write(json ? `${JSON.stringify(results, null, 1)}\n` : `${[head, '', ...responseReport(response), '', 'Targets (reported, not asserted):', ...targets, '', `wall ${results.wallSeconds.toFixed(1)} s`].join('\n')}\n`);
  process.exit(0);
}
if (only !== undefined) throw new Error(`--only=${only}: the only section that runs alone is "response"`);

log('worker transfer');
const transfer = await transferBench(WORKER_ZONES * SLOTS_PER_WEEK, quick ? 1 : 3, quick ? 3 : 15);
log('two scenarios on two workers vs one');
const parallel = await parallelBench(WORKER_ZONES, SEED, 1, quick ? 1 : 5);
const response = await responseBench({ replications: RESPONSE_REPLICATIONS, repeats: quick ? 2 : 5, log });

// The London week before the synthetic scales, while the heap holds little else (as in a worker).
const flowOptions = { quick, budgetSeconds: quick ? 5 : 10, log };
log('smoothed: London week and hexagons (loading data/ and building the hexagon grid)');
const london = londonFlowSection(await londonSmoothed(), flowOptions);

const steps: StepResult[] = [];
const runs: ScaleRun[] = [];
for (const n of scales) {
  log(`${n.toLocaleString('en-GB')} zones: dataset and engine steps`);
  const data = syntheticDataset(n, SEED);
  const scenario = benchScenario(data);
  const measured = scaleSteps(data, scenario, repeatsFor(n));
  steps.push(...measured.steps);
  let kept: ScaleState | null = n * SLOTS_PER_WEEK <= KEEP_STATE ? measured.state : null;
  const state = () => {
    if (!kept) {
      const demand = scenarioInputs(data, scenario.weights).demand;
      kept = { demand, officers: allocateFollowDemand(demand, n, scenario.lo, scenario.hi, scenario.totals).officers };
    }
    return kept;
  };
  runs.push({ data, scenario, state });
}

log('smoothed: min-cost flow');
const flowSteps = flowSection(runs.filter((r) => r.data.zones.count <= FLOW_MAX_ZONES), flowOptions);

log('loading HiGHS');
const highs = await loadHighs();
const solved = await highsSection(runs, highs, {
  quick, qpBudget: 15, smoothedBudget: 30, timeLimit: 60, log,
});
// Smoothed rows go after each scale's engine rows.
const ordered = scales.flatMap((n) => [...steps, ...flowSteps, ...solved.steps].filter((s) => s.zones === n));

const results: BenchResults = {
  node: process.versions.node, cpus: availableParallelism(), loadAverage: [...loadStart, ...loadavg()], quick,
  steps: ordered, london, qp: solved.qp, transfer, parallel, response, targets: [], wallSeconds: 0, sink: 0,
};
results.targets = targetLines(results);
results.wallSeconds = (performance.now() - start) / 1000;
results.sink = sinkTotal();
process.stdout.write(json ? `${JSON.stringify(results, null, 1)}\n` : `${formatReport(results)}\n`);
