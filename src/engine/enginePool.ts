import * as Comlink from 'comlink';
import type {
  DatasetSource, EngineApi, ExplainResponse, ExportResponse, FrontCounterResponse, HeadlineResponse, LoadDatasetResponse, ProgressCallback,
  RunResponse, RunSlotResponse, RunZoneSetResponse, ZoneSetResponse,
} from './engineProtocol.ts';
import { EngineStopped, type EnginePool, type EnginePoolOptions, type PoolAnswer } from './enginePoolContract.ts';
import { messageOf } from './refusals.ts';
import type { EngineWorkerFactory } from './engineWorkerHandle.ts';
import { scenarioLabel } from './scenarioLabel.ts';
import { LP_STAGE } from '../model/index.ts';
import { createPoolResponses, PART, type Submit } from './poolResponse.ts';
import { type Answer, type Job, type JobCall, keyOf, MAX_ATTEMPTS, RECENT, type Slot } from './poolJob.ts';

export type { EnginePool, EnginePoolOptions, PoolAnswer } from './enginePoolContract.ts';

/** Engine workers worth starting here: one per hardware thread, at least 1 and at most 4. */
function defaultPoolSize(): number {
  const threads = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  return Math.min(4, Math.max(1, threads ?? 2));
}

/**
 * A small pool of engine workers, created lazily, each given the same dataset. Workers that die are
 * replaced (the dataset replayed) and their jobs retried once. `factory` starts one worker: the Vite
 * worker in the app (browserEngineWorker), a worker thread or an in-process fake in Node tests.
 */
