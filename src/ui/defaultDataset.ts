import londonBoroughs from 'vega-datasets/data/londonBoroughs.json?raw';
import { loadDataset, type LoadResult } from '../io/loadDataset.ts';
import { sourceFromText, type SourceFile } from '../io/sourceFile.ts';

/** Credit for the embedded default's boundaries, shown in the map's attribution. */
export const DEFAULT_ATTRIBUTION = 'Boundaries: vega-datasets (Open Government Licence)';

// The London default is bundled into the app as text: no request leaves the page to load it.
const dataFiles = import.meta.glob<string>('../../data/*.{csv,json,geojson,topojson}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Boundary files that `dataset.json` may name as "npm:<package>/<path>". */
const bundledBoundaries: Record<string, string> = {
  'vega-datasets/data/londonBoroughs.json': londonBoroughs,
};

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The embedded default's files, as the loader would receive them from a dropped folder. */
export function defaultDatasetFiles(): SourceFile[] {
  return Object.entries(dataFiles)
    .map(([path, text]) => sourceFromText(baseName(path), text))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function resolveBoundaries(ref: string): Promise<SourceFile> {
  const key = ref.replace(/^npm:/, '');
  const text = bundledBoundaries[key];
  if (text === undefined) {
    throw new Error(`boundaries "${ref}" are not bundled with the app; bundled: ${Object.keys(bundledBoundaries).join(', ')}`);
  }
  return sourceFromText(baseName(key), text);
}

/** Loads the London default dataset that ships with the app, with its zone polygons for the map. */
export function loadDefaultDataset(): Promise<LoadResult> {
  return loadDataset(defaultDatasetFiles(), { resolveBoundaries });
}
