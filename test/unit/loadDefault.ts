import { loadDataset } from '../../src/io/loadDataset.ts';
import { readDatasetDir } from '../../src/io/readDatasetDir.ts';
import type { Dataset } from '../../src/model/dataset.ts';

let cached: Promise<Dataset> | null = null;

/** The embedded London default, loaded through the real loaders once per test file. */
export function loadDefault(): Promise<Dataset> {
  cached ??= (async () => {
    const { files, resolveBoundaries } = await readDatasetDir('data');
    const r = await loadDataset(files, { resolveBoundaries });
    if (!r.ok) throw new Error(`default data failed to load: ${r.errors.map((e) => e.message).join('; ')}`);
    return r.dataset;
  })();
  return cached;
}
