import { SLOT_MINUTES } from '../time.ts';
import { CallQueues } from './callQueues.ts';
import { EventHeap } from './eventHeap.ts';
import { OnSceneSampler } from './onSceneSampler.ts';
import { replicationSeed } from './replicationSeed.ts';
import { allocateReplication, CROSSED, UNATTENDED, type ReplicationResult } from './replicationResult.ts';
import { TRAVEL_MEAN, TRAVEL_OFF, type ResponseInputs } from './responseInputs.ts';
import { Rng } from './rng.ts';
import { RAYLEIGH_SCALE } from './squareRootLaw.ts';

/**
 * One seeded replication of the week as a discrete-event simulation, run slot by slot so a worker can
 * yield or cancel between chunks (`step`). Replication k draws from replicationSeed(inputs.seed, k).
 *
 * - Calls: a Poisson process per slot at the slot's total rate; each call's grade and zone are drawn
 *   from the slot's grade rates and zone shares (splitting a Poisson process keeps it Poisson per zone).
 * - Units: at each slot start a zone's units move to the slot's figure. New units come free at once;
 *   surplus free units leave; a busy surplus unit finishes its call and then leaves.
 * - Dispatch: a free unit of the call's zone; else the nearest zone with a free unit among the other
 *   zones of its command unit (an MSOA's borough; none for boroughs) and, with crossBoundary, adjacent
 *   zones of other command units; else the call waits (immediate before significant, first come first
 *   served). A unit coming free serves its zone's queue first, then the oldest call of that grade
 *   waiting in a zone it may serve (the same lists).
 * - Travel: turnout plus the distance to the nearest of the k free units of the zone (k counts the one
 *   sent) by the square-root law at the zone's speed, drawn or at its mean; from another zone, the
 *   street distance between the zones' label points. A unit is busy from dispatch to the end of its
 *   on-scene time and is then free where it is (its zone's positions are taken as spread again).
 */
export class ReplicationRun {
  private readonly rng: Rng;
  private readonly heap: EventHeap;
  private readonly queues: CallQueues;
  private readonly onScene: OnSceneSampler;
  private readonly units: Int32Array;
  private readonly free: Int32Array;
  private readonly target: Int32Array;
  private readonly weekEnd: number;
  private slot: number;
  private firstWeekCall = -1;
  private events = 0;
  // The call store: every call of the run (warm-up too) in arrival order.
  private count = 0;
  private time: Float64Array;
  private zone: Int32Array;
  private grade: Uint8Array;
  private wait: Float32Array;
  private travel: Float32Array;
  private flags: Uint8Array;

  constructor(
    private readonly inp: ResponseInputs,
    readonly k: number,
  ) {
    const { n, grades } = inp;
    this.rng = new Rng(replicationSeed(inp.seed, k));
    this.weekEnd = inp.slots * SLOT_MINUTES;
    this.slot = -inp.warmupSlots;
    let expected = 0;
    for (let i = 0; i < inp.rate.length; i++) expected += inp.rate[i] * SLOT_MINUTES;
    const capacity = Math.ceil(expected * (1 + inp.warmupSlots / inp.slots) * 1.1) + 64;
    this.time = new Float64Array(capacity);
    this.zone = new Int32Array(capacity);
    this.grade = new Uint8Array(capacity);
    this.wait = new Float32Array(capacity);
    this.travel = new Float32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.queues = new CallQueues(n, grades, capacity, this.weekEnd);
    this.heap = new EventHeap(256);
    this.onScene = new OnSceneSampler(inp.onSceneMinutes, inp.lognormal === 1, inp.onSceneCv, this.rng);
    this.units = new Int32Array(n);
    this.free = new Int32Array(n);
    this.target = new Int32Array(n);
  }

  get done(): boolean {
    return this.slot >= this.inp.slots;
  }

  /** Simulates up to `maxSlots` more slots of 15 minutes; returns true once the week is done. */
  step(maxSlots = Infinity): boolean {
    for (let i = 0; i < maxSlots && !this.done; i++) this.runSlot(this.slot++);
    return this.done;
  }

