import { loadDataset, type LoadOptions, type LoadResult } from '../../../src/io/loadDataset.ts';
import { formatProblem } from '../../../src/io/problem.ts';
import { sourceFromText, type SourceFile } from '../../../src/io/sourceFile.ts';

/** Corners [west, south] of the 2 x 2 grid of 0.02° squares around (-0.1, 51.5): A B / C D. */
export const SQUARES: Record<string, [number, number]> = {
  A: [-0.12, 51.5],
  B: [-0.1, 51.5],
  C: [-0.12, 51.48],
  D: [-0.1, 51.48],
};
export const SIDE = 0.02;

export function square(west: number, south: number, side = SIDE): number[][][] {
  const e = Math.round((west + side) * 1e9) / 1e9;
  const n = Math.round((south + side) * 1e9) / 1e9;
  return [[[west, south], [e, south], [e, n], [west, n], [west, south]]];
}

export function zonesGeojson(ids: string[] = Object.keys(SQUARES)): string {
  const features = ids.map((id) => ({
    type: 'Feature',
    properties: { id, name: `Zone ${id}`, force: 'Test Police' },
    geometry: { type: 'Polygon', coordinates: square(...SQUARES[id]) },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
}

/** The tiny valid dataset: every optional file present. Tests mutate one thing each. */
export const BASE: Record<string, string> = {
  'dataset.json': JSON.stringify({ name: 'Tiny', description: 'Four squares' }),
  'zones.geojson': zonesGeojson(),
  'residents.csv': 'zone_id,residents\nA,1000\nB,2000\nC,1500\nD,500\n',
  'flows.csv': 'origin,destination,count\nA,A,300\nA,B,200\nC,B,100\nD,EXT,50\nB,A,10\n',
  'external.csv': 'id,name\nEXT,Rest of England\n',
  'stations.csv':
    'id,name,lon,lat,weekday_in,weekday_out,saturday_in,saturday_out,sunday_in,sunday_out\n' +
    'S1,North West,-0.11,51.51,1000,900,500,450,300,280\n' +
    'S2,South East,-0.09,51.49,2000,2100,,,,\n',
  'station_profiles.csv': 'station_id,direction,08:00,08:15,17:30\nS1,in,10,20.5,3\nS1,out,1,2,30\n',
  'risk.csv': 'zone_id,year,crimes\nA,2019,100\nB,2019,50\nA,2015,80\n',
};

/** BASE with some files replaced (string) or removed (null). */
export function tinyFiles(changes: Record<string, string | null> = {}): SourceFile[] {
  const all = { ...BASE, ...changes };
  return Object.entries(all)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([name, text]) => sourceFromText(name, text));
}

export function loadTiny(changes: Record<string, string | null> = {}, options?: LoadOptions): Promise<LoadResult> {
  return loadDataset(tinyFiles(changes), options);
}

/** Formatted errors of a result (empty when it loaded). */
export function errorsOf(r: LoadResult): string[] {
  return r.ok ? [] : r.errors.map(formatProblem);
}

export function warningsOf(r: LoadResult): string[] {
  return r.warnings.map(formatProblem);
}

/** Loads, expecting failure, and returns the formatted errors. */
export async function tinyErrors(changes: Record<string, string | null>, options?: LoadOptions): Promise<string[]> {
  const r = await loadTiny(changes, options);
  if (r.ok) throw new Error('expected the dataset to be rejected');
  return errorsOf(r);
}
