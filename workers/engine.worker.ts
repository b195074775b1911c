// The engine worker. The API object lives in src/engine/engineApi.ts (Node tests import it directly);
// this entry point only exposes it.
import * as Comlink from 'comlink';
import { browserEngineEnv } from '../src/engine/browserEngineEnv.ts';
import { createEngineApi } from '../src/engine/engineApi.ts';

Comlink.expose(createEngineApi(browserEngineEnv), self as unknown as Comlink.Endpoint);
