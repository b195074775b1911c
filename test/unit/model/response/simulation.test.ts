import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReplications, mergeSummaries, summariseReplications } from '../../../../src/model/response/mergeReplications.ts';
import { ReplicationRun, simulateReplication } from '../../../../src/model/response/replicationRun.ts';
import { replicationFromBuffer, CROSSED, UNATTENDED } from '../../../../src/model/response/replicationResult.ts';
import { runReplications } from '../../../../src/model/response/runReplications.ts';
import { SLOT_MINUTES } from '../../../../src/model/time.ts';
import { randomInputs } from './randomInputs.ts';
import { singleZoneInputs } from './singleZoneInputs.ts';

const bytes = (b: ArrayBuffer) => new Uint8Array(b);

describe('response simulation', () => {
  it('counts every call once: attended or still waiting at the week end, in its own zone, slot and grade', () => {
    fc.assert(
      fc.property(randomInputs, (inputs) => {
        const r = simulateReplication(inputs, 3);
        for (let i = 0; i < r.calls; i++) {
          const waiting = (r.flags[i] & UNATTENDED) !== 0;
          expect(Number.isNaN(r.travel[i])).toBe(waiting);
          expect(r.wait[i]).toBeGreaterThanOrEqual(0);
          if (!inputs.crossBoundary && !inputs.nearOpen.includes(1)) expect(r.flags[i] & CROSSED).toBe(0);
          if (inputs.travelMode === 2 && !waiting) expect(r.travel[i]).toBe(0);
          expect(r.zone[i]).toBeGreaterThanOrEqual(0);
          expect(r.zone[i]).toBeLessThan(inputs.n);
          expect(r.slot[i]).toBeLessThan(inputs.slots);
          if (i > 0) expect(r.slot[i]).toBeGreaterThanOrEqual(r.slot[i - 1]);
        }
        const merged = mergeReplications(inputs, [r]);
        for (const g of merged.grades) {
          const calls = g.total.calls[0];
          const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);
          expect(sum(g.zone.calls)).toBe(calls);
          expect(sum(g.slot.calls)).toBe(calls);
          expect(sum(g.zoneSlot.calls)).toBe(calls);
        }
        let byGrade = 0;
        for (let i = 0; i < r.calls; i++) byGrade += r.grade[i] === 0 ? 1 : 0;
        expect(merged.grades[0].total.calls[0]).toBe(byGrade);
        expect(merged.grades[1].total.calls[0]).toBe(r.calls - byGrade);
      }),
      { seed: 1, numRuns: 40 },
    );
  });

  it("keeps Little's law exactly without warm-up: time-average waiting = arrival rate x mean wait", () => {
    fc.assert(
      fc.property(randomInputs, (raw) => {
        const inputs = { ...raw, warmupSlots: 0 };
        const m = mergeReplications(inputs, [simulateReplication(inputs, 0), simulateReplication(inputs, 1)]);
        for (const g of m.grades) {
          expect(Math.abs(g.meanWaiting - g.arrivalRateTimesWait)).toBeLessThanOrEqual(1e-5 * Math.max(1, g.meanWaiting));
        }
      }),
      { seed: 2, numRuns: 30 },
    );
  });

  it("meets Little's law within the interval with warm-up (calls from before the week in the queue)", () => {
    const inputs = singleZoneInputs({ units: 6, perMinute: [3 / 60, 1.5 / 60], onSceneMinutes: 60, warmupSlots: 48 });
    const reps = Array.from({ length: 30 }, (_, k) => simulateReplication(inputs, k));
    for (const g of mergeReplications(inputs, reps).grades) {
      expect(g.meanWaiting).toBeGreaterThan(0);
      expect(g.arrivalRateTimesWait).toBeGreaterThanOrEqual(g.meanWaitingLow);
      expect(g.arrivalRateTimesWait).toBeLessThanOrEqual(g.meanWaitingHigh);
    }
  });

  it('gives identical bytes for the same seed and replication, and different ones for another', () => {
    fc.assert(
      fc.property(randomInputs, fc.integer({ min: 0, max: 1000 }), (inputs, k) => {
        const a = simulateReplication(inputs, k);
        expect(bytes(simulateReplication(inputs, k).buffer)).toEqual(bytes(a.buffer));
        const b = simulateReplication(inputs, k + 1);
        if (a.calls > 5) expect(bytes(b.buffer)).not.toEqual(bytes(a.buffer));
      }),
      { seed: 3, numRuns: 20 },
    );
  });

  it('does not depend on how the week is chunked or which worker ran a replication', async () => {
    const inputs = fc.sample(randomInputs, { seed: 4, numRuns: 1 })[0];
    const whole = simulateReplication(inputs, 5);
    const run = new ReplicationRun(inputs, 5);
    let chunks = 0;
    while (!run.step(7)) chunks++;
    expect(chunks).toBeGreaterThan(10);
    expect(bytes(run.result().buffer)).toEqual(bytes(whole.buffer));
    const [viaRunner] = await runReplications(inputs, [5], { slotsPerChunk: 13, yieldControl: async () => {} });
    expect(bytes(viaRunner.buffer)).toEqual(bytes(whole.buffer));
    // A copy of the buffer (as after a worker transfer) reads back the same.
    const copy = replicationFromBuffer(whole.buffer.slice(0));
    expect(Array.from(copy.wait)).toEqual(Array.from(whole.wait));
    expect(copy.k).toBe(5);
    expect(copy.events).toBe(whole.events);
  });

  it('merges replications in any order, and summaries of any split of them, to the same result', () => {
    fc.assert(
      fc.property(randomInputs, fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 1, max: 5 }), (inputs, shuffleSeed, cut) => {
        const reps = Array.from({ length: 6 }, (_, k) => simulateReplication(inputs, k));
        const shuffled = fc.sample(fc.shuffledSubarray(reps, { minLength: 6, maxLength: 6 }), { seed: shuffleSeed, numRuns: 1 })[0];
        const whole = mergeReplications(inputs, reps);
        expect(mergeReplications(inputs, shuffled)).toEqual(whole);
        // As if two workers ran a share each and their summaries arrived in either order.
        const a = summariseReplications(inputs, shuffled.slice(0, cut));
        const b = summariseReplications(inputs, shuffled.slice(cut));
        expect(mergeSummaries(inputs, [b, a])).toEqual(whole);
      }),
      { seed: 5, numRuns: 4 },
    );
  }, 30_000);

  it('refuses a replication given twice', () => {
    const inputs = singleZoneInputs({ units: 2, perMinute: [0.01, 0.01] });
    const r = simulateReplication(inputs, 0);
    expect(() => mergeReplications(inputs, [r, r])).toThrow(/replication 0 is given twice/);
  });

  it('attends every call with enough units and no travel at once, and misses none', () => {
    const inputs = singleZoneInputs({ units: 200, perMinute: [0.05, 0.05], onSceneMinutes: 30 });
    const m = mergeReplications(inputs, [simulateReplication(inputs, 0), simulateReplication(inputs, 1)]);
    for (const g of m.grades) {
      expect(g.total.share[0]).toBe(1);
      expect(g.total.meanWait[0]).toBe(0);
      expect(g.total.p90Response[0]).toBe(0);
      expect(g.unattended).toBe(0);
    }
  });

  it('never attends a call in a zone without units unless a neighbour may help (its command unit, or crossBoundary)', () => {
    fc.assert(
      fc.property(randomInputs, (raw) => {
        const units = raw.units.slice();
        for (let s = 0; s < raw.slots; s++) units[s * raw.n] = 0;
        const inputs = { ...raw, units };
        const r = simulateReplication(inputs, 0);
        for (let i = 0; i < r.calls; i++) {
          if (r.zone[i] !== 0 || r.flags[i] & UNATTENDED) continue;
          // Attended in zone 0: only by a neighbour's unit, one it may call on.
          const mayHelp = inputs.crossBoundary === 1 || inputs.nearOpen.subarray(inputs.nearOffsets[0], inputs.nearOffsets[1]).includes(1);
          expect(mayHelp).toBe(true);
          expect(r.flags[i] & CROSSED).toBe(CROSSED);
        }
      }),
      { seed: 6, numRuns: 25 },
    );
  });

  it('draws about the expected number of calls', () => {
    const inputs = singleZoneInputs({ units: 50, perMinute: [0.1, 0.2] });
    const reps = Array.from({ length: 20 }, (_, k) => simulateReplication(inputs, k));
    const mean = reps.reduce((a, r) => a + r.calls, 0) / reps.length;
    const expected = 0.3 * inputs.slots * SLOT_MINUTES;
    // Poisson: sd of the mean of 20 weeks is sqrt(3024 / 20), about 12.
    expect(Math.abs(mean - expected)).toBeLessThan(50);
  });
});
