import { closestName } from '../model/index.ts';
import type { ProblemLog } from './problemLog.ts';
import type { SourceFile } from './sourceFile.ts';

export const ZONE_FILES = ['zones.geojson', 'zones.topojson', 'zones.json'] as const;
export const TABLE_FILES = [
  'zones.csv', 'residents.csv', 'flows.csv', 'external.csv', 'stations.csv', 'station_profiles.csv', 'risk.csv',
] as const;
export const MANIFEST_FILE = 'dataset.json';

export type KnownFile = typeof MANIFEST_FILE | (typeof ZONE_FILES)[number] | (typeof TABLE_FILES)[number];
const KNOWN: readonly string[] = [MANIFEST_FILE, ...ZONE_FILES, ...TABLE_FILES];

/** A file name without any folder part. */
export function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

export interface DatasetFiles {
  get(name: KnownFile): SourceFile | undefined;
  /** Any given file by base name (for a manifest's "boundaries": "other.topojson"). */
  byName(name: string): SourceFile | undefined;
  /** 'file is missing', with the closest unrecognised file name as a hint. */
  missing(name: string): string;
}

/**
 * Sorts the given files by role, matching names case-insensitively (Windows users get 'Flows.csv').
 * Unrecognised files are ignored; a name given twice keeps the first, with a warning.
 */
export function datasetFiles(list: readonly SourceFile[], log: ProblemLog): DatasetFiles {
  const byLower = new Map<string, SourceFile>();
  for (const f of list) {
    const key = baseName(f.name).toLowerCase();
    if (byLower.has(key)) {
      log.warning({ file: baseName(f.name), message: 'given more than once; the first one is used' });
    } else {
      byLower.set(key, f);
    }
  }
  const unknown = [...byLower.keys()].filter((k) => !KNOWN.includes(k));
  return {
    get: (name) => byLower.get(name),
    byName: (name) => byLower.get(baseName(name).toLowerCase()),
    missing(name) {
      const near = closestName(name, unknown);
      return near === null ? 'file is missing' : `file is missing (found "${near}": a misspelling?)`;
    },
  };
}
