import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../../src/model/apportion.ts';
import { waterfill } from '../../../src/model/waterfill.ts';

/** A continuous allocation from the real water-filling, with whole-number bounds and total. */
const allocation = fc
  .array(fc.record({ d: fc.double({ min: 0.1, max: 1e4, noNaN: true }), lo: fc.integer({ min: 0, max: 20 }), room: fc.integer({ min: 0, max: 300 }) }), {
    minLength: 1,
    maxLength: 300,
  })
  .chain((zones) => {
    const lo = Float64Array.from(zones, (z) => z.lo);
    const hi = Float64Array.from(zones, (z) => z.lo + z.room);
    const min = lo.reduce((a, b) => a + b, 0);
    const max = hi.reduce((a, b) => a + b, 0);
    return fc.integer({ min, max }).map((total) => {
      const a = new Float64Array(zones.length);
      waterfill({ d: Float64Array.from(zones, (z) => z.d), offset: 0, n: zones.length, lo, hi, total }, a, 0, 0);
      return { a, lo, hi, total };
    });
  });

describe('apportion', () => {
  it('keeps the total exactly, keeps the bounds and moves no zone by a whole officer or more', () => {
    fc.assert(
      fc.property(allocation, ({ a, lo, hi, total }) => {
        const out = new Int32Array(a.length);
        apportion(a, 0, a.length, total, lo, hi, out, 0);
        expect(out.reduce((x, y) => x + y, 0)).toBe(total);
        for (let z = 0; z < a.length; z++) {
          expect(out[z]).toBeGreaterThanOrEqual(lo[z]);
          expect(out[z]).toBeLessThanOrEqual(hi[z]);
          expect(Math.abs(out[z] - a[z])).toBeLessThan(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the officers left over to the largest remainders', () => {
    const a = Float64Array.of(1.2, 1.7, 1.5, 0.6);
    const out = new Int32Array(4);
    apportion(a, 0, 4, 5, new Float64Array(4), new Float64Array(4).fill(Infinity), out, 0);
    expect(Array.from(out)).toEqual([1, 2, 1, 1]);
  });

  it('breaks ties in favour of the lower zone index', () => {
    const a = Float64Array.of(0.5, 0.5, 0.5, 0.5);
    const out = new Int32Array(4);
    apportion(a, 0, 4, 2, new Float64Array(4), new Float64Array(4).fill(Infinity), out, 0);
    expect(Array.from(out)).toEqual([1, 1, 0, 0]);
  });

  it('takes officers back from the smallest remainders when inputs overshoot the total', () => {
    const a = Float64Array.of(2.9999999999, 1.0000000001, 1.0000000001);
    const out = new Int32Array(3);
    apportion(a, 0, 3, 4, new Float64Array(3).fill(1), new Float64Array(3).fill(Infinity), out, 0);
    expect(Array.from(out)).toEqual([2, 1, 1]);
  });
});
