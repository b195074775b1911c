import * as Comlink from 'comlink';
import { createEngineApi } from '../../../src/engine/engineApi.ts';
import type { EngineWorkerFactory } from '../../../src/engine/engineWorkerHandle.ts';
import { nodeEngineEnv } from '../../../src/engine/nodeEngineEnv.ts';

/**
 * Engine "workers" that run the real engine API in this thread, behind a MessageChannel: the pool's
 * bookkeeping (queues, views, datasets) tested without the second it takes to start a thread.
 */
export function inProcessEngineWorker(): EngineWorkerFactory {
  return () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(createEngineApi(nodeEngineEnv()), port1);
    return {
      endpoint: port2,
      onFailure: () => undefined,
      terminate() {
        port1.close();
        port2.close();
      },
    };
  };
}
