import type { Endpoint } from 'comlink';

/**
 * One engine worker as the pool sees it, whatever runs it: a browser Worker, a Node worker thread,
 * or an in-process fake in a test.
 */
export interface EngineWorkerHandle {
  /** What Comlink.wrap talks to (a Worker, or nodeEndpoint(worker) in Node). */
  endpoint: Endpoint;
  /**
   * Registers the pool's listener for the worker failing: an 'error' event, or its thread exiting.
   * Pending calls of a dead worker never settle by themselves, so this is how the pool learns of it.
   */
  onFailure(listener: (reason: string) => void): void;
  terminate(): void;
}

export type EngineWorkerFactory = () => EngineWorkerHandle;
