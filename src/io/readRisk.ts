import type { Risk } from '../model/index.ts';
import type { IdIndex } from './idIndex.ts';
import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

/** risk.csv: zone_id, year, whole-number crimes. Years ascending; NaN where a zone has no row. */
export function readRisk(
  file: TextFile,
  zones: IdIndex | null,
  log: ProblemLog,
  onProgress?: (f: number) => void,
): Risk | null {
  const byYear = new Map<number, Map<number, number>>();
  const lineOf = new Map<string, number>();
  readTable(file, { required: ['zone_id', 'year', 'crimes'] }, log, (row) => {
    const id = row.id('zone_id');
    let year = row.number('year', 'whole');
    if (!Number.isNaN(year) && (year < 1000 || year > 9999)) {
      row.error('year', `"${row.text('year')}" is not a four-digit year`);
      year = NaN;
    }
    const crimes = row.number('crimes', 'whole');
    if (id === null || Number.isNaN(year) || !zones) return;
    const z = zones.get(id);
    if (z === undefined) return row.error('zone_id', zones.unknown(id, 'a zone id'));
    const key = `${year} ${id}`;
    const earlier = lineOf.get(key);
    if (earlier !== undefined) return row.error('zone_id', `"${id}" already has a row for ${year} (line ${earlier})`);
    lineOf.set(key, row.line);
    let values = byYear.get(year);
    if (!values) byYear.set(year, (values = new Map()));
    values.set(z, crimes);
  }, onProgress);
  if (!zones) return null;
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const n = zones.size;
  const values = new Float64Array(years.length * n).fill(NaN);
  years.forEach((y, i) => {
    for (const [z, v] of byYear.get(y) ?? []) values[i * n + z] = v;
  });
  return { years, values };
}
