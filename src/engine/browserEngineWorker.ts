import type { EngineWorkerHandle } from './engineWorkerHandle.ts';

/** Starts the Vite-built engine worker (workers/engine.worker.ts) as a module worker. */
export function browserEngineWorker(): EngineWorkerHandle {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'tideline-engine' });
  return {
    endpoint: worker,
    onFailure(listener) {
      worker.addEventListener('error', (event) => {
        event.preventDefault(); // reported by the pool, not as an uncaught page error
        listener(event.message || 'the engine worker failed to start or crashed');
      });
    },
    terminate: () => worker.terminate(),
  };
}
