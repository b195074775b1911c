import { RunCancelled } from '../runScenario.ts';
import { mergeReplications } from './mergeReplications.ts';
import { ReplicationRun } from './replicationRun.ts';
import type { ReplicationResult } from './replicationResult.ts';
import type { ResponseInputs } from './responseInputs.ts';
import type { ResponseResult } from './responseResult.ts';

export interface ReplicationOptions {
  /** Checked between chunks; an aborted signal stops the run with RunCancelled. */
  signal?: { readonly aborted: boolean };
  /** Awaited between chunks so a worker can take a cancel message (see RunOptions in runScenario.ts). */
  yieldControl?: () => Promise<void>;
  /** Replications finished so far out of those asked for. */
  onProgress?: (done: number, total: number) => void;
  /** Slots simulated between yields (default a day, 96). */
  slotsPerChunk?: number;
}

/**
 * Runs the given replication numbers one after another in chunks of slots, yielding between chunks.
 * A worker runs its share of 0..R-1 with this and sends the results back (transfer each `buffer`).
 */
export async function runReplications(inputs: ResponseInputs, ks: readonly number[], opts: ReplicationOptions = {}): Promise<ReplicationResult[]> {
  const chunk = opts.slotsPerChunk ?? 96;
  const out: ReplicationResult[] = [];
  for (const k of ks) {
    const run = new ReplicationRun(inputs, k);
    while (!run.step(chunk)) {
      if (opts.yieldControl) await opts.yieldControl();
      if (opts.signal?.aborted) throw new RunCancelled();
    }
    out.push(run.result());
    opts.onProgress?.(out.length, ks.length);
  }
  return out;
}

/** Replications 0..R-1 in this thread, merged: the single-threaded path (the CLI, tests). */
export async function simulateResponse(inputs: ResponseInputs, replications: number, opts: ReplicationOptions = {}): Promise<ResponseResult> {
  const ks = Array.from({ length: replications }, (_, k) => k);
  return mergeReplications(inputs, await runReplications(inputs, ks, opts));
}
