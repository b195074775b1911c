import * as Comlink from 'comlink';
import { RunCancelled, SmoothingInfeasible } from '../model/index.ts';
import type { ProgressCallback, Refusal } from './engineProtocol.ts';
import { CANCELLED, messageOf, refuse } from './refusals.ts';

/** The worker's requests in flight, by request id, so cancel(requestId) can reach them. */
export type Signals = Map<number, { aborted: boolean }>;

/** Lets go of a Comlink proxy of the caller's callback (a plain function is left alone). */
function releaseRemote(fn: unknown): void {
  if (typeof fn !== 'function') return;
  const release = (fn as unknown as Record<symbol, unknown>)[Comlink.releaseProxy];
  if (typeof release === 'function') void Promise.resolve(release()).catch(() => undefined);
}

/** Progress reports are fire-and-forget: a slow or closed main thread never holds the engine up. */
function reporter(onProgress: ProgressCallback | undefined): ProgressCallback | undefined {
  if (!onProgress) return undefined;
  return (stage, fraction) => {
    try {
      const r: unknown = onProgress(stage, fraction);
      if (r instanceof Promise) r.catch(() => undefined);
    } catch {
      // the caller's callback failing is not the engine's problem
    }
  };
}

/**
 * Runs one request: registers it for cancel(), hands `work` its abort signal and a safe progress
 * reporter, and turns cancellation, an infeasible smoothing limit and failures into refusals.
 */
export async function respond<T>(
  signals: Signals,
  requestId: number,
  onProgress: ProgressCallback | undefined,
  work: (signal: { aborted: boolean }, report: ProgressCallback | undefined) => Promise<T | Refusal>,
): Promise<T | Refusal> {
  const signal = { aborted: false };
  signals.set(requestId, signal);
  try {
    const answer = await work(signal, reporter(onProgress));
    return signal.aborted ? CANCELLED : answer;
  } catch (e) {
    if (e instanceof RunCancelled) return CANCELLED;
    if (e instanceof SmoothingInfeasible) return refuse('smoothing.maxChangePerSlot', e.message);
    return refuse('(engine)', `the engine failed: ${messageOf(e)}`);
  } finally {
    signals.delete(requestId);
    releaseRemote(onProgress);
  }
}
