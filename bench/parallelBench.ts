import type { DemandWeights } from '../src/model/demand.ts';
import type { ParallelResult } from './results.ts';
import type { ScenarioReply, ScenarioRequest, ScenarioWorkerData } from './scenarioWorker.ts';
import { request, spawnTsWorker } from './spawnTsWorker.ts';
import { sink, stats } from './timing.ts';

/** Two scenarios of equal work that differ only in their demand weights. */
const SCENARIOS: DemandWeights[] = [
  { present: 2, footfall: 1, risk: 1 },
  { present: 1, footfall: 0, risk: 1 },
];

/** A CPU-only loop of roughly one scenario's length (about 0.2 s on this machine kind). */
const SPIN_ITERATIONS = 3e7;

/**
 * Two follow-demand scenarios (demand, allocation, whole officers for a week) on two workers at once,
 * against the same two one after the other on one worker. Worker start-up (tsx, dataset, people inputs)
 * happens before timing. The same comparison with a CPU-only loop shows how much parallelism the machine
 * offers at that moment: when other work shares the cores, that ratio (not 2) is the ceiling.
 */
export async function parallelBench(zones: number, seed: number, warmup: number, repeats: number): Promise<ParallelResult> {
  const data: ScenarioWorkerData = { zones, seed };
  const url = new URL('./scenarioWorker.ts', import.meta.url);
  const [a, b] = await Promise.all([spawnTsWorker(url, data), spawnTsWorker(url, data)]);
  try {
    const ask = (w: typeof a, m: ScenarioRequest) => request<ScenarioReply>(w, m).then((r) => r.checksum);
    const run = (w: typeof a, weights: DemandWeights) => ask(w, { kind: 'scenario', weights });
    const spin = (w: typeof a) => ask(w, { kind: 'spin', iterations: SPIN_ITERATIONS });
    // Warm both workers' JIT before any timing.
    for (let i = 0; i < warmup; i++) await Promise.all([run(a, SCENARIOS[0]), run(b, SCENARIOS[1])]);
    // Alternate the three measurements so a busy machine slows them alike.
    const single: number[] = [];
    const sequential: number[] = [];
    const parallel: number[] = [];
    const spinSequential: number[] = [];
    const spinParallel: number[] = [];
    const time = async (out: number[], fn: () => Promise<number>) => {
      const t = performance.now();
      sink(await fn());
      out.push(performance.now() - t);
    };
    for (let i = 0; i < repeats; i++) {
      await time(single, () => run(a, SCENARIOS[0]));
      await time(sequential, async () => (await run(a, SCENARIOS[0])) + (await run(a, SCENARIOS[1])));
      await time(parallel, async () => {
        const [x, y] = await Promise.all([run(a, SCENARIOS[0]), run(b, SCENARIOS[1])]);
        return x + y;
      });
      await time(spinSequential, async () => (await spin(a)) + (await spin(a)));
      await time(spinParallel, async () => (await Promise.all([spin(a), spin(b)])).reduce((u, v) => u + v));
    }
    return {
      zones, sequential: stats(sequential), parallel: stats(parallel), single: stats(single),
      spinSequential: stats(spinSequential), spinParallel: stats(spinParallel),
    };
  } finally {
    await Promise.all([a.terminate(), b.terminate()]);
  }
}
