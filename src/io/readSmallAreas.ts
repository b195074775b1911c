import type { SmallAreas } from '../model/index.ts';
import type { IdIndex } from './idIndex.ts';
import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

const CRIMES = /^crimes_(\d{4})$/;

/**
 * The small-area table (small_areas.csv): id, zone_id, residents, workplace_weight, and any number of
 * crimes_YYYY columns (recorded crime in that year; empty = unknown). Ids are unique; zone_id must be a zone.
 */
export function readSmallAreas(file: TextFile, zones: IdIndex, log: ProblemLog): SmallAreas {
  const ids: string[] = [];
  const zone: number[] = [];
  const residents: number[] = [];
  const workplace: number[] = [];
  const crimeColumns: { index: number; year: number; name: string }[] = [];
  const crimes: number[][] = [];
  const lineOf = new Map<string, number>();
  const spec = {
    required: ['id', 'zone_id', 'residents', 'workplace_weight'],
    otherColumn(name: string, index: number) {
      const m = CRIMES.exec(name);
      if (m) crimeColumns.push({ index, year: Number(m[1]), name });
    },
  };
  readTable(file, spec, log, (row) => {
    const id = row.id('id');
    const zoneId = row.id('zone_id');
    const r = row.number('residents', 'count');
    const w = row.number('workplace_weight', 'count');
    const c = crimeColumns.map((col) => (row.at(col.index) === '' ? NaN : row.numberAt(col.index, col.name, 'count')));
    if (id === null || zoneId === null) return;
    const z = zones.get(zoneId);
    if (z === undefined) return row.error('zone_id', zones.unknown(zoneId, 'a zone id'));
    const earlier = lineOf.get(id);
    if (earlier !== undefined) return row.error('id', `"${id}" is already used on line ${earlier}`);
    lineOf.set(id, row.line);
    ids.push(id);
    zone.push(z);
    residents.push(r);
    workplace.push(w);
    crimes.push(c);
  });
  const order = crimeColumns.map((c, i) => ({ year: c.year, i })).sort((a, b) => a.year - b.year);
  const count = ids.length;
  const values = new Float64Array(order.length * count);
  order.forEach(({ i }, y) => crimes.forEach((c, l) => (values[y * count + l] = c[i])));
  return {
    count, ids, zone: Int32Array.from(zone), residents: Float64Array.from(residents), workplace: Float64Array.from(workplace),
    years: order.map((o) => o.year), crimes: values,
  };
}
