// Imported once by src/ui/main.ts so browser tests (test/browser/worker.test.ts) can drive the real,
// Vite-built engine worker in the built app. Creating the hook starts no worker: pools start lazily.
import { browserEngineWorker } from './browserEngineWorker.ts';
import { createEnginePool, type EnginePool } from './enginePool.ts';

export interface EngineTestHook {
  /** A new pool of engine workers (default size: hardware threads, 1 to 4). */
  createPool(size?: number): EnginePool;
}

declare global {
  interface Window {
    __tidelineEngine?: EngineTestHook;
  }
}

window.__tidelineEngine = {
  createPool: (size) => createEnginePool(browserEngineWorker, size === undefined ? {} : { size }),
};
