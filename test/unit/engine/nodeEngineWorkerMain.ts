// The body of a Node engine worker thread: the same API object the browser worker exposes, with the
// Node environment (data/ read from disk), exposed through Comlink's Node adapter.
import { parentPort, workerData } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createEngineApi } from '../../../src/engine/engineApi.ts';
import { nodeEngineEnv } from '../../../src/engine/nodeEngineEnv.ts';

if (!parentPort) throw new Error('nodeEngineWorkerMain.ts runs only as a worker thread');
const api = createEngineApi(nodeEngineEnv());
if ((workerData as { exitOnRun?: boolean } | null)?.exitOnRun) {
  // A worker that dies the moment it is asked to run, as a wasm abort or running out of memory would.
  api.run = () => process.exit(70);
}
Comlink.expose(api, nodeEndpoint(parentPort));
