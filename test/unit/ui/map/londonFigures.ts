import { datasetSummary, type DatasetSummary } from '../../../../src/engine/datasetSummary.ts';
import type { ScenarioResult } from '../../../../src/model/runScenario.ts';
import { defaultRun } from '../../exports/defaultRun.ts';

/** follow-the-commute on the London default, with the summary the engine would send the page. */
export async function londonFigures(): Promise<{ summary: DatasetSummary; result: ScenarioResult }> {
  const run = await defaultRun();
  return { summary: datasetSummary(run.data, run.geometries, []), result: run.result };
}
