// Node only (reads the file system): for tests, the CLI and benchmarks. Browsers use browserEngineEnv.
import { fileURLToPath } from 'node:url';
import { readDatasetDir } from '../io/readDatasetDir.ts';
import { highsSolver, type HighsLike } from '../model/highsSolver.ts';
import type { EngineEnv } from './engineEnv.ts';

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** An engine environment whose default dataset is the folder `dataDir` (the repository's data/). */
export function nodeEngineEnv(dataDir: string = DEFAULT_DATA_DIR): EngineEnv {
  const dir = readDatasetDir(dataDir);
  return {
    defaultDatasetFiles: async () => (await dir).files,
    resolveBoundaries: async (ref) => (await dir).resolveBoundaries(ref),
    async loadLpSolver() {
      const { default: loadHighs } = await import('highs');
      return highsSolver((await loadHighs()) as unknown as HighsLike);
    },
  };
}