export function createEnginePool(factory: EngineWorkerFactory, options: EnginePoolOptions = {}): EnginePool {
  const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  const queue: Job[] = [];
  const byView = new Map<string, Job>();
  let datasetSource: DatasetSource = 'default';
  let nextRequestId = 1;
  let restarts = 0;
  let disposed = false;

  const alive = () => slots.filter((s): s is Slot => s !== null);
  const guard = <P extends Promise<unknown>>(slot: Slot, call: P) => Promise.race([call, slot.died]) as Promise<Awaited<P>>;

  function createSlot(index: number): Slot {
    const handle = factory();
    let kill!: (reason: string) => void;
    const died = new Promise<never>((_, reject) => {
      kill = (reason) => reject(new Error(reason));
    });
    died.catch(() => undefined);
    const api = Comlink.wrap<EngineApi>(handle.endpoint);
    const replayed = api.loadDataset(datasetSource);
    replayed.catch(() => undefined);
    const slot: Slot = { index, handle, api, live: new Set(), inFlight: 0, dead: false, died, kill, recent: [], replayed };
    handle.onFailure((reason) => onDeath(slot, reason));
    slots[index] = slot;
    return slot;
  }

  /** Settles a job once: with an answer, or (an Error) with a message for the user. */
  function settle(job: Job, outcome: PoolAnswer<Answer> | Error): void {
    if (job.settled) return;
    job.settled = true;
    if (byView.get(job.viewKey) === job) byView.delete(job.viewKey);
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
  }

  function cancelJob(job: Job): void {
    if (job.settled) return;
    const queued = queue.indexOf(job);
    if (queued >= 0) queue.splice(queued, 1);
    const slot = job.slot;
    if (slot) {
      slot.live.delete(job);
      void guard(slot, slot.api.cancel(job.requestId)).catch(() => undefined);
    }
    settle(job, { ok: false, cancelled: true, worker: slot?.index ?? -1 });
    // A linear programme would keep the worker busy for seconds after the cancel: stop the worker
    // instead; a fresh one starts when the next job needs it.
    if (slot && job.uninterruptible && slot.live.size === 0) retire(slot);
  }

  /** Stops a worker that holds nothing wanted, without counting it as a crash. */
  function retire(slot: Slot): void {
    slot.dead = true;
    slot.kill('stopped to cancel a solve');
    try {
      slot.handle.terminate();
    } catch {
      // already gone
    }
    if (slots[slot.index] === slot) slots[slot.index] = null;
    pump();
  }

  function onDeath(slot: Slot, reason: string): void {
    if (slot.dead) return;
    slot.dead = true;
    slot.kill(reason);
    try {
      slot.handle.terminate();
    } catch {
      // already gone
    }
    if (slots[slot.index] === slot) slots[slot.index] = null;
    if (disposed) return;
    restarts++;
    const orphans = [...slot.live];
    slot.live.clear();
    for (const job of orphans.reverse()) {
      job.slot = null;
      if (job.attempts >= MAX_ATTEMPTS) {
        settle(job, new EngineStopped(`The simulation engine stopped unexpectedly twice while running "${job.label}"; reload the page to try again.`));
      } else {
        job.attempts++;
        queue.unshift(job);
      }
    }
    pump(); // starts the replacement worker if a retried or queued job needs one
  }

  /** A free worker for the job (preferring one that has its scenario cached and nothing in flight), or a new one. */
  function pick(job: Job): Slot | null {
    const rank = (s: Slot) => (s.recent.includes(job.scenarioKey) ? 0 : 2) + (s.inFlight === 0 ? 0 : 1);
    const free = alive().filter((s) => s.live.size === 0).sort((a, b) => rank(a) - rank(b) || a.index - b.index);
    if (free.length > 0) return free[0];
    const empty = slots.indexOf(null);
    return empty >= 0 ? createSlot(empty) : null;
  }

  function dispatch(job: Job, slot: Slot): void {
    job.slot = slot;
    slot.live.add(job);
    slot.inFlight++;
    slot.recent = [...slot.recent.filter((k) => k !== job.scenarioKey), job.scenarioKey].slice(-RECENT);
    let call: Promise<Answer>;
    try {
      call = job.call(slot.api, job.requestId, job);
    } catch (e) {
      call = Promise.reject(e);
    }
    const done = () => {
      slot.inFlight--;
      if (job.slot === slot) slot.live.delete(job);
    };
    guard(slot, call).then(
      (answer) => {
        done();
        if (job.slot === slot) settle(job, { ...answer, worker: slot.index });
        pump();
      },
      (error: unknown) => {
        done();
        // A death is handled by onDeath (retry or the crash message); anything else is a failed call.
        if (!slot.dead && job.slot === slot) {
          settle(job, new EngineStopped(`The simulation engine failed while running "${job.label}" (${messageOf(error)}).`));
        }
        pump();
      },
    );
  }

  function pump(): void {
    while (queue.length > 0 && !disposed) {
      const job = queue[0];
      let slot: Slot | null;
      try {
        slot = pick(job);
      } catch (e) {
        queue.shift();
        settle(job, new EngineStopped(`The simulation engine could not start (${messageOf(e)}); reload the page to try again.`));
        continue;
      }
      if (!slot) return;
      queue.shift();
      dispatch(job, slot);
    }
  }

  function submit<T extends Answer>(viewKey: string, scenario: unknown, call: JobCall): Promise<PoolAnswer<T>> {
    if (disposed) return Promise.reject(new EngineStopped('The simulation engine has been shut down.'));
    const previous = byView.get(viewKey);
    if (previous) cancelJob(previous);
    return new Promise<PoolAnswer<T>>((resolve, reject) => {
      const job: Job = {
        requestId: nextRequestId++, viewKey, label: scenarioLabel(scenario), scenarioKey: keyOf(scenario),
        call, attempts: 1, settled: false, slot: null, uninterruptible: false, resolve: resolve as unknown as Job['resolve'], reject,
      };
      byView.set(viewKey, job);
      queue.push(job);
      pump();
    });
  }

  async function loadDataset(source: DatasetSource): Promise<LoadDatasetResponse> {
    for (let attempt = 1; ; attempt++) {
      if (disposed) throw new EngineStopped('The simulation engine has been shut down.');
      const started = alive()[0];
      const slot = started ?? createSlot(slots.indexOf(null));
      try {
        // A worker just started with this very source is loading it already.
        const r = await guard(slot, !started && source === datasetSource ? slot.replayed : slot.api.loadDataset(source));
        if (r.ok) {
          datasetSource = source;
          responses.clear();
          for (const other of alive()) if (other !== slot) void guard(other, other.api.loadDataset(source)).catch(() => undefined);
        }
        return r;
      } catch (e) {
        if (!slot.dead) throw new EngineStopped(`The simulation engine failed while loading the dataset (${messageOf(e)}).`);
        if (attempt >= MAX_ATTEMPTS) {
          throw new EngineStopped('The simulation engine stopped unexpectedly twice while loading the dataset; reload the page to try again.');
        }
      }
    }
  }

  /** Cancels the parts of a view's response simulation (`${viewKey}#0`, ..., `${viewKey}#merge`). */
  function cancelParts(viewKey: string): void {
    for (const [key, job] of [...byView]) if (key.startsWith(`${viewKey}${PART}`)) cancelJob(job);
  }

  /** The caller's progress callback for the worker; it also tells the pool when a job cannot be interrupted. */
  function progressProxy(job: Job, onProgress: ProgressCallback | undefined): ProgressCallback {
    return Comlink.proxy<ProgressCallback>((stage, fraction) => {
      job.uninterruptible = stage === LP_STAGE;
      if (!job.settled) onProgress?.(stage, fraction);
    });
  }

  const responses = createPoolResponses(size, <A extends Answer>(viewKey: string, scenario: unknown, call: Parameters<Submit>[2]) =>
    submit<A>(viewKey, scenario, (api, id, job) => call(api, id, (onProgress) => progressProxy(job, onProgress))), keyOf);

  return {
    size,
    loadDataset,
    run: (viewKey, scenario, opts = {}) =>
      submit<RunResponse>(viewKey, scenario, (api, id, job) => api.run(id, scenario, progressProxy(job, opts.onProgress))),
    runSlot: (viewKey, scenario, slot) => submit<RunSlotResponse>(viewKey, scenario, (api, id) => api.runSlot(id, scenario, slot)),
    explain: (viewKey, scenario, zone, slot) => submit<ExplainResponse>(viewKey, scenario, (api, id) => api.explain(id, scenario, zone, slot)),
    exportFile: (viewKey, scenario, format, opts = {}) =>
      submit<ExportResponse>(viewKey, scenario, (api, id, job) => api.exportFile(id, scenario, format, progressProxy(job, opts.onProgress))),
    response(viewKey, scenario, opts) {
      cancelParts(viewKey);
      return responses.response(viewKey, scenario, opts);
    },
    headline: (viewKey, scenario, opts) =>
      submit<HeadlineResponse>(viewKey, scenario, (api, id, job) => api.headline(id, scenario, { response: opts.response }, progressProxy(job, opts.onProgress))),
    frontCounter: (viewKey, scenario, counter) =>
      submit<FrontCounterResponse>(viewKey, scenario, (api, id) => api.frontCounter(id, scenario, counter)),
    // Named for messages ("while running the hexagon grid") and so a worker that built the grid is preferred.
    zoneSet: (viewKey, kind) => submit<ZoneSetResponse>(viewKey, { name: `the ${kind}`, kind }, (api, id) => api.zoneSet(id, kind)),
    runZoneSet: (viewKey, scenario, kind, opts = {}) =>
      submit<RunZoneSetResponse>(viewKey, scenario, (api, id, job) => api.runZoneSet(id, scenario, kind, progressProxy(job, opts.onProgress))),
    explainZoneSet: (viewKey, scenario, kind, zone, slot) =>
      submit<ExplainResponse>(viewKey, scenario, (api, id) => api.explainZoneSet(id, scenario, kind, zone, slot)),
    cancel(viewKey) {
      const job = byView.get(viewKey);
      if (job) cancelJob(job);
      cancelParts(viewKey);
    },
    workerFor: (viewKey) => byView.get(viewKey)?.slot?.index ?? -1,
    stats: () => ({
      workers: alive().length, busy: alive().filter((s) => s.live.size > 0).length, queued: queue.length, restarts,
    }),
    terminateWorkerForTest(index) {
      const slot = slots[index];
      if (!slot) return false;
      onDeath(slot, 'terminated by a test');
      return true;
    },
    dispose() {
      disposed = true;
      for (const job of [...queue, ...alive().flatMap((s) => [...s.live])]) settle(job, { ok: false, cancelled: true, worker: job.slot?.index ?? -1 });
      queue.length = 0;
      for (const slot of alive()) onDeath(slot, 'the pool was disposed');
    },
  };
}
