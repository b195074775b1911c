import fixedBorough from '../../../scenarios/fixed-borough.json';
import followTheCommuteSmoothed from '../../../scenarios/follow-the-commute-smoothed.json';
import followTheCommute from '../../../scenarios/follow-the-commute.json';
import weightedRiskWithProtest from '../../../scenarios/weighted-risk-with-protest.json';
import type { Scenario } from '../../engine/index.ts';

/** The scenarios in scenarios/, by file name: starting points for the planner and comparisons. */
export const SHIPPED_SCENARIOS: readonly { id: string; scenario: Scenario }[] = [
  { id: 'fixed-borough', scenario: fixedBorough as Scenario },
  { id: 'follow-the-commute', scenario: followTheCommute as Scenario },
  { id: 'follow-the-commute-smoothed', scenario: followTheCommuteSmoothed as Scenario },
  { id: 'weighted-risk-with-protest', scenario: weightedRiskWithProtest as Scenario },
];

/** A fresh copy of a shipped scenario, or null for an unknown id. */
export function shippedScenario(id: string): Scenario | null {
  const found = SHIPPED_SCENARIOS.find((s) => s.id === id);
  return found ? structuredClone(found.scenario) : null;
}
