import fc from 'fast-check';
import { TRAVEL_MEAN, TRAVEL_OFF, TRAVEL_RANDOM, type ResponseInputs } from '../../../../src/model/response/responseInputs.ts';
import { SLOTS_PER_WEEK } from '../../../../src/model/time.ts';

/**
 * Small random worlds for the simulation: 1 to 5 zones in a chain, units changing every few hours
 * (sometimes none), arrivals that change by the hour, every travel and on-scene option. The zones are
 * either one command unit (neighbours always lend units) or each its own (only with crossBoundary).
 */
export const randomInputs: fc.Arbitrary<ResponseInputs> = fc
  .record({
    n: fc.integer({ min: 1, max: 5 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
    unitLevels: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5 * 14, maxLength: 5 * 14 }),
    load: fc.double({ min: 0.05, max: 1.5, noNaN: true }),
    hourly: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
    travelMode: fc.constantFrom(TRAVEL_RANDOM, TRAVEL_MEAN, TRAVEL_OFF),
    crossBoundary: fc.constantFrom(0, 1),
    oneCommandUnit: fc.constantFrom(0, 1),
    lognormal: fc.constantFrom(0, 1),
    warmupSlots: fc.constantFrom(0, 8, 48),
  })
  .map((o) => {
    const { n } = o;
    const units = new Int32Array(SLOTS_PER_WEEK * n);
    // A new level every 12 hours per zone.
    for (let s = 0; s < SLOTS_PER_WEEK; s++) for (let z = 0; z < n; z++) units[s * n + z] = o.unitLevels[z * 14 + Math.floor(s / 48)];
    const rate = new Float64Array(SLOTS_PER_WEEK * 2);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      const h = o.hourly[Math.floor(s / 4) % 24];
      rate[s * 2] = (o.load * h * n) / 60;
      rate[s * 2 + 1] = (1.5 * o.load * h * n) / 60;
    }
    const cumShare = new Float64Array(SLOTS_PER_WEEK * n);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) for (let z = 0; z < n; z++) cumShare[s * n + z] = (z + 1) / n;
    const nearOffsets = new Int32Array(n + 1);
    const near: number[] = [];
    for (let z = 0; z < n; z++) {
      if (z > 0) near.push(z - 1);
      if (z < n - 1) near.push(z + 1);
      nearOffsets[z + 1] = near.length;
    }
    return {
      n, slots: SLOTS_PER_WEEK, grades: 2,
      targetMinutes: Float64Array.of(15, 60), onSceneMinutes: Float64Array.of(45, 60),
      lognormal: o.lognormal, onSceneCv: 1, travelMode: o.travelMode, lawConstant: 0.627, turnoutMinutes: 2,
      crossBoundary: o.crossBoundary, warmupSlots: o.warmupSlots, seed: o.seed,
      areaKm2: Float64Array.from({ length: n }, (_, z) => 10 + 10 * z),
      inner: Uint8Array.from({ length: n }, (_, z) => (z % 2 ? 0 : 1)),
      kmPerMinute: Float64Array.from({ length: n }, (_, z) => (z % 2 ? 0.5 : 0.4)),
      nearOffsets, near: Int32Array.from(near), nearKm: Float64Array.from(near, () => 4),
      nearOpen: Uint8Array.from(near, () => o.oneCommandUnit),
      units, rate, cumShare,
    } satisfies ResponseInputs;
  });
