import type { ExternalAreas } from '../model/index.ts';
import type { IdIndex } from './idIndex.ts';
import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

/** external.csv: areas outside the map that flows may name. An empty name falls back to the id. */
export function readExternal(
  file: TextFile,
  zones: IdIndex | null,
  log: ProblemLog,
  onProgress?: (f: number) => void,
): ExternalAreas {
  const out: ExternalAreas = { ids: [], names: [] };
  const lineOf = new Map<string, number>();
  readTable(file, { required: ['id', 'name'] }, log, (row) => {
    const id = row.id('id');
    if (id === null) return;
    const earlier = lineOf.get(id);
    if (earlier !== undefined) return row.error('id', `"${id}" is already used on line ${earlier}`);
    if (zones?.get(id) !== undefined) return row.error('id', `"${id}" is already a zone id`);
    lineOf.set(id, row.line);
    out.ids.push(id);
    out.names.push(row.text('name') || id);
  }, onProgress);
  return out;
}
