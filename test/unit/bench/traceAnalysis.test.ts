import { describe, expect, it } from 'vitest';
import { longTasks, mainThread, perSlotWork, quantile, threadEvents, workIn, type TraceEvent } from '../../../bench/browser/traceAnalysis.ts';

const M = { pid: 1, tid: 7 };
const x = (name: string, ts: number, dur: number, cat = 'devtools.timeline'): TraceEvent => ({ name, cat, ph: 'X', ts, dur, ...M });

/** Two frames' tasks: the first paints with 30 ms of readback inside its Commit; the second runs script only. */
const events: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 9, args: { name: 'CrRendererMain' } },
  x('ThreadControllerImpl::RunTask', 0, 60_000, 'toplevel'),
  x('FireAnimationFrame', 1_000, 10_000),
  x('FunctionCall', 1_500, 8_000),
  x('UpdateLayoutTree', 12_000, 2_000),
  x('Layout', 14_000, 3_000),
  x('Paint', 17_000, 5_000),
  x('Commit', 22_000, 35_000),
  x('GLES2::ReadPixels', 23_000, 30_000, 'gpu'),
  x('ThreadControllerImpl::RunTask', 100_000, 6_000, 'toplevel'),
  x('TimerFire', 100_500, 5_000),
];

describe('trace analysis (bench:browser)', () => {
  const main = threadEvents(events, mainThread(events));

  it('finds the page main thread and sums work by kind, readback taken out of paint', () => {
    expect(mainThread(events)).toEqual(M);
    const w = workIn(main, 0, 200_000);
    expect(w).toEqual({ tasks: 66, readback: 30, own: 36, byKind: { script: 15, style: 2, layout: 3, paint: 10 } });
  });

  it('counts what runs inside a task with the task, even past the window end', () => {
    expect(workIn(main, 0, 20_000).readback).toBe(30);
    expect(workIn(main, 20_000, 200_000).readback).toBe(0);
  });

  it('reports long tasks with the readback inside them', () => {
    expect(longTasks(main, 0, 200_000)).toEqual([{ startMs: 0, durationMs: 60, readbackMs: 30 }]);
  });

  it('shares a window between the slots it advanced', () => {
    const samples = perSlotWork(main, [0, 90_000, 200_000], [2, 1]);
    expect(samples.map((s) => s.own)).toEqual([15, 15, 6]);
    expect(quantile(samples.map((s) => s.own), 0.5)).toBe(15);
  });
});
