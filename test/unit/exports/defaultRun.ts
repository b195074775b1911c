import { readFile } from 'node:fs/promises';
import { loadDataset } from '../../../src/io/loadDataset.ts';
import type { ZonePolygon } from '../../../src/io/readZoneGeometry.ts';
import { readDatasetDir } from '../../../src/io/readDatasetDir.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import { prepareScenario } from '../../../src/model/prepareScenario.ts';
import { runScenario, type ScenarioResult } from '../../../src/model/runScenario.ts';
import { parseScenario, type Scenario } from '../../../src/model/scenario.ts';

export interface Run {
  name: string;
  data: Dataset;
  geometries: ZonePolygon[];
  result: ScenarioResult;
}

/** Runs a scenario object on a loaded dataset through the real engine (no LP: not for "smoothed"). */
export async function runOn(data: Dataset, geometries: ZonePolygon[], scenario: Scenario): Promise<Run> {
  const prepared = prepareScenario(scenario, data);
  if (!prepared.ok) throw new Error(prepared.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return { name: scenario.name, data, geometries, result: await runScenario(data, prepared.plan) };
}

let cached: Promise<Run> | null = null;

/** scenarios/follow-the-commute.json on the London default (data/), once per test file. */
export function defaultRun(): Promise<Run> {
  cached ??= (async () => {
    const { files, resolveBoundaries } = await readDatasetDir('data');
    const loaded = await loadDataset(files, { resolveBoundaries });
    if (!loaded.ok) throw new Error('the default data did not load');
    const check = parseScenario(await readFile('scenarios/follow-the-commute.json', 'utf8'));
    if (!check.ok) throw new Error('the default scenario did not parse');
    return runOn(loaded.dataset, loaded.geometries, check.scenario);
  })();
  return cached;
}
