/**
 * Waiting calls: one first-come-first-served queue per zone and grade, as linked lists through a call
 * index array (`next`), plus the number waiting per grade and its time integral over the recorded
 * week (for Little's law: mean number waiting = integral / week length).
 */
export class CallQueues {
  readonly head: Int32Array;
  readonly tail: Int32Array;
  next: Int32Array;
  /** Calls waiting per grade, and in all. */
  readonly waiting: Float64Array;
  total = 0;
  /** Per grade: call-minutes waited inside [0, end). */
  readonly area: Float64Array;
  private last = -Infinity;

  constructor(
    readonly n: number,
    readonly grades: number,
    capacity: number,
    private readonly end: number,
  ) {
    this.head = new Int32Array(n * grades).fill(-1);
    this.tail = new Int32Array(n * grades).fill(-1);
    this.next = new Int32Array(capacity);
    this.waiting = new Float64Array(grades);
    this.area = new Float64Array(grades);
  }

  /** Makes room for call indices below `capacity`. */
  reserve(capacity: number): void {
    if (capacity <= this.next.length) return;
    const next = new Int32Array(capacity);
    next.set(this.next);
    this.next = next;
  }

  /** The oldest waiting call of a zone and grade, or -1. */
  first(zone: number, grade: number): number {
    return this.head[zone * this.grades + grade];
  }

  push(call: number, zone: number, grade: number, t: number): void {
    this.advance(t);
    const q = zone * this.grades + grade;
    this.next[call] = -1;
    if (this.tail[q] >= 0) this.next[this.tail[q]] = call;
    else this.head[q] = call;
    this.tail[q] = call;
    this.waiting[grade]++;
    this.total++;
  }

  /** Removes and returns the oldest waiting call of a zone and grade (which must have one). */
  shift(zone: number, grade: number, t: number): number {
    this.advance(t);
    const q = zone * this.grades + grade;
    const call = this.head[q];
    this.head[q] = this.next[call];
    if (this.head[q] < 0) this.tail[q] = -1;
    this.waiting[grade]--;
    this.total--;
    return call;
  }

  /** Adds the time since the last change, clipped to [0, end), to the integral. */
  advance(t: number): void {
    const a = this.last > 0 ? this.last : 0;
    const b = t < this.end ? t : this.end;
    if (b > a && this.total > 0) for (let g = 0; g < this.grades; g++) this.area[g] += this.waiting[g] * (b - a);
    this.last = t;
  }
}
