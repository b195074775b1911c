import type { ResponseResult } from '../response/responseResult.ts';
import { IMMEDIATE } from '../response/responseParams.ts';
import type { ScenarioResult } from '../runScenario.ts';

/** The week's headline figures of one run: a sweep's row, a frontier's point. */
export interface HeadlineMeasures {
  /** Week mean of the per-slot dissimilarity index. */
  dissimilarity: number;
  /** Gini coefficient of the week's officer-hours against demand-hours. */
  gini: number;
  officerHoursMoved: number;
  unmetOfficerHours: number;
  /** Erlang C: share of immediate calls with a unit free within the target (NaN without an incident rate). */
  erlangShareWithinTarget: number;
  /** The response simulation's share of immediate calls attended within target, with its 95% interval. */
  simulated: { share: number; low: number; high: number } | null;
}

/** Headline figures of a run, and of its response simulation when given. */
export function headlineMeasures(result: ScenarioResult, response: ResponseResult | null = null): HeadlineMeasures {
  const t = result.measures.totals;
  const grade = response?.grades[IMMEDIATE];
  return {
    dissimilarity: t.dissimilarity,
    gini: t.gini,
    officerHoursMoved: t.movedHours,
    unmetOfficerHours: t.unmetOfficerHours,
    erlangShareWithinTarget: t.withinTarget,
    simulated: grade ? { share: grade.total.share[0], low: grade.total.shareLow[0], high: grade.total.shareHigh[0] } : null,
  };
}
