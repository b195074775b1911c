import { join } from 'node:path';
import type { Dataset } from '../model/dataset.ts';
import { loadDataset } from '../io/loadDataset.ts';
import { formatProblem, type Problem } from '../io/problem.ts';
import { readDatasetDir } from '../io/readDatasetDir.ts';
import type { ZonePolygon } from '../io/readZoneGeometry.ts';
import type { DatasetFolder } from './datasetFolder.ts';
import { fileProblem } from './fileProblem.ts';
import { InputError } from './inputError.ts';

export interface LoadedFolder {
  data: Dataset;
  geometries: ZonePolygon[];
  /** Formatted, ready to print. */
  warnings: string[];
}

/** Loads a dataset folder; problems become an InputError, one formatProblem line each, paths under the folder. */
export async function loadDatasetFolder(folder: DatasetFolder): Promise<LoadedFolder> {
  let dir: Awaited<ReturnType<typeof readDatasetDir>>;
  try {
    dir = await readDatasetDir(folder.dir);
  } catch (e) {
    const from = folder.origin ? ` (from ${folder.origin})` : '';
    throw new InputError(`${folder.shown}: dataset ${fileProblem(e, 'folder')}${from}`);
  }
  const r = await loadDataset(dir.files, { resolveBoundaries: dir.resolveBoundaries });
  const format = (p: Problem) => formatProblem({ ...p, file: p.file ? join(folder.shown, p.file) : folder.shown });
  const warnings = r.warnings.map((w) => `warning: ${format(w)}`);
  if (!r.ok) throw new InputError([...warnings, ...r.errors.map(format)]);
  return { data: r.dataset, geometries: r.geometries, warnings };
}
