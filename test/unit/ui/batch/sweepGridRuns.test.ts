/** The app's small grids: checked as npm run sweep checks them, run in the workers, rows in run order. */
import { describe, expect, it } from 'vitest';
import { parseVaryAxis, sweepGrid, type Scenario } from '../../../../src/engine/index.ts';
import { MAX_APP_RUNS, planGrid, startGrid } from '../../../../src/ui/batch/sweepGridRuns.ts';
import { scenarioFile } from '../../../scenarioFile.ts';
import { fakeEngine } from './fakeEngine.ts';

const BASE = scenarioFile('follow-the-commute.json');

describe('planGrid', () => {
  it('builds the grid npm run sweep builds from the same --vary texts, leaving out a blank field', () => {
    const texts = ['supply.headcount=26000:30000:2000', 'method=fixed,follow-demand'];
    const plan = planGrid(BASE, [...texts, '  ']);
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    const cli = sweepGrid(BASE, texts.map((t) => (parseVaryAxis(t) as Extract<ReturnType<typeof parseVaryAxis>, { ok: true }>).axis));
    if (!cli.ok) throw new Error('cli grid');
    expect(plan.grid.count).toBe(6);
    for (let run = 0; run < 6; run++) {
      expect(plan.grid.valuesOf(run)).toEqual(cli.grid.valuesOf(run));
      expect(plan.grid.scenarioOf(run)).toEqual(cli.grid.scenarioOf(run));
    }
  });

  it('names the field of each problem: a path the schema lacks, a value it rejects; the size and combinations for the grid', () => {
    expect(planGrid(BASE, ['supply.headcont=1,2', 'method=fixed'])).toEqual({
      ok: false, problems: [{ axis: 0, message: 'supply.headcont: unknown path: "headcont" is not a field of supply (did you mean "headcount"?)' }],
    });
    const rejected = planGrid(BASE, ['method=fixed', 'supply.headcount=-5,100']);
    expect(!rejected.ok && rejected.problems).toEqual([{ axis: 1, message: 'supply.headcount: value -5 is rejected: supply.headcount: -5 is below the minimum 0' }]);
    const big = planGrid(BASE, ['supply.headcount=1:51:1']);
    expect(!big.ok && big.problems[0]).toMatchObject({ axis: null, message: expect.stringMatching(`^51 runs: the app runs at most ${MAX_APP_RUNS}`) });
    expect(planGrid(BASE, ['', ' '])).toMatchObject({ ok: false, problems: [{ axis: 0 }] });
    const empty = planGrid(BASE, ['supply.headcount=3:1:1']);
    expect(!empty.ok && empty.problems[0]).toMatchObject({ axis: 0, message: expect.stringContaining('is empty') });
  });
});

describe('startGrid', () => {
  it('returns one row per run in run order whatever order runs finish in, a refused run with its problem', async () => {
    const plan = planGrid(BASE, ['supply.headcount=20000:30000:2500', 'method=fixed,follow-demand']);
    if (!plan.ok) throw new Error('plan');
    const dissimilarity = (s: Scenario) => s.supply.headcount / 1e6 + (s.method === 'fixed' ? 0.5 : 0);
    const engine = fakeEngine(3, (s) => ({ dissimilarity: dissimilarity(s) }), {
      delay: (s) => (s.supply.headcount / 2500) % 4,
      refuse: (s) => (s.supply.headcount === 20_000 && s.method === 'fixed' ? 'infeasible' : null),
    });
    const seen: number[] = [];
    const outcome = await startGrid(engine, plan.grid, { response: false }, (done) => seen.push(done)).done;
    if (!outcome.ok) throw new Error('failed');
    expect(outcome.value.map((r) => r.run)).toEqual([...Array(10).keys()]);
    outcome.value.forEach((r) => {
      expect(r.values).toEqual(plan.grid.valuesOf(r.run));
      const s = plan.grid.scenarioOf(r.run);
      if (r.run === 0) expect(r).toMatchObject({ measures: null, problem: 'floors: infeasible' });
      else expect(r.measures?.dissimilarity).toBe(dissimilarity(s));
    });
    expect(seen).toEqual([...Array(10).keys()].map((i) => i + 1));
    // Never more runs in flight than workers: one view per lane.
    expect(new Set(engine.asked.map((a) => a.key))).toEqual(new Set(['batch-grid:0', 'batch-grid:1', 'batch-grid:2']));
  });

  it('a Stop cancels the lanes and settles as cancelled', async () => {
    const plan = planGrid(BASE, ['supply.headcount=20000:30000:1000']);
    if (!plan.ok) throw new Error('plan');
    const engine = fakeEngine(2, () => ({}), { delay: () => 5 });
    const job = startGrid(engine, plan.grid, { response: false }, () => undefined);
    job.cancel();
    expect(await job.done).toEqual({ ok: false, cancelled: true });
    expect(engine.asked.length).toBe(2);
  });
});
