// The body of a sweep worker thread (started by sweepWorkers.ts through tsx): the engine API the app's
// workers expose, with the dataset folder read from disk, running one scenario at a time.
import { parentPort } from 'node:worker_threads';
import { createEngineApi, messageOf, type EngineApi } from '../engine/index.ts';
import { nodeEngineEnv } from '../engine/nodeEngineEnv.ts';
import type { RunOutcome, SweepReply, SweepRequest } from './sweepProtocol.ts';

const port = parentPort;
if (!port) throw new Error('sweepWorker.ts runs only as a worker thread');
const post = (reply: SweepReply) => port.postMessage(reply);

let api: EngineApi | null = null;
let requestId = 0;

async function run(scenario: unknown, response: boolean): Promise<RunOutcome> {
  if (!api) throw new Error('no dataset is loaded');
  const answer = await api.headline(++requestId, scenario, { response });
  if (answer.ok) return answer;
  return { ok: false, errors: answer.cancelled ? [{ path: '(engine)', message: 'the run was cancelled' }] : answer.errors };
}

port.on('message', (m: SweepRequest) => {
  void (async () => {
    if (m.type === 'load') {
      api = createEngineApi(nodeEngineEnv(m.dir, m.shown, m.solver));
      const loaded = await api.loadDataset('default');
      post(loaded.ok
        ? { type: 'loaded', ok: true, errors: [], warnings: loaded.summary.warnings }
        : { type: 'loaded', ok: false, errors: loaded.errors, warnings: loaded.warnings });
      return;
    }
    let outcome: RunOutcome;
    try {
      outcome = await run(m.scenario, m.response);
    } catch (e) {
      outcome = { ok: false, errors: [{ path: '(engine)', message: `the engine failed: ${messageOf(e)}` }] };
    }
    post({ type: 'result', id: m.id, outcome });
  })();
});
post({ type: 'ready' });
