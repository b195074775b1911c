import type { CsvRow } from './csvRow.ts';
import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

/** Optional daily-total columns, in the order of the TOTAL_* constants of the dataset model. */
export const TOTAL_COLUMNS = [
  'weekday_in', 'weekday_out', 'saturday_in', 'saturday_out', 'sunday_in', 'sunday_out', 'friday_in', 'friday_out',
] as const;

export interface StationTable {
  ids: string[];
  names: string[];
  lon: Float64Array;
  lat: Float64Array;
  /** count x TOTALS_STRIDE (8, the TOTAL_COLUMNS), NaN where unknown (empty cell or column absent). */
  totals: Float64Array;
  /** The optional zone_id column: the zone a station belongs to, overriding the point test; null where empty. */
  zoneIds: (string | null)[];
  lines: number[];
}

function degrees(row: CsvRow, column: 'lon' | 'lat'): number {
  const v = row.number(column, 'signed');
  if (Number.isNaN(v)) return v;
  const limit = column === 'lon' ? 180 : 90;
  if (Math.abs(v) <= limit) return v;
  const what = column === 'lon' ? 'longitude' : 'latitude';
  const metres = Math.abs(v) > 1000 ? '; projected metres such as British National Grid must be converted to WGS84' : '';
  row.error(column, `"${row.text(column)}" is not a ${what} in degrees (-${limit} to ${limit})${metres}`);
  return NaN;
}

/** stations.csv: id, name, lon, lat in degrees, optional zone_id and whole-number daily totals. */
export function readStations(file: TextFile, log: ProblemLog, onProgress?: (f: number) => void): StationTable {
  const ids: string[] = [];
  const names: string[] = [];
  const lon: number[] = [];
  const lat: number[] = [];
  const totals: number[] = [];
  const lines: number[] = [];
  const lineOf = new Map<string, number>();
  const zoneIds: (string | null)[] = [];
  const spec = { required: ['id', 'name', 'lon', 'lat'], optional: [...TOTAL_COLUMNS, 'zone_id'] };
  readTable(file, spec, log, (row) => {
    const id = row.id('id');
    const x = degrees(row, 'lon');
    const y = degrees(row, 'lat');
    const t = TOTAL_COLUMNS.map((c) => row.optionalNumber(c, 'whole'));
    if (id === null) return;
    const earlier = lineOf.get(id);
    if (earlier !== undefined) return row.error('id', `"${id}" is already used on line ${earlier}`);
    lineOf.set(id, row.line);
    ids.push(id);
    names.push(row.text('name') || id);
    lon.push(x);
    lat.push(y);
    totals.push(...t);
    zoneIds.push(row.text('zone_id') || null);
    lines.push(row.line);
  }, onProgress);
  return { ids, names, lon: Float64Array.from(lon), lat: Float64Array.from(lat), totals: Float64Array.from(totals), zoneIds, lines };
}
