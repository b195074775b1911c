import { mergeReplications, mergeSummaries } from '../src/model/response/mergeReplications.ts';
import { simulateReplication } from '../src/model/response/replicationRun.ts';
import type { ResponseInputs } from '../src/model/response/responseInputs.ts';
import { EventHeap } from '../src/model/response/eventHeap.ts';
import { SLOT_MINUTES } from '../src/model/time.ts';
import { londonResponseInputs } from './londonResponseInputs.ts';
import type { ResponseBenchResult } from './results.ts';
import type { ResponseReply, ResponseRequest } from './responseWorker.ts';
import { request, spawnTsWorker } from './spawnTsWorker.ts';
import { sink, stats, type Stats } from './timing.ts';

const SPIN_ITERATIONS = 3e7;

/**
 * The floor: the same number of events through a bare binary heap ("hold" model: pop the earliest, push
 * one later) holding as many events as the simulation keeps busy units on average.
 */
function heapFloor(events: number, size: number): number {
  const heap = new EventHeap(size + 1);
  let x = 12345;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  for (let i = 0; i < size; i++) heap.push(next() * 60, i);
  let t = 0;
  for (let i = 0; i < events; i++) {
    t = heap.topTime();
    const id = heap.pop();
    heap.push(t + next() * 120, id);
  }
  return t;
}

/** Mean busy units: calls a minute x (mean travel + on-scene minutes), by Little's law. */
function meanBusy(inputs: ResponseInputs, meanTravel: number[]): number {
  const week = inputs.slots * SLOT_MINUTES;
  let busy = 0;
  for (let g = 0; g < inputs.grades; g++) {
    let calls = 0;
    for (let s = 0; s < inputs.slots; s++) calls += inputs.rate[s * inputs.grades + g] * SLOT_MINUTES;
    busy += (calls / week) * (inputs.onSceneMinutes[g] + meanTravel[g]);
  }
  return Math.max(1, Math.round(busy));
}

/**
 * The response simulation on a London week (fixed-borough): events per second on one core against the
 * heap floor, and R replications on one worker and on two: each worker simulates and summarises its
 * share, the main thread merges the summaries (and checks one and two workers give the same figures).
 */
export async function responseBench(opts: { replications: number; repeats: number; log: (m: string) => void }): Promise<ResponseBenchResult> {
  const { replications, repeats, log } = opts;
  log('response: London inputs (fixed-borough)');
  const inputs = await londonResponseInputs();

  log('response: events per second on one core');
  for (let k = 0; k < 5; k++) sink(simulateReplication(inputs, 1000 + k).events);
  const single: number[] = [];
  const floor: number[] = [];
  let events = 0;
  const sample = Array.from({ length: 10 }, (_, k) => simulateReplication(inputs, k));
  const merged = mergeReplications(inputs, sample);
  const size = meanBusy(inputs, merged.grades.map((g) => g.total.meanTravel[0]));
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    const r = simulateReplication(inputs, i);
    single.push(performance.now() - t);
    events = r.events;
    const f = performance.now();
    sink(heapFloor(events, size));
    floor.push(performance.now() - f);
  }
  const rep = stats(single);
  const fl = stats(floor);

  log(`response: ${replications} replications on one worker and on two`);
  const url = new URL('./responseWorker.ts', import.meta.url);
  const [a, b] = await Promise.all([spawnTsWorker(url, inputs), spawnTsWorker(url, inputs)]);
  try {
    const ask = (w: typeof a, ks: number[]) => request<ResponseReply>(w, { kind: 'replications', ks } satisfies ResponseRequest);
    const spin = (w: typeof a) => request<ResponseReply>(w, { kind: 'spin', iterations: SPIN_ITERATIONS } satisfies ResponseRequest);
    const all = Array.from({ length: replications }, (_, k) => k);
    const run = async (workers: (typeof a)[]) => {
      const parts = workers.map((_, j) => all.filter((k) => k % workers.length === j));
      const replies = await Promise.all(workers.map((w, j) => ask(w, parts[j])));
      return mergeSummaries(inputs, replies.map((r) => r.summary!));
    };
    await Promise.all([ask(a, [0, 1, 2]), ask(b, [0, 1, 2])]);
    const one: number[] = [];
    const two: number[] = [];
    const spinOne: number[] = [];
    const spinTwo: number[] = [];
    let same = true;
    const time = async (out: number[], fn: () => Promise<unknown>) => {
      const t = performance.now();
      const v = await fn();
      out.push(performance.now() - t);
      return v;
    };
    for (let i = 0; i < repeats; i++) {
      const x = (await time(one, () => run([a]))) as Awaited<ReturnType<typeof run>>;
      const y = (await time(two, () => run([a, b]))) as Awaited<ReturnType<typeof run>>;
      same &&= x.grades[0].total.share[0] === y.grades[0].total.share[0] && x.grades[1].zone.p90Response.every((v, z) => Object.is(v, y.grades[1].zone.p90Response[z]));
      sink(x.grades[0].total.share[0] + y.grades[0].total.share[0]);
      await time(spinOne, async () => (await spin(a)).checksum + (await spin(a)).checksum);
      await time(spinTwo, async () => (await Promise.all([spin(a), spin(b)])).reduce((u, v) => u + v.checksum, 0));
    }
    return {
      replications, events, heapSize: size,
      replication: rep, floor: fl,
      oneWorker: stats(one), twoWorkers: stats(two),
      spinOne: stats(spinOne), spinTwo: stats(spinTwo),
      sameResult: same,
      immediateShare: merged.grades[0].total.share[0],
    };
  } finally {
    await Promise.all([a.terminate(), b.terminate()]);
  }
}

export type { Stats };
