import {
  frontierSearch, parseScenarioPath, type FrontierCurvePoint, type FrontierRow, type Method, type Scenario,
} from '../../engine/index.ts';
import { BatchCancelled, BatchFailed, outcomeOf, type BatchEngine, type BatchJob } from './batchJob.ts';

/** A frontier asked for in the app: the officers each method needs for a share of immediate calls within target. */
export interface FrontierRequest {
  /** The scenario whose headcount is searched (the planner's, as it is when the search starts). */
  base: Scenario;
  methods: readonly Method[];
  /** The share to reach, 0 to 1. */
  target: number;
  /** The first headcount tried (by default the scenario's). */
  start: number;
  /** Search on the response simulation's lower 95% bound instead of Erlang C. */
  simulated: boolean;
}

/** One method's frontier: the CLI's frontier row (values: [method]) and why some headcounts had no figures. */
export interface MethodFrontier extends FrontierRow {
  method: Method;
  /** The first headcount the engine refused (e.g. floors above the officers on duty), counted as falling short. */
  refused: string | null;
}

/** Evaluations so far per method, and which methods have finished. */
export interface FrontierProgress {
  evaluations: number[];
  finished: boolean[];
}

export const FRONTIER_PATH = 'supply.headcount';

/** The view key of method `i`'s runs in the engine pool. */
export const frontierKey = (prefix: string, i: number) => `${prefix}:${i}`;

/**
 * Runs frontierSearch for every method side by side, each evaluation one `headline` request to the
 * pool (one view per method, so the searches use as many workers as the pool has). The searched field
 * stays within the schema's bounds. A headcount the engine refuses counts as falling short, as in
 * `npm run sweep -- --frontier`; an Erlang share the dataset cannot give (no incident rate) stops the
 * batch with a message. Cancelling stops every search at its pending run.
 */
export function startFrontier(
  engine: BatchEngine, request: FrontierRequest, onProgress: (p: FrontierProgress) => void, keyPrefix = 'batch-frontier',
): BatchJob<MethodFrontier[]> {
  const parsed = parseScenarioPath(FRONTIER_PATH);
  if (!parsed.ok) throw new Error(parsed.message);
  const { schema } = parsed.path;
  const min = schema.minimum ?? 0;
  const max = schema.maximum ?? 10_000_000;
  const keys = request.methods.map((_, i) => frontierKey(keyPrefix, i));
  const progress: FrontierProgress = { evaluations: request.methods.map(() => 0), finished: request.methods.map(() => false) };
  // `halted` stops every search (Stop, or one search failing); `cancelled` is the user's Stop alone.
  let halted = false;
  let cancelled = false;
  const halt = () => {
    if (halted) return;
    halted = true;
    for (const key of keys) engine.cancel(key);
  };

  const search = async (method: Method, i: number): Promise<MethodFrontier> => {
    const scenario = { ...request.base, method };
    const curve = new Map<number, FrontierCurvePoint>();
    let refused: string | null = null;
    const evaluate = async (headcount: number): Promise<number> => {
      if (halted) throw new BatchCancelled();
      const answer = await engine.headline(keys[i], { ...scenario, supply: { ...scenario.supply, headcount } }, { response: request.simulated });
      if (halted || (!answer.ok && answer.cancelled)) throw new BatchCancelled();
      progress.evaluations[i]++;
      if (!answer.ok) {
        if (answer.errors.some((e) => e.path === '(engine)')) throw new BatchFailed(answer.errors.map((e) => e.message).join('; '));
        refused ??= `${FRONTIER_PATH}=${headcount}: ${answer.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`;
        curve.set(headcount, { value: headcount, share: NaN, low: null, high: null });
        onProgress(progress);
        return NaN;
      }
      const m = answer.measures;
      const sim = request.simulated ? m.simulated : null;
      if (request.simulated && !sim) throw new BatchFailed('the engine gave no simulated share for this scenario');
      if (!sim && !Number.isFinite(m.erlangShareWithinTarget)) {
        throw new BatchFailed('Erlang C needs an incident rate: this dataset has no recorded crime for the scenario\'s risk year; set service.incidentsPerYear in the scenario, or use the simulated share');
      }
      const point = sim ? { value: headcount, share: sim.share, low: sim.low, high: sim.high } : { value: headcount, share: m.erlangShareWithinTarget, low: null, high: null };
      curve.set(headcount, point);
      onProgress(progress);
      return sim ? sim.low : point.share;
    };
    const result = await frontierSearch(evaluate, { target: request.target, start: request.start, min, max });
    progress.finished[i] = true;
    onProgress(progress);
    return {
      method,
      refused,
      values: [method],
      target: request.target,
      value: result.value,
      at: result.value === null ? null : curve.get(result.value)!,
      monotone: result.monotone,
      points: [...curve.values()].sort((a, b) => a.value - b.value),
    };
  };

  // One search failing stops the others (the answer needs every method); the outcome is its failure.
  const all = Promise.all(request.methods.map((m, i) => search(m, i).catch((e: unknown) => {
    halt();
    throw e;
  })));
  return {
    done: outcomeOf(all, () => cancelled),
    cancel() {
      cancelled = true;
      halt();
    },
  };
}
