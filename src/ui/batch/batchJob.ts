import type { EnginePool } from '../../engine/index.ts';

/** What a batch needs of the engine pool (a fake in unit tests). */
export type BatchEngine = Pick<EnginePool, 'size' | 'headline' | 'frontCounter' | 'cancel'>;

/** How a batch ended: with its value, cancelled (a newer request, Stop, or the panel closed), or failed with a message for the user. */
export type BatchOutcome<T> = { ok: true; value: T } | { ok: false; cancelled: true } | { ok: false; cancelled: false; message: string };

/** A batch of engine runs under way. */
export interface BatchJob<T> {
  done: Promise<BatchOutcome<T>>;
  /** Stops every run of the batch; `done` then settles as cancelled. */
  cancel(): void;
}

/** Thrown inside a batch when it is cancelled, so loops and searches stop at their next run. */
export class BatchCancelled extends Error {
  constructor() {
    super('batch cancelled');
  }
}

/** Thrown inside a batch to stop it with a message for the user. */
export class BatchFailed extends Error {}

/** A batch's outcome from the promise of its value: cancellations and failures become outcomes, never rejections. */
export async function outcomeOf<T>(work: Promise<T>, cancelled: () => boolean): Promise<BatchOutcome<T>> {
  try {
    const value = await work;
    return cancelled() ? { ok: false, cancelled: true } : { ok: true, value };
  } catch (e) {
    if (cancelled() || e instanceof BatchCancelled) return { ok: false, cancelled: true };
    return { ok: false, cancelled: false, message: e instanceof Error ? e.message : String(e) };
  }
}
