import { readFile } from 'node:fs/promises';
import { frontierCsv, sweepCsv } from '../io/index.ts';
import { parseVaryAxis, sweepGrid, type Scenario, type SweepGrid, type VaryAxis } from '../model/index.ts';
import { datasetFolder } from './datasetFolder.ts';
import { fileProblem } from './fileProblem.ts';
import { InputError } from './inputError.ts';
import { checkDatasetFolder } from './loadDatasetFolder.ts';
import { progressReporter } from './progressReporter.ts';
import { readScenarioFile } from './readScenarioFile.ts';
import { withResponseOptions, type CommandStreams } from './simulateCommand.ts';
import { parseSweepArgs, type SweepOptions } from './sweepArgs.ts';
import { sweepFrontier } from './sweepFrontier.ts';
import { mergeSweepFiles, type ShardFile } from './sweepMerge.ts';
import { sweepRuns } from './sweepRuns.ts';
import { SWEEP_USAGE } from './sweepUsage.ts';
import { startSweepWorkers } from './sweepWorkers.ts';
import { writeOutput } from './writeOutput.ts';

/** The grid the --vary options make from the base scenario; every problem an InputError line naming its path. */
export function gridOf(base: Scenario, vary: readonly string[]): SweepGrid {
  const axes: VaryAxis[] = [];
  const problems: string[] = [];
  for (const text of vary) {
    const axis = parseVaryAxis(text);
    if (axis.ok) axes.push(axis.axis);
    else problems.push(`--vary ${axis.path}: ${axis.message}`);
  }
  if (problems.length > 0) throw new InputError(problems);
  const grid = sweepGrid(base, axes);
  if (!grid.ok) throw new InputError(grid.problems.map((p) => `--vary ${p.path}: ${p.message}`));
  return grid.grid;
}

async function readShards(names: readonly string[]): Promise<ShardFile[]> {
  return Promise.all(names.map(async (name) => {
    try {
      return { name, text: await readFile(name, 'utf8') };
    } catch (e) {
      throw new InputError(`${name}: ${fileProblem(e, 'file')}`);
    }
  }));
}

/** The runs this process does: all of them, or shard I of N (runs I, I + N, I + 2N, ...). */
function shardRuns(count: number, shard: SweepOptions['shard']): number[] {
  const runs: number[] = [];
  for (let r = shard?.index ?? 0; r < count; r += shard?.count ?? 1) runs.push(r);
  return runs;
}

/**
 * `npm run sweep`: a grid of runs from one scenario on worker threads, one CSV row per run (or a shard
 * of them); the frontier search; or joining shard files. Bad input throws an InputError (exit 2).
 */
export async function sweepCommand(argv: readonly string[], streams: CommandStreams): Promise<void> {
  const options = parseSweepArgs(argv);
  if (options.help) {
    streams.stdout.write(SWEEP_USAGE);
    return;
  }
  if (options.merge) {
    await writeOutput(mergeSweepFiles(await readShards(options.merge)), options.out, streams.stdout);
    return;
  }
  const scenarioShown = options.scenario!;
  const base = withResponseOptions(await readScenarioFile(scenarioShown, scenarioShown), options);
  const grid = gridOf(base, options.vary);
  const folder = datasetFolder(options.dataset, base, scenarioShown);
  await checkDatasetFolder(folder);
  const runs = shardRuns(grid.count, options.shard);
  const paths = grid.axes.map((a) => a.path.text);

  const progress = progressReporter(streams.stderr);
  const warn = (line: string) => {
    progress.done();
    streams.stderr.write(`${line}\n`);
  };
  progress.report('starting workers', 0);
  const workers = await startSweepWorkers(Math.max(1, Math.min(options.jobs, options.frontier ? grid.count : runs.length)), folder, options.solver);
  let text: string;
  try {
    for (const w of workers.warnings) warn(w);
    if (options.frontier !== null) {
      const rows = await sweepFrontier(grid, { path: options.frontier, target: options.target!, response: options.response }, workers, progress, warn);
      text = frontierCsv(paths, options.frontier, rows);
    } else {
      const rows = await sweepRuns(grid, runs, workers, options.response, progress);
      const refused = rows.filter((r) => r.problem !== '');
      if (refused.length > 0) warn(`warning: ${refused.length} of ${rows.length} runs have no figures (see the problem column), e.g. run ${refused[0].run}: ${refused[0].problem}`);
      text = sweepCsv(paths, options.response, rows);
    }
  } finally {
    progress.done();
    await workers.close();
  }
  await writeOutput(text, options.out, streams.stdout);
}
