import { parentPort, workerData } from 'node:worker_threads';
import { allocateFollowDemand } from '../src/model/allocateFollowDemand.ts';
import { apportion, apportionScratch } from '../src/model/apportion.ts';
import type { DemandWeights } from '../src/model/demand.ts';
import { peopleInputs, scenarioInputs } from '../src/model/scenarioInputs.ts';
import { SLOTS_PER_WEEK } from '../src/model/time.ts';
import { benchScenario } from './benchScenario.ts';
import { syntheticDataset } from './syntheticDataset.ts';

/** Worker side of the two-workers bench: builds the synthetic dataset once, then runs scenarios on request. */
export interface ScenarioWorkerData {
  zones: number;
  seed: number;
}

/** A scenario to run, or a CPU-only loop of about the same length to calibrate the machine's parallelism. */
export type ScenarioRequest = { kind: 'scenario'; weights: DemandWeights } | { kind: 'spin'; iterations: number };

export interface ScenarioReply {
  /** A checksum of the whole officers, so the work cannot be skipped. */
  checksum: number;
}

const { zones, seed } = workerData as ScenarioWorkerData;
const data = syntheticDataset(zones, seed);
const sc = benchScenario(data);
// Dataset-only inputs are computed once per dataset, as the app does.
const people = peopleInputs(data);

/** One follow-demand scenario for the week: demand with these weights, allocation, whole officers. */
function runScenario(weights: DemandWeights): number {
  const n = data.zones.count;
  const inputs = scenarioInputs(data, weights, undefined, people);
  const fd = allocateFollowDemand(inputs.demand, n, sc.lo, sc.hi, sc.totals);
  const whole = new Int32Array(n * SLOTS_PER_WEEK);
  const scratch = apportionScratch(n);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) apportion(fd.officers, s * n, n, sc.totals[s], sc.lo, sc.hi, whole, s * n, scratch);
  let checksum = 0;
  for (let i = 0; i < whole.length; i += 97) checksum += whole[i];
  return checksum;
}

/** Integer arithmetic only: no memory traffic, no allocation. */
function spin(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x + i * 7) % 1000003;
  return x;
}

const port = parentPort!;
port.on('message', (m: ScenarioRequest) => {
  const reply: ScenarioReply = { checksum: m.kind === 'scenario' ? runScenario(m.weights) : spin(m.iterations) };
  port.postMessage(reply);
});
port.postMessage({ type: 'ready' });
