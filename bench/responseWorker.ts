import { parentPort, workerData } from 'node:worker_threads';
import { summariseReplications, summaryBuffers, type ResponseSummary } from '../src/model/response/mergeReplications.ts';
import { simulateReplication } from '../src/model/response/replicationRun.ts';
import type { ResponseInputs } from '../src/model/response/responseInputs.ts';

/** Worker side of the response bench: runs the replications asked for and sends back their summary (transferred). */
export type ResponseRequest = { kind: 'replications'; ks: number[] } | { kind: 'spin'; iterations: number };

export interface ResponseReply {
  summary: ResponseSummary | null;
  checksum: number;
}

const inputs = workerData as ResponseInputs;

function spin(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x + i * 7) % 1000003;
  return x;
}

const port = parentPort!;
port.on('message', (m: ResponseRequest) => {
  if (m.kind === 'spin') {
    port.postMessage({ summary: null, checksum: spin(m.iterations) } satisfies ResponseReply);
    return;
  }
  const summary = summariseReplications(inputs, m.ks.map((k) => simulateReplication(inputs, k)));
  port.postMessage({ summary, checksum: m.ks.length } satisfies ResponseReply, summaryBuffers(summary));
});
port.postMessage({ type: 'ready' });
