import type { Worker } from 'node:worker_threads';

// The CLI's sweep starts its engine workers the same way.
export { spawnTsWorker } from '../src/cli/spawnTsWorker.ts';

/** Posts a message and resolves with the worker's next message. */
export function request<T>(worker: Worker, message: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onError = (e: Error) => {
      worker.off('message', onMessage);
      reject(e);
    };
    const onMessage = (m: T) => {
      worker.off('error', onError);
      resolve(m);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(message, transfer);
  });
}
