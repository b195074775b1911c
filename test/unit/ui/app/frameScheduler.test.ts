import { describe, expect, it } from 'vitest';
import { createFrameScheduler } from '../../../../src/ui/app/frameScheduler.ts';

/** A hand-cranked requestAnimationFrame. */
function frames() {
  let queued: ((now: number) => void)[] = [];
  let now = 0;
  return {
    raf: (cb: (now: number) => void) => queued.push(cb),
    pending: () => queued.length,
    run() {
      const due = queued;
      queued = [];
      now += 16;
      for (const cb of due) cb(now);
    },
  };
}

describe('createFrameScheduler', () => {
  it('draws a view once per frame however often it asks, and only when asked', () => {
    const f = frames();
    const scheduler = createFrameScheduler(f.raf);
    let draws = 0;
    const view = () => void draws++;
    scheduler.request(view);
    scheduler.request(view);
    scheduler.request(view);
    expect(draws).toBe(0);
    expect(scheduler.drawn(), 'a view waits for its frame').toBe(false);
    expect(f.pending()).toBe(1);
    f.run();
    expect(draws).toBe(1);
    expect(scheduler.drawn()).toBe(true);
    expect(f.pending(), 'nothing asked: no frame is requested').toBe(0);
  });

  it('runs tickers first, then the views they caused to be asked for, in the same frame', () => {
    const f = frames();
    const scheduler = createFrameScheduler(f.raf);
    const order: string[] = [];
    const view = () => void order.push('view');
    const stop = scheduler.onTick((now) => {
      order.push(`tick ${now}`);
      scheduler.request(view);
    });
    f.run();
    f.run();
    expect(order).toEqual(['tick 16', 'view', 'tick 32', 'view']);
    stop();
    f.run();
    expect(order).toHaveLength(4);
    expect(f.pending()).toBe(0);
  });

  it('a view that keeps asking is drawn a few times in a frame, then waits for the next', () => {
    const f = frames();
    const scheduler = createFrameScheduler(f.raf);
    let draws = 0;
    const greedy = () => {
      draws++;
      scheduler.request(greedy);
    };
    scheduler.request(greedy);
    f.run();
    expect(draws).toBe(3);
    expect(f.pending()).toBe(1);
  });
});
