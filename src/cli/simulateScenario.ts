import type { EngineApi, ExportFormat, ProgressCallback, Refusal, Scenario } from '../engine/index.ts';
import { formatScenarioError } from './formatScenarioError.ts';
import { InputError } from './inputError.ts';

/**
 * A refusal in the CLI's terms: the engine failing is an internal error (exit 1); anything else about
 * the scenario, an infeasible one included, is bad input naming the file and field (exit 2).
 */
export function refusalError(answer: Refusal, scenarioShown: string): Error {
  if (answer.cancelled) return new Error('the run was cancelled');
  const internal = answer.errors.find((e) => e.path === '(engine)');
  if (internal) return new Error(internal.message);
  return new InputError(answer.errors.map((e) => formatScenarioError(scenarioShown, e)));
}

/**
 * Runs the scenario on the loaded dataset through the engine API and writes it in `format`, with the
 * writers behind the app's export buttons: the same engine path and the same bytes as the app.
 */
export async function simulateScenario(
  api: EngineApi, scenario: Scenario, scenarioShown: string, format: ExportFormat, onProgress?: ProgressCallback,
): Promise<string> {
  const run = await api.run(1, scenario, onProgress);
  if (!run.ok) throw refusalError(run, scenarioShown);
  const file = await api.exportFile(2, scenario, format, onProgress);
  if (!file.ok) throw refusalError(file, scenarioShown);
  return file.text;
}