  /** The week's calls and totals (runs whatever is left of the week first). */
  result(): ReplicationResult {
    this.step();
    const { grades } = this.inp;
    const first = this.firstWeekCall < 0 ? this.count : this.firstWeekCall;
    const q = this.queues;
    for (let z = 0; z < this.inp.n; z++) {
      for (let g = 0; g < grades; g++) {
        for (let i = q.first(z, g); i >= 0; i = q.next[i]) {
          this.flags[i] |= UNATTENDED;
          this.wait[i] = this.weekEnd - this.time[i];
          this.travel[i] = NaN;
        }
      }
    }
    q.advance(this.weekEnd);
    const calls = this.count - first;
    const r = allocateReplication(this.k, calls, grades, this.events);
    r.queueMinutes.set(q.area);
    r.wait.set(this.wait.subarray(first, this.count));
    r.travel.set(this.travel.subarray(first, this.count));
    r.zone.set(this.zone.subarray(first, this.count));
    r.grade.set(this.grade.subarray(first, this.count));
    r.flags.set(this.flags.subarray(first, this.count));
    for (let i = 0; i < calls; i++) r.slot[i] = Math.floor(this.time[first + i] / SLOT_MINUTES);
    return r;
  }

  private runSlot(s: number): void {
    const inp = this.inp;
    const week = ((s % inp.slots) + inp.slots) % inp.slots;
    const start = s * SLOT_MINUTES;
    const end = start + SLOT_MINUTES;
    if (s === 0) this.firstWeekCall = this.count;
    this.applyUnits(week, start);
    let next = this.count;
    this.arrivals(week, start, end);
    const heap = this.heap;
    const time = this.time;
    for (;;) {
      const ta = next < this.count ? time[next] : Infinity;
      const td = heap.topTime();
      if (td <= ta) {
        if (td >= end) break;
        this.complete(heap.pop(), td);
      } else {
        if (ta >= end) break;
        this.arrive(next++, ta);
      }
      this.events++;
    }
  }

  private applyUnits(week: number, t: number): void {
    const { n, units: plan } = this.inp;
    const { units, free, target } = this;
    const off = week * n;
    for (let z = 0; z < n; z++) {
      const want = plan[off + z];
      target[z] = want;
      if (units[z] < want) {
        free[z] += want - units[z];
        units[z] = want;
        while (free[z] > 0 && this.queues.total > 0 && this.serveWaiting(z, t));
      } else if (units[z] > want) {
        const leave = Math.min(free[z], units[z] - want);
        free[z] -= leave;
        units[z] -= leave;
      }
    }
  }

