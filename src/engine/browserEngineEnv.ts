// Vite only: the default dataset is bundled into the worker as text, HiGHS is fetched on first use.
import wasmUrl from 'highs/runtime?url';
import londonBoroughs from 'vega-datasets/data/londonBoroughs.json?raw';
import { sourceFromText, type SourceFile } from '../io/index.ts';
import { highsSolver, type HighsLike } from '../model/index.ts';
import type { EngineEnv } from './engineEnv.ts';

const dataFiles = import.meta.glob<string>('../../data/*.{csv,json}', { query: '?raw', import: 'default', eager: true });

/** Boundary files a dataset.json may name as "npm:<package>/<path>", bundled with the worker. */
const packagedBoundaries: Record<string, string> = {
  'vega-datasets/data/londonBoroughs.json': londonBoroughs,
};

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export const browserEngineEnv: EngineEnv = {
  async defaultDatasetFiles() {
    return Object.entries(dataFiles)
      .map(([path, text]) => sourceFromText(fileName(path), text))
      .sort((a, b) => a.name.localeCompare(b.name));
  },
  async resolveBoundaries(ref): Promise<SourceFile> {
    const text = packagedBoundaries[ref.replace(/^npm:/, '')];
    if (text === undefined) throw new Error(`"${ref}" is not packaged with the app; drop the boundaries file with the others`);
    return sourceFromText(fileName(ref), text);
  },
  async loadLpSolver() {
    // The module (and its 3.5 MB wasm) is only fetched when a smoothed scenario first runs.
    const { default: loadHighs } = await import('highs');
    return highsSolver((await loadHighs({ locateFile: () => wasmUrl })) as unknown as HighsLike);
  },
};
