import type { Dataset } from './dataset.ts';
import { commutePhase, type CommutePhase } from './commutePhase.ts';
import { demand, type DemandWeights } from './demand.ts';
import { footfall } from './footfall.ts';
import { presence } from './presence.ts';
import { riskRate, type RiskRate } from './riskRate.ts';

/** Everything about people and demand a scenario run needs, before any officer is placed. */
export interface ScenarioInputs {
  n: number;
  phase: CommutePhase;
  present: Float64Array;
  footfall: Float64Array;
  risk: RiskRate;
  demand: Float64Array;
  weights: DemandWeights;
}

/** People-side inputs that depend only on the dataset (reusable across scenarios). */
export interface PeopleInputs {
  phase: CommutePhase;
  present: Float64Array;
  footfall: Float64Array;
}

export function peopleInputs(data: Dataset): PeopleInputs {
  const phase = commutePhase(data);
  return { phase, present: presence(data, phase), footfall: footfall(data) };
}

export function scenarioInputs(data: Dataset, weights: DemandWeights, riskYear?: number, people = peopleInputs(data)): ScenarioInputs {
  const n = data.zones.count;
  const risk = riskRate(data, people.present, riskYear);
  return {
    n,
    ...people,
    risk,
    demand: demand({ n, present: people.present, footfall: people.footfall, riskPerPerson: risk.perPerson }, weights),
    weights,
  };
}