  /** Appends the slot's calls: Poisson at the slot's total rate, each given a grade and a zone. */
  private arrivals(week: number, start: number, end: number): void {
    const { grades, rate, n, cumShare } = this.inp;
    let total = 0;
    for (let g = 0; g < grades; g++) total += rate[week * grades + g];
    if (total <= 0) return;
    const rng = this.rng;
    const off = week * n;
    let t = start + rng.exponential() / total;
    while (t < end) {
      if (this.count === this.time.length) this.grow();
      const i = this.count++;
      let u = rng.uniform() * total;
      let g = 0;
      while (g < grades - 1 && u >= rate[week * grades + g]) u -= rate[week * grades + g++];
      const v = rng.uniform();
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumShare[off + mid] > v) hi = mid;
        else lo = mid + 1;
      }
      this.time[i] = t;
      this.zone[i] = lo;
      this.grade[i] = g;
      this.flags[i] = 0;
      t += rng.exponential() / total;
    }
  }

  private arrive(call: number, t: number): void {
    const z = this.zone[call];
    const free = this.free;
    if (free[z] > 0) {
      this.dispatch(call, z, t, this.localDrive(z, free[z]), 0);
      free[z]--;
      return;
    }
    const inp = this.inp;
    const any = inp.crossBoundary === 1;
    for (let j = inp.nearOffsets[z]; j < inp.nearOffsets[z + 1]; j++) {
      const m = inp.near[j];
      if (free[m] > 0 && (any || inp.nearOpen[j] === 1)) {
        this.dispatch(call, m, t, this.crossDrive(z, j), CROSSED);
        free[m]--;
        return;
      }
    }
    this.queues.push(call, z, this.grade[call], t);
  }

  /** A unit of zone h has finished: it leaves if h has too many, else takes a waiting call or stays free. */
  private complete(h: number, t: number): void {
    if (this.units[h] > this.target[h]) {
      this.units[h]--;
      return;
    }
    this.free[h]++;
    if (this.queues.total > 0) this.serveWaiting(h, t);
  }

  /** Sends one free unit of zone h to the most urgent waiting call it may take; false if none. */
  private serveWaiting(h: number, t: number): boolean {
    const inp = this.inp;
    const q = this.queues;
    const any = inp.crossBoundary === 1;
    for (let g = 0; g < inp.grades; g++) {
      if (q.first(h, g) >= 0) {
        const call = q.shift(h, g, t);
        this.dispatch(call, h, t, this.localDrive(h, this.free[h]), 0);
        this.free[h]--;
        return true;
      }
      if (q.waiting[g] === 0) continue;
      let best = -1;
      let bestTime = Infinity;
      for (let j = inp.nearOffsets[h]; j < inp.nearOffsets[h + 1]; j++) {
        if (!any && inp.nearOpen[j] === 0) continue;
        const c = q.first(inp.near[j], g);
        if (c >= 0 && this.time[c] < bestTime) {
          bestTime = this.time[c];
          best = j;
        }
      }
      if (best >= 0) {
        const m = inp.near[best];
        const call = q.shift(m, g, t);
        this.dispatch(call, h, t, this.crossDrive(m, best), CROSSED);
        this.free[h]--;
        return true;
      }
    }
    return false;
  }

  /** Driving minutes to a call in zone z from the nearest of its `free` free units. */
  private localDrive(z: number, free: number): number {
    const inp = this.inp;
    if (inp.travelMode === TRAVEL_OFF) return 0;
    const mean = inp.lawConstant * Math.sqrt(inp.areaKm2[z] / free);
    const km = inp.travelMode === TRAVEL_MEAN ? mean : mean * RAYLEIGH_SCALE * Math.sqrt(this.rng.exponential());
    return km / inp.kmPerMinute[z];
  }

  /** Driving minutes to a call in zone z from the adjacent zone at CSR position j of z's list. */
  private crossDrive(z: number, j: number): number {
    const inp = this.inp;
    return inp.travelMode === TRAVEL_OFF ? 0 : inp.nearKm[j] / inp.kmPerMinute[z];
  }

  private dispatch(call: number, home: number, t: number, drive: number, flag: number): void {
    const inp = this.inp;
    const travel = inp.travelMode === TRAVEL_OFF ? 0 : inp.turnoutMinutes + drive;
    this.wait[call] = t - this.time[call];
    this.travel[call] = travel;
    this.flags[call] |= flag;
    this.heap.push(t + travel + this.onScene.draw(this.grade[call]), home);
  }

  private grow(): void {
    const cap = this.time.length * 2;
    const copy = <T extends Float64Array | Float32Array | Int32Array | Uint8Array>(a: T, make: (c: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.time = copy(this.time, (c) => new Float64Array(c));
    this.zone = copy(this.zone, (c) => new Int32Array(c));
    this.grade = copy(this.grade, (c) => new Uint8Array(c));
    this.wait = copy(this.wait, (c) => new Float32Array(c));
    this.travel = copy(this.travel, (c) => new Float32Array(c));
    this.flags = copy(this.flags, (c) => new Uint8Array(c));
    this.queues.reserve(cap);
  }
}

/** Replication k of the inputs' week, from start to end (see ReplicationRun for the steps). */
export function simulateReplication(inputs: ResponseInputs, k: number): ReplicationResult {
  return new ReplicationRun(inputs, k).result();
}
