import type { FrontierCurvePoint, FrontierRow } from '../io/index.ts';
import {
  frontierSearch, getScenarioPath, parseScenarioPath, setScenarioPath, type ScenarioPath, type SweepGrid,
} from '../model/index.ts';
import { InputError } from './inputError.ts';
import type { ProgressReporter } from './progressReporter.ts';
import { problemText } from './sweepRuns.ts';
import type { SweepWorkers } from './sweepWorkers.ts';

export interface FrontierRequest {
  /** The field searched, e.g. "supply.headcount". */
  path: string;
  target: number;
  /** Use the simulated share's lower 95% bound instead of Erlang C. */
  response: boolean;
}

/** The searched field, checked: a number field of the schema, not also varied. */
export function frontierPath(text: string, grid: SweepGrid): ScenarioPath {
  const parsed = parseScenarioPath(text);
  if (!parsed.ok) throw new InputError(`--frontier ${text}: ${parsed.message}`);
  const { path } = parsed;
  if (path.schema.type !== 'number' && path.schema.type !== 'integer') throw new InputError(`--frontier ${text}: is not a number field`);
  if (grid.axes.some((a) => a.path.text === path.text)) throw new InputError(`--frontier ${text}: is also varied; the frontier searches it, so leave it out of --vary`);
  return path;
}

function label(grid: SweepGrid, g: number): string {
  const values = grid.valuesOf(g);
  return grid.axes.length === 0 ? 'the scenario' : grid.axes.map((a, i) => `${a.path.text}=${typeof values[i] === 'string' ? values[i] : JSON.stringify(values[i])}`).join(', ');
}

/**
 * For every grid point, the smallest whole value of the field whose share of immediate calls within
 * target reaches `target` (frontierSearch from the scenario's own value, within the schema's bounds),
 * the points evaluated running on the workers. Grid points search side by side. A value the engine
 * refuses (e.g. floors above the officers on duty) counts as falling short; warnings go to `warn`.
 */
export async function sweepFrontier(
  grid: SweepGrid, request: FrontierRequest, workers: SweepWorkers, progress: ProgressReporter, warn: (line: string) => void,
): Promise<FrontierRow[]> {
  const path = frontierPath(request.path, grid);
  const min = path.schema.minimum ?? (path.schema.exclusiveMinimum !== undefined ? Math.floor(path.schema.exclusiveMinimum) + 1 : 0);
  const max = path.schema.maximum ?? 10_000_000;
  const starts = Array.from({ length: grid.count }, (_, g) => getScenarioPath(grid.scenarioOf(g), path));
  const unset = starts.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (unset >= 0) throw new InputError(`--frontier ${path.text}: the scenario (${label(grid, unset)}) gives no number to start from; set it in the scenario`);

  let evaluations = 0;
  let finished = 0;
  const search = async (g: number): Promise<FrontierRow> => {
    const scenario = grid.scenarioOf(g);
    const curve = new Map<number, FrontierCurvePoint>();
    let refused: string | null = null;
    const evaluate = async (value: number): Promise<number> => {
      const set = setScenarioPath(scenario, path, value);
      if (!set.ok) throw new InputError(`--frontier ${path.text}: ${set.message}`);
      const outcome = await workers.run(set.value, request.response);
      progress.report(`frontier: ${finished} of ${grid.count} searches done, ${++evaluations} runs`, finished / grid.count);
      if (!outcome.ok) {
        const problem = problemText(outcome);
        if (problem === null) throw new Error(outcome.errors.map((e) => e.message).join('; '));
        refused ??= `${path.text}=${value}: ${problem}`;
        curve.set(value, { value, share: NaN, low: null, high: null });
        return NaN;
      }
      const m = outcome.measures;
      const sim = request.response ? m.simulated : null;
      const point = sim ? { value, share: sim.share, low: sim.low, high: sim.high } : { value, share: m.erlangShareWithinTarget, low: null, high: null };
      curve.set(value, point);
      return sim ? sim.low : point.share;
    };
    const result = await frontierSearch(evaluate, { target: request.target, start: starts[g] as number, min, max });
    finished++;
    const name = label(grid, g);
    if (refused) warn(`warning: ${name}: ${refused} (counted as falling short of the target)`);
    if (result.value === null) warn(`warning: ${name}: even ${path.text}=${max} falls short of ${request.target}`);
    for (const [a, b] of result.violations.slice(0, 3)) {
      warn(`warning: ${name}: ${request.response ? "the simulated share's lower bound" : 'the share'} falls from ${a.share.toFixed(6)} at ${a.value} to ${b.share.toFixed(6)} at ${b.value}; a smaller value than the one found may also reach the target`);
    }
    return {
      values: grid.valuesOf(g),
      target: request.target,
      value: result.value,
      at: result.value === null ? null : curve.get(result.value)!,
      monotone: result.monotone,
      points: [...curve.values()].sort((a, b) => a.value - b.value),
    };
  };
  return Promise.all(Array.from({ length: grid.count }, (_, g) => search(g)));
}
