import type { Worker } from 'node:worker_threads';
import type { Scenario, SmoothedSolver } from '../model/index.ts';
import type { DatasetFolder } from './datasetFolder.ts';
import { InputError } from './inputError.ts';
import { spawnTsWorker } from './spawnTsWorker.ts';
import type { RunOutcome, SweepReply, SweepRequest } from './sweepProtocol.ts';

/** Worker threads, each running the engine API on the same dataset folder, taking runs first come first served. */
export interface SweepWorkers {
  /** Worker threads running. */
  size: number;
  /** The dataset's warnings, formatted ('warning: data/stations.csv line 4: ...'). */
  warnings: string[];
  /** Runs a scenario on the next free worker: its headline figures, or the engine's refusal. */
  run(scenario: Scenario, response: boolean): Promise<RunOutcome>;
  /** Stops every worker. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  scenario: Scenario;
  response: boolean;
  resolve(outcome: RunOutcome): void;
  reject(error: Error): void;
}

function nextMessage(worker: Worker): Promise<SweepReply> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      worker.off('message', onMessage);
      reject(e);
    };
    const onMessage = (m: SweepReply) => {
      worker.off('error', onError);
      resolve(m);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
  });
}

/**
 * Starts `jobs` workers and loads the dataset folder in each. A dataset that fails to load is an
 * InputError (its problems, one a line); a worker that dies mid-sweep fails every run still waiting.
 */
export async function startSweepWorkers(jobs: number, folder: DatasetFolder, solver: SmoothedSolver = 'flow'): Promise<SweepWorkers> {
  const started = await Promise.allSettled(Array.from({ length: jobs }, () => spawnTsWorker(new URL('./sweepWorker.ts', import.meta.url))));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  };
  const failedStart = started.find((s) => s.status === 'rejected');
  if (failedStart) {
    await close();
    throw failedStart.reason instanceof Error ? failedStart.reason : new Error(String(failedStart.reason));
  }

  let loads: SweepReply[];
  try {
    loads = await Promise.all(workers.map((w) => {
      const reply = nextMessage(w);
      w.postMessage({ type: 'load', dir: folder.dir, shown: folder.shown, solver } satisfies SweepRequest);
      return reply;
    }));
  } catch (e) {
    await close();
    throw e;
  }
  const first = loads[0];
  if (first.type !== 'loaded') {
    await close();
    throw new Error(`a sweep worker answered ${first.type} to loading the dataset`);
  }
  const warnings = first.warnings.map((w) => `warning: ${w}`);
  if (!first.ok) {
    await close();
    throw new InputError([...warnings, ...first.errors]);
  }

  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  let failure: Error | null = null;
  let nextId = 1;
  let closing = false;

  const dispatch = () => {
    for (const w of workers) {
      if (queue.length === 0) return;
      if (busy.has(w)) continue;
      const job = queue.shift()!;
      busy.set(w, job);
      w.postMessage({ type: 'run', id: job.id, scenario: job.scenario, response: job.response } satisfies SweepRequest);
    }
  };
  const fail = (error: Error) => {
    failure ??= error;
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(failure);
    busy.clear();
  };
  for (const w of workers) {
    w.on('message', (m: SweepReply) => {
      const job = busy.get(w);
      if (m.type !== 'result' || !job || job.id !== m.id) return;
      busy.delete(w);
      job.resolve(m.outcome);
      dispatch();
    });
    w.on('error', (e) => fail(new Error(`a sweep worker failed: ${e.message}`)));
    w.on('exit', (code) => {
      if (!closing) fail(new Error(`a sweep worker stopped with code ${code}`));
    });
  }

  return {
    size: workers.length,
    warnings,
    run(scenario, response) {
      if (failure) return Promise.reject(failure);
      return new Promise<RunOutcome>((resolve, reject) => {
        queue.push({ id: nextId++, scenario, response, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await close();
    },
  };
}
