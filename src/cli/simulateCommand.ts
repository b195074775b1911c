import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportFormat, Scenario } from '../engine/index.ts';
import { frontCounterCommand } from './frontCounterCommand.ts';
import { datasetFolder, displayPath, PROJECT_ROOT } from './datasetFolder.ts';
import { loadDatasetFolder } from './loadDatasetFolder.ts';
import { parseArgs, type SimulateOptions } from './parseArgs.ts';
import { progressReporter, type ProgressStream } from './progressReporter.ts';
import { readScenarioFile } from './readScenarioFile.ts';
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

/** The export the options ask for: the app's export formats, which the CLI shares. */
function exportFormat(options: Pick<SimulateOptions, 'format' | 'summary' | 'response'>): ExportFormat {
  if (options.response) return options.summary ? 'response-summary-csv' : 'response-csv';
  if (options.summary) return 'summary-csv';
  return options.format === 'csv' ? 'allocation-csv' : options.format;
}

/** The scenario with --replications and --seed put into its service settings. */
export function withResponseOptions(scenario: Scenario, options: Pick<SimulateOptions, 'replications' | 'seed'>): Scenario {
  if (options.replications === null && options.seed === null) return scenario;
  const service = { ...scenario.service };
  if (options.replications !== null) service.replications = options.replications;
  if (options.seed !== null) service.seed = options.seed;
  return { ...scenario, service };
}

/**
 * `npm run simulate`: options -> scenario -> dataset -> engine run -> output. Bad input throws an
 * InputError; anything else thrown is a bug.
 */
export async function simulateCommand(argv: readonly string[], streams: CommandStreams): Promise<void> {
  const options = parseArgs(argv);
  if (options.help) {
    streams.stdout.write(USAGE);
    return;
  }
  const scenarioPath = scenarioPathOf(options.scenario, options.dataset);
  const scenarioShown = options.scenario ?? displayPath(scenarioPath);
  const scenario = withResponseOptions(await readScenarioFile(scenarioPath, scenarioShown), options);
  const folder = datasetFolder(options.dataset, scenario, scenarioShown);

  const progress = progressReporter(streams.stderr);
  let text: string;
  try {
    progress.report('loading the dataset', 0);
    const { api, warnings } = await loadDatasetFolder(folder, options.solver);
    progress.done();
    for (const w of warnings) streams.stderr.write(`${w}\n`);
    text = options.frontCounter !== null
      ? await frontCounterCommand(api, scenario, scenarioShown, { zone: options.frontCounter, opening: options.opening!, minWindowMinutes: options.minWindowMinutes })
      : await simulateScenario(api, scenario, scenarioShown, exportFormat(options), progress.report);
    progress.report('writing', 1);
  } finally {
    progress.done();
  }
  await writeOutput(text, options.out, streams.stdout);
}
