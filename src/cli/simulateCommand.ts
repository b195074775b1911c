import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { datasetFolder } from './datasetFolder.ts';
import { displayPath } from './displayPath.ts';
import { loadDatasetFolder } from './loadDatasetFolder.ts';
import { parseArgs } from './parseArgs.ts';
import { progressReporter, type ProgressStream } from './progressReporter.ts';
import { PROJECT_ROOT } from './projectRoot.ts';
import { readScenarioFile } from './readScenarioFile.ts';
import { renderOutput } from './renderOutput.ts';
import { simulateScenario } from './simulateScenario.ts';
import { USAGE } from './usage.ts';
import { writeOutput } from './writeOutput.ts';

export const DEFAULT_SCENARIO = join('scenarios', 'follow-the-commute.json');
/** A dataset folder may carry the scenario the CLI runs on it when none is given (data/msoa/ does). */
export const DATASET_SCENARIO = 'scenario.json';

/** --scenario, else the --dataset folder's own scenario.json, else the project's default scenario. */
function scenarioPathOf(scenario: string | null, dataset: string | null): string {
  if (scenario !== null) return scenario;
  if (dataset !== null && existsSync(join(dataset, DATASET_SCENARIO))) return resolve(dataset, DATASET_SCENARIO);
  return join(PROJECT_ROOT, DEFAULT_SCENARIO);
}

export interface CommandStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & ProgressStream;
}

/**
 * `npm run simulate`: options -> scenario -> dataset -> run -> output. Bad input throws an InputError;
 * anything else thrown is a bug.
 */
export async function simulateCommand(argv: readonly string[], streams: CommandStreams): Promise<void> {
  const options = parseArgs(argv);
  if (options.help) {
    streams.stdout.write(USAGE);
    return;
  }
  const scenarioPath = scenarioPathOf(options.scenario, options.dataset);
  const scenarioShown = options.scenario ?? displayPath(scenarioPath);
  const scenario = await readScenarioFile(scenarioPath, scenarioShown);
  const folder = datasetFolder(options.dataset, scenario, scenarioShown);

  const progress = progressReporter(streams.stderr);
  let text: string;
  try {
    progress.report('loading the dataset', 0);
    const { data, geometries, warnings } = await loadDatasetFolder(folder);
    progress.done();
    for (const w of warnings) streams.stderr.write(`${w}\n`);
    const result = await simulateScenario({ scenario, scenarioShown, data, geometries, onProgress: progress.report });
    progress.report('writing', 1);
    text = renderOutput(options, scenario.name, data, geometries, result);
  } finally {
    progress.done();
  }
  await writeOutput(text, options.out, streams.stdout);
}
