import fc from 'fast-check';
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/dataset.ts';
import { highsSolver } from '../../../src/model/highsSolver.ts';
import { prepareScenario } from '../../../src/model/prepareScenario.ts';
import { runScenario } from '../../../src/model/runScenario.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { DAYS, SLOTS_PER_WEEK } from '../../../src/model/time.ts';
import { arbitraryDataset } from './arbitraryDataset.ts';

const clock = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);

const arbitraryScenario = (data: Dataset, methods: Scenario['method'][]): fc.Arbitrary<Scenario> =>
  fc.record({
    method: fc.constantFrom(...methods),
    force: fc.constantFrom('all', 'A'),
    headcount: fc.integer({ min: 0, max: 4000 }),
    starts: fc.array(clock, { minLength: 1, maxLength: 3 }),
    hours: fc.integer({ min: 4, max: 12 }),
    floor: fc.integer({ min: 0, max: 6 }),
    cap: fc.option(fc.integer({ min: 6, max: 400 }), { nil: undefined }),
    weights: fc.record({ present: fc.integer({ min: 0, max: 3 }), footfall: fc.integer({ min: 0, max: 3 }), risk: fc.integer({ min: 0, max: 3 }) }),
    events: fc.array(
      fc.record({ zone: fc.integer({ min: 0, max: data.zones.count - 1 }), day: fc.constantFrom(...DAYS), start: clock, end: clock, officers: fc.integer({ min: 1, max: 30 }) }),
      { maxLength: 2 },
    ),
  }).map((r) => ({
    name: 'random',
    method: r.method,
    force: r.force,
    supply: { headcount: r.headcount },
    shifts: r.starts.map((start, i) => ({ name: `s${i}`, start, hours: r.hours, share: i === 0 ? 1 - (r.starts.length - 1) * 0.25 : 0.25 })),
    weights: r.weights,
    floors: { officers: r.floor },
    caps: r.cap === undefined ? undefined : { officers: r.cap },
    events: r.events
      .filter((e) => e.start !== e.end && (r.force === 'all' || data.zones.forces[e.zone] === 'A'))
      .map((e, i) => ({ name: `event ${i}`, zone: data.zones.ids[e.zone], day: e.day, start: e.start, end: e.end, officers: e.officers })),
  }));

const datasetAndScenario = (methods: Scenario['method'][]) =>
  arbitraryDataset(6).chain((data) => arbitraryScenario(data, methods).map((scenario) => ({ data, scenario })));

