import { parseVaryAxis, sweepGrid, type Scenario, type SweepGrid, type SweepRow, type VaryAxis } from '../../engine/index.ts';
import { BatchCancelled, BatchFailed, outcomeOf, type BatchEngine, type BatchJob } from './batchJob.ts';

/** Larger grids belong to `npm run sweep`: the app shares its workers with the planner's map. */
export const MAX_APP_RUNS = 50;

/** A problem with the grid typed in the panel: `axis` is the field (0 or 1) it concerns, null for the grid as a whole. */
export interface GridInputProblem {
  axis: number | null;
  message: string;
}

export type GridPlan = { ok: true; grid: SweepGrid } | { ok: false; problems: GridInputProblem[] };

/**
 * The grid of runs the panel's `PATH=values` fields describe (blank fields left out), checked as
 * `npm run sweep` checks its --vary options, and at most MAX_APP_RUNS runs. Problems name the field's
 * path; the size is checked before any combination is built.
 */
export function planGrid(base: Scenario, texts: readonly string[]): GridPlan {
  const problems: GridInputProblem[] = [];
  const axes: { axis: VaryAxis; field: number }[] = [];
  texts.forEach((text, field) => {
    if (text.trim() === '') return;
    const parsed = parseVaryAxis(text.trim());
    if (parsed.ok) axes.push({ axis: parsed.axis, field });
    else problems.push({ axis: field, message: `${parsed.path}: ${parsed.message}` });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (axes.length === 0) return { ok: false, problems: [{ axis: 0, message: 'give a field and its values, e.g. supply.headcount=26000:32000:1000' }] };
  const count = axes.reduce((n, a) => n * a.axis.values.length, 1);
  if (count > MAX_APP_RUNS) {
    return { ok: false, problems: [{ axis: null, message: `${count.toLocaleString('en-GB')} runs: the app runs at most ${MAX_APP_RUNS}; run larger grids with npm run sweep (docs/batch.md)` }] };
  }
  const built = sweepGrid(base, axes.map((a) => a.axis));
  if (built.ok) return { ok: true, grid: built.grid };
  return {
    ok: false,
    problems: built.problems.map((p) => {
      const own = axes.find((a) => a.axis.path.text === p.path);
      return { axis: own ? own.field : null, message: `${p.path}: ${p.message}` };
    }),
  };
}

/** The view key of lane `i` of a grid's runs in the engine pool. */
export const gridKey = (prefix: string, i: number) => `${prefix}:${i}`;

/**
 * Runs every run of `grid` through the pool's `headline` request, one run per worker at a time (one view
 * per lane), and returns the rows in run order: the rows `npm run sweep` writes for the same grid. A run
 * the engine refuses (an infeasible combination) gets its problem and no figures, as in the CLI.
 */
export function startGrid(
  engine: BatchEngine, grid: SweepGrid, options: { response: boolean }, onRun: (done: number, total: number) => void,
  keyPrefix = 'batch-grid',
): BatchJob<SweepRow[]> {
  const lanes = Math.max(1, Math.min(grid.count, engine.size));
  const keys = Array.from({ length: lanes }, (_, i) => gridKey(keyPrefix, i));
  const rows = new Array<SweepRow>(grid.count);
  let next = 0;
  let done = 0;
  let halted = false;
  let cancelled = false;
  const halt = () => {
    if (halted) return;
    halted = true;
    for (const key of keys) engine.cancel(key);
  };

  const lane = async (i: number) => {
    for (let run = next++; run < grid.count; run = next++) {
      if (halted) throw new BatchCancelled();
      const answer = await engine.headline(keys[i], grid.scenarioOf(run), { response: options.response });
      if (halted || (!answer.ok && answer.cancelled)) throw new BatchCancelled();
      const values = grid.valuesOf(run);
      if (answer.ok) rows[run] = { run, values, measures: answer.measures, problem: '' };
      else if (answer.errors.some((e) => e.path === '(engine)')) throw new BatchFailed(answer.errors.map((e) => e.message).join('; '));
      else rows[run] = { run, values, measures: null, problem: answer.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
      onRun(++done, grid.count);
    }
  };
  const all = Promise.all(keys.map((_, i) => lane(i).catch((e: unknown) => {
    halt();
    throw e;
  }))).then(() => rows);
  return {
    done: outcomeOf(all, () => cancelled),
    cancel() {
      cancelled = true;
      halt();
    },
  };
}
