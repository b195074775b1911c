import { fmix32 } from './rng.ts';

/**
 * The seed of replication k of a scenario seed: a hash of both, so replication k draws the same numbers
 * whichever worker runs it and however many run.
 */
export function replicationSeed(seed: number, k: number): number {
  return fmix32((fmix32((k >>> 0) ^ 0x5bd1e995) + Math.imul(seed >>> 0, 0x9e3779b1)) | 0);
}
