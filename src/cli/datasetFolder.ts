import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../engine/index.ts';

/** The repository root: scenario "dataset" folders and the default data/ are relative to it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A path for messages: relative to the working directory when it lies inside it, else absolute. */
export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

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
