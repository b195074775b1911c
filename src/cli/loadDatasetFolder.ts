import { stat } from 'node:fs/promises';
import { createEngineApi, type EngineApi } from '../engine/index.ts';
import type { SmoothedSolver } from '../model/index.ts';
import { nodeEngineEnv } from '../engine/nodeEngineEnv.ts';
import type { DatasetFolder } from './datasetFolder.ts';
import { fileProblem } from './fileProblem.ts';
import { InputError } from './inputError.ts';

export interface OpenedDataset {
  /** The engine the app's workers run, in this process, with the folder loaded. */
  api: EngineApi;
  /** Formatted, ready to print ('warning: data/stations.csv line 4: ...'). */
  warnings: string[];
}

/**
 * Loads a dataset folder into an engine API (the same object a browser worker exposes), so the CLI
 * prepares, runs and writes exactly as the app does. Problems become an InputError, one line each,
 * with file paths under the folder.
 */
export async function loadDatasetFolder(folder: DatasetFolder, smoothingSolver?: SmoothedSolver): Promise<OpenedDataset> {
  await checkDatasetFolder(folder);
  const api = createEngineApi(nodeEngineEnv(folder.dir, folder.shown, smoothingSolver));
  const loaded = await api.loadDataset('default');
  const warnings = (loaded.ok ? loaded.summary.warnings : loaded.warnings).map((w) => `warning: ${w}`);
  if (!loaded.ok) throw new InputError([...warnings, ...loaded.errors]);
  return { api, warnings };
}

/** An InputError unless the dataset folder exists and is a folder (its files are checked when loaded). */
export async function checkDatasetFolder(folder: DatasetFolder): Promise<void> {
  const from = folder.origin ? ` (from ${folder.origin})` : '';
  try {
    if (!(await stat(folder.dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (e) {
    throw new InputError(`${folder.shown}: dataset ${fileProblem(e, 'folder')}${from}`);
  }
}
