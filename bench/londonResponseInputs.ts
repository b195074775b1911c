import { readFileSync } from 'node:fs';
import { loadDataset } from '../src/io/loadDataset.ts';
import { readDatasetDir } from '../src/io/readDatasetDir.ts';
import { prepareScenario } from '../src/model/prepareScenario.ts';
import { responseInputs, type ResponseInputs } from '../src/model/response/responseInputs.ts';
import { runScenario } from '../src/model/runScenario.ts';
import { parseScenario } from '../src/model/scenario.ts';

/** The response simulation's inputs for scenarios/<file> on the London default (data/): a London week. */
export async function londonResponseInputs(file = 'fixed-borough.json'): Promise<ResponseInputs> {
  const { files, resolveBoundaries } = await readDatasetDir(new URL('../data', import.meta.url).pathname);
  const loaded = await loadDataset(files, { resolveBoundaries });
  if (!loaded.ok) throw new Error('the London default did not load');
  const checked = parseScenario(readFileSync(new URL(`../scenarios/${file}`, import.meta.url), 'utf8'));
  if (!checked.ok) throw new Error(`${file} did not parse`);
  const prepared = prepareScenario(checked.scenario, loaded.dataset);
  if (!prepared.ok) throw new Error(`${file} did not prepare`);
  const result = await runScenario(loaded.dataset, prepared.plan);
  return responseInputs(loaded.dataset, prepared.plan, result);
}
