import { createEngineApi } from '../../../src/engine/engineApi.ts';
import type { EngineApi } from '../../../src/engine/engineProtocol.ts';
import { nodeEngineEnv } from '../../../src/engine/nodeEngineEnv.ts';

/** The worker's API object in Node, with the London default loaded. */
export async function londonApi(): Promise<EngineApi> {
  const api = createEngineApi(nodeEngineEnv());
  const loaded = await api.loadDataset('default');
  if (!loaded.ok) throw new Error(`default dataset failed to load: ${loaded.errors.join('; ')}`);
  return api;
}
