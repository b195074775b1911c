import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { EngineWorkerFactory } from '../../../src/engine/engineWorkerHandle.ts';

/**
 * Starts engine workers as Node worker threads (test/unit/engine/nodeEngineWorker.mjs) for the pool.
 * `exitOnRun` makes every worker die as soon as it is asked to run a scenario.
 */
export function nodeEngineWorker(options: { exitOnRun?: boolean } = {}): EngineWorkerFactory {
  return () => {
    const worker = new Worker(new URL('./nodeEngineWorker.mjs', import.meta.url), {
      workerData: { exitOnRun: options.exitOnRun ?? false },
    });
    return {
      endpoint: nodeEndpoint(worker),
      onFailure(listener) {
        worker.on('error', (error) => listener(error.message));
        worker.on('exit', (code) => listener(`the worker thread exited with code ${code}`));
      },
      terminate: () => void worker.terminate(),
    };
  };
}
