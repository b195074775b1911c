import type { EchoMessage } from './echoWorker.ts';
import { prng } from './prng.ts';
import type { TransferResult } from './results.ts';
import { request, spawnTsWorker } from './spawnTsWorker.ts';
import { measureAsync } from './timing.ts';

/**
 * Round trip of one Float64Array to a worker and back: with its buffer on the transfer list (moved, no
 * copy) and without (structured clone: copied both ways). `length` 4,835 x 672 is about 26 MB, one week
 * of one value per zone-slot at London's LSOA count.
 */
export async function transferBench(length: number, warmup: number, repeats: number): Promise<TransferResult> {
  const worker = await spawnTsWorker(new URL('./echoWorker.ts', import.meta.url));
  try {
    const rnd = prng(7);
    let data: Float64Array = new Float64Array(length);
    for (let i = 0; i < length; i++) data[i] = rnd.next();
    const roundTrip = async (transfer: boolean) => {
      const message: EchoMessage = { data, transfer };
      data = await request<Float64Array>(worker, message, transfer ? [data.buffer as ArrayBuffer] : []);
      return data[length >> 1];
    };
    const transfer = await measureAsync(() => roundTrip(true), warmup, repeats);
    const clone = await measureAsync(() => roundTrip(false), warmup, repeats);
    return { megabytes: (length * 8) / 1e6, transfer, clone };
  } finally {
    await worker.terminate();
  }
}
