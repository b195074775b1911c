import type { ZonePolygon } from '../io/readZoneGeometry.ts';
import { zoneLocator } from '../io/zoneLocator.ts';
import { SmoothingInfeasible } from '../model/allocateSmoothed.ts';
import type { Dataset } from '../model/dataset.ts';
import { highsSolver, type HighsLike } from '../model/highsSolver.ts';
import type { LpSolver } from '../model/linearProgram.ts';
import { prepareScenario } from '../model/prepareScenario.ts';
import { runScenario, type ScenarioResult } from '../model/runScenario.ts';
import type { Scenario } from '../model/scenario.ts';
import { formatScenarioError } from './formatScenarioError.ts';
import { InputError } from './inputError.ts';

export interface SimulateInput {
  scenario: Scenario;
  /** The scenario file as named in messages. */
  scenarioShown: string;
  data: Dataset;
  geometries: readonly ZonePolygon[];
  onProgress?: (stage: string, fraction: number) => void;
}

/** Checks the scenario against the dataset and runs it; an infeasible scenario is an InputError. */
export async function simulateScenario(input: SimulateInput): Promise<ScenarioResult> {
  const { scenario, scenarioShown, data } = input;
  const prepared = prepareScenario(scenario, data, zoneLocator(input.geometries));
  if (!prepared.ok) throw new InputError(prepared.errors.map((e) => formatScenarioError(scenarioShown, e)));
  const lp = prepared.plan.method === 'smoothed' ? await loadLpSolver(input.onProgress) : undefined;
  try {
    return await runScenario(data, prepared.plan, { lp, onProgress: input.onProgress });
  } catch (e) {
    if (e instanceof SmoothingInfeasible) {
      throw new InputError(formatScenarioError(scenarioShown, { path: 'smoothing.maxChangePerSlot', message: e.message }));
    }
    throw e;
  }
}

async function loadLpSolver(onProgress: SimulateInput['onProgress']): Promise<LpSolver> {
  onProgress?.('loading HiGHS', 0);
  const { default: loadHighs } = await import('highs');
  return highsSolver((await loadHighs()) as unknown as HighsLike);
}
