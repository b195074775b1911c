/**
 * One animation-frame loop for the page. Each frame runs the tickers first (playback moves the slot),
 * then every view that asked to be drawn since the last frame, once each. So a state change and the
 * results arriving in the same frame draw once, and nothing reads layout between writes of another view.
 */
export interface FrameScheduler {
  /** Draws `view` in the next frame (once, however often it is asked for before then). */
  request(view: () => void): void;
  /** Calls `tick(now)` at the start of every frame until the returned function is called. */
  onTick(tick: (now: number) => void): () => void;
  /** No view is waiting to be drawn: what the state says is on screen. */
  drawn(): boolean;
}

const MAX_PASSES = 3;

export function createFrameScheduler(
  raf: (callback: (now: number) => void) => number = (cb) => requestAnimationFrame(cb),
): FrameScheduler {
  const pending = new Set<() => void>();
  const tickers = new Set<(now: number) => void>();
  let scheduled = false;

  const frame = (now: number) => {
    scheduled = false;
    for (const tick of [...tickers]) tick(now);
    // Views asked for while drawing (one view's change told another) are drawn in this frame too; a
    // view that keeps asking waits for the next frame.
    for (let pass = 0; pass < MAX_PASSES && pending.size > 0; pass++) {
      const views = [...pending];
      pending.clear();
      for (const view of views) view();
    }
    if (tickers.size > 0 || pending.size > 0) schedule();
  };

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    raf(frame);
  }

  return {
    request(view) {
      pending.add(view);
      schedule();
    },
    onTick(tick) {
      tickers.add(tick);
      schedule();
      return () => void tickers.delete(tick);
    },
    drawn: () => pending.size === 0,
  };
}
