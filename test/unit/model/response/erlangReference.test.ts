/**
 * The simulation against Erlang C, a reference outside it: with travel off, exponential on-scene times,
 * constant arrivals and c units in one zone it is an M/M/c queue, so the share of calls that wait and
 * the mean wait must match C(c, R) and C / (c mu - lambda) within the simulation's 99% intervals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangC } from '../../../../src/model/erlangC.ts';
import { meanInterval } from '../../../../src/model/response/ratioInterval.ts';
import { simulateReplication } from '../../../../src/model/response/replicationRun.ts';
import { singleZoneInputs } from './singleZoneInputs.ts';

/** Per replication: the share of calls that waited and their mean wait, with 99% intervals. */
function simulateQueue(c: number, perHour: number, serviceMinutes: number, replications: number, seed: number) {
  const inputs = singleZoneInputs({ units: c, perMinute: [perHour / 60, 0], onSceneMinutes: serviceMinutes, seed });
  const pWait: number[] = [];
  const meanWait: number[] = [];
  for (let k = 0; k < replications; k++) {
    const r = simulateReplication(inputs, k);
    let waited = 0;
    let sum = 0;
    for (let i = 0; i < r.calls; i++) {
      if (r.wait[i] > 0) waited++;
      sum += r.wait[i];
    }
    pWait.push(waited / r.calls);
    meanWait.push(sum / r.calls);
  }
  return { pWait: meanInterval(pWait, 0.99), meanWait: meanInterval(meanWait, 0.99) };
}

describe('the simulation as an M/M/c queue', () => {
  it('matches Erlang C for c = 10 units and 8 Erlangs (P(wait) = 0.4092)', () => {
    const q = erlangC(10, 8, 60, 15);
    const sim = simulateQueue(10, 8, 60, 60, 11);
    expect(q.pWait).toBeGreaterThanOrEqual(sim.pWait.low);
    expect(q.pWait).toBeLessThanOrEqual(sim.pWait.high);
    expect(q.meanWait).toBeGreaterThanOrEqual(sim.meanWait.low);
    expect(q.meanWait).toBeLessThanOrEqual(sim.meanWait.high);
    // The interval is informative, not vacuous.
    expect(sim.pWait.high - sim.pWait.low).toBeLessThan(0.05);
  });

  it('matches Erlang C over units, loads and on-scene times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.double({ min: 0.3, max: 0.8, noNaN: true }),
        fc.integer({ min: 20, max: 90 }),
        (c, rho, minutes) => {
          const perHour = (rho * c * 60) / minutes;
          const q = erlangC(c, perHour, minutes, 15);
          const sim = simulateQueue(c, perHour, minutes, 40, c * 1000 + minutes);
          expect(q.pWait).toBeGreaterThanOrEqual(sim.pWait.low);
          expect(q.pWait).toBeLessThanOrEqual(sim.pWait.high);
          expect(q.meanWait).toBeGreaterThanOrEqual(sim.meanWait.low);
          expect(q.meanWait).toBeLessThanOrEqual(sim.meanWait.high);
        },
      ),
      { seed: 20260101, numRuns: 6 },
    );
  });
});
