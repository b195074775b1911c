import { groupByKey, type Flows } from '../model/index.ts';
import type { CsvRow } from './csvRow.ts';
import type { IdIndex } from './idIndex.ts';
import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

/**
 * For each row, the index of the first row with the same (origin, destination). Linear time: rows
 * are bucketed by origin (keeping file order), then destinations are marked per bucket. Flow files
 * run to millions of rows, where a Map keyed by pair is several times slower.
 */
export function firstOfPair(origin: Int32Array, destination: Int32Array, endpoints: number): Int32Array {
  const n = origin.length;
  const { offsets: start, items: byOrigin } = groupByKey(origin, endpoints);
  const stamp = new Int32Array(endpoints).fill(-1);
  const firstAt = new Int32Array(endpoints);
  const first = new Int32Array(n);
  for (let o = 0; o < endpoints; o++) {
    for (let k = start[o]; k < start[o + 1]; k++) {
      const i = byOrigin[k];
      const d = destination[i];
      if (stamp[d] !== o) {
        stamp[d] = o;
        firstAt[d] = i;
      }
      first[i] = firstAt[d];
    }
  }
  return first;
}

/**
 * flows.csv: origin, destination, whole-number count. Endpoints become zone indices, or
 * zones.size + external index. A repeated (origin, destination) pair is summed with a warning.
 * Pairs keep the file order of their first row. With `zones` null (zones failed to load) rows are
 * checked but nothing is returned.
 */
export function readFlows(
  file: TextFile,
  zones: IdIndex | null,
  external: IdIndex,
  log: ProblemLog,
  onProgress?: (f: number) => void,
): Flows | null {
  const origin: number[] = [];
  const destination: number[] = [];
  const count: number[] = [];
  const lines: number[] = [];
  const kind = external.size > 0 ? 'a zone id or an id in external.csv' : 'a zone id (and there is no external.csv)';

  const endpoint = (row: CsvRow, column: string): number => {
    const id = row.id(column);
    if (id === null || !zones) return -1;
    const z = zones.get(id);
    if (z !== undefined) return z;
    const e = external.get(id);
    if (e !== undefined) return zones.size + e;
    row.error(column, zones.unknown(id, kind, external));
    return -1;
  };

  readTable(file, { required: ['origin', 'destination', 'count'] }, log, (row) => {
    const o = endpoint(row, 'origin');
    const d = endpoint(row, 'destination');
    const c = row.number('count', 'whole');
    if (o < 0 || d < 0 || Number.isNaN(c)) return;
    origin.push(o);
    destination.push(d);
    count.push(c);
    lines.push(row.line);
  }, onProgress);
  if (!zones) return null;

  const endpoints = zones.size + external.size;
  const allIds = [...zones.ids, ...external.ids];
  const o = Int32Array.from(origin);
  const d = Int32Array.from(destination);
  const first = firstOfPair(o, d, endpoints);
  const sum = new Float64Array(o.length);
  for (let i = 0; i < o.length; i++) sum[first[i]] += count[i];
  const keep: number[] = [];
  for (let i = 0; i < o.length; i++) {
    if (first[i] === i) {
      keep.push(i);
      continue;
    }
    log.warning(() => ({
      file: file.name,
      line: lines[i],
      message: `origin "${allIds[o[i]]}" to destination "${allIds[d[i]]}" is also on line ${lines[first[i]]}; the counts are added`,
    }));
  }
  return {
    origin: Int32Array.from(keep, (i) => o[i]),
    destination: Int32Array.from(keep, (i) => d[i]),
    count: Float64Array.from(keep, (i) => sum[i]),
  };
}
