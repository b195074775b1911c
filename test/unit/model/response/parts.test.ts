import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callProfile } from '../../../../src/model/response/callProfile.ts';
import { commandUnits } from '../../../../src/model/response/commandUnits.ts';
import { EventHeap } from '../../../../src/model/response/eventHeap.ts';
import { nearestRank } from '../../../../src/model/response/nearestRank.ts';
import { meanInterval, ratioInterval } from '../../../../src/model/response/ratioInterval.ts';
import { replicationSeed } from '../../../../src/model/response/replicationSeed.ts';
import { responseUnits } from '../../../../src/model/response/responseUnits.ts';
import { Rng } from '../../../../src/model/response/rng.ts';
import { studentTQuantile } from '../../../../src/model/response/studentT.ts';
import { SLOTS_PER_WEEK, slotOf } from '../../../../src/model/time.ts';

describe('EventHeap', () => {
  it('pops events in time order, whatever the pushes and pops', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constant(-1)), { maxLength: 400 }), (ops) => {
        const heap = new EventHeap(2);
        const reference: number[] = [];
        ops.forEach((op, i) => {
          if (op >= 0) {
            heap.push(op, i);
            reference.push(op);
          } else if (reference.length > 0) {
            reference.sort((a, b) => a - b);
            expect(heap.topTime()).toBe(reference[0]);
            const id = heap.pop();
            expect(ops[id]).toBe(reference.shift());
          }
        });
        expect(heap.size).toBe(reference.length);
        if (reference.length === 0) expect(heap.topTime()).toBe(Infinity);
      }),
    );
  });
});

describe('Rng and replication seeds', () => {
  it('repeats a stream for a seed and spreads uniforms over [0, 1)', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    let sum = 0;
    let same = 0;
    let inRange = 0;
    for (let i = 0; i < 10000; i++) {
      const u = a.uniform();
      if (b.uniform() === u) same++;
      if (u >= 0 && u < 1) inRange++;
      sum += u;
    }
    expect([same, inRange]).toEqual([10000, 10000]);
    expect(Math.abs(sum / 10000 - 0.5)).toBeLessThan(0.01);
  });

  it('gives every (seed, replication) pair its own seed', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 20; seed++) for (let k = 0; k < 200; k++) seen.add(replicationSeed(seed, k));
    expect(seen.size).toBe(4000);
  });
});

describe('studentTQuantile', () => {
  it("matches Student's t tables", () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.706], [0.975, 2, 4.303], [0.975, 4, 2.776], [0.975, 9, 2.262], [0.975, 19, 2.093], [0.975, 79, 1.990],
      [0.995, 5, 4.032], [0.995, 19, 2.861], [0.995, 39, 2.708],
    ];
    for (const [p, dof, t] of table) expect(studentTQuantile(p, dof)).toBeCloseTo(t, 2);
  });
});

describe('nearestRank', () => {
  it('equals the ceil(p m)-th smallest of a sorted copy', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const a = Float32Array.from(xs);
        const sorted = Float32Array.from(xs).sort();
        const k = Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1));
        expect(nearestRank(a, 0, a.length, p)).toBe(sorted[k]);
      }),
    );
  });

  it('is NaN for an empty range', () => {
    expect(nearestRank(new Float32Array(3), 2, 2, 0.9)).toBeNaN();
  });
});

describe('ratioInterval', () => {
  it('is the usual t interval of the mean share when every replication has the same calls', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2, maxLength: 30 }), (within) => {
        const calls = 50;
        const r = within.length;
        const sums = within.reduce((s, w) => [s[0] + calls, s[1] + w, s[2] + calls * calls, s[3] + w * w, s[4] + calls * w], [0, 0, 0, 0, 0]);
        const got = ratioInterval(r, sums[0], sums[1], sums[2], sums[3], sums[4], studentTQuantile(0.975, r - 1), -Infinity, Infinity);
        const ref = meanInterval(within.map((w) => w / calls));
        expect(got.ratio).toBeCloseTo(ref.mean, 12);
        expect(got.low).toBeCloseTo(ref.low, 9);
        expect(got.high).toBeCloseTo(ref.high, 9);
      }),
    );
  });

  it('has no figure without calls and no interval from one replication', () => {
    expect(ratioInterval(5, 0, 0, 0, 0, 0, 2.776).ratio).toBeNaN();
    const one = ratioInterval(1, 10, 9, 100, 81, 90, NaN);
    expect(one.ratio).toBeCloseTo(0.9, 12);
    expect(one.low).toBeNaN();
  });
});

