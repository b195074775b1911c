import { resolve } from 'node:path';
import type { Scenario } from '../model/scenario.ts';
import { displayPath } from './displayPath.ts';
import { PROJECT_ROOT } from './projectRoot.ts';

export interface DatasetFolder {
  /** Absolute path. */
  dir: string;
  /** For messages: the folder, and where its name came from when the user did not type it. */
  shown: string;
  origin: string | null;
}

/**
 * Which dataset folder a run uses: --dataset (relative to the working directory) when given, else the
 * scenario's "dataset" field (relative to the project; "default" is data/), else data/.
 */
export function datasetFolder(option: string | null, scenario: Scenario, scenarioShown: string): DatasetFolder {
  if (option !== null) return { dir: resolve(option), shown: option, origin: null };
  const field = scenario.dataset;
  const dir = resolve(PROJECT_ROOT, field === undefined || field === 'default' ? 'data' : field);
  const origin = field === undefined ? null : `"dataset": ${JSON.stringify(field)} in ${scenarioShown}`;
  return { dir, shown: displayPath(dir), origin };
}
