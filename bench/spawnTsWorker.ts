import { Worker } from 'node:worker_threads';

/**
 * Starts a node:worker_threads Worker running a TypeScript module: the worker evaluates a two-line
 * bootstrap that loads tsx's ESM API and imports the module through it (`tsImport`), which works on
 * Node 20 where `execArgv: ['--import', 'tsx']` does not reach a worker's entry point. Resolves once
 * the module posts its first message ({ type: 'ready' }).
 */
export function spawnTsWorker(module: URL, workerData?: unknown): Promise<Worker> {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(import.meta.url)}));`;
  const worker = new Worker(code, { eval: true, workerData });
  return new Promise((resolve, reject) => {
    const fail = (e: unknown) => reject(e instanceof Error ? e : new Error(String(e)));
    worker.once('error', fail);
    worker.once('message', (m: { type?: string }) => {
      worker.off('error', fail);
      if (m?.type === 'ready') resolve(worker);
      else reject(new Error(`worker ${module.pathname} sent ${JSON.stringify(m)} before ready`));
    });
  });
}

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