describe('responseUnits', () => {
  it('gives each zone the floor or ceiling of officers x share / size and keeps the rounded slot total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (n, share, size, seed) => {
          const rng = new Rng(seed);
          const officers = Int32Array.from({ length: SLOTS_PER_WEEK * n }, () => Math.floor(rng.uniform() * 60));
          const events = Int32Array.from(officers, (o) => (rng.uniform() < 0.1 ? Math.floor(o / 2) : 0));
          const allocated = Uint8Array.from({ length: n }, (_, z) => (z === n - 1 && n > 1 ? 0 : 1));
          const units = responseUnits(officers, events, allocated, n, share, size);
          for (let s = 0; s < SLOTS_PER_WEEK; s += 37) {
            let sum = 0;
            let total = 0;
            for (let z = 0; z < n; z++) {
              const i = s * n + z;
              const exact = allocated[z] ? ((officers[i] - events[i]) * share) / size : 0;
              expect(units[i]).toBeGreaterThanOrEqual(Math.floor(exact + 1e-9));
              expect(units[i]).toBeLessThanOrEqual(Math.ceil(exact - 1e-9));
              sum += exact;
              total += units[i];
            }
            expect(total).toBe(Math.round(sum));
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('commandUnits', () => {
  it("groups zones by parent, and makes each zone without one its own unit", () => {
    const u = commandUnits({ count: 5, ids: ['a', 'b', 'c', 'd', 'e'], parents: ['P', '', 'Q', 'P', ''] });
    expect(u.count).toBe(4);
    expect(Array.from(u.of)).toEqual([0, 1, 2, 0, 3]);
    expect(Array.from(u.members.subarray(u.offsets[0], u.offsets[1]))).toEqual([0, 3]);
    const none = commandUnits({ count: 3, ids: ['a', 'b', 'c'], parents: ['', '', ''] });
    expect(Array.from(none.of)).toEqual([0, 1, 2]);
  });
});

describe('responseUnits by command unit', () => {
  it('gives each command unit the floor or ceiling of its zones\' sum and each zone the floor or ceiling of its own', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (n, groups, seed) => {
          const rng = new Rng(seed);
          // Many zones with a fraction of a unit each: the case rounding over all zones gets wrong.
          const officers = Int32Array.from({ length: SLOTS_PER_WEEK * n }, () => Math.floor(rng.uniform() * 12));
          const events = new Int32Array(officers.length);
          const allocated = Uint8Array.from({ length: n }, (_, z) => (z === 0 ? 0 : 1));
          const parents = Array.from({ length: n }, () => `P${Math.floor(rng.uniform() * groups)}`);
          const command = commandUnits({ count: n, ids: parents.map((_, z) => `z${z}`), parents });
          const share = 0.0914;
          const units = responseUnits(officers, events, allocated, n, share, 2, command);
          for (let s = 0; s < SLOTS_PER_WEEK; s += 29) {
            const exactByUnit = new Float64Array(command.count);
            const wholeByUnit = new Float64Array(command.count);
            let sum = 0;
            for (let z = 0; z < n; z++) {
              const i = s * n + z;
              const exact = allocated[z] ? (officers[i] * share) / 2 : 0;
              expect(units[i]).toBeGreaterThanOrEqual(Math.floor(exact + 1e-9));
              expect(units[i]).toBeLessThanOrEqual(Math.ceil(exact - 1e-9));
              exactByUnit[command.of[z]] += exact;
              wholeByUnit[command.of[z]] += units[i];
              sum += exact;
            }
            for (let u = 0; u < command.count; u++) {
              expect(wholeByUnit[u]).toBeGreaterThanOrEqual(Math.floor(exactByUnit[u] + 1e-9));
              expect(wholeByUnit[u]).toBeLessThanOrEqual(Math.ceil(exactByUnit[u] - 1e-9));
            }
            expect(wholeByUnit.reduce((a, b) => a + b, 0)).toBe(Math.round(sum));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('with every zone its own command unit, gives what rounding over all zones gives', () => {
    const rng = new Rng(5);
    const n = 9;
    const officers = Int32Array.from({ length: SLOTS_PER_WEEK * n }, () => Math.floor(rng.uniform() * 40));
    const events = new Int32Array(officers.length);
    const allocated = new Uint8Array(n).fill(1);
    const own = commandUnits({ count: n, ids: Array.from({ length: n }, (_, z) => `z${z}`), parents: new Array<string>(n).fill('') });
    expect(responseUnits(officers, events, allocated, n, 0.0914, 2, own)).toEqual(responseUnits(officers, events, allocated, n, 0.0914, 2));
  });
});

describe('callProfile', () => {
  it('adds up to 1 and doubles Saturday and Sunday small hours with the default factor', () => {
    const hours = Array.from({ length: 24 }, (_, h) => 1 + h);
    const p = callProfile(hours, [1, 1, 1, 1, 1, 1, 1], 2);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[slotOf('Sat', '01:00')] / p[slotOf('Fri', '01:00')]).toBeCloseTo(2, 12);
    expect(p[slotOf('Sun', '03:45')] / p[slotOf('Mon', '03:45')]).toBeCloseTo(2, 12);
    expect(p[slotOf('Sat', '04:00')] / p[slotOf('Mon', '04:00')]).toBeCloseTo(1, 12);
    expect(p[slotOf('Tue', '18:00')] / p[slotOf('Tue', '05:00')]).toBeCloseTo(19 / 6, 12);
  });
});
