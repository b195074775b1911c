import { Worker } from 'node:worker_threads';

/**
 * Starts a node:worker_threads Worker running a TypeScript module: the worker evaluates a two-line
 * bootstrap that loads tsx's ESM API and imports the module through it (`tsImport`), which works on
 * Node 20 where `execArgv: ['--import', 'tsx']` does not reach a worker's entry point. Resolves once
 * the module posts its first message ({ type: 'ready' }); rejects if it fails or posts anything else first.
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
