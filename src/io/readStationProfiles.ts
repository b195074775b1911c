import { DAY_TYPES, parseClock, PROFILE_DAY_TYPES, SLOTS_PER_DAY, type DayType } from '../model/index.ts';
import type { IdIndex } from './idIndex.ts';
import type { ProblemLog } from './problemLog.ts';
import { readTable, type TextFile } from './readTable.ts';

export interface StationProfiles {
  /** Day-type major: station s, day type t (DAY_TYPES), column q at (t * stations + s) * 96 + q. */
  profileIn: Float32Array;
  profileOut: Float32Array;
  /** PROFILE_DAY_TYPES x stations. */
  hasProfile: Uint8Array;
}

/** A header that reads like a clock time ('07:10', '7.15', '24:00', '7h30') but is no quarter-hour start. */
const TIME_LIKE = /^\d{1,2}\s*[:.h]\s*\d{1,2}$/i;

/**
 * station_profiles.csv: station_id, direction (in/out), optional day_type (mon-thu, friday, saturday,
 * sunday; a file without the column gives Mon-Thu profiles, as weekday profiles were before day types) and
 * up to 96 columns named by their start time HH:MM. Absent columns count as 0, and so do empty cells.
 */
export function readStationProfiles(
  file: TextFile,
  stations: IdIndex,
  log: ProblemLog,
  onProgress?: (f: number) => void,
): StationProfiles {
  const n = stations.size;
  const out: StationProfiles = {
    profileIn: new Float32Array(PROFILE_DAY_TYPES * n * SLOTS_PER_DAY),
    profileOut: new Float32Array(PROFILE_DAY_TYPES * n * SLOTS_PER_DAY),
    hasProfile: new Uint8Array(PROFILE_DAY_TYPES * n),
  };
  const slotColumns: { index: number; slot: number; name: string }[] = [];
  const columnOfSlot = new Map<number, string>();
  const lineOf = new Map<string, number>();
  const spec = {
    required: ['station_id', 'direction'],
    optional: ['day_type'],
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
    const typeText = row.has('day_type') ? row.text('day_type').toLowerCase() : 'mon-thu';
    const t = DAY_TYPES.indexOf(typeText as DayType);
    if (t < 0) row.error('day_type', `"${row.text('day_type')}" is not a day type; expected ${DAY_TYPES.map((d) => `"${d}"`).join(', ')}`);
    const values = slotColumns.map((c) => (row.at(c.index) === '' ? 0 : row.numberAt(c.index, c.name, 'count')));
    if (id === null || t < 0 || (direction !== 'in' && direction !== 'out')) return;
    const s = stations.get(id);
    if (s === undefined) return row.error('station_id', stations.unknown(id, 'a station id in stations.csv'));
    const key = `${direction} ${t} ${id}`;
    const earlier = lineOf.get(key);
    const which = row.has('day_type') ? ` ${DAY_TYPES[t]}` : '';
    if (earlier !== undefined) return row.error('station_id', `"${id}" already has an "${direction}"${which} row (line ${earlier})`);
    lineOf.set(key, row.line);
    const target = direction === 'in' ? out.profileIn : out.profileOut;
    const base = (t * n + s) * SLOTS_PER_DAY;
    slotColumns.forEach((c, i) => (target[base + c.slot] = Number.isNaN(values[i]) ? 0 : values[i]));
    out.hasProfile[t * n + s] = 1;
  }, onProgress);
  return out;
}
