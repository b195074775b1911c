import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

/** zones.csv: the authority for zone ids, names and forces when present. */
export interface ZoneTable {
  file: string;
  ids: string[];
  names: string[];
  forces: string[];
  /** The coarser zone each lies in (the `parent` column), '' where not given. */
  parents: string[];
  /** What joins each row to a geometry: boundary_key, or id where that is absent or empty. */
  keys: string[];
  keyColumn: 'boundary_key' | 'id';
  lines: number[];
}

export function readZoneTable(file: TextFile, log: ProblemLog, onProgress?: (f: number) => void): ZoneTable | null {
  const t: ZoneTable = { file: file.name, ids: [], names: [], forces: [], parents: [], keys: [], keyColumn: 'id', lines: [] };
  const lineOfId = new Map<string, number>();
  const usable = readTable(file, { required: ['id', 'name'], optional: ['force', 'boundary_key', 'parent'] }, log, (row) => {
    if (row.has('boundary_key')) t.keyColumn = 'boundary_key';
    const id = row.id('id');
    const name = row.text('name');
    if (name === '') row.error('name', 'value is missing; expected a zone name');
    if (id === null) return;
    const earlier = lineOfId.get(id);
    if (earlier !== undefined) {
      row.error('id', `"${id}" is already used on line ${earlier}`);
      return;
    }
    lineOfId.set(id, row.line);
    t.ids.push(id);
    t.names.push(name);
    t.forces.push(row.text('force'));
    t.parents.push(row.text('parent'));
    t.keys.push(row.text('boundary_key') || id);
    t.lines.push(row.line);
  }, onProgress);
  return usable ? t : null;
}
