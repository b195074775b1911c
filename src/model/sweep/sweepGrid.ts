import { checkScenario, type Scenario } from '../scenario.ts';
import { setScenarioPath } from './scenarioPath.ts';
import type { VaryAxis } from './varyAxis.ts';

/** A problem with a sweep's grid, named by the varied path (or paths) it concerns. */
export interface GridProblem {
  path: string;
  message: string;
}

/**
 * Every combination of the varied values, in a stable order: the first axis varies slowest and the
 * last fastest (nested loops in the order the axes were given). Run numbers start at 0.
 */
export interface SweepGrid {
  axes: readonly VaryAxis[];
  count: number;
  /** The varied values of run `run`, one per axis. */
  valuesOf(run: number): unknown[];
  /** The base scenario with run `run`'s values set. */
  scenarioOf(run: number): Scenario;
}

export type GridBuild = { ok: true; grid: SweepGrid } | { ok: false; problems: GridProblem[] };

/** More runs than this is a mistake in a range, not a sweep. */
export const MAX_RUNS = 1_000_000;
/** Problems reported for combinations before the rest are summarised. */
const MAX_PROBLEMS = 5;

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function apply(base: Scenario, axes: readonly VaryAxis[], values: readonly unknown[]): { ok: true; value: Scenario } | { ok: false; message: string } {
  let s = base;
  for (let a = 0; a < axes.length; a++) {
    const set = setScenarioPath(s, axes[a].path, values[a]);
    if (!set.ok) return set;
    s = set.value;
  }
  return { ok: true, value: s };
}

/** The scenario check's errors as one line (only those on `own` and below it, when given); null when none. */
function checked(scenario: Scenario, own?: string): string | null {
  const c = checkScenario(scenario);
  if (c.ok) return null;
  const errors = own === undefined ? c.errors : c.errors.filter((e) => e.path === own || e.path.startsWith(`${own}.`) || e.path.startsWith(`${own}[`));
  return errors.length === 0 ? null : errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}

/**
 * The grid of runs a sweep makes from `base`. Every value is checked on its own in the base scenario
 * (the scenario check's message for that field, named by its path), then every combination (rules that
 * span fields, such as shift shares adding up to 1). Whether a run is feasible on a dataset is for the
 * engine.
 */
export function sweepGrid(base: Scenario, axes: readonly VaryAxis[]): GridBuild {
  const problems: GridProblem[] = [];
  const seen = new Set<string>();
  for (const axis of axes) {
    if (seen.has(axis.path.text)) problems.push({ path: axis.path.text, message: 'is varied twice; give all its values in one --vary' });
    seen.add(axis.path.text);
    for (const v of axis.values) {
      const one = setScenarioPath(base, axis.path, v);
      // Only the field's own problems here: rules across fields (shift shares) may hold in combination.
      const message = one.ok ? checked(one.value, axis.path.text) : one.message;
      if (message) problems.push({ path: axis.path.text, message: `value ${show(v)} is rejected: ${message}` });
    }
  }
  const sizes = axes.map((a) => a.values.length);
  const count = sizes.reduce((a, b) => a * b, 1);
  if (count > MAX_RUNS) problems.push({ path: axes.map((a) => a.path.text).join(' x '), message: `makes ${count} runs, more than ${MAX_RUNS}` });
  if (problems.length > 0) return { ok: false, problems };

  const valuesOf = (run: number): unknown[] => {
    const out = new Array<unknown>(axes.length);
    let rest = run;
    for (let a = axes.length - 1; a >= 0; a--) {
      out[a] = axes[a].values[rest % sizes[a]];
      rest = Math.floor(rest / sizes[a]);
    }
    return out;
  };
  let failed = 0;
  if (axes.length > 0) {
    for (let run = 0; run < count; run++) {
      const values = valuesOf(run);
      const s = apply(base, axes, values);
      const message = s.ok ? checked(s.value) : s.message;
      if (!message) continue;
      if (++failed <= MAX_PROBLEMS) {
        const combo = axes.map((a, i) => `${a.path.text}=${show(values[i])}`).join(', ');
        problems.push({ path: combo, message: `this combination is rejected: ${message}` });
      }
    }
  }
  if (failed > MAX_PROBLEMS) problems.push({ path: '(grid)', message: `${failed - MAX_PROBLEMS} more combinations are rejected` });
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    grid: {
      axes,
      count,
      valuesOf,
      scenarioOf(run) {
        const s = apply(base, axes, valuesOf(run));
        if (!s.ok) throw new Error(s.message); // checked above
        return s.value;
      },
    },
  };
}
