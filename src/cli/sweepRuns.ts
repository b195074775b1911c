import type { SweepRow } from '../io/index.ts';
import type { SweepGrid } from '../model/index.ts';
import type { ProgressReporter } from './progressReporter.ts';
import type { RunOutcome } from './sweepProtocol.ts';
import type { SweepWorkers } from './sweepWorkers.ts';

/** An engine refusal as one line for the problem column; null when the engine itself failed (a bug). */
export function problemText(outcome: Extract<RunOutcome, { ok: false }>): string | null {
  if (outcome.errors.some((e) => e.path === '(engine)')) return null;
  return outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}

/**
 * Runs `runs` of the grid on the workers, as many at a time as there are workers, and returns their
 * rows in the order of `runs` whatever order they finish in, so the output is the same for any number
 * of workers. A run the engine refuses (an infeasible combination) gets a row with its problem and no
 * figures; the engine failing throws.
 */
export async function sweepRuns(
  grid: SweepGrid, runs: readonly number[], workers: SweepWorkers, response: boolean, progress: ProgressReporter,
): Promise<SweepRow[]> {
  const rows = new Array<SweepRow>(runs.length);
  let next = 0;
  let done = 0;
  // A few runs per worker in flight: workers never wait, and scenarios are built only as they are sent.
  const lane = async () => {
    for (let i = next++; i < runs.length; i = next++) {
      const run = runs[i];
      const outcome = await workers.run(grid.scenarioOf(run), response);
      progress.report(`run ${++done} of ${runs.length}`, done / runs.length);
      const values = grid.valuesOf(run);
      if (outcome.ok) rows[i] = { run, values, measures: outcome.measures, problem: '' };
      else {
        const problem = problemText(outcome);
        if (problem === null) throw new Error(outcome.errors.map((e) => e.message).join('; '));
        rows[i] = { run, values, measures: null, problem };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(runs.length, 2 * workers.size) }, lane));
  return rows;
}