describe('runScenario', () => {
  it("puts exactly each slot's officers on duty somewhere, within every floor and cap, and none where the force does not police", async () => {
    await fc.assert(
      fc.asyncProperty(datasetAndScenario(['fixed', 'follow-demand']), async ({ data, scenario }) => {
        const prepared = prepareScenario(scenario, data);
        if (!prepared.ok) {
          // The only way a generated scenario fails is infeasibility, and then it says by how much.
          expect(prepared.errors.every((e) => /infeasible|no zone is policed/.test(e.message))).toBe(true);
          return;
        }
        const { plan } = prepared;
        const r = await runScenario(data, plan);
        const n = data.zones.count;
        for (let s = 0; s < SLOTS_PER_WEEK; s++) {
          let sum = 0;
          let fixedSum = 0;
          for (let z = 0; z < n; z++) {
            const i = s * n + z;
            sum += r.officersWhole[i];
            fixedSum += r.fixedWhole[i];
            const local = r.officersWhole[i] - r.eventOfficers[i];
            if (!plan.allocated[z]) expect(r.officersWhole[i]).toBe(0);
            else if (plan.method !== 'fixed') {
              expect(local).toBeGreaterThanOrEqual(plan.lo[z]);
              expect(local).toBeLessThanOrEqual(plan.hi[z]);
            }
          }
          expect(sum).toBe(r.onDuty[s]);
          expect(fixedSum).toBe(r.onDuty[s]);
        }
        // Officer-hours are conserved over the week.
        const hours = r.officersWhole.reduce((a, b) => a + b, 0) / 4;
        expect(hours).toBe(r.onDuty.reduce((a, b) => a + b, 0) / 4);
        expect(r.measures.totals.officerHours).toBe(hours);
      }),
      { numRuns: 60 },
    );
  });

  it('gives identical output for the same scenario twice', async () => {
    await fc.assert(
      fc.asyncProperty(datasetAndScenario(['fixed', 'follow-demand']), async ({ data, scenario }) => {
        const first = prepareScenario(scenario, data);
        const second = prepareScenario(structuredClone(scenario), data);
        if (!first.ok || !second.ok) return;
        const a = await runScenario(data, first.plan);
        const b = await runScenario(data, second.plan);
        expect(Buffer.from(a.officersWhole.buffer).equals(Buffer.from(b.officersWhole.buffer))).toBe(true);
        expect(Buffer.from(a.local.buffer).equals(Buffer.from(b.local.buffer))).toBe(true);
        expect(Buffer.from(a.measures.gini.buffer).equals(Buffer.from(b.measures.gini.buffer))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('staffs events first and reports officer-hours abstracted that add up to the event hours', async () => {
    await fc.assert(
      fc.asyncProperty(datasetAndScenario(['fixed', 'follow-demand']), async ({ data, scenario }) => {
        const prepared = prepareScenario(scenario, data);
        if (!prepared.ok || prepared.plan.events.length === 0) return;
        const r = await runScenario(data, prepared.plan);
        let abstracted = 0;
        let eventHours = 0;
        for (const e of r.events) {
          eventHours += e.officerHours;
          for (const a of e.abstractedFrom) abstracted += a.officerHours;
        }
        // Where floors hold zones up, fewer officers are abstracted than deployed only if the event
        // zone itself loses; in every case what zones lose is what events gain.
        let lost = 0;
        for (let i = 0; i < r.abstraction.length; i++) lost += r.abstraction[i] * 0.25;
        expect(lost).toBeCloseTo(eventHours, 6);
        expect(abstracted).toBeLessThanOrEqual(eventHours + 1e-6);
      }),
      { numRuns: 40 },
    );
  });

  it('smoothed: keeps the change limit, the bounds and the totals, equals HiGHS, and matches follow-demand when the limit is loose', async () => {
    const lp = highsSolver((await loadHighs()) as never);
    await fc.assert(
      fc.asyncProperty(datasetAndScenario(['smoothed']), fc.integer({ min: 2, max: 40 }), async ({ data, scenario }, limit) => {
        const s = { ...scenario, events: [], smoothing: { maxChangePerSlot: limit } };
        const prepared = prepareScenario(s, data);
        if (!prepared.ok) return;
        const { plan } = prepared;
        let r;
        try {
          r = await runScenario(data, plan);
        } catch (e) {
          expect(String(e)).toMatch(/raise the limit/);
          await expect(runScenario(data, plan, { solver: 'highs', lp })).rejects.toThrow(String(e).replace(/^\w+: /, ''));
          return;
        }
        const ref = await runScenario(data, plan, { solver: 'highs', lp });
        expect(Math.abs(r.smoothingDeviation! - ref.smoothingDeviation!) / Math.max(1, ref.smoothingDeviation!)).toBeLessThanOrEqual(1e-7);
        const n = data.zones.count;
        for (let t = 1; t < SLOTS_PER_WEEK; t++) {
          const g = r.localTotals[t - 1] > 0 ? r.localTotals[t] / r.localTotals[t - 1] : NaN;
          let sum = 0;
          for (let z = 0; z < n; z++) {
            const a = r.local[t * n + z];
            sum += a;
            expect(a).toBeGreaterThanOrEqual(plan.lo[z] - 1e-6);
            expect(a).toBeLessThanOrEqual(plan.hi[z] + 1e-6);
            if (Number.isFinite(g)) expect(Math.abs(a - g * r.local[(t - 1) * n + z])).toBeLessThanOrEqual(limit + 1e-6);
          }
          expect(sum).toBeCloseTo(r.localTotals[t], 6);
        }
        const loose = await runScenario(data, { ...plan, maxChangePerSlot: Infinity });
        expect(loose.smoothingDeviation).toBeCloseTo(0, 6);
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});
