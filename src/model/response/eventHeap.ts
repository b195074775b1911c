/**
 * A binary min-heap of events over typed arrays: event times (minutes) and an integer id per event.
 * Grows by doubling. Equal times leave in an order fixed by the sequence of pushes and pops, so a run
 * is deterministic.
 */
export class EventHeap {
  times: Float64Array;
  ids: Int32Array;
  size = 0;

  constructor(capacity = 64) {
    this.times = new Float64Array(Math.max(1, capacity));
    this.ids = new Int32Array(Math.max(1, capacity));
  }

  /** Time of the earliest event, Infinity when empty. */
  topTime(): number {
    return this.size > 0 ? this.times[0] : Infinity;
  }

  topId(): number {
    return this.ids[0];
  }

  push(time: number, id: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const ids = this.ids;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt <= time) break;
      times[i] = pt;
      ids[i] = ids[p];
      i = p;
    }
    times[i] = time;
    ids[i] = id;
  }

  /** Removes the earliest event and returns its id (the heap must not be empty). */
  pop(): number {
    const times = this.times;
    const ids = this.ids;
    const top = ids[0];
    const n = --this.size;
    if (n === 0) return top;
    const t = times[n];
    const id = ids[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && times[c + 1] < times[c]) c++;
      if (times[c] >= t) break;
      times[i] = times[c];
      ids[i] = ids[c];
      i = c;
    }
    times[i] = t;
    ids[i] = id;
    return top;
  }

  clear(): void {
    this.size = 0;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const ids = new Int32Array(this.ids.length * 2);
    times.set(this.times);
    ids.set(this.ids);
    this.times = times;
    this.ids = ids;
  }
}
