import * as Comlink from 'comlink';
import { summaryBuffers, type ResponseResult } from '../model/index.ts';
import type { PoolAnswer } from './enginePoolContract.ts';
import type { EngineApi, ProgressCallback, ResponseResponse, ResponseShareResponse } from './engineProtocol.ts';
import { lruCache } from './lruCache.ts';
import { replicationParts } from './replicationParts.ts';

/** Separates a view's key from its response simulation parts' keys (`${viewKey}#0`, ..., `${viewKey}#merge`). */
export const PART = '#';
const RESPONSE_CACHE_SIZE = 4;

/** How the pool submits one call for a view: the call gets the API, a request id and a progress proxy maker. */
export type Submit = <A extends ResponseShareResponse | ResponseResponse>(
  viewKey: string, scenario: unknown,
  call: (api: Comlink.Remote<EngineApi>, requestId: number, progress: (onProgress?: ProgressCallback) => ProgressCallback) => Promise<A>,
) => Promise<PoolAnswer<A>>;

export interface PoolResponses {
  response(viewKey: string, scenario: unknown, options?: { onProgress?: ProgressCallback }): Promise<PoolAnswer<ResponseResponse>>;
  /** Forgets merged results: the dataset changed. */
  clear(): void;
}

/**
 * A scenario's response simulation over the pool: its replications in contiguous parts, one per worker,
 * each summed where it ran, then merged in one worker. Merged results are kept per scenario (its seed and
 * replications included) until the dataset changes.
 */
export function createPoolResponses(size: number, submit: Submit, keyOf: (scenario: unknown) => string): PoolResponses {
  const kept = lruCache<ResponseResult>(RESPONSE_CACHE_SIZE);
  return {
    clear: () => kept.clear(),
    async response(viewKey, scenario, opts = {}) {
      const key = keyOf(scenario);
      const hit = kept.get(key);
      if (hit) {
        opts.onProgress?.('done', 1);
        return { ok: true, response: hit, worker: -1 };
      }
      const parts = replicationParts(scenario, size);
      const total = parts.reduce((a, p) => a + p.length, 0);
      const done = parts.map(() => 0);
      const progress = (i: number): ProgressCallback => (_stage, fraction) => {
        done[i] = fraction * parts[i].length;
        opts.onProgress?.('response simulation', done.reduce((a, b) => a + b, 0) / total);
      };
      const shares = await Promise.all(parts.map((ks, i) => submit<ResponseShareResponse>(
        `${viewKey}${PART}${i}`, scenario, (api, id, proxy) => api.responseShare(id, scenario, ks, proxy(progress(i))),
      )));
      const refused = shares.find((a) => !a.ok);
      if (refused) return refused as PoolAnswer<ResponseResponse>;
      const summaries = shares.map((a) => (a as Extract<typeof a, { ok: true }>).summary);
      const merged = await submit<ResponseResponse>(`${viewKey}${PART}merge`, scenario, (api, id) =>
        api.response(id, scenario, undefined, Comlink.transfer(summaries, summaries.flatMap(summaryBuffers))));
      if (merged.ok) kept.set(key, merged.response);
      return merged;
    },
  };
}
