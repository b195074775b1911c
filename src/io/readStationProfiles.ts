import { parseClock, SLOTS_PER_DAY } from '../model/index.ts';
import type { IdIndex } from './idIndex.ts';
import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

export interface StationProfiles {
  /** stations x 96, slot 0 = 00:00. */
  profileIn: Float32Array;
  profileOut: Float32Array;
  hasProfile: Uint8Array;
}

/** A header that reads like a clock time ('07:10', '7.15', '24:00', '7h30') but is no quarter-hour start. */
const TIME_LIKE = /^\d{1,2}\s*[:.h]\s*\d{1,2}$/i;

/**
 * station_profiles.csv: station_id, direction (in/out) and up to 96 columns named by their start
 * time HH:MM. Absent columns count as 0, and so do empty cells.
 */
export function readStationProfiles(
  file: TextFile,
  stations: IdIndex,
  log: ProblemLog,
  onProgress?: (f: number) => void,
): StationProfiles {
  const n = stations.size;
  const out: StationProfiles = {
    profileIn: new Float32Array(n * SLOTS_PER_DAY),
    profileOut: new Float32Array(n * SLOTS_PER_DAY),
    hasProfile: new Uint8Array(n),
  };
  const slotColumns: { index: number; slot: number; name: string }[] = [];
  const columnOfSlot = new Map<number, string>();
  const lineOf = new Map<string, number>();
  const spec = {
    required: ['station_id', 'direction'],
    otherColumn(name: string, index: number, row: { error(c: string, m: string): void }) {
      const slot = parseClock(name);
      if (slot !== null && slot < SLOTS_PER_DAY && TIME_LIKE.test(name)) {
        const other = columnOfSlot.get(slot);
        if (other !== undefined) row.error(name, `is the same time as column "${other}"`);
        columnOfSlot.set(slot, name);
        slotColumns.push({ index, slot, name });
      } else if (TIME_LIKE.test(name)) {
        row.error(name, 'is not a quarter-hour column; expected a start time 00:00, 00:15, ..., 23:45');
      }
    },
  };
  readTable(file, spec, log, (row) => {
    const id = row.id('station_id');
    const direction = row.text('direction').toLowerCase();
    if (direction !== 'in' && direction !== 'out') {
      row.error('direction', `"${row.text('direction')}" is not "in" or "out"`);
    }
    const values = slotColumns.map((c) => (row.at(c.index) === '' ? 0 : row.numberAt(c.index, c.name, 'count')));
    if (id === null || (direction !== 'in' && direction !== 'out')) return;
    const s = stations.get(id);
    if (s === undefined) return row.error('station_id', stations.unknown(id, 'a station id in stations.csv'));
    const key = `${direction} ${id}`;
    const earlier = lineOf.get(key);
    if (earlier !== undefined) return row.error('station_id', `"${id}" already has an "${direction}" row (line ${earlier})`);
    lineOf.set(key, row.line);
    const target = direction === 'in' ? out.profileIn : out.profileOut;
    slotColumns.forEach((c, i) => (target[s * SLOTS_PER_DAY + c.slot] = Number.isNaN(values[i]) ? 0 : values[i]));
    out.hasProfile[s] = 1;
  }, onProgress);
  return out;
}
