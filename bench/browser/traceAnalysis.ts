/**
 * Reads a Chromium trace (categories toplevel, devtools.timeline, gpu, blink.user_timing) of the app's
 * page: the renderer's main thread tasks, what they spent on script, style, layout and paint, and how
 * much of it was Chromium reading the WebGL canvas back (`GLES2::ReadPixels`). Software WebGL has no
 * GPU compositing, so every frame with a changed map pays that readback on the main thread: a cost of
 * the test machine, not of the app, which the figures here leave out.
 */

/** The fields of a trace event this module reads (Chrome trace event format, times in µs). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export type WorkKind = 'script' | 'style' | 'layout' | 'paint';

/** Main-thread work in milliseconds. */
export interface Work {
  /** Every top-level task, readback included. */
  tasks: number;
  readback: number;
  /** tasks - readback: what the app (and Chromium on its behalf) did on the main thread. */
  own: number;
  byKind: Record<WorkKind, number>;
}

export interface LongTask {
  startMs: number;
  durationMs: number;
  readbackMs: number;
}

const TASK = 'ThreadControllerImpl::RunTask';
const READBACK = 'GLES2::ReadPixels';
const KIND: Record<string, WorkKind> = {
  FireAnimationFrame: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  HandlePostMessage: 'script',
  EvaluateScript: 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
};

/** The page's main thread: the `CrRendererMain` thread with the most complete events. */
export function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const mains = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => ({ pid: e.pid, tid: e.tid }));
  if (mains.length === 0) throw new Error('the trace has no CrRendererMain thread');
  const count = (t: { pid: number; tid: number }) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
  return mains.reduce((best, t) => (count(t) > count(best) ? t : best));
}

/** Complete ('X') events of one thread, ordered by start, parents before their children. */
export function threadEvents(events: readonly TraceEvent[], thread: { pid: number; tid: number }): TraceEvent[] {
  return events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

function emptyWork(): Work {
  return { tasks: 0, readback: 0, own: 0, byKind: { script: 0, style: 0, layout: 0, paint: 0 } };
}

/** One top-level task with what ran inside it. */
interface TaskWork {
  ts: number;
  tasks: number;
  readback: number;
  byKind: Record<WorkKind, number>;
}

const taskMemo = new WeakMap<readonly TraceEvent[], TaskWork[]>();

/**
 * Every top-level task of the thread with its readback and its work by kind. Kinds count each event
 * outermost within its kind (a FunctionCall inside a FireAnimationFrame is not counted twice); readback
 * is taken out of paint, where Commit holds it. Whatever ran inside a task belongs to that task.
 */
function taskWork(events: readonly TraceEvent[]): TaskWork[] {
  const hit = taskMemo.get(events);
  if (hit) return hit;
  const out: TaskWork[] = [];
  let current: (TaskWork & { end: number }) | null = null;
  const open: { end: number; kind: WorkKind | null }[] = [];
  for (const e of events) {
    const end = e.ts + (e.dur ?? 0);
    if (e.name === TASK) {
      current = { ts: e.ts, end, tasks: (e.dur ?? 0) / 1000, readback: 0, byKind: { script: 0, style: 0, layout: 0, paint: 0 } };
      out.push(current);
      open.length = 0;
      continue;
    }
    if (!current || e.ts >= current.end) continue;
    while (open.length > 0 && open[open.length - 1].end <= e.ts) open.pop();
    const dur = (e.dur ?? 0) / 1000;
    if (e.name === READBACK) current.readback += dur;
    const kind = KIND[e.name] ?? null;
    if (kind && !open.some((o) => o.kind === kind)) current.byKind[kind] += dur;
    open.push({ end, kind });
  }
  for (const t of out) t.byKind.paint = Math.max(0, t.byKind.paint - t.readback);
  taskMemo.set(events, out);
  return out;
}

/** Main-thread work of the top-level tasks that start between `fromUs` and `toUs` (trace µs). */
export function workIn(events: readonly TraceEvent[], fromUs: number, toUs: number): Work {
  const w = emptyWork();
  for (const t of taskWork(events)) {
    if (t.ts < fromUs || t.ts >= toUs) continue;
    w.tasks += t.tasks;
    w.readback += t.readback;
    for (const k of Object.keys(w.byKind) as WorkKind[]) w.byKind[k] += t.byKind[k];
  }
  w.own = Math.max(0, w.tasks - w.readback);
  return w;
}

/** Top-level tasks longer than `thresholdMs` in the window, with the readback inside each. */
export function longTasks(events: readonly TraceEvent[], fromUs: number, toUs: number, thresholdMs = 50): LongTask[] {
  const out: LongTask[] = [];
  for (const t of events) {
    if (t.name !== TASK || t.ts < fromUs || t.ts >= toUs || (t.dur ?? 0) / 1000 <= thresholdMs) continue;
    const end = t.ts + (t.dur ?? 0);
    let readback = 0;
    for (const e of events) if (e.name === READBACK && e.ts >= t.ts && e.ts < end) readback += (e.dur ?? 0) / 1000;
    out.push({ startMs: (t.ts - fromUs) / 1000, durationMs: (t.dur ?? 0) / 1000, readbackMs: readback });
  }
  return out;
}

/** `blink.user_timing` marks of one name on the thread, as trace timestamps (µs), in order. */
export function markTimes(events: readonly TraceEvent[], name: string): number[] {
  return events
    .filter((e) => e.name === name && (e.cat ?? '').includes('user_timing') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'X'))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

/**
 * The app's own work per played slot: the window between one slot mark and the next, divided by the
 * slots it advanced (`steps[i]` slots from mark i), one sample per slot.
 */
export function perSlotWork(events: readonly TraceEvent[], marks: readonly number[], steps: readonly number[]): Work[] {
  const samples: Work[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const k = Math.max(1, steps[i] ?? 1);
    const w = workIn(events, marks[i], marks[i + 1]);
    const per: Work = {
      tasks: w.tasks / k, readback: w.readback / k, own: w.own / k,
      byKind: { script: w.byKind.script / k, style: w.byKind.style / k, layout: w.byKind.layout / k, paint: w.byKind.paint / k },
    };
    for (let j = 0; j < k; j++) samples.push(per);
  }
  return samples;
}

/** The q-quantile (0..1) of numbers, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
