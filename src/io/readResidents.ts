import type { IdIndex } from './idIndex.ts';
import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

/**
 * residents.csv: one whole-number row per zone. Returns residents by zone index (NaN where a zone
 * has no usable row). With `zones` null (zones failed to load) the rows are still checked.
 */
export function readResidents(
  file: TextFile,
  zones: IdIndex | null,
  zoneNames: readonly string[],
  log: ProblemLog,
  onProgress?: (f: number) => void,
): Float64Array {
  const residents = new Float64Array(zones?.size ?? 0).fill(NaN);
  const lineOf = new Map<string, number>();
  const usable = readTable(file, { required: ['zone_id', 'residents'] }, log, (row) => {
    const id = row.id('zone_id');
    const value = row.number('residents', 'whole');
    if (id === null) return;
    const earlier = lineOf.get(id);
    if (earlier !== undefined) {
      row.error('zone_id', `"${id}" already has a row (line ${earlier})`);
      return;
    }
    lineOf.set(id, row.line);
    if (!zones) return;
    const z = zones.get(id);
    if (z === undefined) row.error('zone_id', zones.unknown(id, 'a zone id'));
    else residents[z] = value;
  }, onProgress);
  if (usable && zones) {
    zones.ids.forEach((id, z) => {
      if (!lineOf.has(id)) log.error({ file: file.name, message: `no row for zone "${id}" (${zoneNames[z]})` });
    });
  }
  return residents;
}
