// Vite only: the default dataset is bundled into the worker as text; its larger optional parts (the LSOA
// layer that fills hexagons, the MSOA dataset) and HiGHS are fetched on first use.
import wasmUrl from 'highs/runtime?url';
import londonBoroughs from 'vega-datasets/data/londonBoroughs.json?raw';
import { sourceFromText, type SourceFile } from '../io/index.ts';
import { highsSolver, type HighsLike } from '../model/index.ts';
import type { EngineEnv } from './engineEnv.ts';

const dataFiles = import.meta.glob<string>(['../../data/*.{csv,json}', '!../../data/small_areas.csv'], { query: '?raw', import: 'default', eager: true });
/** Read only when hexagons are first asked for. */
const lazyDataFiles = import.meta.glob<string>('../../data/small_areas.{csv,topojson}', { query: '?raw', import: 'default' });
/** Read only when MSOAs are first asked for. */
const msoaFiles = import.meta.glob<string>('../../data/msoa/*.{csv,json,topojson}', { query: '?raw', import: 'default' });

/** Boundary files a dataset.json may name as "npm:<package>/<path>", bundled with the worker. */
const packagedBoundaries: Record<string, string> = {
  'vega-datasets/data/londonBoroughs.json': londonBoroughs,
};

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A file of `files` by its name, read now. */
async function lazyFile(files: Record<string, () => Promise<string>>, name: string): Promise<SourceFile | null> {
  const entry = Object.entries(files).find(([path]) => fileName(path) === name);
  return entry ? sourceFromText(name, await entry[1]()) : null;
}

async function packaged(ref: string): Promise<SourceFile> {
  const text = packagedBoundaries[ref.replace(/^npm:/, '')];
  if (text !== undefined) return sourceFromText(fileName(ref), text);
  const lazy = await lazyFile(lazyDataFiles, ref);
  if (lazy) return lazy;
  throw new Error(`"${ref}" is not packaged with the app; drop the boundaries file with the others`);
}

export const browserEngineEnv: EngineEnv = {
  async defaultDatasetFiles() {
    return Object.entries(dataFiles)
      .map(([path, text]) => sourceFromText(fileName(path), text))
      .sort((a, b) => a.name.localeCompare(b.name));
  },
  resolveBoundaries: packaged,
  async finerDataset() {
    const files = await Promise.all(Object.entries(msoaFiles).map(async ([path, read]) => sourceFromText(fileName(path), await read())));
    if (files.length === 0) return undefined;
    const resolve = async (ref: string) => (await lazyFile(msoaFiles, ref)) ?? packaged(ref);
    return { files: files.sort((a, b) => a.name.localeCompare(b.name)), resolveBoundaries: resolve };
  },
  async loadLpSolver() {
    // The module (and its 3.5 MB wasm) is only fetched when a smoothed scenario first runs.
    const { default: loadHighs } = await import('highs');
    return highsSolver((await loadHighs({ locateFile: () => wasmUrl })) as unknown as HighsLike);
  },
};
