// Node only (reads the file system): for the CLI, tests and benchmarks. Browsers use browserEngineEnv.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDatasetDir } from '../io/readDatasetDir.ts';
import { highsSolver, type HighsLike, type SmoothedSolver } from '../model/index.ts';
import type { EngineEnv } from './engineEnv.ts';

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/**
 * An engine environment whose default dataset is the folder `dataDir` (the repository's data/), read
 * when the engine first loads it. `shown` is the folder as messages name it (e.g. 'data/msoa');
 * `smoothingSolver` picks the smoothed method's solver (default: the min-cost flow).
 */
export function nodeEngineEnv(dataDir: string = DEFAULT_DATA_DIR, shown?: string, smoothingSolver?: SmoothedSolver): EngineEnv {
  let dir: ReturnType<typeof readDatasetDir> | null = null;
  const read = () => (dir ??= readDatasetDir(dataDir));
  return {
    defaultDatasetFiles: async () => (await read()).files,
    resolveBoundaries: async (ref) => (await read()).resolveBoundaries(ref),
    smoothingSolver,
    displayFile: shown === undefined ? undefined : (name) => (name ? join(shown, name) : shown),
    // The London default's MSOAs sit in a folder of their own beside it (data/msoa).
    finerDataset: async (kind) => (existsSync(join(dataDir, 'msoa', 'dataset.json')) ? readDatasetDir(join(dataDir, kind === 'msoas' ? 'msoa' : kind)) : undefined),
    async loadLpSolver() {
      const { default: loadHighs } = await import('highs');
      return highsSolver((await loadHighs()) as unknown as HighsLike);
    },
  };
}
