import { parentPort } from 'node:worker_threads';

/** Sends every array straight back, either transferring its buffer or letting postMessage clone it. */
export interface EchoMessage {
  data: Float64Array;
  transfer: boolean;
}

const port = parentPort!;
port.on('message', (m: EchoMessage) => {
  port.postMessage(m.data, m.transfer ? [m.data.buffer as ArrayBuffer] : []);
});
port.postMessage({ type: 'ready' });
