/** The app's frontier: frontierSearch over the pool's headline figures, one view per method, cancellable. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontierSearch, type Method, type Scenario } from '../../../../src/engine/index.ts';
import { startFrontier } from '../../../../src/ui/batch/frontierRuns.ts';
import { scenarioFile } from '../../../scenarioFile.ts';
import { fakeEngine } from './fakeEngine.ts';

const BASE = scenarioFile('follow-the-commute.json');
/** A share that rises with the headcount, faster for follow-demand (so borough lines have a price). */
const share = (s: Scenario) => 1 - Math.exp(-(s.supply.headcount / (s.method === 'fixed' ? 14_000 : 12_500)));

describe('startFrontier', () => {
  it('finds, per method, what frontierSearch finds on the same shares, with every evaluated point', async () => {
    await fc.assert(fc.asyncProperty(fc.double({ min: 0.5, max: 0.95, noNaN: true }), fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 1, max: 4 }), async (target, start, size) => {
      const methods: Method[] = ['fixed', 'follow-demand', 'smoothed'];
      const engine = fakeEngine(size, (s) => ({ erlangShareWithinTarget: share(s) }), { delay: (s) => s.supply.headcount % 3 });
      const job = startFrontier(engine, { base: BASE, methods, target, start, simulated: false }, () => undefined);
      const outcome = await job.done;
      if (!outcome.ok) throw new Error(JSON.stringify(outcome));
      for (const [i, m] of methods.entries()) {
        const direct = await frontierSearch(async (h) => share({ ...BASE, method: m, supply: { ...BASE.supply, headcount: h } }), { target, start, min: 0, max: 10_000_000 });
        const r = outcome.value[i];
        expect(r).toMatchObject({ method: m, values: [m], value: direct.value, monotone: true, refused: null });
        expect(r.points.map((p) => p.value)).toEqual(direct.points.map((p) => p.value).sort((a, b) => a - b));
        expect(r.at?.share).toBe(direct.share);
      }
      // Every evaluation asked its method's own view, with only the headcount and method changed.
      for (const a of engine.asked) {
        const i = Number(a.key.split(':')[1]);
        expect(a.scenario).toEqual({ ...BASE, method: methods[i], supply: { ...BASE.supply, headcount: a.scenario.supply.headcount } });
      }
    }), { numRuns: 15 });
  });

  it('searches the simulated lower bound, and counts refused headcounts as falling short', async () => {
    const engine = fakeEngine(2, (s) => {
      const x = share(s);
      return { erlangShareWithinTarget: 0, simulated: { share: x, low: x - 0.01, high: x + 0.01 } };
    }, { refuse: (s) => (s.supply.headcount < 5_000 ? 'infeasible: floors above the officers on duty' : null) });
    const outcome = await startFrontier(engine, { base: BASE, methods: ['fixed'], target: 0.6, start: 3_000, simulated: true }, () => undefined).done;
    if (!outcome.ok) throw new Error('failed');
    const [r] = outcome.value;
    expect(r.value).not.toBeNull();
    expect(r.at!.low!).toBeGreaterThanOrEqual(0.6);
    expect(share({ ...BASE, method: 'fixed', supply: { ...BASE.supply, headcount: r.value! - 1 } }) - 0.01).toBeLessThan(0.6);
    expect(r.refused).toMatch(/^supply\.headcount=3000: floors: infeasible/);
    expect(r.points.find((p) => p.value === 3_000)?.share).toBeNaN();
  });

  it('a Stop cancels every method\'s pending run and settles as cancelled', async () => {
    const engine = fakeEngine(2, (s) => ({ erlangShareWithinTarget: share(s) }), { delay: () => 5 });
    const job = startFrontier(engine, { base: BASE, methods: ['fixed', 'follow-demand'], target: 0.9, start: 30_000, simulated: false }, () => undefined);
    await new Promise((r) => setTimeout(r, 2));
    job.cancel();
    expect(await job.done).toEqual({ ok: false, cancelled: true });
    expect(engine.cancelled.sort()).toEqual(['batch-frontier:0', 'batch-frontier:1']);
    const asked = engine.asked.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.asked.length).toBe(asked);
  });

  it('stops with a message when Erlang C has no incident rate, or the engine fails, instead of searching to the limit', async () => {
    const noRate = await startFrontier(fakeEngine(1, () => ({})), { base: BASE, methods: ['fixed', 'smoothed'], target: 0.9, start: 30_000, simulated: false }, () => undefined).done;
    expect(noRate).toMatchObject({ ok: false, cancelled: false, message: expect.stringMatching(/^Erlang C needs an incident rate/) });
    const broken = fakeEngine(2, () => ({}), { refuse: () => 'the engine failed: boom', enginePath: '(engine)' });
    const failed = await startFrontier(broken, { base: BASE, methods: ['fixed', 'smoothed'], target: 0.9, start: 30_000, simulated: false }, () => undefined).done;
    expect(failed).toEqual({ ok: false, cancelled: false, message: 'the engine failed: boom' });
    expect(broken.asked.length).toBeLessThanOrEqual(2);
  });
});
